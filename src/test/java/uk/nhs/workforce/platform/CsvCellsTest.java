package uk.nhs.workforce.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every CSV the application writes is safe to open in a spreadsheet. */
class CsvCellsTest {

    @Test
    @DisplayName("cells a spreadsheet would run as a formula are written as text")
    void formulaCellsNeutralised() {
        assertThat(CsvCells.text("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvCells.text("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(CsvCells.text("@SUM(A1:A2)")).isEqualTo("'@SUM(A1:A2)");
        assertThat(CsvCells.text("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.text("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCells.text("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(CsvCells.text("Cardiology")).isEqualTo("Cardiology");
    }

    @Test
    @DisplayName("control and bidirectional-override characters are stripped; commas and quotes quoted")
    void controlAndBidiStripped() {
        assertThat(CsvCells.text("Dr \u202Etxet\u202C")).isEqualTo("Dr txet");
        assertThat(CsvCells.text("a\u0007b")).isEqualTo("ab");
        assertThat(CsvCells.text("Hart, Amelia")).isEqualTo("\"Hart, Amelia\"");
        assertThat(CsvCells.text("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvCells.text("=HYPERLINK(\"x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
    }

    @Test
    @DisplayName("CSV files are served as text/csv; charset=UTF-8")
    void mediaType() {
        assertThat(CsvCells.MEDIA_TYPE.toString()).isEqualTo("text/csv;charset=UTF-8");
    }

    @Test
    @DisplayName("start inputs in range: years, money and dates are refused naming the variable")
    void inputRanges() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> InputRanges.between("awardYear", 99999, 2018, 2100))
                .hasMessageContaining("awardYear");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> InputRanges.money("carryForward",
                new java.math.BigDecimal("1e308"))).hasMessageContaining("carryForward");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> InputRanges.date("decisionDate",
                java.time.LocalDate.of(9999, 12, 31))).hasMessageContaining("decisionDate");
        assertThat(InputRanges.money("pointValue", new java.math.BigDecimal("3016.00"))).isEqualByComparingTo("3016");
    }
}
