package uk.nhs.workforce.awards.pay;

/** An input the pay rules cannot judge from the circular; the message says why. */
public class PayRuleRefusal extends IllegalArgumentException {

    public PayRuleRefusal(String message) {
        super(message);
    }
}
