package uk.nhs.workforce.rosters;

public enum Sex { F, M, NOT_STATED }
