-- A client is primary in one household of each organization, not of the whole database: one
-- organization's choice of primary household neither changes nor reveals another's.
-- primary_organization_id holds the household's organization where primary_client_id is set and is
-- NULL otherwise, so that the unique pair never clashes for non-primary members.
ALTER TABLE household_member ADD COLUMN primary_organization_id VARCHAR;
UPDATE household_member SET primary_organization_id =
    (SELECT household.organization_id FROM household WHERE household.id = household_member.household_id)
    WHERE primary_client_id IS NOT NULL;
ALTER TABLE household_member DROP CONSTRAINT household_member_one_primary;
ALTER TABLE household_member ADD CONSTRAINT household_member_one_primary_per_organization
    UNIQUE (primary_client_id, primary_organization_id);
