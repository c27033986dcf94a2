package uk.nhs.workforce.awards.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.nhs.workforce.awards.review.ReviewScheduleRepository.Claim;
import uk.nhs.workforce.awards.review.ReviewScheduleRepository.Progress;
import uk.nhs.workforce.awards.review.ReviewScheduleRepository.Run;
import uk.nhs.workforce.rosters.Consultant;
import uk.nhs.workforce.rosters.Register;

/**
 * Starts, in one action, the Existing LCEA review of every holder on an employer's roster (S30 15-17)
 * and the renewal outcome of every NCEA holder whose renewal date has passed (S30 8, 22-24).
 *
 * <p>The request only records the run and starts the {@code review-schedule} process; its job splits the
 * employer's consultants into chunks by employee id, and each chunk is one {@code review-schedule-chunk}
 * instance whose job starts that chunk's processes in one transaction (so the engine writes them in JDBC
 * batches), retried on failure and visible in Cockpit. Nothing starts twice: a holder with a review
 * running, or an NCEA outcome for the same renewal date, is skipped (one indexed query per chunk), and every
 * start first claims its consultant, kind and due date in a table with a unique constraint, so two runs
 * at once, or two nodes, cannot both start it.
 */
@Service
public class ReviewScheduling {

    static final String NCEA_PROCESS_KEY = "ncea-renewal-reversion";
    static final String RUN_PROCESS_KEY = "review-schedule";
    static final String CHUNK_PROCESS_KEY = "review-schedule-chunk";
    static final String REVIEW = "REVIEW";
    static final String RENEWAL = "RENEWAL";
    private static final int MAX_REFUSALS_SHOWN = 1000;

    private final Register register;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final ProcessEngineConfigurationImpl engineConfiguration;
    private final ReviewScheduleRepository repository;
    private final int chunkSize;

