package uk.nhs.workforce.awards.ncea;

import static uk.nhs.workforce.awards.AwardInputs.optionalBoolean;
import static uk.nhs.workforce.awards.AwardInputs.optionalInteger;
import static uk.nhs.workforce.awards.AwardInputs.refused;
import static uk.nhs.workforce.awards.AwardInputs.requiredBoolean;
import static uk.nhs.workforce.awards.AwardInputs.requiredDate;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The renewal outcome inputs of ncea-renewal-reversion (CONTRACT §4), checked the same way whether
 * they come with the start or from medical staffing's task after a bulk start. Optional inputs are
 * written back explicitly (null or their default) so the decision table and gateways always see them.
 */
final class RenewalOutcomeInputs {

    private RenewalOutcomeInputs() {
    }

    static RenewalRoute readAndRoute(VariableScope scope) {
        boolean submitted = requiredBoolean(scope, "renewalApplicationSubmitted");
        Boolean successful = optionalBoolean(scope, "renewalSuccessful");
        if (submitted && successful == null) {
            throw refused("renewalSuccessful", "is required when renewalApplicationSubmitted is true");
        }
        Integer score = optionalInteger(scope, "renewalScore", 0, 50); // five domains of at most 10 (S30 16)
        if (submitted && !successful && score == null) {
            throw refused("renewalScore", "is required when a submitted renewal is unsuccessful (S30 8(ii))");
        }
        boolean exceptional = requiredBoolean(scope, "exceptionalCircumstances");
        requiredDate(scope, "decisionDate");
        Boolean due = optionalBoolean(scope, "renewalDue");
        boolean renewalDue = due == null || due;

        scope.setVariable("renewalApplicationSubmitted", submitted);
        scope.setVariable("renewalSuccessful", submitted ? successful : null);
        scope.setVariable("renewalScore", score);
        scope.setVariable("exceptionalCircumstances", exceptional);
        scope.setVariable("renewalDue", renewalDue);
        RenewalRoute route = RenewalRoute.of(renewalDue, submitted, successful);
        scope.setVariable("renewalRoute", route.name());
        return route;
    }
}
