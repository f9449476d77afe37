-- The activities list finds an activity by a word of its description as well as by its
-- name: a full-text index of the descriptions, one row per activity (rowid =
-- activities.id). External content: the text stays in activities alone, the index holds
-- only the terms. unicode61 folds case for all letters (Ä = ä) and keeps diacritics
-- (ä ≠ a), as organisation_search does; the prefix indexes serve search-as-you-type. Kept
-- in step by the temporary triggers of core/search/searchindex.cpp on every connection.
CREATE VIRTUAL TABLE activity_search USING fts5 (
    description,
    content = 'activities',
    content_rowid = 'id',
    tokenize = "unicode61 remove_diacritics 0",
    prefix = '1 2 3'
);
INSERT INTO activity_search (activity_search) VALUES ('rebuild');
