package uk.nhs.workforce.awards.review;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Settings of the Existing LCEA review an administrator changes without a rebuild (app.awards.review):
 * {@code committee-minimum} (how many awards-committee members must agree a review's ratings, default 2,
 * S30 16(ii)), {@code committee-chair} (user id of the committee's chair, who must be among them; empty when
 * none is named) and {@code appeal-window-days} (days the consultant has to appeal the outcome, S30 8(i),
 * default 28).
 */
@ConfigurationProperties("app.awards.review")
public class ReviewSettings {

    private int committeeMinimum = 2;
    private String committeeChair;
    private int appealWindowDays = 28;

    public int getCommitteeMinimum() {
        return committeeMinimum;
    }

    public void setCommitteeMinimum(int committeeMinimum) {
        this.committeeMinimum = committeeMinimum;
    }

    public String getCommitteeChair() {
        return committeeChair == null || committeeChair.isBlank() ? null : committeeChair.trim();
    }

    public void setCommitteeChair(String committeeChair) {
        this.committeeChair = committeeChair;
    }

    public int getAppealWindowDays() {
        return appealWindowDays;
    }

    public void setAppealWindowDays(int appealWindowDays) {
        this.appealWindowDays = appealWindowDays;
    }

    @Configuration
    @EnableConfigurationProperties(ReviewSettings.class)
    static class Registration {
    }
}
