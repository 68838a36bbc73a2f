// Text search in name order: a read worker answers it from an in-memory copy of the search text,
// kept exact by a generation counter that triggers move with every change, on both databases.
// These tests hold it to the plain SQL answer: every page, both ways, under filters, and straight
// after entities are added, changed and deleted.
import { describe, expect, it } from "vitest";
import { systemActor } from "../../auth/actor";
import { db } from "../../db/client";
import { isPostgres } from "../../db/dialect";
import { closeReader, readRows } from "../../db/read";
import { metrics } from "../../metrics";
import { createActor, createTeamRow, unique } from "../../test/fixtures";
import { applyImport } from "../import/apply-import";
import { component, descriptor, yamlOf } from "../test/descriptors";
import { createEntity } from "./create-entity";
import { deleteEntity } from "./delete-entity";
import { getEntityFacets } from "./get-entity-facets";
import { listEntities, type ListEntitiesOptions } from "./list-entities";
import { updateEntity } from "./update-entity";

const words = ["ledger", "billing", "refund", "café", "Straße", "and", "the", "Ünïcode", "50%_off"];

async function searchedByIndex(): Promise<number> {
  return (await metrics.catalogSearches.get()).values.find((v) => v.labels.via === "index")?.value ?? 0;
}

/** Search until the index answers: a search that finds it missing or stale starts its rebuild, in the background. */
async function indexAnswers() {
  await expect
    .poll(async () => {
      const before = await searchedByIndex();
      await listEntities(systemActor, { q: "warm", limit: 1 });
      return (await searchedByIndex()) > before;
    })
    .toBe(true);
}

/** What the search must answer: every entity whose lowercased text contains q, in (name, id) order. */
async function expected(q: string, where: { ownerRef?: string; kind?: string }, descending: boolean) {
  // Filtered here, not with Prisma's `contains`, which leaves % and _ as LIKE wildcards.
  const all = await db.entity.findMany({ where, select: { name: true, id: true, searchText: true } });
  const rows = all.filter((r) => r.searchText.includes(q.toLowerCase()));
  // SQLite and PostgreSQL order these ASCII names the same way as plain code-unit comparison.
  rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return (descending ? rows.reverse() : rows).map((r) => r.name);
}

/** Every page forward from the first, then every page back from the last through prevCursor. */
async function pageThrough(options: ListEntitiesOptions) {
  const viewer = await createActor("viewer");
  const pages: string[][] = [];
  let page = await listEntities(viewer, { ...options, fields: ["name"] });
  pages.push(page.items.map((i) => i.name as string));
  while (page.nextCursor) {
    page = await listEntities(viewer, { ...options, fields: ["name"], cursor: page.nextCursor });
    pages.push(page.items.map((i) => i.name as string));
  }
  const back: string[][] = [pages.at(-1)!];
  while (page.prevCursor) {
    page = await listEntities(viewer, { ...options, fields: ["name"], cursor: page.prevCursor });
    back.unshift(page.items.map((i) => i.name as string));
  }
  return { forward: pages.flat(), back: back.flat(), pages: pages.length };
}

