-- The rows of HUD HMIS CSV exports (caseload-hmis), one per file and primary key: the ids and the
-- date an export is filtered by in columns of their own, every value of the row in one text column
-- (values_text: column and value pairs, see JdbcHmisRecordStore). Client.csv's SSN is sealed before
-- it gets here. Shared by H2 and PostgreSQL.
CREATE TABLE hmis_record (
    file_name      ${id_type} NOT NULL,
    record_id      ${id_type} NOT NULL,
    personal_id    VARCHAR,
    project_id     VARCHAR,
    enrollment_id  VARCHAR,
    record_date    DATE,
    spec_version   VARCHAR NOT NULL,
    values_text    VARCHAR NOT NULL,
    CONSTRAINT hmis_record_pk PRIMARY KEY (file_name, record_id)
);
-- An export of some projects reads each file's rows of those projects, by id.
CREATE INDEX hmis_record_by_project ON hmis_record (file_name, project_id, record_id);
