-- Hand-written (not in schema.prisma): the counter SQLite has had since
-- 20261128181500_entity_search_generation, so PostgreSQL's text search can answer from the
-- in-memory copy of the search text too (lib/db/read.ts). It moves with every committed change
-- to what search reads: an entity added or removed, its id, name or searchText changed.
--
-- Every writer would update this one row. Taken where the change is made, that row lock would
-- be held to the end of the transaction and could deadlock with another writer's entity rows,
-- so the triggers are deferred to commit, when a transaction takes no other locks, and move the
-- counter once per transaction (a transaction-local setting remembers that it did).
CREATE TABLE "EntitySearchGeneration" ("id" INTEGER NOT NULL PRIMARY KEY CHECK ("id" = 1), "value" BIGINT NOT NULL);
INSERT INTO "EntitySearchGeneration" ("id", "value") VALUES (1, 0);

-- Prisma's migration runner splits a script at every semicolon, even inside a dollar-quoted
-- body (or a comment), so the body is an escape string with each semicolon written as \x3B.
-- Once a transaction has moved the counter, a transaction-local setting says so.
CREATE FUNCTION "Entity_search_generation_bump"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN IF current_setting(\'flightdeck.entity_search_bumped\', true) IS DISTINCT FROM \'on\' THEN UPDATE "EntitySearchGeneration" SET "value" = "value" + 1 WHERE "id" = 1\x3B PERFORM set_config(\'flightdeck.entity_search_bumped\', \'on\', true)\x3B END IF\x3B RETURN NULL\x3B END\x3B';

CREATE CONSTRAINT TRIGGER "Entity_search_generation_insert_delete" AFTER INSERT OR DELETE ON "Entity"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "Entity_search_generation_bump"();

-- A sync rewrites rows whose text did not change: only a real change moves the counter.
CREATE CONSTRAINT TRIGGER "Entity_search_generation_update" AFTER UPDATE OF "id", "name", "searchText" ON "Entity"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
WHEN (OLD."id" IS DISTINCT FROM NEW."id" OR OLD."name" IS DISTINCT FROM NEW."name" OR OLD."searchText" IS DISTINCT FROM NEW."searchText")
EXECUTE FUNCTION "Entity_search_generation_bump"();
