import { describe, expect, it } from "vitest";
import { systemActor } from "../../auth/actor";
import { db } from "../../db/client";
import { auditFor, createActor, createTeamRow, unique } from "../../test/fixtures";
import { applyImport } from "../import/apply-import";
import { component, descriptor, yamlOf } from "../test/descriptors";
import { createEntity } from "./create-entity";
import { deleteEntity } from "./delete-entity";
import { exportCatalog } from "./export-catalog";
import { getEntity } from "./get-entity";
import { getEntityFacets } from "./get-entity-facets";
import { getEntityGraph } from "./get-entity-graph";
import { listEntities } from "./list-entities";
import { updateEntity } from "./update-entity";

async function seed() {
  const p = unique("q");
  const team = `${p}-team`;
  const docs = [
    { kind: "System", name: `${p}-shop`, spec: { owner: team } },
    { kind: "API", name: `${p}-orders-api`, spec: { type: "openapi", lifecycle: "production", owner: team, system: `${p}-shop`, definition: "openapi: 3.0.0" } },
    ...Array.from({ length: 12 }, (_, i) =>
      component(`${p}-svc-${String(i).padStart(2, "0")}`, i < 8 ? team : `${p}-other`, { system: `${p}-shop`, lifecycle: i % 2 ? "experimental" : "production", providesApis: i === 0 ? [`${p}-orders-api`] : [] }, { tags: i % 3 ? ["go"] : ["java", "legacy"], description: i === 5 ? "Handles Refunds" : "x" }),
    ),
  ];
  await applyImport(systemActor, [{ path: "c.yaml", content: yamlOf(...docs) }], { kind: "upload" });
  return { p, team };
}

