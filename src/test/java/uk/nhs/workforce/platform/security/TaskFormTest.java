package uk.nhs.workforce.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What a task's Camunda Form lets its user change and see, read from the deployed forms themselves. */
class TaskFormTest {

    private static TaskForm form(String name) throws Exception {
        return TaskForm.parse(Files.readString(Path.of("forms", name + ".form")));
    }

    @Test
    @DisplayName("S30 16(ii) review: the five ratings, the date and absence days are the user's; currentLevel and employeeId are only shown")
    void reviewScoreForm() throws Exception {
        TaskForm form = form("lcea-review-score");
        assertThat(form.editable()).containsExactlyInAnyOrder("reviewDate", "serviceDeliveryRating",
                "serviceDevelopmentRating", "leadershipRating", "researchRating", "teachingRating", "excludedAbsenceDays",
                "committeeMembers");
        assertThat(form.mayWrite("currentLevel")).isFalse();
        assertThat(form.mayRead("currentLevel")).isTrue();
        assertThat(form.mayRead("employeeId")).isTrue();
        assertThat(form.mayRead("newLevel")).isFalse();
    }

    @Test
    @DisplayName("read-only fields are shown and sent back by form-js, never the user's to change")
    void readOnlyFields() throws Exception {
        TaskForm form = form("lcea-round-score");
        assertThat(form.readOnly()).contains("serviceDeliveryStatement");
        assertThat(form.mayWrite("serviceDeliveryStatement")).isFalse();
        assertThat(form.mayWrite("serviceDeliveryRating")).isTrue();
    }

    @Test
    @DisplayName("a dynamic list with editable columns is submitted whole under its path")
    void dynamicList() throws Exception {
        TaskForm form = form("ned-office-holders");
        assertThat(form.mayWrite("officeHolders")).isTrue();
        assertThat(form.mayWrite("name")).isFalse();
    }

    @Test
    @DisplayName("an option list (valuesKey) and template names are readable, not writable")
    void optionsAndTemplates() throws Exception {
        TaskForm form = form("lcea-round-application");
        assertThat(form.mayRead("eligibleConsultantOptions")).isTrue();
        assertThat(form.mayWrite("eligibleConsultantOptions")).isFalse();
        assertThat(form.mayRead("roundTitle")).isTrue();
        assertThat(form.mayRead("ineligibleSummary")).isFalse();
        assertThat(form.mayWrite("applicantId")).isTrue();
    }

    @Test
    @DisplayName("form-js sends a read-only field back unchanged: equal values pass, numbers compared by value")
    void sameValue() {
        assertThat(TaskGuard.same(4, 4L)).isTrue();
        assertThat(TaskGuard.same(4, 4.0)).isTrue();
        assertThat(TaskGuard.same(4, 9)).isFalse();
        assertThat(TaskGuard.same(null, "")).isTrue();
        assertThat(TaskGuard.same("text", "other")).isFalse();
    }
}
