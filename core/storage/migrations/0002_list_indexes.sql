-- Indexes for the organisation list's status drop-down and its sort by last change.
-- (The migration's C++ step then writes the Swedish names of the bilingual municipalities.)
--
-- The status filter walks organisations in name order within one status instead of
-- reading every row; the sort by "Updated" reads the newest (or oldest) page straight from
-- the index. OrganisationQuery orders both columns by (column, name_sort, id), in one
-- direction, so each index serves the sort either way; the first also serves the filter.
CREATE INDEX organisations_status_name ON organisations (status, name_sort, id);
CREATE INDEX organisations_updated_sort ON organisations (updated_at, name_sort, id);
