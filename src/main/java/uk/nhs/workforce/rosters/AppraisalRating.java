package uk.nhs.workforce.rosters;

public enum AppraisalRating { OUTSTANDING, GOOD, SATISFACTORY, UNSATISFACTORY }
