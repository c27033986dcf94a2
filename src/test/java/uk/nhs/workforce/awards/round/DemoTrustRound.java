package uk.nhs.workforce.awards.round;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * A competitive round of the demo trust TR-NBH driven through the Java API up to the committee's scoring
 * tasks (issue 5 steps 1-4), for the tests that then score over HTTP or in the browser.
 */
record DemoTrustRound(ProcessEngine engine, ProcessInstance instance) {

    static final String TRUST = "TR-NBH";
    static final String CHAIR = "committee.chris";

    static DemoTrustRound openToScoring(ProcessEngine engine, int awardYear, List<String> applicants) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("employerCode", TRUST);
        inputs.put("awardYear", awardYear);
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("lcea-annual-round", inputs);
        DemoTrustRound round = new DemoTrustRound(engine, pi);
        round.complete("Task_ProposeScheme", Map.of("allocationMethod", "COMPETITIVE", "awardPeriodYears", "3",
                "awardValue", 3016, "tieRule", "AWARD_ALL_TIED", "closingDate", "2099-12-31", "committeeChair", CHAIR));
        round.complete("Task_JlncScheme", Map.of("jlncAgreed", "true", "jlncCarryForwardAgreed", false));
        for (String applicant : applicants) {
            Map<String, Object> application = new HashMap<>();
            application.put("applicantId", applicant);
            for (ScoringDomain d : ScoringDomain.values()) {
                application.put(d.statementVariable(), d.label() + ": evidence submitted by " + applicant);
            }
            round.complete("Task_RecordApplication", application);
        }
        Job closing = engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
                .activityId("BoundaryEvent_ApplicationsClosed").singleResult();
        engine.getManagementService().executeJob(closing.getId());
        // each application's scoring opens in its own job
        engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId("SubProcess_ScoreApplications")
                .list().forEach(j -> engine.getManagementService().executeJob(j.getId()));
        return round;
    }

    void complete(String taskKey, Map<String, Object> variables) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(taskKey).singleResult();
        engine.getTaskService().complete(task.getId(), variables);
    }

    Task scoringTaskOf(String member) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_ScoreApplication").taskAssignee(member).singleResult();
    }

    /** Removes the round and its rows so that the demo trust may open the same year again. */
    void delete(RoundRepository rounds, int awardYear) {
        if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0) {
            engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test finished");
        }
        rounds.deleteRound(TRUST, awardYear);
    }
}
