package uk.nhs.workforce.platform;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Plausible ranges for the values people type into process starts and task forms: years, money and dates.
 * A value outside is refused with a message naming the variable, before any arithmetic or date
 * calculation could fail on it with a bare Java exception or run for seconds on an absurd number.
 */
public final class InputRanges {

    public static final int LATEST_YEAR = 2100;
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(LATEST_YEAR, 12, 31);
    /** £1,000,000,000: far above any trust's award pot, far below what breaks the arithmetic */
    public static final BigDecimal MAX_MONEY = new BigDecimal("1000000000");

    private InputRanges() {
    }

    public static int between(String name, long value, long min, long max) {
        if (value < min || value > max) {
            throw refused(name, "must be between " + min + " and " + max + ", not " + value);
        }
        return (int) value;
    }

    /** An amount of money: not negative, at most {@link #MAX_MONEY}, whole pence. */
    public static BigDecimal money(String name, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            throw refused(name, "must not be negative, not " + value.toPlainString());
        }
        if (value.compareTo(MAX_MONEY) > 0) {
            throw refused(name, "must be at most £" + MAX_MONEY.toPlainString() + ", not " + value);
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw refused(name, "must be in whole pence (at most two decimals), not " + value.toPlainString());
        }
        return value;
    }

    /** A date between 1900-01-01 and 2100-12-31. */
    public static LocalDate date(String name, LocalDate value) {
        if (value != null && (value.isBefore(EARLIEST_DATE) || value.isAfter(LATEST_DATE))) {
            throw refused(name, "must be between " + EARLIEST_DATE + " and " + LATEST_DATE + ", not " + value);
        }
        return value;
    }

    private static ProcessEngineException refused(String name, String problem) {
        return new ProcessEngineException(name + " " + problem);
    }
}
