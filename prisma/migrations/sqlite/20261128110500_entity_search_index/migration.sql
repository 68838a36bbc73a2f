-- Hand-written (not in schema.prisma): text search is `searchText LIKE '%q%'` ordered by name.
-- With searchText inside the name index, SQLite walks the index in name order and tests the
-- pattern there, reading a table row only for the entries that match (100k entities: a rare
-- word 38 -> 10 ms). SQLite has no index row size limit, so long descriptions are fine.
CREATE INDEX "Entity_name_id_searchText_idx" ON "Entity"("name", "id", "searchText");
