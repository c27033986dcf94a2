package uk.nhs.workforce.awards.round;

import java.math.BigDecimal;
import java.time.LocalDate;

import uk.nhs.workforce.rosters.Consultant;
import uk.nhs.workforce.rosters.EthnicGroup;
import uk.nhs.workforce.rosters.NceaLevel;
import uk.nhs.workforce.rosters.Sex;

/** Consultant rows for rule tests: a full-time substantive consultant since 2010 unless changed. */
record Consultants(String id, LocalDate since, String fte, boolean substantive, Integer lceaLevel, NceaLevel ncea,
        boolean hasDistinction, Sex sex, EthnicGroup ethnicGroup, String specialty) {

    static Consultants consultant(String id) {
        return new Consultants(id, LocalDate.of(2010, 1, 1), "1.0", true, null, null, false, Sex.F,
                EthnicGroup.WHITE, "Cardiology");
    }

    Consultants since(LocalDate d) {
        return new Consultants(id, d, fte, substantive, lceaLevel, ncea, hasDistinction, sex, ethnicGroup, specialty);
    }

    Consultants fte(String f) {
        return new Consultants(id, since, f, substantive, lceaLevel, ncea, hasDistinction, sex, ethnicGroup, specialty);
    }

    Consultants nonSubstantive() {
        return new Consultants(id, since, fte, false, lceaLevel, ncea, hasDistinction, sex, ethnicGroup, specialty);
    }

    Consultants lcea(int level) {
        return new Consultants(id, since, fte, substantive, level, ncea, hasDistinction, sex, ethnicGroup, specialty);
    }

    Consultants ncea(NceaLevel level) {
        return new Consultants(id, since, fte, substantive, lceaLevel, level, hasDistinction, sex, ethnicGroup, specialty);
    }

    Consultants distinction() {
        return new Consultants(id, since, fte, substantive, lceaLevel, ncea, true, sex, ethnicGroup, specialty);
    }

    Consultants person(Sex s, EthnicGroup e, String sp) {
        return new Consultants(id, since, fte, substantive, lceaLevel, ncea, hasDistinction, s, e, sp);
    }

    Consultant build() {
        return new Consultant(id, "Dr " + id, sex, ethnicGroup, "TR-TEST", specialty, since, new BigDecimal(fte),
                substantive, lceaLevel, lceaLevel == null ? null : LocalDate.of(2015, 4, 1), ncea,
                ncea == null ? null : LocalDate.of(2022, 4, 1), hasDistinction, null);
    }
}
