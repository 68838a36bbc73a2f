// `flightdeck template run` as an operator runs it: a real process against this test file's
// database, a dry run listing the files and a real run publishing to the portal's git server.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { createTeamRow, unique } from "../test/fixtures";
import { syncBuiltinTemplates } from "./sync-builtin-templates";

const cli = (args: string[]) => {
  const r = spawnSync(process.execPath, ["bin/flightdeck.mjs", ...args], { env: { ...process.env, LOG_LEVEL: "silent" }, encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

let team: { slug: string };
beforeAll(async () => {
  await syncBuiltinTemplates();
  team = await createTeamRow();
});

describe("flightdeck template run", () => {
  it("dry-runs and runs a built-in template from a values file", async () => {
    const name = unique("cli");
    const file = path.join(os.tmpdir(), `${name}.yaml`);
    fs.writeFileSync(file, `name: ${name}\nowner: group:default/${team.slug}\nrepoUrl: local?owner=${team.slug}&repo=${name}\n`);
    const dry = cli(["template", "run", "node-service", "--values", file, "--dry-run"]);
    expect(dry.code, dry.err).toBe(0);
    expect(dry.out).toContain("file      package.json");
    expect(dry.out).toMatch(/dry run succeeded: \d+ files/);
    const run = cli(["template", "run", "template:default/node-service", "--values", file]);
    expect(run.code, run.err + run.out).toBe(0);
    expect(run.out).toContain("Task succeeded.");
    expect(run.out).toContain(`link      Open in catalog: /catalog/component/default/${name}`);
    expect(await db.entity.count({ where: { ref: `component:default/${name}` } })).toBe(1);
    const bad = cli(["template", "run", "node-service", "--values", file]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/invalid parameters: name: component:default\/.* already exists/);
  });
});
