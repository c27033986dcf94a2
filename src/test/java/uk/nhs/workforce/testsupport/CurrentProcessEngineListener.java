package uk.nhs.workforce.testsupport;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Several Spring test contexts live in one test JVM, each with an engine named "default", while the
 * engine REST API and the web apps look the engine up by name in Camunda's static registry. Before
 * each test, the engine of that test's context is made the registered one, so REST calls and
 * browser sessions reach the database the test wrote to. Registered in META-INF/spring.factories.
 */
public class CurrentProcessEngineListener implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(ProcessEngine.class).ifAvailable(ProcessEngines::registerProcessEngine);
    }
}