describe("catalog text search", () => {
  it("answers every page, both ways and under filters, as SQL does", async () => {
    const p = unique("s");
    const team = await createTeamRow();
    let seed = 7;
    const random = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const docs = Array.from({ length: 120 }, (_, i) =>
      component(`${p}-${String(random(40)).padStart(2, "0")}-${i}`, i % 3 ? team.slug : `${p}-other`, {}, {
        title: `${words[random(words.length)]} ${words[random(words.length)]}`,
        description: Array.from({ length: 1 + random(6) }, () => words[random(words.length)]).join(" "),
        tags: i % 4 ? [] : ["ledger-tag"],
      }),
    );
    await applyImport(systemActor, [{ path: "c.yaml", content: yamlOf(...docs) }], { kind: "upload" });
    await indexAnswers();

    const before = await searchedByIndex();
    for (const q of ["ledger", "REFUND", "café", "strasse", "straße", "d l", "50%_", "ünïcode and", `${p}-1`, "nothing-matches-this"]) {
      for (const sort of ["name", "-name"] as const) {
        const filters = [{}, { owner: team.slug }, { owner: team.slug, kind: "component" }];
        for (const f of filters) {
          const where = { ...("owner" in f && { ownerRef: `group:default/${team.slug}` }), ...("kind" in f && { kind: "Component" }) };
          const got = await pageThrough({ ...f, q, sort, limit: 7 });
          expect(got.forward, `q=${q} sort=${sort} ${JSON.stringify(f)}`).toEqual(await expected(q, where, sort === "-name"));
          expect(got.back).toEqual(got.forward);
        }
      }
    }
    expect(await searchedByIndex()).toBeGreaterThan(before);
  });

  it("sees an entity added, changed or deleted on the very next search", async () => {
    const [maintainer] = [await createActor("developer")];
    const team = await createTeamRow(maintainer);
    const name = unique("fresh");
    const search = async (q: string) => (await listEntities(maintainer, { q, limit: 5, fields: ["name"] })).items.map((i) => i.name);
    expect(await search(name)).toEqual([]);
    const d = descriptor(component(name, team.slug, {}, { description: "first words" }));
    await createEntity(maintainer, d);
    expect(await search(`${name}`)).toEqual([name]);
    expect(await search("first words")).toContain(name);
    await updateEntity(maintainer, `component:${name}`, { ...d, metadata: { ...d.metadata, description: "second thoughts" } });
    expect(await search("first words")).not.toContain(name);
    expect(await search("second thoughts")).toContain(name);
    // Searched again with nothing changed: the rebuilt index answers, and answers the same.
    await indexAnswers();
    const before = await searchedByIndex();
    expect(await search("second thoughts")).toContain(name);
    expect(await searchedByIndex()).toBe(before + 1);
    await deleteEntity(maintainer, `component:${name}`);
    expect(await search(name)).toEqual([]);
  });

  it("counts facets under a search from the index, as SQL does", async () => {
    const p = unique("facet");
    const team = await createTeamRow();
    const docs = Array.from({ length: 40 }, (_, i) =>
      component(`${p}-${i}`, i % 3 ? team.slug : "payments", { type: i % 2 ? "service" : "website", lifecycle: i % 5 ? "production" : "experimental" }, {
        description: `${words[i % words.length]} ${words[(i * 7) % words.length]}`,
        tags: i % 4 ? ["ledger-tag"] : [],
      }),
    );
    await applyImport(systemActor, [{ path: "c.yaml", content: yamlOf(...docs) }], { kind: "upload" });
    await indexAnswers();
    const viewer = await createActor("viewer");
    const all = await db.entity.findMany({ select: { kind: true, type: true, ownerRef: true, lifecycle: true, searchText: true, tags: true } });
    const counts = (values: (string | null)[]) => {
      const byValue = new Map<string, number>();
      for (const v of values) if (v !== null) byValue.set(v, (byValue.get(v) ?? 0) + 1);
      return [...byValue].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    };
    const before = await searchedByIndex();
    for (const q of ["ledger", "and", "ünïcode", "nothing-matches-this"]) {
      for (const owner of [undefined, team.slug]) {
        const facets = await getEntityFacets(viewer, { q, owner });
        const hits = all.filter((e) => e.searchText.includes(q));
        const owned = hits.filter((e) => owner === undefined || e.ownerRef === `group:default/${owner}`);
        expect(facets.kind, `q=${q} owner=${owner}`).toEqual(counts(owned.map((e) => e.kind)));
        expect(facets.type).toEqual(counts(owned.map((e) => e.type)));
        expect(facets.owner).toEqual(counts(hits.map((e) => e.ownerRef)));
        expect(facets.lifecycle).toEqual(counts(owned.map((e) => e.lifecycle)));
        expect(facets.tag).toEqual(counts(owned.flatMap((e) => [...new Set(e.tags as string[])])));
      }
    }
    expect(await searchedByIndex()).toBeGreaterThanOrEqual(before + 8 * 6);
  });

  it("builds its index in pages, past the first", async () => {
    const p = unique("many");
    // More entities than one page of the rebuild (5,000), named so the last sort after the rest.
    const docs = Array.from({ length: 5100 }, (_, i) => component(`zz-${p}-${String(i).padStart(4, "0")}`, "payments", {}, { description: i % 1000 ? "plain" : "needle" }));
    await applyImport(systemActor, [{ path: "c.yaml", content: yamlOf(...docs) }], { kind: "upload" });
    await indexAnswers();
    const got = await pageThrough({ q: "needle", limit: 2 });
    expect(got.forward).toEqual(await expected("needle", {}, false));
    expect(got.forward).toContain(`zz-${p}-5000`);
  });

  it("moves the generation only when an entity's searched text changes", async () => {
    const generation = async () => Number((await readRows(`SELECT "value" FROM "EntitySearchGeneration"`))[0]!.value);
    const name = unique("gen");
    await applyImport(systemActor, [{ path: "c.yaml", content: yamlOf(component(name, "payments", {}, { description: "one" })) }], { kind: "upload" });
    const at = await generation();
    await db.entity.update({ where: { ref: `component:default/${name}` }, data: { lifecycle: "deprecated", name } });
    expect(await generation()).toBe(at);
    await db.entity.update({ where: { ref: `component:default/${name}` }, data: { searchText: "two" } });
    expect(await generation()).toBe(at + 1);
  });

  it.runIf(isPostgres())("stays on SQL, with SQL's answers, where the database's collation does not sort like code points", async () => {
    // A database created with a language's collation sorts "a" before "B"; the index's cursor
    // search compares code points, so it must refuse to answer there.
    // The column's type cannot change under a trigger that reads it: set the trigger aside meanwhile.
    const [trigger] = await db.$queryRawUnsafe<{ def: string }[]>(`SELECT pg_get_triggerdef(oid) AS def FROM pg_trigger WHERE tgname = 'Entity_search_generation_update'`);
    await db.$executeRawUnsafe(`DROP TRIGGER "Entity_search_generation_update" ON "Entity"`);
    await db.$executeRawUnsafe(`ALTER TABLE "Entity" ALTER COLUMN "name" TYPE text COLLATE "und-x-icu"`);
    await db.$executeRawUnsafe(trigger!.def);
    await closeReader(); // its connections hold statements prepared for the old column type
    const p = unique("coll");
    const names = [`${p}-B`, `${p}-a`, `${p}-C`, `${p}-b2`, `${p}-A1`];
    await applyImport(systemActor, [{ path: "c.yaml", content: yamlOf(...names.map((n) => component(n, "payments"))) }], { kind: "upload" });
    const sqlOrder = (await readRows(`SELECT "name" FROM "Entity" WHERE "name" LIKE ? ORDER BY "name", "id"`, [`${p}-%`])).map((r) => r.name);
    expect(sqlOrder).not.toEqual([...sqlOrder].sort()); // the collation is not code point order
    const byIndex = await searchedByIndex();
    for (let i = 0; i < 3; i++) {
      const got = await pageThrough({ q: p, limit: 2 });
      expect(got.forward).toEqual(sqlOrder);
      expect(got.back).toEqual(sqlOrder);
    }
    expect(await searchedByIndex()).toBe(byIndex);
  });
});

