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
            return ResponseEntity.ok(AwardPay.calculate(input));
        } catch (PayRuleRefusal e) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(Map.of("message", e.getMessage()));
        }
    }
}
