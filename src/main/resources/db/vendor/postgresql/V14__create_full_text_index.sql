-- Full-text search for the readers' search page, PostgreSQL's way (db/vendor/h2/V14 uses H2's own index):
-- a GIN index over the letter texts, trimmed and the admin's edit, with the language-neutral 'simple'
-- configuration (lower-cased words, no stemming, so Swedish and English alike). Every run of characters
-- other than letters and digits separates words, as in H2's index and blog/LetterSearch, so an address
-- or a hyphenated word is found by its parts. Only the first 250,000 characters are indexed: a tsvector
-- holds at most 1 MB, and an oversized one would make storing the letter fail. blog/LetterSearch
-- queries with exactly this expression, which is what lets PostgreSQL use the index.
CREATE INDEX letter_full_text ON letter USING GIN (to_tsvector('simple'::regconfig,
    regexp_replace(LEFT(COALESCE(body, '') || ' ' || COALESCE(edited_body, ''), 250000), '[^[:alnum:]]+', ' ', 'g')));
