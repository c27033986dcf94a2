-- Bulk scheduling of Existing LCEA reviews and NCEA renewal outcomes (S30 8, 15-17), run as engine jobs in chunks.

-- One row per request (POST /api/awards/reviews/schedule); chunk_count is set once the holders are split.
CREATE TABLE review_schedule_run (
    id            VARCHAR(40)  NOT NULL PRIMARY KEY,
    employer_code VARCHAR(20)  NOT NULL,
    as_of         DATE         NOT NULL,
    requested_by  VARCHAR(64),
    requested_at  TIMESTAMP    NOT NULL,
    chunk_count   INTEGER
);

-- One row per finished chunk, written in the chunk's own transaction together with its starts, so a chunk
-- is counted exactly once however often its job is retried. No foreign key to the run on purpose: on H2 it
-- locks the run's row until the chunk commits, which made the chunks of one run wait for each other.
CREATE TABLE review_schedule_chunk (
    run_id                   VARCHAR(40) NOT NULL,
    chunk_no                 INTEGER     NOT NULL,
    reviews_started          INTEGER     NOT NULL,
    reviews_already_running  INTEGER     NOT NULL,
    renewals_started         INTEGER     NOT NULL,
    renewals_already_started INTEGER     NOT NULL,
    finished_at              TIMESTAMP   NOT NULL,
    PRIMARY KEY (run_id, chunk_no)
);

CREATE TABLE review_schedule_refusal (
    run_id      VARCHAR(40)   NOT NULL,
    employee_id VARCHAR(40)   NOT NULL,
    process_key VARCHAR(64)   NOT NULL,
    reason      VARCHAR(1000) NOT NULL
);
CREATE INDEX ix_review_schedule_refusal_run ON review_schedule_refusal (run_id);

-- What makes a second run start nothing twice, even while the first is still running: one start per
-- consultant, kind (REVIEW, RENEWAL) and due date (the review's due date, S30 16; the NCEA's renewal date,
-- S30 8), whichever run or node tries it.
CREATE TABLE review_schedule_claim (
    employee_id VARCHAR(40) NOT NULL,
    kind        VARCHAR(10) NOT NULL,
    due_on      DATE        NOT NULL,
    run_id      VARCHAR(40) NOT NULL,
    CONSTRAINT uq_review_schedule_claim UNIQUE (employee_id, kind, due_on)
);

-- Chunks read an employer's holders by employee id range.
CREATE INDEX ix_consultant_employer_employee ON consultant (employer_code, employee_id);
