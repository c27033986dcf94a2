package uk.nhs.workforce.awards.round;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The round's spending and equality report (S30 9, 14): the pot, the minimum, spend by kind (S30 14 i–iv),
 * what was carried forward, and applications, awards and amounts by sex, ethnic group, working pattern and
 * specialty, with each group's award rate against the whole (1.00 = the same rate as everyone).
 */
public record SpendingEqualityReport(String employerCode, int awardYear, FundingRegime fundingRegime,
        BigDecimal minimumInvestment, BigDecimal carryForwardIn, BigDecimal pot, CommittedSpend committed,
        BigDecimal newAwardsSpend, BigDecimal fundedAbovePot, BigDecimal carriedForward, List<Line> lines) {

    /**
     * One group of one characteristic. {@code relativeRate} is null where the whole had no applications.
     * {@code eligible} counts every eligible consultant of the group, applicant or not (S30 9: who could
     * have applied is the measure of who did).
     */
    public record Line(String characteristic, String group, int applications, int awards, BigDecimal amount,
            BigDecimal awardRate, BigDecimal relativeRate, int eligible) {
    }

    public static SpendingEqualityReport of(String employerCode, int awardYear, BigDecimal minimumInvestment,
            BigDecimal carryForwardIn, CommittedSpend committed, AllocationResult allocation,
            List<ReportSubject> subjects) {
        List<Line> lines = new ArrayList<>();
        lines.add(line("all", "all", subjects, null));
        BigDecimal overall = lines.get(0).awardRate();
        lines.addAll(by("sex", subjects, s -> sexInWords(s.consultant().sex()), overall));
        lines.addAll(by("ethnic group", subjects, s -> ethnicGroupInWords(s.consultant().ethnicGroup()), overall));
        lines.addAll(by("working pattern", subjects,
                s -> s.consultant().fte().compareTo(BigDecimal.ONE) < 0 ? "part-time" : "full-time", overall));
        lines.addAll(by("specialty", subjects, s -> s.consultant().specialty(), overall));
        BigDecimal carry = carryForwardIn == null ? BigDecimal.ZERO : carryForwardIn;
        return new SpendingEqualityReport(employerCode, awardYear, FundingRegime.forAwardYear(awardYear),
                minimumInvestment, carry, allocation.pot(), committed, allocation.awarded(), allocation.fundedAbovePot(),
                allocation.carriedForward(), lines);
    }

    /** The report is read by people (and the CSV by spreadsheets), so groups are words, not roster codes. */
    static String sexInWords(uk.nhs.workforce.rosters.Sex sex) {
        return switch (sex) {
            case F -> "female";
            case M -> "male";
            case NOT_STATED -> "not stated";
        };
    }

    static String ethnicGroupInWords(uk.nhs.workforce.rosters.EthnicGroup group) {
        return switch (group) {
            case WHITE -> "White";
            case MIXED -> "Mixed or multiple ethnic groups";
            case ASIAN -> "Asian or Asian British";
            case BLACK -> "Black or Black British";
            case OTHER -> "Other ethnic group";
            case NOT_STATED -> "not stated";
        };
    }

    private static List<Line> by(String characteristic, List<ReportSubject> applicants,
            Function<ReportSubject, String> key, BigDecimal overall) {
        Map<String, List<ReportSubject>> groups = new TreeMap<>();
        applicants.forEach(a -> groups.computeIfAbsent(key.apply(a), k -> new ArrayList<>()).add(a));
        return groups.entrySet().stream().map(e -> line(characteristic, e.getKey(), e.getValue(), overall)).toList();
    }

    private static Line line(String characteristic, String group, List<ReportSubject> all, BigDecimal overall) {
        List<ReportSubject> members = all.stream().filter(ReportSubject::applied).toList();
        int applications = members.size();
        int awards = (int) members.stream().filter(ReportSubject::awarded).count();
        BigDecimal amount = members.stream().map(ReportSubject::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
        BigDecimal rate = applications == 0 ? null
                : BigDecimal.valueOf(awards).divide(BigDecimal.valueOf(applications), 4, RoundingMode.HALF_UP);
        BigDecimal relative = rate == null || overall == null || overall.signum() == 0 ? null
                : rate.divide(overall, 2, RoundingMode.HALF_UP);
        if (overall == null && rate != null) {
            relative = BigDecimal.ONE.setScale(2);
        }
        return new Line(characteristic, group, applications, awards, amount, rate, relative, all.size());
    }

    /** The spending figures then every group, as CSV with a header row (downloadable from /api). */
    public String toCsv() {
        StringBuilder csv = new StringBuilder("section,characteristic,group,applications,awards,amount,award_rate,relative_rate,eligible\n");
        spend(csv, "minimum investment", minimumInvestment);
        spend(csv, "carried forward from last year", carryForwardIn);
        spend(csv, "S30 14 i continuing Existing LCEAs", committed.existingLceas());
        spend(csv, "S30 14 ii New LCEAs paid beyond April 2021", committed.newLceasBeyondApril2021());
        spend(csv, "S30 14 iii NCEA reversions", committed.reversions());
        spend(csv, "S30 14 iv continuing Future LCEAs", committed.continuingFutureLceas());
        spend(csv, "S30 7 awards of holders who moved here, to 2020", committed.movedIn());
        spend(csv, "pot for new awards", pot);
        spend(csv, "new awards (first year)", newAwardsSpend);
        spend(csv, "funded above the pot", fundedAbovePot);
        spend(csv, "carried forward to next year", carriedForward);
        for (Line l : lines) {
            csv.append("equality,").append(quote(l.characteristic())).append(',').append(quote(l.group())).append(',')
                    .append(l.applications()).append(',').append(l.awards()).append(',')
                    .append(l.amount().toPlainString()).append(',')
                    .append(l.awardRate() == null ? "" : l.awardRate().toPlainString()).append(',')
                    .append(l.relativeRate() == null ? "" : l.relativeRate().toPlainString()).append(',')
                    .append(l.eligible()).append('\n');
        }
        return csv.toString();
    }

    /** The same, as a Markdown table for the sign-off task. */
    public String toMarkdown() {
        StringBuilder md = new StringBuilder("| spending | £ |\n|---|---:|\n");
        md.append("| minimum investment | ").append(RoundAllocation.money(minimumInvestment)).append(" |\n")
                .append("| carried forward from last year | ").append(RoundAllocation.money(carryForwardIn)).append(" |\n")
                .append("| S30 14 i continuing Existing LCEAs | ").append(RoundAllocation.money(committed.existingLceas())).append(" |\n")
                .append("| S30 14 ii New LCEAs paid beyond April 2021 | ").append(RoundAllocation.money(committed.newLceasBeyondApril2021())).append(" |\n")
                .append("| S30 14 iii NCEA reversions | ").append(RoundAllocation.money(committed.reversions())).append(" |\n")
                .append("| S30 14 iv continuing Future LCEAs | ").append(RoundAllocation.money(committed.continuingFutureLceas())).append(" |\n")
                .append("| S30 7 awards of holders who moved here, to 2020 | ").append(RoundAllocation.money(committed.movedIn())).append(" |\n")
                .append("| pot for new awards | ").append(RoundAllocation.money(pot)).append(" |\n")
                .append("| new awards (first year) | ").append(RoundAllocation.money(newAwardsSpend)).append(" |\n")
                .append("| funded above the pot | ").append(RoundAllocation.money(fundedAbovePot)).append(" |\n")
                .append("| carried forward to next year | ").append(RoundAllocation.money(carriedForward)).append(" |\n\n");
        md.append("| characteristic | group | eligible | applications | awards | £ | award rate | against the whole |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (Line l : lines) {
            md.append("| ").append(l.characteristic()).append(" | ").append(l.group()).append(" | ")
                    .append(l.eligible()).append(" | ")
                    .append(l.applications()).append(" | ").append(l.awards()).append(" | ")
                    .append(l.amount().toPlainString()).append(" | ")
                    .append(l.awardRate() == null ? "" : l.awardRate().toPlainString()).append(" | ")
                    .append(l.relativeRate() == null ? "" : l.relativeRate().toPlainString()).append(" |\n");
        }
        return md.toString();
    }

    private static void spend(StringBuilder csv, String what, BigDecimal amount) {
        csv.append("spending,").append(quote(what)).append(",,,,")
                .append(amount == null ? "0.00" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString()).append(",,,\n");
    }

    /** Group names come from rosters: written through the application's one safe CSV cell writer. */
    private static String quote(String value) {
        return uk.nhs.workforce.platform.CsvCells.text(value);
    }
}
