// Every built-in golden path registers as a valid template and dry-runs into a complete
// project: source with a health check and a test, Dockerfile, CI, manifests, catalog file,
// README, CODEOWNERS and ignore files; nothing left unrendered.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { createActor, createTeamRow, unique } from "../test/fixtures";
import type { Actor } from "../auth/actor";
import { createTask } from "./create-task";
import type { DryRunResult } from "./schemas";
import { syncBuiltinTemplates } from "./sync-builtin-templates";

let dev: Actor;
let team: { slug: string };
beforeAll(async () => {
  expect((await syncBuiltinTemplates())?.errors).toBe(0);
  dev = await createActor("developer");
  team = await createTeamRow(dev);
});

const expected: Record<string, string[]> = {
  "node-service": ["src/app.js", "test/health.test.js", "Dockerfile", "k8s/base/deployment.yaml", ".dockerignore"],
  "python-fastapi": ["app/main.py", "tests/test_health.py", "Dockerfile", "k8s/base/deployment.yaml", ".dockerignore"],
  "go-service": ["main.go", "main_test.go", "Dockerfile", "k8s/base/deployment.yaml", ".dockerignore"],
  "static-website": ["public/index.html", "test/check-site.sh", "Dockerfile", "k8s/base/deployment.yaml", ".dockerignore"],
  "terraform-module": ["main.tf", "tests/defaults.tftest.hcl", "examples/basic/main.tf"],
};

describe("built-in templates", () => {
  it("are all in the catalog", async () => {
    const refs = (await db.entity.findMany({ where: { kind: "Template", location: { type: "builtin" } }, select: { name: true } })).map((e) => e.name).sort();
    expect(refs).toEqual(Object.keys(expected).sort());
  });

  for (const [name, files] of Object.entries(expected)) {
    it(`${name} dry-runs into a complete project`, async () => {
      const svc = unique("svc");
      const values = { name: svc, owner: `group:default/${team.slug}`, repoUrl: `local?owner=${team.slug}&repo=${svc}` };
      const result = (await createTask(dev, { templateRef: `template:default/${name}`, values, dryRun: true }, "http://portal.test")) as DryRunResult;
      expect(result.status, result.error ?? "").toBe("succeeded");
      const paths = result.files.map((f) => f.path);
      for (const f of [...files, "catalog-info.yaml", "README.md", ".github/CODEOWNERS", ".github/workflows/ci.yaml", ".gitignore"]) expect(paths, f).toContain(f);
      for (const f of result.files.filter((x) => !x.path.startsWith(".github/workflows/"))) expect(f.content, f.path).not.toContain("${{");
      expect(result.files.find((f) => f.path === "catalog-info.yaml")!.content).toContain(`name: "${svc}"`);
      expect(result.files.find((f) => f.path === ".github/CODEOWNERS")!.content).toContain(`@${team.slug}/${team.slug}`);
    });
  }
});
