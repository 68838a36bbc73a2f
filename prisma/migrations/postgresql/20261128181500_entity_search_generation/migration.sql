-- SQLite only: there the read worker keeps the search text in memory, and this migration adds
-- the counter that tells it when its copy is stale. PostgreSQL answers text search from its
-- trigram index (20261128110500_entity_search_index), so it needs nothing here.
SELECT 1;
