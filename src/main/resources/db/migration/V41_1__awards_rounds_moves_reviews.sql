-- Rounds across years and moves (S30 5, 7, 14), and committee reviews with appeals (S30 8(i), 16).

-- A round holds its employer and year only while it is live or has published results: a withdrawn or
-- deleted round sets active_year to NULL, and NULLs never collide in a unique constraint, so a new round
-- for that employer and year may start while the withdrawn one stays on record.
ALTER TABLE lcea_round ADD COLUMN active_year INTEGER;
UPDATE lcea_round SET active_year = award_year;
ALTER TABLE lcea_round DROP CONSTRAINT uq_lcea_round_employer_year;
ALTER TABLE lcea_round ADD CONSTRAINT uq_lcea_round_employer_active_year UNIQUE (employer_code, active_year);
ALTER TABLE lcea_round ADD COLUMN results_published_at TIMESTAMP;
ALTER TABLE lcea_round ADD COLUMN carried_forward DECIMAL(12, 2);
ALTER TABLE lcea_round ADD COLUMN withdrawn_at TIMESTAMP;
ALTER TABLE lcea_round ADD COLUMN withdrawn_reason VARCHAR(4000);

-- S30 7: the date a consultant left the employer's Schedule 30 employment (CONTRACT §3 left_on).
ALTER TABLE consultant ADD COLUMN left_on DATE;

-- S30 7: money an employer no longer pays because a holder moved or left; added to its next round's pot
-- once (credited_round_id), never twice.
CREATE TABLE lcea_freed_funding (
    freed_id          VARCHAR(40)    NOT NULL PRIMARY KEY,
    employer_code     VARCHAR(20)    NOT NULL,
    employee_id       VARCHAR(40)    NOT NULL,
    freed_on          DATE           NOT NULL,
    amount            DECIMAL(12, 2) NOT NULL,
    reason            VARCHAR(400)   NOT NULL,
    credited_round_id VARCHAR(64)
);
CREATE INDEX ix_lcea_freed_funding_employer ON lcea_freed_funding (employer_code);
