package uk.nhs.workforce.boards;

/** The example cluster governance models of Appendix A 4.2–4.7, or another model that meets section 3 (A 2.3). */
public enum GovernanceModel {
    /** A 4.3: a cluster board of a chair from one constituent board plus cluster NEDs nominated by each PCT. */
    MODEL_1("Model 1: a cluster board of a chair and cluster NEDs nominated by each PCT (A 4.3)"),
    /** A 4.5: one chair and one set of 5–7 NEDs appointed to every PCT board. */
    MODEL_2("Model 2: one chair and one set of NEDs appointed to every PCT board (A 4.5)"),
    /** A 4.7: one chair on every board, shared NEDs on all boards and locality NEDs on one. */
    MODEL_3("Model 3: one chair on every board, shared and locality NEDs (A 4.7)"),
    /**
     * Model 4: the guidance's text is incomplete; what survives says "Each constituent PCT board holds the single
     * executive team to account for its individual as well as the cluster issues". That each board keeps its own
     * chair and NEDs is the team's reading (docs/boards.md), and the label says so.
     */
    MODEL_4("Model 4 (guidance text incomplete): each board holds the single executive team to account; "
            + "own chairs and NEDs is our reading"),
    /** A 2.3: another model, described, that still complies with the principles of section 3. */
    OTHER("Another model meeting the principles of section 3 (A 2.3)");

    private final String label;

    GovernanceModel(String label) {
        this.label = label;
    }

    /** The name a board secretary or SHA reader sees in the later forms. */
    public String label() {
        return label;
    }
}
