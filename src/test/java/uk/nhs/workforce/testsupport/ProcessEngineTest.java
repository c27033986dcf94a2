package uk.nhs.workforce.testsupport;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base for process tests: the whole application on a private in-memory database, models deployed
 * from processes/ and forms/, no job executor (tests execute jobs and move the clock themselves).
 * Every subclass shares one Spring context, so each test cleans up the roster rows it writes.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class ProcessEngineTest {

    @Autowired
    protected ProcessEngine processEngine;

    @Autowired
    protected JdbcTemplate jdbcTemplate;

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(processEngine);
    }

    @AfterEach
    void resetClockAndInstances() {
        ClockUtil.reset();
        deleteAllInstances();
        BpmnAwareTests.reset();
    }

    /**
     * Deletes every running instance, root instances only: deleting a root deletes the instances it called
     * (a Director recruitment), which would otherwise be gone by the time their turn came. Subclasses whose roster rows the instances read call it in their
     * own {@code @AfterEach} before removing those rows, since theirs runs before this class's.
     */
    protected void deleteAllInstances() {
        processEngine.getRuntimeService().createProcessInstanceQuery().rootProcessInstances().list()
                .forEach(pi -> processEngine.getRuntimeService()
                        .deleteProcessInstance(pi.getId(), "test cleanup", true, true));
    }
}
