// Runs before every test file: give the file its own migrated database and point
// DATABASE_URL at it before any module creates the client.
import path from "node:path";
import { afterAll, expect, inject } from "vitest";
import { cloneTemplate, dropClone } from "./databases";

const provider = process.env.FLIGHTDECK_TEST_DB ?? "sqlite";
const label = path.basename(expect.getState().testPath ?? "test", ".test.ts");
const url = await cloneTemplate(provider, inject("dbTemplate"), label);
process.env.DATABASE_URL = url;

afterAll(async () => {
  const { db } = await import("../db/client");
  await db.$disconnect();
  await (await import("../db/read")).closeReader();
  await dropClone(provider, url);
});
