package uk.nhs.workforce.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.nhs.workforce.testsupport.ProcessEngineTest;

/**
 * The register's rule spans cases (G 23, G 27: one person, one post), so the database holds it: a
 * reservation the first transaction has not committed yet is invisible to the second one's check,
 * and only the key stops the second.
 */
class AppointmentRegisterTest extends ProcessEngineTest {

    @Autowired
    AppointmentRegister register;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void clean() {
        jdbcTemplate.update("DELETE FROM appointment_register WHERE employee_id LIKE 'RG-%'");
    }

    private static AppointmentRegister.Holding holding(String post, String instance) {
        return new AppointmentRegister.Holding("RG-1", "RG", "RG-C", post, post + " title",
                AppointmentRegister.Status.RESERVED, instance);
    }

    @Test
    @DisplayName("G 27 two posts reserve one person in overlapping transactions: the key refuses the second, naming the person")
    void keyHoldsUnderConcurrency() throws Exception {
        CountDownLatch firstInserted = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = threads.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
                register.reserve(holding("FINANCE", "pi-1"), "Rae Gee");
                firstInserted.countDown();
                sleep(300); // the second checks and inserts while this one is still open
            }));
            Future<String> second = threads.submit(() -> {
                firstInserted.await();
                try {
                    new TransactionTemplate(transactions).executeWithoutResult(s ->
                            register.reserve(holding("NURSING", "pi-2"), "Rae Gee"));
                    return "reserved";
                } catch (AppointmentRegister.PostTaken e) {
                    return e.getMessage();
                }
            });
            first.get(30, TimeUnit.SECONDS);
            assertThat(second.get(30, TimeUnit.SECONDS)).contains("Rae Gee").contains("RG-1").contains("same moment");
        } finally {
            threads.shutdownNow();
        }
        assertThat(register.holding("RG-1")).get().extracting(AppointmentRegister.Holding::post).isEqualTo("FINANCE");
    }

    @Test
    @DisplayName("G 23 reserved for one post: preferring them for another is refused naming the post; the same post again is fine; released on rejection")
    void reserveAppointRelease() {
        register.reserve(holding("CHIEF_EXECUTIVE", "pi-1"), "Rae Gee");
        register.reserve(holding("CHIEF_EXECUTIVE", "pi-1"), "Rae Gee");
        assertThatThrownBy(() -> register.reserve(holding("CHIEF_EXECUTIVE", "pi-2"), "Rae Gee"))
                .hasMessageContaining("Rae Gee (RG-1) is already CHIEF_EXECUTIVE title of cluster RG-C (reserved");
        register.appoint("RG-1", "pi-1", "CHIEF_EXECUTIVE");
        assertThat(register.holding("RG-1")).get().extracting(AppointmentRegister.Holding::status)
                .isEqualTo(AppointmentRegister.Status.APPOINTED);
        register.release("RG-1", "pi-1", "CHIEF_EXECUTIVE");
        assertThat(register.holding("RG-1")).isEmpty();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
