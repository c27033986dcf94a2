package uk.nhs.workforce.rosters;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import uk.nhs.workforce.platform.Groups;

/**
 * Imports a roster file (CONTRACT §3): the whole file is validated first and every bad row named; only
 * a file without errors is stored, in one transaction, upserting rows by their key.
 */
@Service
public class RosterImportService {

    private static final int BATCH_SIZE = 1000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final List<RosterImportHook> hooks;
    private final IdentityService identity;
    private final int maxReportedErrors;

    public RosterImportService(JdbcTemplate jdbc, TransactionTemplate transaction,
            ApplicationEventPublisher events, List<RosterImportHook> hooks,
            IdentityService identity, @Value("${app.security.max-reported-errors:1000}") int maxReportedErrors) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
        this.hooks = List.copyOf(hooks);
        this.identity = identity;
        this.maxReportedErrors = maxReportedErrors;
    }

    public ImportResult importCsv(RosterKind kind, String csvText) {
        RosterSchema schema = RosterSchema.of(kind);
        ParsedFile file = parse(schema, csvText);
        List<RowError> errors = new ArrayList<>(file.errors());
        errors.addAll(checkRowsAgainstRegister(schema, file.rows()));
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingLong(RowError::line));
            throw new RosterValidationException(errors, maxReportedErrors);
        }
        List<RosterImportHook.Row> rows = file.rows().stream()
                .map(r -> new RosterImportHook.Row(r.line(), java.util.Collections.unmodifiableMap(r.values()))).toList();
        hooks.forEach(h -> h.checkUpload(kind, rows));
        return transaction.execute(status -> {
            ImportResult result = upsert(schema, file.header(), file.rows());
            hooks.forEach(h -> h.imported(kind));
            return result;
        });
    }

    private record ParsedRow(long line, Map<String, Object> values, boolean cellsValid) {
    }

    private record ParsedFile(List<String> header, List<ParsedRow> rows, List<RowError> errors) {
    }

    private ParsedFile parse(RosterSchema schema, String csvText) {
        String text = csvText == null ? "" : csvText.startsWith("\uFEFF") ? csvText.substring(1) : csvText;
        if (text.isBlank()) {
            throw new RosterValidationException(List.of(new RowError(1, null,
                    "the file is empty: expected a header row naming the " + schema.kind().urlName() + " columns")));
        }
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader().setSkipHeaderRecord(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
                .setIgnoreEmptyLines(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames().stream().map(String::trim).toList();
            List<RowError> headerErrors = checkHeader(schema, header);
            if (!headerErrors.isEmpty()) {
                throw new RosterValidationException(headerErrors);
            }
            List<ParsedRow> rows = new ArrayList<>();
            List<RowError> errors = new ArrayList<>();
            Map<String, Long> keyLines = new HashMap<>();
            long line = 1;
            for (CSVRecord record : parser) {
                line++;
                if (record.size() != header.size()) {
                    errors.add(new RowError(line, null,
                            "expected " + header.size() + " cells, found " + record.size()));
                    continue;
                }
                Map<String, Object> values = new LinkedHashMap<>();
                int errorsBefore = errors.size();
                for (int i = 0; i < header.size(); i++) {
                    RosterColumn column = schema.column(header.get(i)).orElseThrow();
                    String cell = record.get(i).trim();
                    String unsafe = RosterColumn.unsafeCharacter(cell);
                    if (unsafe != null) {
                        errors.add(new RowError(line, column.name(), unsafe));
                        values.put(column.name(), null);
                        continue;
                    }
                    if (cell.isEmpty()) {
                        if (column.valueRequired()) {
                            errors.add(new RowError(line, column.name(), "a value is required"));
                        }
                        values.put(column.name(), null);
                        continue;
                    }
                    try {
                        values.put(column.name(), column.read(cell));
                    } catch (IllegalArgumentException e) {
                        errors.add(new RowError(line, column.name(), e.getMessage()));
                        values.put(column.name(), null);
                    }
                }
                Object key = values.get(schema.key());
                if (key != null) {
                    Long earlier = keyLines.putIfAbsent(key.toString(), line);
                    if (earlier != null) {
                        errors.add(new RowError(line, schema.key(),
                                "duplicate " + schema.key() + " '" + key + "', also on line " + earlier));
                    }
                }
                rows.add(new ParsedRow(line, values, errors.size() == errorsBefore));
            }
            return new ParsedFile(header, rows, errors);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // commons-csv reports a duplicate header or a malformed quote this way
            throw new RosterValidationException(List.of(new RowError(1, null, "not a readable CSV file: " + e.getMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException e) {
            throw new RosterValidationException(List.of(new RowError(1, null, "not a readable CSV file: " + e.getMessage())));
        }
    }

    private static List<RowError> checkHeader(RosterSchema schema, List<String> header) {
        List<RowError> errors = new ArrayList<>();
        for (String name : header) {
            if (schema.column(name).isEmpty()) {
                errors.add(new RowError(1, name, "unknown column for " + schema.kind().urlName()));
            }
        }
        for (RosterColumn column : schema.columns()) {
            if (!column.headerOptional() && !header.contains(column.name())) {
                errors.add(new RowError(1, column.name(), "missing column"));
            }
        }
        return errors;
    }

    /** Organisation references must exist already or in the same file; then each row's own cross-column rules. */
    private List<RowError> checkRowsAgainstRegister(RosterSchema schema, List<ParsedRow> rows) {
        Map<String, OrganisationType> types = new HashMap<>();
        jdbc.query("SELECT code, type FROM organisation",
                rs -> { types.put(rs.getString(1), OrganisationType.valueOf(rs.getString(2))); });
        if (schema.kind() == RosterKind.ORGANISATIONS) {
            for (ParsedRow row : rows) {
                Object code = row.values().get("code");
                Object type = row.values().get("type");
                if (code != null && type != null) {
                    types.put((String) code, OrganisationType.valueOf((String) type));
                }
            }
        }
        List<RowError> errors = new ArrayList<>();
        Map<String, String> userProblems = new HashMap<>();
        for (ParsedRow row : rows) {
            Object userId = row.values().get("user_id");
            if (userId != null) {
                String problem = userProblems.computeIfAbsent((String) userId, this::userIdProblem);
                if (!problem.isEmpty()) {
                    errors.add(new RowError(row.line(), "user_id", problem));
                }
            }
            for (String column : schema.organisationReferences()) {
                Object value = row.values().get(column);
                if (value == null) {
                    continue;
                }
                for (String code : RosterRowMappers.splitCodes((String) value)) {
                    if (!types.containsKey(code)) {
                        errors.add(new RowError(row.line(), column, "unknown organisation '" + code + "'"));
                    }
                }
            }
            if (!row.cellsValid()) {
                continue; // the cell errors already name the row; cross-column rules need valid cells
            }
            for (RosterSchema.RowProblem p : schema.rowRules(row.values(), types)) {
                errors.add(new RowError(row.line(), p.column(), p.message()));
            }
        }
        return errors;
    }

    /**
     * A roster login names a person who works tasks: an existing Camunda user, and not an administrator (who
     * would otherwise be offered people's tasks, or be given to a consultant's data by a typo). Empty when fine.
     */
    private String userIdProblem(String userId) {
        if (identity.createUserQuery().userId(userId).count() == 0) {
            return "'" + userId + "' is not an existing user: create the login in Camunda Admin first";
        }
        if (identity.createUserQuery().userId(userId).memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0) {
            return "'" + userId + "' is an administrator (camunda-admin); a roster names the person's own login";
        }
        return "";
    }

    private ImportResult upsert(RosterSchema schema, List<String> header, List<ParsedRow> rows) {
        Map<String, List<String>> stored = new HashMap<>();
        String columnList = String.join(", ", header);
        jdbc.query("SELECT " + columnList + " FROM " + schema.table(), rs -> {
            List<String> canonical = new ArrayList<>(header.size());
            for (int i = 1; i <= header.size(); i++) {
                canonical.add(canonical(rs.getObject(i)));
            }
            stored.put(canonical.get(header.indexOf(schema.key())), canonical);
        });

        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<String> nonKey = header.stream().filter(c -> !c.equals(schema.key())).toList();
        for (ParsedRow row : rows) {
            List<String> canonical = header.stream().map(c -> canonical(row.values().get(c))).toList();
            String key = (String) row.values().get(schema.key());
            List<String> existing = stored.get(key);
            if (existing == null) {
                inserts.add(header.stream().map(c -> jdbcValue(row.values().get(c))).toArray());
            } else if (!existing.equals(canonical)) {
                List<Object> args = new ArrayList<>();
                nonKey.forEach(c -> args.add(jdbcValue(row.values().get(c))));
                args.add(key);
                updates.add(args.toArray());
            }
        }
        String insertSql = "INSERT INTO " + schema.table() + " (" + columnList + ") VALUES ("
                + String.join(", ", header.stream().map(c -> "?").toList()) + ")";
        String updateSql = "UPDATE " + schema.table() + " SET "
                + String.join(", ", nonKey.stream().map(c -> c + " = ?").toList())
                + " WHERE " + schema.key() + " = ?";
        batch(insertSql, inserts);
        batch(updateSql, updates);
        if (schema.kind() == RosterKind.CONSULTANTS) {
            publishMovesAndLeavers(header, rows, stored);
        }
        return new ImportResult(inserts.size(), updates.size());
    }

    /** S30 7: a changed employer or a new leaving date is announced in the same transaction as the upload. */
    private void publishMovesAndLeavers(List<String> header, List<ParsedRow> rows, Map<String, List<String>> stored) {
        int employerAt = header.indexOf("employer_code");
        int leftAt = header.indexOf("left_on");
        for (ParsedRow row : rows) {
            String key = (String) row.values().get("employee_id");
            List<String> before = stored.get(key);
            if (before == null) {
                continue;
            }
            String employer = (String) row.values().get("employer_code");
            LocalDate leftOn = (LocalDate) row.values().get("left_on");
            boolean moved = employerAt >= 0 && !before.get(employerAt).equals(employer);
            boolean left = leftAt >= 0 && leftOn != null && !leftOn.toString().equals(before.get(leftAt));
            if (moved || left) {
                events.publishEvent(new ConsultantEmploymentChanged(key, before.get(employerAt), employer,
                        left ? leftOn : null));
            }
        }
    }

    private void batch(String sql, List<Object[]> args) {
        for (int from = 0; from < args.size(); from += BATCH_SIZE) {
            jdbc.batchUpdate(sql, args.subList(from, Math.min(args.size(), from + BATCH_SIZE)));
        }
    }

    private static Object jdbcValue(Object value) {
        return value instanceof LocalDate d ? Date.valueOf(d) : value;
    }

    /** One spelling per value, so a stored row and an uploaded row compare equal when nothing changed. */
    private static String canonical(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Date d) {
            return d.toLocalDate().toString();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toLocalDate().toString();
        }
        return value.toString();
    }
}
