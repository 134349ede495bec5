package dev.byline.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkTypesTest {

    private static final String VIEWS = "The views expressed are the authors' own, not the paper's.";

    @Test
    void everyWritersPieceCarriesTheSitesDisclaimerButThePapersOwnPositionsDoNot() {
        WorkTypes types = WorkTypes.defaults("Opinion", VIEWS);

        assertThat(types.of(WorkType.OP_ED).disclaimer()).isEqualTo(VIEWS);
        assertThat(types.of(WorkType.GUEST_ESSAY).disclaimer()).isEqualTo(VIEWS);
        assertThat(types.of(WorkType.COLUMN).disclaimer()).isEqualTo(VIEWS);
        assertThat(types.of(WorkType.EDITORIAL).disclaimer()).isEmpty();
        assertThat(types.of(WorkType.ENDORSEMENT).disclaimer()).isEmpty();
    }

    @Test
    void opEdsAreLabelledWithTheSitesLabelAndHaveNoListOfTheirOwn() {
        WorkTypes types = WorkTypes.defaults("Commentary", "");

        assertThat(types.of(WorkType.OP_ED).label()).isEqualTo("Commentary");
        assertThat(types.of(WorkType.OP_ED).listed()).isFalse();
        assertThat(types.of(WorkType.EDITORIAL).label()).isEqualTo("Editorial");
        assertThat(types.of(WorkType.EDITORIAL).listed()).isTrue();
    }
}
