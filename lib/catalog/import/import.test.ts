import { describe, expect, it } from "vitest";
import { db } from "../../db/client";
import { createActor, unique } from "../../test/fixtures";
import { component, yamlOf } from "../test/descriptors";
import { applyImport } from "./apply-import";
import { previewImport } from "./preview-import";

const upload = { kind: "upload" } as const;

describe("import", () => {
  it("previews created, changed with a diff, unchanged and per-document errors; a bad document does not stop the rest", async () => {
    const admin = await createActor("admin");
    const a = unique("svc");
    const b = unique("svc");
    const first = yamlOf(component(a, "payments"), component(b, "payments"));
    const applied = await applyImport(admin, [{ path: "catalog-info.yaml", content: first }], upload);
    expect(applied.summary).toEqual({ created: 2, changed: 0, unchanged: 0, errors: 0 });

    const second = `${yamlOf(component(a, "payments"), component(b, "checkout", { lifecycle: "deprecated" }))}---\nkind: Nope\n`;
    const preview = await previewImport(admin, [{ path: "catalog-info.yaml", content: second }], upload);
    expect(preview.summary).toEqual({ created: 0, changed: 1, unchanged: 1, errors: 1 });
    const changed = preview.entities.find((e) => e.status === "changed")!;
    expect(changed.ref).toBe(`component:default/${b}`);
    expect(changed.changes.map((c) => c.field)).toEqual(["lifecycle", "ownerRef", "spec"]);
    expect(changed.changes[1]).toEqual({ field: "ownerRef", before: "group:default/payments", after: "group:default/checkout" });
    expect(preview.errors[0]).toMatchObject({ file: "catalog-info.yaml", documentIndex: 2, fieldPath: "apiVersion", line: 19 });
    // The preview wrote nothing.
    expect((await db.entity.findUniqueOrThrow({ where: { ref: `component:default/${b}` } })).lifecycle).toBe("production");
  });

  it("imports 10,000 entities with every relation resolved (timing: npm run bench:catalog)", async () => {
    const admin = await createActor("admin");
    const prefix = unique("bulk");
    const docs = Array.from({ length: 10_000 }, (_, i) =>
      component(`${prefix}-${i}`, `team-${i % 20}`, { system: `sys-${i % 50}`, dependsOn: [`component:${prefix}-${(i + 1) % 10_000}`], providesApis: [`api-${i}`] }, { tags: ["java", `t${i % 10}`], description: `Service number ${i}` }),
    );
    const result = await applyImport(admin, [{ path: "all.yaml", content: yamlOf(...docs) }], upload);
    expect(result.summary.created).toBe(10_000);
    // Every dependsOn target exists, so late resolution filled every targetId.
    expect(await db.entityRelation.count({ where: { type: "dependsOn", targetId: null, targetRef: { startsWith: `component:default/${prefix}` } } })).toBe(0);
  }, 60_000);
});
