-- A change counter for writers in other processes (./mail2blog import while the service runs): they
-- add one after each change they commit, and the running service looks at it once a second to drop
-- the public pages it has cached. Writes of the service itself are counted in memory, not here.
CREATE TABLE data_stamp (
    id    INT    NOT NULL PRIMARY KEY,
    stamp BIGINT NOT NULL
);
INSERT INTO data_stamp (id, stamp) VALUES (1, 0);
