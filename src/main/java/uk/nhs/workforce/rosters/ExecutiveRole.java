package uk.nhs.workforce.rosters;

public enum ExecutiveRole { CHIEF_EXECUTIVE, DIRECTOR, ASSOCIATE_DIRECTOR }
