package uk.nhs.workforce.awards.round;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Server-side checks of the round's decision tasks whose answers steer the flow: the chair's confirmation,
 * the report sign-off (S30 9, 14) and the JLNC's corrective variation or the employer's modification (S30 9).
 */
@Component("lceaRoundDecisionCheck")
public class RecordedDecisionListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        switch (task.getTaskDefinitionKey()) {
            case "Task_ConfirmAllocation" -> {
                boolean confirmed = RoundInputs.flag(task.getVariable("allocationConfirmed"), "allocationConfirmed");
                Object uncommitted = task.getVariable("uncommittedFunds");
                if (confirmed && uncommitted instanceof Number n && n.doubleValue() > 0.005) {
                    throw new ProcessEngineException("allocationConfirmed: £" + RoundAllocation.money(
                            java.math.BigDecimal.valueOf(n.doubleValue())) + " of the pot is neither awarded nor carried"
                            + " forward with the JLNC's agreement (S30 5, 14): send it back for revised settings");
                }
                task.setVariable("allocationConfirmed", confirmed);
            }
            case "Task_SignOffReport" -> {
                if (!RoundInputs.flag(task.getVariable("reportSignedOff"), "reportSignedOff")) {
                    throw new ProcessEngineException("reportSignedOff must be ticked to sign the report off");
                }
                Boolean raised = RoundInputs.optionalFlag(task.getVariable("discriminatoryTermRaised"),
                        "discriminatoryTermRaised");
                task.setVariable("discriminatoryTermRaised", raised != null && raised);
                if (raised != null && raised) {
                    RoundInputs.statement(task.getVariable("discriminatoryTerm"), "discriminatoryTerm");
                }
            }
            case "Task_AgreeCorrectiveVariation" ->
                RoundInputs.statement(task.getVariable("correctiveVariation"), "correctiveVariation");
            case "Task_ModifyScheme" -> RoundInputs.statement(task.getVariable("schemeModification"), "schemeModification");
            default -> throw new ProcessEngineException("no check for task " + task.getTaskDefinitionKey());
        }
    }
}
