-- The client record grows the HUD Universal Data Elements (each personal value beside its data
-- quality, race and ethnicity, gender, veteran status), contact details with the address history,
-- aliases, and the values entered through custom forms. Shared by H2 and PostgreSQL.
--
-- Clients stored before this version were registered with a first and a last name and perhaps a
-- date of birth: they keep them as a full name and a full date of birth, and every element that
-- was not collected then says so. The defaults exist only for those rows and are dropped after.

-- A client may be known without a name (name data quality 8, 9 or 99).
ALTER TABLE client ALTER COLUMN first_name DROP NOT NULL;
ALTER TABLE client ALTER COLUMN last_name DROP NOT NULL;

-- HUD code lists are kept by their published codes (1 full, 2 partial, 99 data not collected, ...).
ALTER TABLE client ADD COLUMN name_quality INTEGER DEFAULT 1 NOT NULL;
-- Nine characters, digits and x for unknown digits.
ALTER TABLE client ADD COLUMN ssn VARCHAR;
ALTER TABLE client ADD COLUMN ssn_quality INTEGER DEFAULT 99 NOT NULL;
ALTER TABLE client ADD COLUMN dob_quality INTEGER DEFAULT 99 NOT NULL;
UPDATE client SET dob_quality = 1 WHERE date_of_birth IS NOT NULL;
-- The responses of a multiple-answer element: their codes in ascending order, joined by commas.
ALTER TABLE client ADD COLUMN race_and_ethnicity VARCHAR DEFAULT '99' NOT NULL;
ALTER TABLE client ADD COLUMN gender VARCHAR DEFAULT '99' NOT NULL;
ALTER TABLE client ADD COLUMN veteran_status INTEGER DEFAULT 99 NOT NULL;
ALTER TABLE client ADD COLUMN phone VARCHAR;
ALTER TABLE client ADD COLUMN email VARCHAR;

ALTER TABLE client ALTER COLUMN name_quality DROP DEFAULT;
ALTER TABLE client ALTER COLUMN ssn_quality DROP DEFAULT;
ALTER TABLE client ALTER COLUMN dob_quality DROP DEFAULT;
ALTER TABLE client ALTER COLUMN race_and_ethnicity DROP DEFAULT;
ALTER TABLE client ALTER COLUMN gender DROP DEFAULT;
ALTER TABLE client ALTER COLUMN veteran_status DROP DEFAULT;

-- Other names, in the order entered.
CREATE TABLE client_alias (
    client_id   ${id_type} NOT NULL,
    ordinal     INTEGER NOT NULL,
    first_name  VARCHAR,
    middle_name VARCHAR,
    last_name   VARCHAR,
    suffix      VARCHAR,
    CONSTRAINT client_alias_pk PRIMARY KEY (client_id, ordinal),
    CONSTRAINT client_alias_client_fk FOREIGN KEY (client_id) REFERENCES client (id)
);

-- The address history, newest first; valid_to is null for the current address.
CREATE TABLE client_address (
    client_id   ${id_type} NOT NULL,
    ordinal     INTEGER NOT NULL,
    line1       VARCHAR,
    line2       VARCHAR,
    city        VARCHAR,
    region      VARCHAR,
    postal_code VARCHAR,
    valid_from  DATE NOT NULL,
    valid_to    DATE,
    CONSTRAINT client_address_pk PRIMARY KEY (client_id, ordinal),
    CONSTRAINT client_address_client_fk FOREIGN KEY (client_id) REFERENCES client (id)
);

-- Values entered through custom forms, for any kind of record (owner_type: client, enrollment,
-- ...): one entry per form of a record, with the form version the values were entered with.
CREATE TABLE form_entry (
    owner_type   ${id_type} NOT NULL,
    owner_id     ${id_type} NOT NULL,
    form_id      ${id_type} NOT NULL,
    ordinal      INTEGER NOT NULL,
    form_version INTEGER NOT NULL,
    CONSTRAINT form_entry_pk PRIMARY KEY (owner_type, owner_id, form_id)
);

-- One row per value: value_kind is the field type's constant name and value_text the value's
-- exact text (a number as BigDecimal.toString, so its scale survives; a date as yyyy-mm-dd). A
-- multiple choice has a row per chosen option, in order (value_ordinal); other values have one.
CREATE TABLE form_entry_value (
    owner_type    ${id_type} NOT NULL,
    owner_id      ${id_type} NOT NULL,
    form_id       ${id_type} NOT NULL,
    field_id      ${id_type} NOT NULL,
    value_ordinal INTEGER NOT NULL,
    value_kind    VARCHAR NOT NULL,
    value_text    VARCHAR NOT NULL,
    CONSTRAINT form_entry_value_pk PRIMARY KEY (owner_type, owner_id, form_id, field_id, value_ordinal),
    CONSTRAINT form_entry_value_entry_fk FOREIGN KEY (owner_type, owner_id, form_id)
        REFERENCES form_entry (owner_type, owner_id, form_id)
);
