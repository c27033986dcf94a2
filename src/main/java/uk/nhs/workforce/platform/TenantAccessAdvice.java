package uk.nhs.workforce.platform;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A tenant refusal answers 403 with JSON {@code {"message": "..."}} naming the tenant. */
@RestControllerAdvice
class TenantAccessAdvice {

    @ExceptionHandler(TenantAccess.Refused.class)
    ResponseEntity<Map<String, String>> refused(TenantAccess.Refused e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", String.valueOf(e.getReason())));
    }
}