    public ReviewScheduling(Register register, RuntimeService runtimeService, HistoryService historyService,
            ProcessEngineConfigurationImpl engineConfiguration, ReviewScheduleRepository repository,
            @Value("${app.awards.review-scheduling.chunk-size:100}") int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("app.awards.review-scheduling.chunk-size must be at least 1");
        }
        this.register = register;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.engineConfiguration = engineConfiguration;
        this.repository = repository;
        this.chunkSize = chunkSize;
    }

    /** Progress and counts of a run; {@code state} is DONE once every chunk has finished. */
    public record ScheduleStatus(String id, String employerCode, String state, int chunks, int chunksDone,
            int chunksFailed, int reviewsStarted, int reviewsAlreadyRunning, int renewalsStarted,
            int renewalsAlreadyStarted, List<String> refused) {
    }

    /**
     * Records a run and starts its process; the work happens in the engine's jobs. Returns the run's id.
     * An employer that is not on the roster is refused at once.
     */
    @Transactional
    public String request(String employerCode, LocalDate asOf, String requestedBy) {
        if (employerCode == null || register.organisation(employerCode).isEmpty()) {
            throw new IllegalArgumentException("employerCode '" + employerCode + "' is not an organisation on the roster");
        }
        String id = UUID.randomUUID().toString();
        repository.insertRun(id, employerCode, asOf, requestedBy);
        Map<String, Object> variables = new HashMap<>();
        variables.put("runId", id);
        variables.put("employerCode", employerCode);
        variables.put("asOf", asOf.toString());
        runtimeService.startProcessInstanceByKey(RUN_PROCESS_KEY, id, variables);
        return id;
    }

    public Optional<ScheduleStatus> status(String id) {
        return repository.run(id).map(run -> {
            Progress p = repository.progress(id);
            int chunks = run.chunkCount() == null ? 0 : run.chunkCount();
            boolean done = run.chunkCount() != null && p.chunksDone() >= chunks;
            List<String> refused = new ArrayList<>(repository.refusals(id, MAX_REFUSALS_SHOWN));
            int failed = done ? 0 : (int) runtimeService.createProcessInstanceQuery().processDefinitionKey(CHUNK_PROCESS_KEY)
                    .processInstanceBusinessKey(id).withIncident().count();
            if (failed > 0) {
                refused.add(failed + " chunk(s) failed after their retries: see the incidents of " + CHUNK_PROCESS_KEY
                        + " with business key " + id + " in Cockpit, and retry them there");
            }
            return new ScheduleStatus(id, run.employerCode(), done ? "DONE" : "RUNNING", chunks, p.chunksDone(), failed,
                    p.reviewsStarted(), p.reviewsAlreadyRunning(), p.renewalsStarted(), p.renewalsAlreadyStarted(),
                    refused);
        });
    }

    /**
     * The run's first job: splits the employer's consultants, by employee id, into chunks of
     * {@code chunk-size} and starts one chunk instance each, all in this job's transaction.
     */
    void planChunks(String runId) {
        Run run = repository.run(runId).orElseThrow(() -> new IllegalStateException("no review schedule run " + runId));
        if (run.chunkCount() != null) {
            return;
        }
        List<String> ids = register.consultantIdsOf(run.employerCode());
        int chunkNo = 0;
        for (int from = 0; from < ids.size(); from += chunkSize) {
            int to = Math.min(from + chunkSize, ids.size()) - 1;
            Map<String, Object> variables = new HashMap<>();
            variables.put("runId", runId);
            variables.put("employerCode", run.employerCode());
            variables.put("chunkNo", chunkNo++);
            variables.put("firstEmployeeId", ids.get(from));
            variables.put("lastEmployeeId", ids.get(to));
            runtimeService.startProcessInstanceByKey(CHUNK_PROCESS_KEY, runId, variables);
        }
        repository.setChunkCount(runId, chunkNo);
    }

    /** A start refused by a process's own start checks; the chunk is then retried one start per transaction. */
    static class StartRefusedInChunk extends ProcessEngineException {
        private static final long serialVersionUID = 1L;

        StartRefusedInChunk(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * One chunk, in the calling job's transaction: reads the chunk's holders, skips those already
     * started (one query each for claims, running reviews and NCEA outcomes), claims and starts the rest,
     * and records the chunk's counts. With {@code oneStartPerTransaction} (a retry after a start was
     * refused) each start commits on its own, so a refused consultant is recorded and the others go on.
     */
    void scheduleChunk(String runId, int chunkNo, String firstEmployeeId, String lastEmployeeId,
            boolean oneStartPerTransaction) {
        if (repository.chunkDone(runId, chunkNo)) {
            return;
        }
        Run run = repository.run(runId).orElseThrow(() -> new IllegalStateException("no review schedule run " + runId));
        LocalDate asOf = run.asOf();
        List<Consultant> consultants = register.consultantsOf(run.employerCode(), firstEmployeeId, lastEmployeeId);

        List<Consultant> reviewHolders = new ArrayList<>();
        List<Consultant> renewalHolders = new ArrayList<>();
        for (Consultant c : consultants) {
            if (c.lceaLevel() != null && c.lceaLevel() >= 1 && c.lceaLastPointDate() != null) {
                reviewHolders.add(c);
            }
            if (c.ncea() != null && c.nceaRenewalDue() != null && !c.nceaRenewalDue().isAfter(asOf)) {
                renewalHolders.add(c);
            }
        }
        Set<String> claimed = repository.claimsBetween(firstEmployeeId, lastEmployeeId);
        Set<String> reviewing = unfinishedByBusinessKey(ReviewStartValidation.PROCESS_KEY, reviewHolders).keySet();
        Map<String, HistoricProcessInstance> nceaOpen = unfinishedByBusinessKey(NCEA_PROCESS_KEY, renewalHolders);
        Set<String> nceaOutcomes = renewalOutcomesByHolderAndDueDate(renewalHolders);

        int reviewsAlready = 0;
        int renewalsAlready = 0;
        List<PlannedStart> starts = new ArrayList<>();
        for (Consultant c : reviewHolders) {
            Claim claim = new Claim(c.employeeId(), REVIEW,
                    ReviewDueDate.first(c.lceaLevel(), c.lceaLastPointDate(), 0, null));
            if (reviewing.contains(c.employeeId()) || claimed.contains(claim.key())) {
                reviewsAlready++;
            } else {
                starts.add(new PlannedStart(claim, ReviewStartValidation.PROCESS_KEY, reviewInputs(c)));
            }
        }
        for (Consultant c : renewalHolders) {
            Claim claim = new Claim(c.employeeId(), RENEWAL, c.nceaRenewalDue());
            if (claimed.contains(claim.key()) || nceaOutcomes.contains(c.employeeId() + "|" + c.nceaRenewalDue())) {
                renewalsAlready++;
            } else if (nceaOpen.containsKey(c.employeeId())) {
                // the process allows one open outcome per consultant: an earlier renewal's is still open
                repository.insertRefusal(runId, c.employeeId(), NCEA_PROCESS_KEY,
                        "an NCEA renewal outcome for an earlier renewal date is still in progress");
            } else {
                Map<String, Object> inputs = new HashMap<>();
                inputs.put("employeeId", c.employeeId());
                inputs.put("awaitRenewalOutcome", true);
                starts.add(new PlannedStart(claim, NCEA_PROCESS_KEY, inputs));
            }
        }

        int reviewsStarted = 0;
        int renewalsStarted = 0;
        if (oneStartPerTransaction) {
            CommandExecutor requiresNew = engineConfiguration.getCommandExecutorTxRequiresNew();
            for (PlannedStart s : starts) {
                try {
                    requiresNew.execute(commandContext -> {
                        repository.insertClaims(runId, List.of(s.claim()));
                        start(s);
                        return null;
                    });
                    if (REVIEW.equals(s.claim().kind())) {
                        reviewsStarted++;
                    } else {
                        renewalsStarted++;
                    }
                } catch (ProcessEngineException e) {
                    repository.insertRefusal(runId, s.claim().employeeId(), s.processKey(), e.getMessage());
                } catch (org.springframework.dao.DuplicateKeyException e) {
                    // another run claimed it meanwhile
                    if (REVIEW.equals(s.claim().kind())) {
                        reviewsAlready++;
                    } else {
                        renewalsAlready++;
                    }
                }
            }
        } else {
            repository.insertClaims(runId, starts.stream().map(PlannedStart::claim).toList());
            for (PlannedStart s : starts) {
                try {
                    start(s);
                } catch (ProcessEngineException e) {
                    throw new StartRefusedInChunk("chunk " + chunkNo + ": the start for " + s.claim().employeeId()
                            + " was refused (" + e.getMessage() + "); the chunk is retried one start at a time", e);
                }
                if (REVIEW.equals(s.claim().kind())) {
                    reviewsStarted++;
                } else {
                    renewalsStarted++;
                }
            }
        }
        repository.insertChunk(runId, chunkNo, reviewsStarted, reviewsAlready, renewalsStarted, renewalsAlready);
    }

    private record PlannedStart(Claim claim, String processKey, Map<String, Object> inputs) {
    }

    private void start(PlannedStart s) {
        runtimeService.createProcessInstanceByKey(s.processKey()).businessKey(s.claim().employeeId())
                .setVariables(s.inputs()).execute();
    }

    private static Map<String, Object> reviewInputs(Consultant c) {
        Map<String, Object> v = new HashMap<>();
        v.put("employeeId", c.employeeId());
        v.put("currentLevel", c.lceaLevel());
        v.put("lastAwardPointDate", c.lceaLastPointDate().toString());
        return v;
    }

    /** Running instances of a process for these holders, by business key (the employee id): one indexed query. */
    private Map<String, HistoricProcessInstance> unfinishedByBusinessKey(String processKey, List<Consultant> holders) {
        Map<String, HistoricProcessInstance> byKey = new HashMap<>();
        if (holders.isEmpty()) {
            return byKey;
        }
        for (HistoricProcessInstance pi : historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(processKey).processInstanceBusinessKeyIn(ids(holders)).unfinished().list()) {
            byKey.put(pi.getBusinessKey(), pi);
        }
        return byKey;
    }

    /** "employeeId|renewal date" of the NCEA outcome processes these holders ever had, running or finished. */
    private Set<String> renewalOutcomesByHolderAndDueDate(List<Consultant> holders) {
        Set<String> keys = new HashSet<>();
        if (holders.isEmpty()) {
            return keys;
        }
        Map<String, String> holderByInstance = new HashMap<>();
        for (HistoricProcessInstance pi : historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(NCEA_PROCESS_KEY).processInstanceBusinessKeyIn(ids(holders)).list()) {
            holderByInstance.put(pi.getId(), pi.getBusinessKey());
        }
        if (holderByInstance.isEmpty()) {
            return keys;
        }
        for (HistoricVariableInstance v : historyService.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(holderByInstance.keySet().toArray(String[]::new)).variableName("nceaRenewalDue")
                .list()) {
            String holder = holderByInstance.get(v.getProcessInstanceId());
            if (holder != null && v.getValue() != null) {
                keys.add(holder + "|" + v.getValue());
            }
        }
        return keys;
    }

    private static String[] ids(List<Consultant> holders) {
        return holders.stream().map(Consultant::employeeId).toArray(String[]::new);
    }
}
