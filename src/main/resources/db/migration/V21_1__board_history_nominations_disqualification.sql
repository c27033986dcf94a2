-- A 5.3, 5.4: an appointment that ends is kept, with the date it ended and why, so a board can be shown
-- as it was on a date. The roster table board_member keeps only the appointments in force.
CREATE TABLE board_appointment_ended (
    member_id           VARCHAR(40)  NOT NULL PRIMARY KEY,
    person_id           VARCHAR(40)  NOT NULL,
    name                VARCHAR(200) NOT NULL,
    sex                 VARCHAR(12)  NOT NULL,
    ethnic_group        VARCHAR(12)  NOT NULL,
    organisation_code   VARCHAR(20)  NOT NULL,
    role                VARCHAR(16)  NOT NULL,
    nominated_by_la     VARCHAR(20),
    appointed_on        DATE,
    ended_on            DATE         NOT NULL,
    end_reason          VARCHAR(16)  NOT NULL,
    process_instance_id VARCHAR(64),
    CONSTRAINT ck_board_appointment_end_reason
        CHECK (end_reason IN ('RESIGNED', 'TERMINATED', 'NOT_CONTINUED', 'TERM_ENDED'))
);
CREATE INDEX ix_board_appointment_ended_org ON board_appointment_ended (organisation_code);

-- The day an appointment made by a process (A 5.4, 5.7) began; uploaded appointments have no start date.
CREATE TABLE board_appointment_made (
    member_id           VARCHAR(40)  NOT NULL PRIMARY KEY,
    appointed_on        DATE         NOT NULL,
    process_instance_id VARCHAR(64)
);

-- A 3.3: a non-executive counts as nominated by a local authority only when the roster says so or the
-- nomination is recorded here: who nominated them and when.
CREATE TABLE la_nomination (
    organisation_code   VARCHAR(20)  NOT NULL,
    local_authority     VARCHAR(20)  NOT NULL,
    person_id           VARCHAR(40)  NOT NULL,
    nominated_by        VARCHAR(200) NOT NULL,
    nominated_on        DATE         NOT NULL,
    process_instance_id VARCHAR(64),
    PRIMARY KEY (organisation_code, local_authority, person_id)
);

-- A 5.3: a termination and an appointment of the same person are written one after the other, never
-- interleaved: both lock the person's row here first, so an appointment always sees a termination
-- committed before it.
CREATE TABLE board_person_lock (
    person_id VARCHAR(40) NOT NULL PRIMARY KEY
);
CREATE INDEX ix_ned_termination_name ON ned_termination (name);
