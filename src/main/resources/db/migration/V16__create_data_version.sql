-- The data version that several instances on one database share: each instance adds one after its own
-- writes have committed and reads it back, so every instance's page cache notices the others' changes.
CREATE TABLE data_version (
    id      INT     NOT NULL PRIMARY KEY,
    version BIGINT  NOT NULL
);
INSERT INTO data_version (id, version) VALUES (1, 0);