describe("catalog queries", () => {
  it("filters, searches, pages with a cursor and returns only the fields asked for", async () => {
    const viewer = await createActor("viewer");
    const { p, team } = await seed();
    const owned = await listEntities(viewer, { kind: "component", owner: team, limit: 5, fields: ["name", "lifecycle"] });
    expect(owned.items).toHaveLength(5);
    expect(Object.keys(owned.items[0]!).sort()).toEqual(["id", "lifecycle", "name", "ref"]);
    const names: string[] = [];
    const pages: { names: string[]; prevCursor: string | null }[] = [];
    let cursor: string | undefined;
    do {
      const page = await listEntities(viewer, { kind: "Component", owner: `group:default/${team}`, limit: 3, ...(cursor && { cursor }) });
      names.push(...page.items.map((i) => i.name as string));
      pages.push({ names: page.items.map((i) => i.name as string), prevCursor: page.prevCursor });
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(names).toEqual(Array.from({ length: 8 }, (_, i) => `${p}-svc-0${i}`));
    // And back: each page's prevCursor gives the page before it, the first page has none.
    expect(pages.map((x) => x.names.length)).toEqual([3, 3, 2]);
    expect(pages[0]!.prevCursor).toBeNull();
    const back = await listEntities(viewer, { kind: "Component", owner: team, limit: 3, cursor: pages[2]!.prevCursor! });
    expect(back.items.map((i) => i.name)).toEqual(pages[1]!.names);
    const first = await listEntities(viewer, { kind: "Component", owner: team, limit: 3, cursor: back.prevCursor! });
    expect(first.items.map((i) => i.name)).toEqual(pages[0]!.names);
    expect(first.prevCursor).toBeNull();
    expect((await listEntities(viewer, { kind: "Component", owner: team, limit: 3, cursor: first.nextCursor! })).items.map((i) => i.name)).toEqual(pages[1]!.names);
    const desc = await listEntities(viewer, { system: `${p}-shop`, sort: "-name", limit: 2 });
    expect(desc.items.map((i) => i.name)).toEqual([`${p}-svc-11`, `${p}-svc-10`]);

    expect((await listEntities(viewer, { q: "REFUNDS", limit: 10 })).items.map((i) => i.name)).toEqual([`${p}-svc-05`]);
    expect((await listEntities(viewer, { tag: "legacy", system: `${p}-shop`, limit: 50 })).items).toHaveLength(4);
    expect((await listEntities(viewer, { lifecycle: "experimental", owner: team, limit: 50 })).items).toHaveLength(4);
    await expect(listEntities(viewer, { limit: 5, cursor: "garbage" })).rejects.toMatchObject({ code: "validation" });
  });

  it("counts facets under the other filters", async () => {
    const { p, team } = await seed();
    const facets = await getEntityFacets(await createActor("viewer"), { system: `${p}-shop`, kind: "Component" });
    expect(facets.kind).toEqual(expect.arrayContaining([{ value: "Component", count: 12 }, { value: "API", count: 1 }]));
    expect(facets.owner).toEqual([{ value: `group:default/${team}`, count: 8 }, { value: `group:default/${p}-other`, count: 4 }]);
    expect(facets.tag).toEqual([{ value: "go", count: 8 }, { value: "java", count: 4 }, { value: "legacy", count: 4 }]);
    // Under a kind filter alone the tag counts come from EntityTag's own kind column: the same numbers.
    const byKind = await getEntityFacets(await createActor("viewer"), { kind: "component" });
    for (const tag of ["go", "java", "legacy"]) {
      expect(byKind.tag.find((t) => t.value === tag)?.count).toBe(await db.entityTag.count({ where: { tag, entity: { kind: "Component" } } }));
    }
  });

  it("gets an entity in Backstage's shape with inverse relations, and its graph", async () => {
    const { p, team } = await seed();
    const viewer = await createActor("viewer");
    const api = await getEntity(viewer, `api:${p}-orders-api`);
    expect(api).toMatchObject({ apiVersion: "backstage.io/v1alpha1", kind: "API", metadata: { name: `${p}-orders-api`, namespace: "default", uid: expect.any(String) } });
    expect(api.relations.map((r) => [r.type, r.targetRef])).toEqual([
      ["apiProvidedBy", `component:default/${p}-svc-00`],
      ["ownedBy", `group:default/${team}`],
      ["partOf", `system:default/${p}-shop`],
    ]);
    expect(api.relations[0]!.target).toEqual({ kind: "component", namespace: "default", name: `${p}-svc-00` });
    const graph = await getEntityGraph(viewer, `system:default/${p}-shop`, 1);
    expect(graph.nodes).toHaveLength(1 + 13 + 1); // itself, 13 parts, its (unresolved) owner
    expect(graph.edges).toContainEqual({ source: `api:default/${p}-orders-api`, target: `system:default/${p}-shop`, type: "partOf" });
    await expect(getEntity(viewer, "component:nope")).rejects.toMatchObject({ code: "not_found" });
  });

  it("exports YAML that imports back unchanged", async () => {
    await seed();
    const yaml = await exportCatalog(systemActor);
    const again = await applyImport(systemActor, [{ path: "export.yaml", content: yaml }], { kind: "upload" });
    expect(again.errors).toEqual([]);
    expect(again.summary.created + again.summary.changed).toBe(0);
    expect(again.summary.unchanged).toBe(await db.entity.count());
  });

  it("lets a team's members create and change its entities, its maintainers delete them, and no one else", async () => {
    const [maintainer, member, outsider, viewer] = [await createActor("developer"), await createActor("developer"), await createActor("developer"), await createActor("viewer")];
    const team = await createTeamRow(maintainer, member);
    const d = descriptor(component(unique("own"), team.slug));
    const ref = `component:default/${d.metadata.name}`;
    await expect(createEntity(viewer, d)).rejects.toMatchObject({ code: "forbidden" });
    await expect(createEntity(outsider, d)).rejects.toMatchObject({ code: "forbidden", message: expect.stringContaining(team.slug) });
    const created = await createEntity(member, d);
    expect(created.relations).toContainEqual(expect.objectContaining({ type: "ownedBy", targetRef: `group:default/${team.slug}`, resolved: false }));
    await expect(createEntity(member, d)).rejects.toMatchObject({ code: "conflict" });
    await updateEntity(member, ref, { ...d, spec: { ...d.spec, lifecycle: "deprecated" } });
    expect((await getEntity(viewer, ref)).spec.lifecycle).toBe("deprecated");
    await expect(createEntity(member, { ...d, metadata: { name: "Bad Name" } })).rejects.toMatchObject({ code: "validation", issues: [{ path: "metadata.name" }] });
    await expect(deleteEntity(outsider, ref)).rejects.toMatchObject({ code: "forbidden" });
    await expect(deleteEntity(member, ref)).rejects.toMatchObject({ code: "forbidden", message: expect.stringContaining("maintainers") });
    await deleteEntity(maintainer, ref);
    expect((await auditFor(created.metadata.uid!)).map((e) => e.action)).toEqual(["entity.create", "entity.update", "entity.delete"]);
  });

  it("refuses changing or deleting an entity that comes from a repository", async () => {
    const loc = await db.location.create({ data: { type: "upload", target: unique("loc"), spec: {} } });
    const name = unique("repo");
    await applyImport(systemActor, [{ path: "c.yaml", content: yamlOf(component(name, "payments")) }], { kind: "location", locationId: loc.id });
    const admin = await createActor("admin");
    await expect(updateEntity(admin, `component:${name}`, descriptor(component(name, "payments")))).rejects.toMatchObject({ message: expect.stringContaining("edit it in its repository") });
    await expect(deleteEntity(admin, `component:${name}`)).rejects.toMatchObject({ code: "conflict" });
  });
});
