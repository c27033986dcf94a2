-- G 23, G 27: one person, one post. Who is reserved for (preferred by a panel) or appointed to a cluster
-- post in any appointment process. The primary key on employee_id is what keeps two posts that complete
-- at the same moment from taking the same person: the second insert fails, whatever the checks saw.
CREATE TABLE appointment_register (
    employee_id         VARCHAR(40)  NOT NULL PRIMARY KEY,
    region_code         VARCHAR(20)  NOT NULL,
    cluster_code        VARCHAR(20)  NOT NULL,
    post                VARCHAR(24)  NOT NULL,
    post_title          VARCHAR(100) NOT NULL,
    status              VARCHAR(12)  NOT NULL,
    process_instance_id VARCHAR(64)  NOT NULL,
    recorded_at         TIMESTAMP    NOT NULL,
    CONSTRAINT ck_appointment_register_status CHECK (status IN ('RESERVED', 'APPOINTED'))
);
CREATE INDEX ix_appointment_register_region ON appointment_register (region_code);

-- G 34: who is "at risk", declared by which appointment process and why. A person may be pooled by
-- several processes of the region; they stay at risk until every declaration is cleared.
CREATE TABLE appointment_at_risk (
    employee_id         VARCHAR(40)  NOT NULL,
    process_instance_id VARCHAR(64)  NOT NULL,
    cluster_code        VARCHAR(20)  NOT NULL,
    reason              VARCHAR(300) NOT NULL,
    declared_at         TIMESTAMP    NOT NULL,
    PRIMARY KEY (employee_id, process_instance_id)
);

-- the executives roster shows why someone is at risk next to the at_risk flag
ALTER TABLE executive ADD COLUMN at_risk_reason VARCHAR(1000);
