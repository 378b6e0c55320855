-- The household's stay in the project an enrollment is part of (HMIS's HouseholdID): new for each
-- enrollment of a head, shared by the members who enter during that stay. Enrollments recorded
-- before have none.
ALTER TABLE enrollment ADD COLUMN household_stay_id ${id_type};
