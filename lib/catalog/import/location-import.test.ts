// Location semantics: managed by the location, first location wins on a conflict, entities a
// location drops are orphaned (not deleted); relations resolve when their target arrives late;
// Groups and Users become teams and people, and portal teams appear as Groups.
import { describe, expect, it } from "vitest";
import { systemActor } from "../../auth/actor";
import { db } from "../../db/client";
import { createTeam } from "../../teams/create-team";
import { deleteTeam } from "../../teams/delete-team";
import { createActor, unique } from "../../test/fixtures";
import { component, yamlOf } from "../test/descriptors";
import { applyImport } from "./apply-import";

const location = async () => db.location.create({ data: { type: "upload", target: unique("loc"), spec: {} } });

describe("location imports", () => {
  it("orphans what a location drops and lets the first location win a conflict", async () => {
    const [a, b] = [await location(), await location()];
    const [keep, drop] = [unique("keep"), unique("drop")];
    const file = (...names: string[]) => [{ path: "catalog-info.yaml", content: yamlOf(...names.map((n) => component(n, "payments"))) }];
    await applyImport(systemActor, file(keep, drop), { kind: "location", locationId: a.id, repo: "acme/svc", commit: "abc" });
    const row = await db.entity.findUniqueOrThrow({ where: { ref: `component:default/${keep}` } });
    expect(row).toMatchObject({ managedBy: "location", locationId: a.id, sourceRepo: "acme/svc", sourceCommit: "abc", sourcePath: "catalog-info.yaml", orphanedAt: null });

    const second = await applyImport(systemActor, file(keep), { kind: "location", locationId: a.id });
    expect(second.orphaned).toBe(1);
    expect((await db.entity.findUniqueOrThrow({ where: { ref: `component:default/${drop}` } })).orphanedAt).not.toBeNull();

    const conflict = await applyImport(systemActor, file(keep), { kind: "location", locationId: b.id });
    expect(conflict.errors[0]!.message).toContain("already defined by another location");
    expect(await db.entity.findUniqueOrThrow({ where: { ref: `component:default/${keep}` } })).toMatchObject({ locationId: a.id, conflictLocationId: b.id });
    expect(await db.location.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({ status: "error", lastError: expect.stringContaining("another location") });

    // An upload may not overwrite what a repository defines.
    const upload = await applyImport(systemActor, file(keep), { kind: "upload" });
    expect(upload.errors[0]!.message).toContain("edit it in its repository");

    // Defined again: no longer an orphan.
    await applyImport(systemActor, file(keep, drop), { kind: "location", locationId: a.id });
    expect((await db.entity.findUniqueOrThrow({ where: { ref: `component:default/${drop}` } })).orphanedAt).toBeNull();
  });

  it("resolves a relation when its target is imported later", async () => {
    const [svc, lib] = [unique("svc"), unique("lib")];
    await applyImport(systemActor, [{ path: "a.yaml", content: yamlOf(component(svc, "payments", { dependsOn: [`component:${lib}`] })) }], { kind: "upload" });
    const relation = () => db.entityRelation.findFirstOrThrow({ where: { type: "dependsOn", targetRef: `component:default/${lib}` } });
    expect((await relation()).targetId).toBeNull();
    await applyImport(systemActor, [{ path: "b.yaml", content: yamlOf(component(lib, "payments", { type: "library" })) }], { kind: "upload" });
    const target = await db.entity.findUniqueOrThrow({ where: { ref: `component:default/${lib}` } });
    expect((await relation()).targetId).toBe(target.id);
  });

  it("turns Groups into teams and Users into people with memberships, and portal teams into Groups", async () => {
    const [group, email] = [unique("grp"), `${unique("ada")}@example.test`];
    const content = yamlOf(
      { kind: "Group", name: group, metadata: { title: "Title" }, spec: { type: "team", profile: { displayName: "Display" }, children: [] } },
      { kind: "User", name: "ada", metadata: { namespace: unique("ns") }, spec: { profile: { email, displayName: "Ada" }, memberOf: [`group:default/${group}`] } },
    );
    await applyImport(systemActor, [{ path: "org.yaml", content }], { kind: "upload" });
    const team = await db.team.findUniqueOrThrow({ where: { slug: group }, include: { members: { include: { user: true } } } });
    expect(team.name).toBe("Display");
    expect(team.members.map((m) => [m.user.email, m.role, m.user.role])).toEqual([[email, "member", "developer"]]);

    const admin = await createActor("admin");
    const slug = unique("portal-team");
    await createTeam(admin, { slug, name: "Portal Team" });
    expect(await db.entity.findUniqueOrThrow({ where: { ref: `group:default/${slug}` } })).toMatchObject({ kind: "Group", title: "Portal Team", managedBy: "portal" });
    await deleteTeam(admin, slug);
    expect(await db.entity.findUnique({ where: { ref: `group:default/${slug}` } })).toBeNull();
  });
});
