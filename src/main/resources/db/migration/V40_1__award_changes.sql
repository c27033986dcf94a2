-- Changes the NCEA reversion and Existing LCEA review processes make to a consultant's awards
-- (S30 8, 15-18, 24), kept as a dated history next to the consultant roster row they update.
CREATE TABLE award_change (
    change_id           VARCHAR(40)  NOT NULL PRIMARY KEY,
    employee_id         VARCHAR(40)  NOT NULL,
    effective_on        DATE         NOT NULL,
    change_kind         VARCHAR(40)  NOT NULL,
    lcea_level_before   INTEGER,
    lcea_level_after    INTEGER,
    ncea_before         VARCHAR(10),
    points_lost         INTEGER,
    funding             VARCHAR(30),
    consolidated        BOOLEAN,
    pensionable         BOOLEAN,
    note                VARCHAR(400),
    process_instance_id VARCHAR(64),
    recorded_at         TIMESTAMP    NOT NULL
);
CREATE INDEX ix_award_change_employee ON award_change (employee_id);
