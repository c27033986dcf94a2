package uk.nhs.workforce.boards;

/**
 * The sizes a drafted composition aims at, within the 5–7 of A 3.3. Administrators set them under
 * {@code app.boards.draft.*} ({@link BoardsProperties}).
 *
 * @param model1ClusterNedsPerPct cluster NEDs each PCT nominates to the Model 1 cluster board (A 4.3)
 * @param model2NonExecutives     size of the single set of NEDs appointed to every board (A 4.5)
 * @param model3SharedNonExecutives NEDs appointed to every constituent board (A 4.7)
 * @param model3BoardNonExecutives  non-executives each board should have, shared plus locality (A 4.7)
 */
public record DraftSettings(int model1ClusterNedsPerPct, int model2NonExecutives, int model3SharedNonExecutives,
                            int model3BoardNonExecutives) {

    public static final DraftSettings DEFAULTS = new DraftSettings(1, 7, 3, 6);

    public DraftSettings {
        if (model1ClusterNedsPerPct < 1) {
            throw new IllegalArgumentException("app.boards.draft.model1-cluster-neds-per-pct must be at least 1");
        }
        requireLawfulSize("app.boards.draft.model2-non-executives", model2NonExecutives);
        requireLawfulSize("app.boards.draft.model3-board-non-executives", model3BoardNonExecutives);
        if (model3SharedNonExecutives < 1 || model3SharedNonExecutives > model3BoardNonExecutives) {
            throw new IllegalArgumentException("app.boards.draft.model3-shared-non-executives must be between 1 and "
                    + "app.boards.draft.model3-board-non-executives");
        }
    }

    private static void requireLawfulSize(String key, int size) {
        if (size < StatutoryBoardCheck.MINIMUM_NON_EXECUTIVES || size > StatutoryBoardCheck.MAXIMUM_NON_EXECUTIVES) {
            throw new IllegalArgumentException(key + " must be between 5 and 7 (A 3.3)");
        }
    }
}
