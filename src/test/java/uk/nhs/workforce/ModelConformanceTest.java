package uk.nhs.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every model in processes/ is one Cockpit can draw and Tasklist can work: diagram interchange for
 * every flow node and sequence flow, a resolvable Camunda Form and someone to do it for every user
 * task, an implementation for every service task, and labelled gateways.
 */
class ModelConformanceTest {

    private static final Path PROCESSES = Path.of("processes");
    private static final Path FORMS = Path.of("forms");

    @TestFactory
    Stream<DynamicTest> everyModelConforms() throws IOException {
        Set<String> formIds = formIds();
        List<Path> models;
        try (Stream<Path> files = Files.walk(PROCESSES)) {
            models = files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
        }
        return models.stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
            BpmnModelInstance model = Bpmn.readModelFromFile(path.toFile());
            List<String> problems = problems(model, formIds);
            assertThat(problems).as("problems in " + path).isEmpty();
        }));
    }

    @org.junit.jupiter.api.Test
    void aModelThatBreaksTheRulesIsReported() {
        BpmnModelInstance bad = Bpmn.createExecutableProcess("bad")
                .startEvent("StartEvent_Bad")
                .exclusiveGateway("Gateway_Unlabelled")
                .userTask("Task_NoForm")
                .endEvent("EndEvent_One")
                .moveToNode("Gateway_Unlabelled")
                .serviceTask("Task_NoImplementation")
                .endEvent("EndEvent_Two")
                .done();
        // the fluent builder fills in a time to live and names gateways after their ids: undo both
        model(bad).setCamundaHistoryTimeToLiveString(null);
        bad.<ExclusiveGateway>getModelElementById("Gateway_Unlabelled").setName(null);
        assertThat(problems(bad, Set.of())).contains(
                "bad has no camunda:historyTimeToLive",
                "Task_NoForm has no Camunda Form in forms/ (formRef null)",
                "Task_NoForm has no assignee, candidate users or candidate groups",
                "Task_NoImplementation has no implementation",
                "Gateway_Unlabelled is a deciding gateway without a label");
    }

    private static Process model(BpmnModelInstance instance) {
        return instance.getModelElementsByType(Process.class).iterator().next();
    }

    static List<String> problems(BpmnModelInstance model, Set<String> formIds) {
        List<String> problems = new ArrayList<>();
        Set<String> drawn = new HashSet<>();
        model.getModelElementsByType(BpmnShape.class).forEach(s -> drawn.add(s.getBpmnElement().getId()));
        model.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement().getId()));

        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (!drawn.contains(node.getId())) {
                problems.add(node.getId() + " has no diagram shape");
            }
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (!drawn.contains(flow.getId())) {
                problems.add(flow.getId() + " has no diagram edge");
            }
        }
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (process.isExecutable() && process.getCamundaHistoryTimeToLiveString() == null) {
                problems.add(process.getId() + " has no camunda:historyTimeToLive");
            }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String formRef = task.getCamundaFormRef();
            if (formRef == null || !formIds.contains(formRef)) {
                problems.add(task.getId() + " has no Camunda Form in forms/ (formRef " + formRef + ")");
            }
            boolean someone = notBlank(task.getCamundaAssignee()) || notBlank(task.getCamundaCandidateUsers())
                    || notBlank(task.getCamundaCandidateGroups());
            if (!someone) {
                problems.add(task.getId() + " has no assignee, candidate users or candidate groups");
            }
        }
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            String formRef = start.getCamundaFormRef();
            if (formRef != null && !formIds.contains(formRef)) {
                problems.add(start.getId() + " refers to a missing form " + formRef);
            }
        }
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            if (!implemented(task.getCamundaClass(), task.getCamundaDelegateExpression(), task.getCamundaExpression(),
                    task.getCamundaType())) {
                problems.add(task.getId() + " has no implementation");
            }
        }
        for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
            if (!implemented(task.getCamundaClass(), task.getCamundaDelegateExpression(), task.getCamundaExpression(),
                    task.getCamundaDecisionRef())) {
                problems.add(task.getId() + " has no decision or implementation");
            }
        }
        for (ExclusiveGateway gateway : model.getModelElementsByType(ExclusiveGateway.class)) {
            Collection<SequenceFlow> outgoing = gateway.getOutgoing();
            if (outgoing.size() > 1) {
                if (!notBlank(gateway.getName())) {
                    problems.add(gateway.getId() + " is a deciding gateway without a label");
                }
                outgoing.stream().filter(f -> !notBlank(f.getName()))
                        .forEach(f -> problems.add(f.getId() + " leaves " + gateway.getId() + " without a label"));
            }
        }
        model.getModelElementsByType(BaseElement.class).stream()
                .map(BaseElement::getId)
                .filter(id -> id != null && id.matches("(Activity|Gateway|Event|Flow)_[0-9a-z]{7}"))
                .forEach(id -> problems.add(id + " is a generated id: name it after what it does"));
        return problems;
    }

    private static boolean implemented(String... ways) {
        return Stream.of(ways).anyMatch(ModelConformanceTest::notBlank);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    static Set<String> formIds() throws IOException {
        Set<String> ids = new HashSet<>();
        if (!Files.isDirectory(FORMS)) {
            return ids;
        }
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.walk(FORMS)) {
            for (Path form : files.filter(p -> p.toString().endsWith(".form")).toList()) {
                JsonNode root = json.readTree(form.toFile());
                assertThat(root.path("type").asText()).as(form + " is a Camunda Form").isEqualTo("default");
                assertThat(root.path("id").asText()).as(form + " has an id").isNotBlank();
                ids.add(root.path("id").asText());
            }
        }
        return ids;
    }
}
