package uk.nhs.workforce.awards.pay;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/awards/pay-consequences}: the APA rate, APA uplift and pensionable pay of a
 * consultant's awards (Schedules 13, 14, 17 as changed). Inputs it cannot judge answer 422 with a message.
 */
@RestController
@RequestMapping("/api/awards")
public class PayConsequencesController {

    @PostMapping("/pay-consequences")
    public ResponseEntity<?> calculate(@RequestBody AwardPay.PayInput input) {
        try {
            checkBounds(input);
            return ResponseEntity.ok(AwardPay.calculate(input));
        } catch (PayRuleRefusal e) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(Map.of("message", e.getMessage()));
        } catch (org.camunda.bpm.engine.ProcessEngineException e) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(Map.of("message", e.getMessage()));
        }
    }

    /** Null items named and amounts bounded before any arithmetic (1e3000000 is refused, not computed). */
    private static void checkBounds(AwardPay.PayInput input) {
        if (input == null) {
            throw new PayRuleRefusal("a JSON body with appointedConsultantOn and items is required");
        }
        if (input.items() != null) {
            for (int i = 0; i < input.items().size(); i++) {
                AwardPay.PayItem item = input.items().get(i);
                if (item == null) {
                    throw new PayRuleRefusal("items[" + i + "] is null: each item needs element, annualValue and awardedOn");
                }
                uk.nhs.workforce.platform.InputRanges.money("items[" + i + "].annualValue", item.annualValue());
                uk.nhs.workforce.platform.InputRanges.date("items[" + i + "].awardedOn", item.awardedOn());
            }
        }
        uk.nhs.workforce.platform.InputRanges.money("existingNceaValue", input.existingNceaValue());
        uk.nhs.workforce.platform.InputRanges.date("appointedConsultantOn", input.appointedConsultantOn());
    }
}
