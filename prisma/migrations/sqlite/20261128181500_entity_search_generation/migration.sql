-- Hand-written (not in schema.prisma): a counter that moves in the same transaction as any
-- change to what text search reads (an entity added or removed, its name or searchText changed).
-- The SQLite read worker keeps the catalog's search text in memory, in name order, and checks
-- this counter before each search: the same value means its copy is exact; another value means
-- it answers from the index below and rebuilds its copy. Writers need not know about it.
CREATE TABLE "EntitySearchGeneration" ("id" INTEGER NOT NULL PRIMARY KEY CHECK ("id" = 1), "value" INTEGER NOT NULL);
INSERT INTO "EntitySearchGeneration" ("id", "value") VALUES (1, 0);

CREATE TRIGGER "Entity_search_generation_insert" AFTER INSERT ON "Entity"
BEGIN
  UPDATE "EntitySearchGeneration" SET "value" = "value" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Entity_search_generation_delete" AFTER DELETE ON "Entity"
BEGIN
  UPDATE "EntitySearchGeneration" SET "value" = "value" + 1 WHERE "id" = 1;
END;

-- A sync rewrites rows whose text did not change: only a real change moves the counter.
CREATE TRIGGER "Entity_search_generation_update" AFTER UPDATE OF "id", "name", "searchText" ON "Entity"
WHEN OLD."id" IS NOT NEW."id" OR OLD."name" IS NOT NEW."name" OR OLD."searchText" IS NOT NEW."searchText"
BEGIN
  UPDATE "EntitySearchGeneration" SET "value" = "value" + 1 WHERE "id" = 1;
END;
