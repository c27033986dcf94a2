package uk.nhs.workforce.platform.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TaskSubjectTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static Object none(String name) {
        return null;
    }

    @Test
    @DisplayName("S30 16: a committee's review task names the consultant and is due on reviewDueDate, in dd/mm/yyyy")
    void reviewNamesConsultantAndDueDate() {
        Map<String, Object> variables = Map.of("consultantName", "Dr Rosa Alvarez", "reviewDueDate", "2029-01-01");
        String subject = TaskSubject.subject("existing-lcea-review", variables::get);
        Date due = TaskSubject.due("lcea-review-score", variables::get, LONDON);

        assertThat(subject).isEqualTo("Dr Rosa Alvarez");
        assertThat(due).isEqualTo(Date.from(LocalDate.of(2029, 1, 1).atStartOfDay(LONDON).toInstant()));
        assertThat(TaskSubject.name("Review Existing LCEA", subject, due, LONDON))
                .isEqualTo("Review Existing LCEA: Dr Rosa Alvarez, due 01/01/2029");
    }

    @Test
    @DisplayName("G 25-28: appointment tasks name the post and the cluster; NED tasks the cluster; vacancies the board")
    void appointmentsBoardsAndVacancies() {
        assertThat(TaskSubject.subject("appointment-director-recruitment",
                Map.<String, Object>of("postTitle", "Director of Finance", "clusterCode", "CL-NORTH")::get))
                .isEqualTo("Director of Finance, CL-NORTH");
        assertThat(TaskSubject.subject("ned-rationalisation", Map.<String, Object>of("clusterCode", "CL-SOUTH")::get))
                .isEqualTo("CL-SOUTH");
        assertThat(TaskSubject.subject("board-vacancy",
                Map.<String, Object>of("boardName", "Easton PCT", "vacatedName", "Edward Ellis")::get))
                .isEqualTo("Easton PCT, Edward Ellis");
        assertThat(TaskSubject.subject("lcea-annual-round",
                Map.<String, Object>of("employerName", "Northbridge Hospitals NHS Trust", "awardYear", 2020)::get))
                .isEqualTo("Northbridge Hospitals NHS Trust, 2020");
    }

    @Test
    @DisplayName("A task whose variables are absent keeps its name; a name that already carries its subject keeps it")
    void absentVariablesAndNamedTasks() {
        assertThat(TaskSubject.subject("existing-lcea-review", TaskSubjectTest::none)).isNull();
        assertThat(TaskSubject.due("lcea-review-score", TaskSubjectTest::none, LONDON)).isNull();
        assertThat(TaskSubject.due("ned-composition", Map.<String, Object>of("reviewDueDate", "2029-01-01")::get, LONDON)).isNull();
        assertThat(TaskSubject.name("Review Existing LCEA", null, null, LONDON)).isEqualTo("Review Existing LCEA");
        assertThat(TaskSubject.name("Score the application: Dr Amelia Hart", "Northbridge Hospitals NHS Trust, 2020", null, LONDON))
                .isEqualTo("Score the application: Dr Amelia Hart");
        Map<String, Object> unreadable = new HashMap<>();
        unreadable.put("reviewDueDate", "not a date");
        assertThat(TaskSubject.due("lcea-review-score", unreadable::get, LONDON)).isNull();
        assertThat(TaskSubject.subject("existing-lcea-review", name -> {
            throw new IllegalStateException("variable not readable");
        })).isNull();
    }

    @Test
    @DisplayName("S30 8: an application task is due at the closing date; an appeal at the end of the appeal window")
    void closingDateAndAppealWindow() {
        Date closes = Date.from(LocalDate.of(2020, 6, 30).atTime(23, 59).atZone(LONDON).toInstant());
        Date appealsClose = Date.from(LocalDate.of(2020, 9, 28).atTime(12, 0).atZone(LONDON).toInstant());
        Map<String, Object> variables = Map.of("applicationsCloseAt", closes, "appealsCloseAt", appealsClose);
        assertThat(TaskSubject.due("lcea-round-application", variables::get, LONDON)).isEqualTo(closes);
        assertThat(TaskSubject.due("lcea-round-appeal", variables::get, LONDON)).isEqualTo(appealsClose);
        assertThat(TaskSubject.name("Decide the appeal: Dr Chiara Rossi", null, appealsClose, LONDON))
                .isEqualTo("Decide the appeal: Dr Chiara Rossi, due 28/09/2020");
        assertThat(TaskSubject.name("Record an application", null, closes, LONDON))
                .isEqualTo("Record an application: due 30/06/2020");
    }
}
