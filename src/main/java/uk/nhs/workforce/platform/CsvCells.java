package uk.nhs.workforce.platform;

import org.springframework.http.MediaType;

/**
 * The one way the application writes a text cell into a CSV file that people open in a spreadsheet:
 * control and bidirectional-formatting characters are removed (they make a cell read differently from
 * what it holds), a cell a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @},
 * tab, carriage return at its start) is prefixed with an apostrophe so that it shows as text, and a cell
 * with a comma, quote or line break is quoted (RFC 4180). Numbers the application computes are written as
 * they are. Files are served as {@link #MEDIA_TYPE}.
 */
public final class CsvCells {

    public static final MediaType MEDIA_TYPE = MediaType.parseMediaType("text/csv; charset=UTF-8");

    private CsvCells() {
    }

    /** A text cell, safe to open in a spreadsheet. */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        String cell = neutralise(strip(value));
        boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
        return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    static String neutralise(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }

    /** Without control characters (a line break is kept, quoted) and bidirectional formatting characters. */
    static String strip(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            boolean control = Character.getType(cp) == Character.CONTROL && cp != '\n' && cp != '\t' && cp != '\r';
            if (control || isBidiControl(cp)) {
                continue;
            }
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    public static boolean isBidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F
                || cp == 0x061C;
    }
}
