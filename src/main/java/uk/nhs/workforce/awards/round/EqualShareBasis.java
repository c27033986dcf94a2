package uk.nhs.workforce.awards.round;

/** How an equal distribution divides the pot: pro rata to FTE unless the JLNC agreed otherwise. */
public enum EqualShareBasis {
    PRO_RATA_FTE,
    PER_HEAD
}
