package uk.nhs.workforce.awards.review;

import static uk.nhs.workforce.awards.AwardInputs.optionalInteger;
import static uk.nhs.workforce.awards.AwardInputs.refused;
import static uk.nhs.workforce.awards.AwardInputs.requiredDate;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The awards committee's review task, checked on completion however it is completed (Tasklist or
 * REST): five ratings of 10, 6, 2 or 0 (S30 16(ii)), a review date, and optional absence to exclude
 * from the next period (S30 16(iii)). A bad value throws, so the task stays open.
 */
@Component("lceaReviewScored")
public class ReviewScored implements TaskListener {

    static final String COMMITTEE_GROUP = "awards-committee";

    private final ReviewSettings settings;
    private final org.camunda.bpm.engine.IdentityService identityService;

    public ReviewScored(ReviewSettings settings, org.camunda.bpm.engine.IdentityService identityService) {
        this.settings = settings;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        List<Integer> ratings = new ArrayList<>();
        for (String field : ReviewRatings.DOMAINS.keySet()) {
            Integer rating = optionalInteger(task, field, Integer.MIN_VALUE + 1, Integer.MAX_VALUE);
            if (rating == null) {
                throw refused(field, "is required: rate " + ReviewRatings.DOMAINS.get(field) + " 10, 6, 2 or 0");
            }
            if (!ReviewRatings.ALLOWED.contains(rating)) {
                throw refused(field, "must be 10, 6, 2 or 0 (S30 16(ii)), not " + rating);
            }
            ratings.add(rating);
        }
        ReviewRatings review = new ReviewRatings(ratings.get(0), ratings.get(1), ratings.get(2), ratings.get(3),
                ratings.get(4));
        String reviewDate = requiredDate(task, "reviewDate").toString();
        Integer absence = optionalInteger(task, "excludedAbsenceDays", 0, 36_500);

        // the ratings are checked first, so a bad rating is named whoever completes the task
        Object named = task.getVariable("committeeMembers");
        List<String> members = ReviewCommittee.members(named == null ? null : named.toString());
        java.util.Set<String> committee = new java.util.HashSet<>(identityService.createUserQuery()
                .memberOfGroup(COMMITTEE_GROUP).list().stream().map(u -> u.getId()).toList());
        var auth = identityService.getCurrentAuthentication();
        String problem = ReviewCommittee.problem(members, committee, settings.getCommitteeMinimum(),
                settings.getCommitteeChair(), auth == null ? null : auth.getUserId());
        if (problem != null) {
            throw new org.camunda.bpm.engine.ProcessEngineException("committeeMembers: " + problem);
        }
        var execution = task.getExecution();
        int i = 0;
        for (String field : ReviewRatings.DOMAINS.keySet()) {
            execution.setVariable(field, ratings.get(i++));
        }
        execution.setVariable("reviewDate", reviewDate);
        execution.setVariable("excludedAbsenceDays", absence == null ? 0 : absence);
        execution.setVariable("reviewScore", review.score());
        execution.setVariable("committeeMembers", String.join(",", members));
    }
}
