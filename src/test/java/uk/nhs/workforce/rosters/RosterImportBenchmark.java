package uk.nhs.workforce.rosters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.nhs.workforce.testsupport.ProcessEngineTest;

/**
 * Issue 2: "a file of 50,000 consultants imports in well under a minute". Run with
 * {@code mvn -Pbenchmark test -Dtest=RosterImportBenchmark}; prints the figures, asserts only correctness.
 */
class RosterImportBenchmark extends ProcessEngineTest {

    private static final int CONSULTANTS = 50_000;

    @Autowired
    RosterImportService imports;

    @AfterEach
    void remove() {
        jdbcTemplate.update("DELETE FROM consultant WHERE employer_code = 'BEN-TR'");
        jdbcTemplate.update("DELETE FROM organisation WHERE code = 'BEN-TR'");
    }

    @Test
    void fiftyThousandConsultants() {
        imports.importCsv(RosterKind.ORGANISATIONS,
                "code,name,type,region_code,sub_region_code,cluster_code,weighted_population,local_authorities\n"
                        + "BEN-TR,Benchmark Trust,NHS_TRUST,BEN,,,,\n");
        StringBuilder csv = new StringBuilder("employee_id,name,sex,ethnic_group,employer_code,specialty,"
                + "consultant_since,fte,substantive,lcea_level,lcea_last_point_date,ncea,ncea_renewal_due,"
                + "distinction_award,user_id\n");
        for (int i = 0; i < CONSULTANTS; i++) {
            csv.append(String.format(Locale.ROOT, "BEN-%06d,\"Dr Bench, %d\",%s,WHITE,BEN-TR,Specialty %d,2010-04-01,%s,true,%s,%s,,,false,\n",
                    i, i, i % 2 == 0 ? "F" : "M", i % 40, i % 5 == 0 ? "0.6" : "1.0",
                    i % 3 == 0 ? String.valueOf(1 + i % 8) : "", i % 3 == 0 ? "2017-04-01" : ""));
        }
        String file = csv.toString();

        long start = System.nanoTime();
        ImportResult first = imports.importCsv(RosterKind.CONSULTANTS, file);
        double firstSeconds = (System.nanoTime() - start) / 1e9;

        start = System.nanoTime();
        ImportResult again = imports.importCsv(RosterKind.CONSULTANTS, file);
        double againSeconds = (System.nanoTime() - start) / 1e9;

        String changed = file.replace("Specialty 7,", "Specialty 7b,");
        start = System.nanoTime();
        ImportResult updated = imports.importCsv(RosterKind.CONSULTANTS, changed);
        double updatedSeconds = (System.nanoTime() - start) / 1e9;

        System.out.printf(Locale.ROOT, "%n== Roster import benchmark (%,d consultants, %d bytes)%n", CONSULTANTS, file.length());
        System.out.printf(Locale.ROOT, "first upload (all inserted):     %6.2f s  %s%n", firstSeconds, first);
        System.out.printf(Locale.ROOT, "same file again (nothing new):   %6.2f s  %s%n", againSeconds, again);
        System.out.printf(Locale.ROOT, "1/40 of rows changed (updated):  %6.2f s  %s%n%n", updatedSeconds, updated);

        assertThat(first).isEqualTo(new ImportResult(CONSULTANTS, 0));
        assertThat(again).isEqualTo(new ImportResult(0, 0));
        assertThat(updated).isEqualTo(new ImportResult(0, CONSULTANTS / 40));
    }
}
