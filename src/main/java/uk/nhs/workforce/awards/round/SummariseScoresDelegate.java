package uk.nhs.workforce.awards.round;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Totals one application's scores and flags outliers for the chair (issue 5 step 4). */
@Component("lceaRoundSummariseScores")
public class SummariseScoresDelegate implements JavaDelegate {

    private final RoundRepository rounds;
    private final RoundSettings settings;
    private final IdentityService identityService;

    public SummariseScoresDelegate(RoundRepository rounds, RoundSettings settings, IdentityService identityService) {
        this.rounds = rounds;
        this.settings = settings;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationId = (String) execution.getVariable("applicationId");
        java.util.List<MemberScore> scores = rounds.scores(applicationId);
        ScoreSummary summary = ApplicationScoring.summarise(applicationId, scores, settings.getModerationThreshold());
        // local to this application's scoring, which runs alongside the others
        execution.setVariableLocal("outlierMembers", String.join(",", summary.outlierMembers()));
        execution.setVariableLocal("outlierNames", String.join(", ",
                summary.outlierMembers().stream().map(this::memberName).toList()));
        execution.setVariableLocal("needsModeration", !summary.outlierMembers().isEmpty());
        execution.setVariableLocal("applicationScore", summary.score().doubleValue());
        StringBuilder md = new StringBuilder("Score ").append(summary.score()).append(" (").append(summary.explanation())
                .append("); the moderation threshold is ").append(settings.getModerationThreshold())
                .append(" points from the median of the other members.\n\n| member | conflict | total | outlier |\n|---|---|---:|---|\n");
        for (MemberScore s : scores) {
            md.append("| ").append(memberName(s.member())).append(" | ").append(s.conflictOfInterest() ? "declared" : "")
                    .append(" | ").append(s.conflictOfInterest() ? "" : s.total()).append(" | ")
                    .append(summary.outlierMembers().contains(s.member()) ? "**outlier**" : "").append(" |\n");
        }
        execution.setVariableLocal("scoresTable", md.toString());
    }

    /** The chair reads the members' names, not their user ids. */
    private String memberName(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : OpenRoundListener.displayName(user);
    }
}
