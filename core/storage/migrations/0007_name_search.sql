-- Search as you type in the activities and persons lists without reading their tables.
-- For activities, two full-text indexes answer every typed word:
--
-- activity_name_search holds, per activity (rowid = activities.id), the Finnish sort keys
-- of its name and of its organisation's name, cut into trigrams: a word of three or more
-- characters is found anywhere in either name, as the LIKE over the sort keys found it
-- before. The sort keys are already folded (Ä = ä, å/ä/ö kept apart from a/o), so the
-- trigram tokenizer's own case folding changes nothing. The index keeps its own copy of
-- the two keys, so a row can be deleted without its old values.
--
-- activity_search (migration 6, descriptions) gains the activity's name: a word shorter
-- than three characters, which no trigram holds, is matched as the start of a word of the
-- name or the description through its prefix indexes.
--
-- person_name_search does for persons what activity_name_search does for activities: the
-- sort keys of the person's and of their organisation's names (empty without one) and the
-- email in lower case, as the persons list matched them with LIKE before.
--
-- All are kept in step by the temporary triggers of core/search/searchindex.cpp on every
-- connection, and filled here for the activities and persons a register already holds.
DROP TABLE activity_search;
CREATE VIRTUAL TABLE activity_search USING fts5 (
    name,
    description,
    content = 'activities',
    content_rowid = 'id',
    tokenize = "unicode61 remove_diacritics 0",
    prefix = '1 2 3'
);
INSERT INTO activity_search (activity_search) VALUES ('rebuild');
CREATE VIRTUAL TABLE activity_name_search USING fts5 (
    name,
    organisation,
    tokenize = 'trigram'
);
INSERT INTO activity_name_search (rowid, name, organisation)
    SELECT a.id, a.name_sort, o.name_sort
    FROM activities a JOIN organisations o ON o.id = a.organisation_id;
CREATE VIRTUAL TABLE person_name_search USING fts5 (
    name,
    organisation,
    email,
    tokenize = 'trigram'
);
INSERT INTO person_name_search (rowid, name, organisation, email)
    SELECT p.id, p.name_sort, coalesce(o.name_sort, ''), lower(coalesce(p.email, ''))
    FROM persons p LEFT JOIN organisations o ON o.id = p.organisation_id;
