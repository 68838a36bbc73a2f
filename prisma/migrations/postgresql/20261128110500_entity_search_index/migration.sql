-- Hand-written (not in schema.prisma): text search is `"searchText" LIKE '%q%'`. A trigram GIN
-- index answers that without reading every row. pg_trgm ships with PostgreSQL and is a trusted
-- extension (13+), so the database owner can create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "Entity_searchText_trgm_idx" ON "Entity" USING GIN ("searchText" gin_trgm_ops);
