package uk.nhs.workforce.awards.ncea;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The deployed table processes/ncea-reversion.dmn, evaluated directly (CONTRACT §5). */
class NceaReversionDecisionTest {

    private static DmnEngine dmnEngine;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = NceaReversionDecisionTest.class.getResourceAsStream("/processes/ncea-reversion.dmn")) {
            decision = dmnEngine.parseDecision("ncea-reversion", in);
        }
    }

    private static DmnDecisionTableResult evaluate(Boolean submitted, Boolean exceptional, Integer score) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("renewalApplicationSubmitted", submitted);
        vars.put("exceptionalCircumstances", exceptional);
        vars.put("renewalScore", score);
        return dmnEngine.evaluateDecisionTable(decision, vars);
    }

    @ParameterizedTest(name = "score {0} -> {1}")
    @DisplayName("S30 8(ii): submitted and unsuccessful: >= 27 level 8, 14-26 level 7, < 14 lost (boundaries 27/26/14/13)")
    @CsvSource({
            "50, REVERT_TO_LEVEL_8, 8",
            "27, REVERT_TO_LEVEL_8, 8",
            "26, REVERT_TO_LEVEL_7, 7",
            "14, REVERT_TO_LEVEL_7, 7",
            "13, AWARD_LOST, ",
            "0, AWARD_LOST, "})
    void submittedScores(int score, String outcome, Integer level) {
        for (Boolean exceptional : new Boolean[] {Boolean.FALSE, Boolean.TRUE, null}) {
            DmnDecisionRuleResult result = evaluate(true, exceptional, score).getSingleResult();
            assertThat((String) result.get("reversionOutcome")).isEqualTo(outcome);
            assertThat((Integer) result.get("revertedLceaLevel")).isEqualTo(level);
        }
    }

    @Test
    @DisplayName("S30 8(iv): no renewal application: the award is lost, whatever score is recorded")
    void notSubmittedIsLost() {
        DmnDecisionRuleResult result = evaluate(false, false, null).getSingleResult();
        assertThat((String) result.get("reversionOutcome")).isEqualTo("AWARD_LOST");
        assertThat((Object) result.get("revertedLceaLevel")).isNull();
        assertThat((String) evaluate(false, false, 40).getSingleResult().get("reversionOutcome")).isEqualTo("AWARD_LOST");
    }

    @Test
    @DisplayName("S30 8(iv): no renewal application in exceptional circumstances (e.g. ill-health absence): panel decides")
    void notSubmittedExceptionalGoesToPanel() {
        DmnDecisionRuleResult result = evaluate(false, true, null).getSingleResult();
        assertThat((String) result.get("reversionOutcome")).isEqualTo("PANEL_DECISION");
        assertThat((Object) result.get("revertedLceaLevel")).isNull();
    }

    @Test
    @DisplayName("S30 8(ii): a submitted application without a score matches no rule (the process refuses it at the start)")
    void submittedWithoutScoreMatchesNothing() {
        assertThat(evaluate(true, false, null).getResultList()).isEmpty();
    }
}
