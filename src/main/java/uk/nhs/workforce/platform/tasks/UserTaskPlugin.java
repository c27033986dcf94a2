package uk.nhs.workforce.platform.tasks;

import java.time.ZoneId;
import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * One place for what every user task of every model gets, without touching the models: its case's
 * subject and due date in its name ({@link TaskSubjectListener}) and, where mail is configured, an
 * email to the people it is offered to ({@link TaskNotifications}). A BPMN parse listener adds both
 * as create listeners after the model's own.
 */
@Component
public class UserTaskPlugin extends AbstractProcessEnginePlugin {

    private final TaskNotifications notifications;
    private final ZoneId zone = ZoneId.systemDefault();

    public UserTaskPlugin(TaskNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (!(activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior)) {
                    return;
                }
                String processKey = scope.getProcessDefinition() instanceof ProcessDefinitionEntity definition
                        ? definition.getKey() : null;
                String formRef = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
                TaskDefinition task = behavior.getTaskDefinition();
                task.addTaskListener(TaskListener.EVENTNAME_CREATE, new TaskSubjectListener(processKey, formRef, zone));
                task.addTaskListener(TaskListener.EVENTNAME_CREATE, notifications.onCreate(processKey));
            }
        });
    }
}
