-- The attachment an organization sent with a note it shared with the desk, one per note at most,
-- kept by the note's id. The H2 twin of this file differs only in the content's type.
CREATE TABLE desk_note_attachment (
    note_id        ${id_type} NOT NULL,
    desk_ticket_id ${id_type} NOT NULL,
    media_type     VARCHAR NOT NULL,
    content        BYTEA   NOT NULL,
    CONSTRAINT desk_note_attachment_pk PRIMARY KEY (note_id),
    CONSTRAINT desk_note_attachment_ticket_fk FOREIGN KEY (desk_ticket_id) REFERENCES desk_ticket (id)
);
