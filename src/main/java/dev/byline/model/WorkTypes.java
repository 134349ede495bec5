package dev.byline.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** How the site presents each type of work (site.yaml's {@code types:}), every type present. */
public record WorkTypes(Map<WorkType, WorkTypeSettings> settings) {

    public WorkTypes {
        for (WorkType type : WorkType.values()) {
            if (!settings.containsKey(type)) {
                throw new IllegalArgumentException("no settings for " + type.id());
            }
        }
        settings = Collections.unmodifiableMap(new EnumMap<>(settings)); // in the types' order
    }

    /** The defaults: each type's own label, the site's disclaimer, a list page for every type but op-ed. */
    public static WorkTypes defaults(String opinionLabel, String disclaimer) {
        Map<WorkType, WorkTypeSettings> settings = new EnumMap<>(WorkType.class);
        for (WorkType type : WorkType.values()) {
            settings.put(type, defaults(type, opinionLabel, disclaimer));
        }
        return new WorkTypes(settings);
    }

    /**
     * One type's defaults. Op-ed is the site's own label and gets no list page: it would be the index again. The
     * site's disclaimer ("the views are the authors' own, not the paper's") would contradict the paper's own
     * positions, so editorials and endorsements have none unless site.yaml's {@code types:} gives one.
     */
    private static WorkTypeSettings defaults(WorkType type, String opinionLabel, String disclaimer) {
        if (type == WorkType.OP_ED) {
            return new WorkTypeSettings(opinionLabel, opinionLabel, disclaimer, false);
        }
        return new WorkTypeSettings(type.defaultLabel(), type.defaultTitle(), type.isThePapersOwn() ? "" : disclaimer,
                true);
    }

    public WorkTypeSettings of(WorkType type) {
        return settings.get(type);
    }
}
