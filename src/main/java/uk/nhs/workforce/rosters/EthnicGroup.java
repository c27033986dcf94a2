package uk.nhs.workforce.rosters;

public enum EthnicGroup { WHITE, MIXED, ASIAN, BLACK, OTHER, NOT_STATED }
