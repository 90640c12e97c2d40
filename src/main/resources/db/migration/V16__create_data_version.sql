-- The data version that several instances on one database share: each instance adds one after its own
-- writes have committed and reads it back, so every instance's page cache notices the others' changes.
-- Its one row (id 1) is made by the first write (cache/SharedDataVersion), so a freshly migrated
-- database holds no rows at all and a blog can be copied into it (./mail2blog migrate-db, restore).
CREATE TABLE data_version (
    id      INT     NOT NULL PRIMARY KEY,
    version BIGINT  NOT NULL
);
