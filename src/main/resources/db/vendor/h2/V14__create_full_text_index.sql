-- Full-text search for the readers' search page, with H2's own full-text index (org.h2.fulltext.FullText):
-- it keeps its word tables in schema FT up to date through triggers on the letter table. Indexed: the
-- letter texts, trimmed and the admin's edit. The search itself keeps to published letters of published
-- conversations and to their published text (blog/LetterSearch).
CREATE ALIAS IF NOT EXISTS FT_INIT FOR 'org.h2.fulltext.FullText.init';
CALL FT_INIT();
CALL FT_CREATE_INDEX('PUBLIC', 'LETTER', 'BODY,EDITED_BODY');
