// Text search in name order: on SQLite the read worker answers it from an in-memory copy of the
// search text, kept exact by a generation counter that a trigger moves with every change. These
// tests hold it to the plain SQL answer: every page, both ways, under filters, and straight
// after entities are added, changed and deleted.
import { describe, expect, it } from "vitest";
import { systemActor } from "../../auth/actor";
import { db } from "../../db/client";
import { isPostgres } from "../../db/dialect";
import { readRows } from "../../db/read";
import { metrics } from "../../metrics";
import { createActor, createTeamRow, unique } from "../../test/fixtures";
import { applyImport } from "../import/apply-import";
import { component, descriptor, yamlOf } from "../test/descriptors";
import { createEntity } from "./create-entity";
import { deleteEntity } from "./delete-entity";
import { listEntities, type ListEntitiesOptions } from "./list-entities";
import { updateEntity } from "./update-entity";

const words = ["ledger", "billing", "refund", "café", "Straße", "and", "the", "Ünïcode", "50%_off"];

async function searchedByIndex(): Promise<number> {
  return (await metrics.catalogSearches.get()).values.find((v) => v.labels.via === "index")?.value ?? 0;
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
    await listEntities(systemActor, { q: "warm", limit: 1 }); // the first search builds the index

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
    if (!isPostgres()) expect(await searchedByIndex()).toBeGreaterThan(before);
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
    const before = await searchedByIndex();
    expect(await search("second thoughts")).toContain(name);
    if (!isPostgres()) expect(await searchedByIndex()).toBe(before + 1);
    await deleteEntity(maintainer, `component:${name}`);
    expect(await search(name)).toEqual([]);
  });

  it.skipIf(isPostgres())("moves the generation only when an entity's searched text changes", async () => {
    const generation = async () => (await readRows(`SELECT "value" FROM "EntitySearchGeneration"`))[0]!.value as number;
    const name = unique("gen");
    await applyImport(systemActor, [{ path: "c.yaml", content: yamlOf(component(name, "payments", {}, { description: "one" })) }], { kind: "upload" });
    const at = await generation();
    await db.entity.update({ where: { ref: `component:default/${name}` }, data: { lifecycle: "deprecated", name } });
    expect(await generation()).toBe(at);
    await db.entity.update({ where: { ref: `component:default/${name}` }, data: { searchText: "two" } });
    expect(await generation()).toBe(at + 1);
  });
});
