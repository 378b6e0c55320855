-- The screenshot an organization sent with an escalation, kept at the vendor's desk. The
-- PostgreSQL twin of this file differs only in the content's type (BLOB here).
CREATE TABLE desk_attachment (
    desk_ticket_id ${id_type} NOT NULL,
    media_type     VARCHAR NOT NULL,
    content        BLOB    NOT NULL,
    CONSTRAINT desk_attachment_pk PRIMARY KEY (desk_ticket_id),
    CONSTRAINT desk_attachment_ticket_fk FOREIGN KEY (desk_ticket_id) REFERENCES desk_ticket (id)
);
