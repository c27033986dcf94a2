-- Roster tables (CONTRACT §3). Kept to SQL that H2 (PostgreSQL mode) and PostgreSQL run alike.

CREATE TABLE organisation (
    code                VARCHAR(20)  NOT NULL PRIMARY KEY,
    name                VARCHAR(200) NOT NULL,
    type                VARCHAR(20)  NOT NULL,
    region_code         VARCHAR(20),
    sub_region_code     VARCHAR(20),
    cluster_code        VARCHAR(20),
    weighted_population DECIMAL(14, 2),
    local_authorities   VARCHAR(400)
);
CREATE INDEX ix_organisation_cluster ON organisation (cluster_code);
CREATE INDEX ix_organisation_region ON organisation (region_code);

CREATE TABLE executive (
    employee_id          VARCHAR(40)  NOT NULL PRIMARY KEY,
    name                 VARCHAR(200) NOT NULL,
    sex                  VARCHAR(12)  NOT NULL,
    ethnic_group         VARCHAR(12)  NOT NULL,
    user_id              VARCHAR(64),
    organisation_code    VARCHAR(20)  NOT NULL REFERENCES organisation (code),
    role                 VARCHAR(24)  NOT NULL,
    portfolio            VARCHAR(16),
    substantive          BOOLEAN      NOT NULL,
    seconded_out         BOOLEAN      NOT NULL,
    regional_pool        VARCHAR(20),
    joint_la_post        BOOLEAN      NOT NULL,
    la_health_experience BOOLEAN      NOT NULL,
    -- set by the appointments process at consultation (G 22), not by the roster upload
    at_risk              BOOLEAN      DEFAULT FALSE NOT NULL
);
CREATE INDEX ix_executive_organisation ON executive (organisation_code);

CREATE TABLE board_member (
    member_id         VARCHAR(40)  NOT NULL PRIMARY KEY,
    person_id         VARCHAR(40)  NOT NULL,
    name              VARCHAR(200) NOT NULL,
    sex               VARCHAR(12)  NOT NULL,
    ethnic_group      VARCHAR(12)  NOT NULL,
    user_id           VARCHAR(64),
    organisation_code VARCHAR(20)  NOT NULL REFERENCES organisation (code),
    role              VARCHAR(16)  NOT NULL,
    nominated_by_la   VARCHAR(20) REFERENCES organisation (code),
    appraisal_rating  VARCHAR(16)  NOT NULL,
    term_end          DATE         NOT NULL
);
CREATE INDEX ix_board_member_organisation ON board_member (organisation_code);
CREATE INDEX ix_board_member_person ON board_member (person_id);

CREATE TABLE consultant (
    employee_id          VARCHAR(40)  NOT NULL PRIMARY KEY,
    name                 VARCHAR(200) NOT NULL,
    sex                  VARCHAR(12)  NOT NULL,
    ethnic_group         VARCHAR(12)  NOT NULL,
    employer_code        VARCHAR(20)  NOT NULL REFERENCES organisation (code),
    specialty            VARCHAR(100) NOT NULL,
    consultant_since     DATE         NOT NULL,
    fte                  DECIMAL(3, 2) NOT NULL,
    substantive          BOOLEAN      NOT NULL,
    lcea_level           INTEGER,
    lcea_last_point_date DATE,
    ncea                 VARCHAR(10),
    ncea_renewal_due     DATE,
    distinction_award    BOOLEAN      NOT NULL,
    user_id              VARCHAR(64)
);
CREATE INDEX ix_consultant_employer ON consultant (employer_code);
