package uk.nhs.workforce.boards;

/** The example cluster governance models of Appendix A 4.2–4.7, or another model that meets section 3 (A 2.3). */
public enum GovernanceModel {
    /** A 4.3: a cluster board of a chair from one constituent board plus cluster NEDs nominated by each PCT. */
    MODEL_1,
    /** A 4.5: one chair and one set of 5–7 NEDs appointed to every PCT board. */
    MODEL_2,
    /** A 4.7: one chair on every board, shared NEDs on all boards and locality NEDs on one. */
    MODEL_3,
    /** Model 4: boards keep their own chairs and NEDs and meet in common. */
    MODEL_4,
    /** A 2.3: another model, described, that still complies with the principles of section 3. */
    OTHER
}
