package uk.nhs.workforce.appointments;

/** The two pooling options an SHA may choose between (G 21, G 23, G 27). */
public enum PoolingOption {
    /** Stage 1 within the cluster, stage 2 across the region. */
    CLUSTER_FIRST,
    /** Stage 1 across the region (or the cluster's sub-region), stage 2 SHA and ALB staff. */
    REGION_FIRST
}
