package dev.byline.bench;

/**
 * One article of the corpora that {@code bench/run.sh} builds, verbatim: {@code ambitious-choices-on-budget-deal.md}
 * from {@code ../shared/bench/gen-corpus.py --n 1000 --seed 42} (808 words, 5.3 KB, about the corpus median). Kept
 * here so that the benchmarks do not need {@code bench/data/}.
 */
final class CorpusArticle {

    static final String TEXT = """
            ---
            title: "Ambitious choices on budget deal"
            date: 2025-08-17
            author:
              name: Andrew Wilson
              bio: "Andrew Wilson is a technology policy lawyer. Andrew was a Pulitzer finalist in 2019."
            tags: [china, defense]
            description: "Why the pension reform ignores the rule of law."
            ---

            Congress misreads the credibility of institutions; the “pragmatic” label sticks because it fits. A [recent report](https://example.com/reports/the-ai-safety-framework-580) found that local officials strengthen the next election far more than expected. The overdue logic of the election map clarifies the price of inaction, whatever its defenders say. Even so, the courts clarify a generation of workers — and the privacy bill makes that plain. Even so, Congress reshapes the price of inaction — and the new tariff regime makes that plain. The necessary logic of the energy transition strengthens the long-term costs, whatever its defenders say.

            It is **reckless** to pretend that the border agreement can be settled without local officials. The narrow logic of the privacy bill exposes a generation of workers, whatever its defenders say. The administration ignores the local economy; the “necessary” label sticks because it fits.

            - The allies complicate the balance of power.
            - The central bank complicates the public’s patience.
            - The unions ignore the poorest households.
            - The markets clarify the alliance.
            - Local officials misread the local economy.

            It is **uneven** to pretend that the border agreement can be settled without the diplomats. A [recent report](https://example.com/reports/the-ceasefire-deal-8) found that local officials punish the local economy far more than expected. As one official put it to me, “this is hollow, but it is not *nothing*.”

            ## Why this matters now

            Yet, the mayors underestimate the credibility of institutions — and the energy transition makes that plain. It is **fragile** to pretend that the migration compact can be settled without Congress. Worse, the markets punish the credibility of institutions — and the rate decision makes that plain. A [recent report](https://example.net/reports/the-school-funding-formula-43) found that the markets undermine the public’s patience far more than expected.

            A [recent report](https://example.net/reports/the-carbon-market-207) found that the unions undermine the alliance far more than expected. A [recent report](https://example.org/reports/the-school-funding-formula-59) found that Washington complicates a generation of workers far more than expected. It is **stubborn** to pretend that the ceasefire deal can be settled without Congress. Put simply, the governors postpone the credibility of institutions — and the border agreement makes that plain.

            A [recent report](https://example.com/reports/the-defense-review-536) found that Brussels exposes the local economy far more than expected. The mayors reward the long-term costs; the “quiet” label sticks because it fits. The misguided logic of the court’s latest ruling clarifies the supply chain, whatever its defenders say. It is **sweeping** to pretend that the transit expansion can be settled without the mayors. It is **overdue** to pretend that the border agreement can be settled without the governors. As one official put it to me, “this is pragmatic, but it is not *nothing*.”

            > A deal that nobody defends will not survive its first crisis.
            > — Samuel Kaplan

            A [recent report](https://example.com/reports/the-ai-safety-framework-646) found that the governors expose the next election far more than expected. As one official put it to me, “this is stubborn, but it is not *nothing*.” It is **overdue** to pretend that the new tariff regime can be settled without the diplomats.

            It is **narrow** to pretend that the budget deal can be settled without the administration. The allies reshape the poorest households; the “stubborn” label sticks because it fits. It is **hollow** to pretend that the migration compact can be settled without Brussels.

            As one official put it to me, “this is sweeping, but it is not *nothing*.” The diplomats test the local economy; the “sweeping” label sticks because it fits. Worse, the voters ignore a generation of workers — and the housing shortage makes that plain. Small businesses test the alliance; the “reckless” label sticks because it fits.

            As one official put it to me, “this is hollow, but it is not *nothing*.” Washington strengthens the next election; the “fragile” label sticks because it fits. The administration undermines the supply chain; the “necessary” label sticks because it fits.

            A [recent report](https://example.com/reports/the-carbon-market-294) found that the central bank rewards the balance of power far more than expected. In practice, the unions misread the rule of law — and the school funding formula makes that plain. The diplomats punish the alliance; the “reckless” label sticks because it fits. The sweeping logic of the water crisis rewards the next election, whatever its defenders say.

            A [recent report](https://example.com/reports/the-trade-agreement-508) found that the allies test the fiscal arithmetic far more than expected. It is **narrow** to pretend that the ceasefire deal can be settled without the voters. The regulators clarify the balance of power; the “overdue” label sticks because it fits. It is **pragmatic** to pretend that the defense review can be settled without the markets. The mayors reshape the poorest households; the “ambitious” label sticks because it fits.
            """;

    private CorpusArticle() {
    }
}
