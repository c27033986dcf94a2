-- LCEA annual rounds (S30 2-14): one row per employer and award year, so a second round is refused
-- by the database as well as by the process; applications, committee scores, appeals and the
-- payment schedules that later rounds count against their pot (S30 7, 14 ii).

CREATE TABLE lcea_round (
    round_id      VARCHAR(64) NOT NULL PRIMARY KEY,
    employer_code VARCHAR(20) NOT NULL,
    award_year    INTEGER     NOT NULL,
    opened_at     TIMESTAMP   NOT NULL,
    CONSTRAINT uq_lcea_round_employer_year UNIQUE (employer_code, award_year)
);

CREATE TABLE lcea_round_application (
    application_id               VARCHAR(120)  NOT NULL PRIMARY KEY,
    round_id                     VARCHAR(64)   NOT NULL REFERENCES lcea_round (round_id),
    employee_id                  VARCHAR(40)   NOT NULL,
    submitted_by                 VARCHAR(64),
    submitted_at                 TIMESTAMP     NOT NULL,
    service_delivery_statement   VARCHAR(4000) NOT NULL,
    service_development_statement VARCHAR(4000) NOT NULL,
    leadership_statement         VARCHAR(4000) NOT NULL,
    research_statement           VARCHAR(4000) NOT NULL,
    teaching_statement           VARCHAR(4000) NOT NULL,
    CONSTRAINT uq_lcea_round_application UNIQUE (round_id, employee_id)
);

CREATE TABLE lcea_round_score (
    application_id      VARCHAR(120) NOT NULL REFERENCES lcea_round_application (application_id),
    member              VARCHAR(64)  NOT NULL,
    conflict_of_interest BOOLEAN     NOT NULL,
    service_delivery    INTEGER,
    service_development INTEGER,
    leadership          INTEGER,
    research            INTEGER,
    teaching            INTEGER,
    excluded            BOOLEAN      DEFAULT FALSE NOT NULL,
    PRIMARY KEY (application_id, member)
);

CREATE TABLE lcea_round_appeal (
    appeal_id      VARCHAR(64)   NOT NULL PRIMARY KEY,
    round_id       VARCHAR(64)   NOT NULL REFERENCES lcea_round (round_id),
    application_id VARCHAR(120)  NOT NULL REFERENCES lcea_round_application (application_id),
    grounds        VARCHAR(4000) NOT NULL,
    lodged_by      VARCHAR(64),
    lodged_at      TIMESTAMP     NOT NULL,
    task_id        VARCHAR(64),
    upheld         BOOLEAN,
    decision       VARCHAR(4000),
    corrected_score DECIMAL(6, 2)
);

CREATE TABLE lcea_round_payment (
    round_id       VARCHAR(64)   NOT NULL REFERENCES lcea_round (round_id),
    employee_id    VARCHAR(40)   NOT NULL,
    award_year     INTEGER       NOT NULL,
    financial_year INTEGER       NOT NULL,
    amount         DECIMAL(12, 2) NOT NULL,
    payer          VARCHAR(20)   NOT NULL,
    funding_source VARCHAR(30)   NOT NULL,
    PRIMARY KEY (round_id, employee_id, financial_year)
);
CREATE INDEX ix_lcea_round_payment_year ON lcea_round_payment (financial_year);
