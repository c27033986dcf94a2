-- Tenant memberships that the rosters gave (CONTRACT §2a): a person a roster row moves loses only
-- these, never a membership an administrator granted by hand in Camunda Admin.
CREATE TABLE roster_tenant_membership (
    user_id   VARCHAR(64) NOT NULL,
    tenant_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (user_id, tenant_id)
);
