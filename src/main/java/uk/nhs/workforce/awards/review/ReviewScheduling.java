package uk.nhs.workforce.awards.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

import uk.nhs.workforce.rosters.Consultant;
import uk.nhs.workforce.rosters.Register;

/**
 * Starts, in one action, the Existing LCEA review of every holder on an employer's roster (S30 15-17)
 * and the renewal outcome of every NCEA holder whose renewal date has passed (S30 8, 22-24). Running
 * it again starts nothing twice: a holder with a review running is skipped, and so is an NCEA holder
 * for whom an outcome process for the same renewal date exists, running or finished. Each start is
 * its own transaction, so one refused consultant does not stop the rest.
 */
@Service
public class ReviewScheduling {

    static final String NCEA_PROCESS_KEY = "ncea-renewal-reversion";

    private final Register register;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;

    public ReviewScheduling(Register register, RuntimeService runtimeService, HistoryService historyService) {
        this.register = register;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
    }

    public record ScheduleResult(String employerCode, int reviewsStarted, int reviewsAlreadyRunning,
            int renewalsStarted, int renewalsAlreadyStarted, List<String> refused) {
    }

    public ScheduleResult schedule(String employerCode, LocalDate today) {
        if (register.organisation(employerCode).isEmpty()) {
            throw new IllegalArgumentException("employerCode '" + employerCode + "' is not an organisation on the roster");
        }
        List<Consultant> consultants = register.consultantsOf(employerCode);
        Set<String> reviewing = new HashSet<>();
        for (ProcessInstance pi : runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ReviewStartValidation.PROCESS_KEY).list()) {
            reviewing.add(pi.getBusinessKey());
        }
        Set<String> renewalsStartedBefore = renewalOutcomesByHolderAndDueDate();

        int reviewsStarted = 0, reviewsRunning = 0, renewalsStarted = 0, renewalsBefore = 0;
        List<String> refused = new ArrayList<>();
        for (Consultant c : consultants) {
            if (c.lceaLevel() != null && c.lceaLevel() >= 1 && c.lceaLastPointDate() != null) {
                if (reviewing.contains(c.employeeId())) {
                    reviewsRunning++;
                } else if (start(ReviewStartValidation.PROCESS_KEY, reviewInputs(c), c, refused)) {
                    reviewsStarted++;
                }
            }
            if (c.ncea() != null && c.nceaRenewalDue() != null && !c.nceaRenewalDue().isAfter(today)) {
                if (renewalsStartedBefore.contains(c.employeeId() + "|" + c.nceaRenewalDue())) {
                    renewalsBefore++;
                } else if (start(NCEA_PROCESS_KEY, Map.of("employeeId", c.employeeId(), "awaitRenewalOutcome", true),
                        c, refused)) {
                    renewalsStarted++;
                }
            }
        }
        return new ScheduleResult(employerCode, reviewsStarted, reviewsRunning, renewalsStarted, renewalsBefore, refused);
    }

    private static Map<String, Object> reviewInputs(Consultant c) {
        Map<String, Object> v = new HashMap<>();
        v.put("employeeId", c.employeeId());
        v.put("currentLevel", c.lceaLevel());
        v.put("lastAwardPointDate", c.lceaLastPointDate().toString());
        return v;
    }

    private boolean start(String key, Map<String, Object> variables, Consultant c, List<String> refused) {
        try {
            runtimeService.startProcessInstanceByKey(key, variables);
            return true;
        } catch (ProcessEngineException e) {
            refused.add(c.employeeId() + " (" + key + "): " + e.getMessage());
            return false;
        }
    }

    /** "employeeId|renewal date" of every NCEA outcome process ever started, running or finished. */
    private Set<String> renewalOutcomesByHolderAndDueDate() {
        Map<String, String> holderByInstance = new HashMap<>();
        for (HistoricProcessInstance pi : historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(NCEA_PROCESS_KEY).list()) {
            holderByInstance.put(pi.getId(), pi.getBusinessKey());
        }
        Set<String> keys = new HashSet<>();
        for (HistoricVariableInstance v : historyService.createHistoricVariableInstanceQuery()
                .processDefinitionKey(NCEA_PROCESS_KEY).variableName("nceaRenewalDue").list()) {
            String holder = holderByInstance.get(v.getProcessInstanceId());
            if (holder != null && v.getValue() != null) {
                keys.add(holder + "|" + v.getValue());
            }
        }
        return keys;
    }
}
