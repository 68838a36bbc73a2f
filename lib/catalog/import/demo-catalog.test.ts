import { describe, expect, it } from "vitest";
import { systemActor } from "../../auth/actor";
import { db } from "../../db/client";
import { getEntity } from "../query/get-entity";
import { readDemoCatalog } from "./seed-demo-catalog";
import { applyImport } from "./apply-import";

describe("demo catalog", () => {
  it("imports without errors, every relation resolved, definitions read through $text", async () => {
    const demo = await readDemoCatalog();
    const result = await applyImport(systemActor, demo.files, { kind: "upload" }, { reader: demo.reader, isDemo: true });
    expect(result.errors).toEqual([]);
    expect(result.summary.created).toBeGreaterThanOrEqual(30);
    expect(await db.entityRelation.count({ where: { targetId: null } })).toBe(0);
    const api = await getEntity(systemActor, "api:payments-api");
    expect(String(api.spec.definition)).toContain("openapi: 3.0.3");
    expect(await db.entity.count({ where: { isDemo: false } })).toBe(0);
  });
});
