package uk.nhs.workforce.rosters;

public enum NceaLevel { BRONZE, SILVER, GOLD, PLATINUM }
