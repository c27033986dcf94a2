package uk.nhs.workforce.awards.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import uk.nhs.workforce.testsupport.HttpTest;

/** Forms validate only in the browser: the REST API must refuse a rating the scheme does not have. */
@TestPropertySource(properties = { "app.demo.enabled=true", "app.awards.round.point-values.2019=3016" })
class LceaRoundScoreRestTest extends HttpTest {

    static final int YEAR = 2019;

    @Autowired
    RoundRepository rounds;

    private DemoTrustRound round;

    @AfterEach
    void removeRound() {
        if (round != null) {
            round.delete(rounds, YEAR);
        }
    }

    @Test
    @DisplayName("S30 16(ii): a rating of 7 completed through POST /engine-rest/task/{id}/complete is refused naming the field; the task stays open")
    void ratingOfSevenRefusedOverRest() {
        round = DemoTrustRound.openToScoring(processEngine, YEAR, List.of("C-002"));
        Task kims = round.scoringTaskOf("committee.kim");

        HttpResponse<String> refused = post("/engine-rest/task/" + kims.getId() + "/complete", "committee.kim",
                "application/json", ratings("7"));

        assertThat(refused.statusCode()).isEqualTo(500);
        assertThat(refused.body()).contains("serviceDeliveryRating").contains("7");
        assertThat(processEngine.getTaskService().createTaskQuery().taskId(kims.getId()).count()).as("still open").isOne();
        assertThat(rounds.scores(kims.getProcessInstanceId() + ":C-002")).isEmpty();

        HttpResponse<String> accepted = post("/engine-rest/task/" + kims.getId() + "/complete", "committee.kim",
                "application/json", ratings("6"));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
        assertThat(processEngine.getTaskService().createTaskQuery().taskId(kims.getId()).count()).isZero();
    }

    private static String ratings(String serviceDelivery) {
        return "{\"variables\":{\"serviceDeliveryRating\":{\"value\":\"" + serviceDelivery + "\",\"type\":\"String\"},"
                + "\"serviceDevelopmentRating\":{\"value\":\"6\",\"type\":\"String\"},"
                + "\"leadershipRating\":{\"value\":\"6\",\"type\":\"String\"},"
                + "\"researchRating\":{\"value\":\"2\",\"type\":\"String\"},"
                + "\"teachingRating\":{\"value\":\"10\",\"type\":\"String\"}}}";
    }
}
