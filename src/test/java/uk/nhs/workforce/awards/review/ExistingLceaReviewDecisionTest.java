package uk.nhs.workforce.awards.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The deployed table processes/existing-lcea-review.dmn, evaluated directly (CONTRACT §5). */
class ExistingLceaReviewDecisionTest {

    private static DmnEngine dmnEngine;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = ExistingLceaReviewDecisionTest.class.getResourceAsStream("/processes/existing-lcea-review.dmn")) {
            decision = dmnEngine.parseDecision("existing-lcea-review", in);
        }
    }

    private static DmnDecisionTableResult evaluate(int score) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("reviewScore", score);
        return dmnEngine.evaluateDecisionTable(decision, vars);
    }

    @ParameterizedTest(name = "score {0} -> {1}, {2} points lost, next review in {3} years")
    @DisplayName("S30 16(ii): >=20 retain/5y; 16-19 retain/3y; 11-15 lose 1/3y; <=10 lose 2/2y (boundaries 50/20/19/16/15/11/10/0)")
    @CsvSource({
            "50, RETAIN, 0, 5",
            "20, RETAIN, 0, 5",
            "19, RETAIN, 0, 3",
            "16, RETAIN, 0, 3",
            "15, LOSE_ONE_POINT, 1, 3",
            "11, LOSE_ONE_POINT, 1, 3",
            "10, LOSE_TWO_POINTS, 2, 2",
            "0, LOSE_TWO_POINTS, 2, 2"})
    void scoringSystem(int score, String outcome, int pointsLost, int years) {
        DmnDecisionRuleResult result = evaluate(score).getSingleResult();
        assertThat((String) result.get("reviewOutcome")).isEqualTo(outcome);
        assertThat((Integer) result.get("pointsLost")).isEqualTo(pointsLost);
        assertThat((Integer) result.get("yearsToNextReview")).isEqualTo(years);
    }

    @ParameterizedTest(name = "score {0} matches no rule")
    @DisplayName("S30 16(ii): five ratings of at most 10 give 0-50; a score outside it matches no rule")
    @ValueSource(ints = {-1, 51, 100})
    void outOfRangeMatchesNothing(int score) {
        assertThat(evaluate(score).getResultList()).isEmpty();
    }
}
