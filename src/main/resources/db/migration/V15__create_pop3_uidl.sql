-- The POP3 mails already stored, by the server's unique id (UIDL, RFC 1939), so that mail kept on the
-- server is not fetched again and mail is deleted from it only once it is stored.
CREATE TABLE pop3_uidl (
    mailbox     VARCHAR(500)  NOT NULL,
    uidl        VARCHAR(255)  NOT NULL,
    message_key BIGINT        NOT NULL,
    stored_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pop3_uidl_pk PRIMARY KEY (mailbox, uidl),
    CONSTRAINT pop3_uidl_message_fk FOREIGN KEY (message_key) REFERENCES message (id)
);
