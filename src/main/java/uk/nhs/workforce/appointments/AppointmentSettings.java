package uk.nhs.workforce.appointments;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** Settings an administrator may change without a rebuild (application.yml, app.appointments.*). */
@Component
@ConfigurationProperties(prefix = "app.appointments")
public class AppointmentSettings {

    /** G 35: salaries above this need HM Treasury approval (£142,500 when the guidance was issued). */
    private BigDecimal treasuryThreshold = new BigDecimal("142500");

    public BigDecimal getTreasuryThreshold() {
        return treasuryThreshold;
    }

    public void setTreasuryThreshold(BigDecimal treasuryThreshold) {
        this.treasuryThreshold = treasuryThreshold;
    }

    public PayRules payRules() {
        return new PayRules(treasuryThreshold);
    }
}
