-- Indexes for the organisation list's status drop-down and its sort by last change.
--
-- The status filter walks organisations in name order within one status instead of
-- reading every row; the sort by "Updated" reads the newest (or oldest) page straight from
-- the index. The second index's expressions are exactly the ones OrganisationQuery orders
-- by (missing values last, then name), so SQLite can use it.
CREATE INDEX organisations_status_name ON organisations (status, name_sort, id);
CREATE INDEX organisations_updated_sort
    ON organisations ((nullif(updated_at, '') IS NULL), nullif(updated_at, ''), name_sort, id);
