// The developer's path on the embedded default, against the real database: the built-in Node
// template's dry run, a real run that publishes to the portal's git server and registers the
// entity, a real `git clone` over HTTP of the result, and the generated project's own tests.
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { AppError } from "../errors";
import { createActor, createTeamRow, unique } from "../test/fixtures";
import { createToken } from "../tokens/create-token";
import type { Actor } from "../auth/actor";
import { createTask } from "./create-task";
import { getTask } from "./get-task";
import type { DryRunResult } from "./schemas";
import { syncBuiltinTemplates } from "./sync-builtin-templates";
import { runToEnd, serveGitRoute } from "./test-support";

let dev: Actor;
let team: { slug: string };
let git: Awaited<ReturnType<typeof serveGitRoute>>;
const PORTAL = "http://portal.test";
// Async: the git server runs in this process, so a synchronous child would block it (deadlock).
const run = (cmd: string, args: string[], cwd?: string) => promisify(execFile)(cmd, args, { cwd, timeout: 30_000, env: { ...process.env, GIT_TERMINAL_PROMPT: "0", npm_config_loglevel: "error" } }).then((r) => r.stdout);

beforeAll(async () => {
  await syncBuiltinTemplates();
  dev = await createActor("developer");
  team = await createTeamRow(dev);
  git = await serveGitRoute();
});
afterAll(() => git?.stop());

const values = (name: string, extra: Record<string, unknown> = {}) => ({ name, description: "Pays things", owner: `group:default/${team.slug}`, port: 8080, deploy: true, namespace: "payments", repoUrl: `local?owner=${team.slug}&repo=${name}`, ...extra });

describe("the Node.js service template on the portal's git server", () => {
  it("dry-runs: the files with their rendered contents, nothing published or registered", async () => {
    const name = unique("dry");
    const result = (await createTask(dev, { templateRef: "template:default/node-service", values: values(name), dryRun: true }, PORTAL)) as DryRunResult;
    expect(result.status, result.error ?? "").toBe("succeeded");
    const paths = result.files.map((f) => f.path);
    for (const p of ["package.json", "src/app.js", "test/health.test.js", "Dockerfile", ".dockerignore", ".gitignore", ".github/CODEOWNERS", ".github/workflows/ci.yaml", "k8s/base/deployment.yaml", "k8s/overlays/production/kustomization.yaml", "catalog-info.yaml", "README.md"]) {
      expect(paths).toContain(p);
    }
    const file = (p: string) => result.files.find((f) => f.path === p)!.content;
    expect(JSON.parse(file("package.json")).name).toBe(name);
    expect(file("catalog-info.yaml")).toContain(`owner: group:default/${team.slug}`);
    expect(file("k8s/overlays/production/kustomization.yaml")).toContain("namespace: payments");
    // Copied without templating: GitHub's own ${{ }} stays for GitHub.
    expect(file(".github/workflows/ci.yaml")).toContain("${{ github.sha }}");
    expect(result.steps.map((s) => [s.id, s.status])).toEqual([["fetch", "succeeded"], ["publish-local", "succeeded"], ["publish-github", "skipped"], ["register", "succeeded"], ["notify", "succeeded"]]);
    expect(result.log.some((l) => l.message.startsWith("Dry run: publish:git would run"))).toBe(true);
    expect(await db.scaffolderTask.count({ where: { createdById: dev.userId } })).toBe(0);
    expect(await db.entity.count({ where: { name } })).toBe(0);
  });

  it("runs: publishes one commit, registers the entity from it, and `git clone` gives a project whose tests pass", async () => {
    const name = unique("svc");
    const created = await createTask(dev, { templateRef: "template:default/node-service", values: values(name) }, PORTAL);
    expect("id" in created && created.status).toBe("queued");
    const task = await runToEnd((created as { id: string }).id);
    expect(task.error).toBeNull();
    expect(task.status).toBe("succeeded");
    expect(task.steps.map((s) => s.status)).toEqual(["succeeded", "succeeded", "skipped", "succeeded", "succeeded"]);
    expect(task.events.map((e) => e.message)).toContain("Task succeeded.");

    const entity = await db.entity.findUniqueOrThrow({ where: { ref: `component:default/${name}` }, include: { location: true } });
    expect(entity).toMatchObject({ managedBy: "location", ownerRef: `group:default/${team.slug}`, sourceRepo: `${team.slug}/${name}`, sourcePath: "catalog-info.yaml" });
    expect(entity.location).toMatchObject({ type: "local-git", target: `${team.slug}/${name}/catalog-info.yaml` });
    expect(entity.sourceUrl).toBe(`${PORTAL}/git/${team.slug}/${name}.git/blob/main/catalog-info.yaml`);

    const view = await getTask(dev, task.id);
    expect(view.output?.links).toEqual([
      { title: "Repository", url: `${PORTAL}/git/${team.slug}/${name}.git` },
      { title: "Open in catalog", url: `/catalog/component/default/${name}`, entityRef: `component:default/${name}` },
    ]);
    expect(await db.notification.count({ where: { userId: dev.userId!, title: `${name} is ready` } })).toBe(1);

    const { token } = await createToken(dev, { name: unique("git"), scope: "read" });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "clone-"));
    try {
      const remote = `${git.url}/git/${team.slug}/${name}.git`.replace("http://", `http://x:${token}@`);
      await run("git", ["clone", "--quiet", remote, dir]);
      expect((await run("git", ["-C", dir, "log", "--format=%s"])).trim()).toBe("Initial commit from the Flightdeck scaffolder");
      expect(await run("npm", ["run", "lint"], dir)).toContain("checked");
      const out = await run("npm", ["test"], dir);
      expect(out).toMatch(/# pass 3/);
      expect(out).toMatch(/# fail 0/);
      // Without credentials the server asks for them; pushing is refused whoever you are.
      await expect(run("git", ["ls-remote", `${git.url}/git/${team.slug}/${name}.git`])).rejects.toThrow(/Authentication failed|401|could not read Username/);
      fs.writeFileSync(path.join(dir, "x.txt"), "x");
      execFileSync("git", ["-C", dir, "-c", "user.email=a@b", "-c", "user.name=a", "commit", "-qam", "x", "--allow-empty"], { stdio: "pipe" });
      await expect(run("git", ["-C", dir, "push", "-q", "origin", "main"])).rejects.toThrow(/403|read-only/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses parameters that break the schema or the pickers' rules, naming the field (422)", async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [values("x", { name: undefined }), "name", /required/],
      [values("Bad Name!"), "name", /letters and digits/],
      [values(unique("ok"), { owner: "group:default/no-such-team" }), "owner", /no team 'no-such-team'/],
      [values(unique("ok"), { port: 80 }), "port", /must be >= 1024/],
      [values(unique("ok"), { namespace: "Not_Valid" }), "namespace", /pattern/],
      [values(unique("ok"), { repoUrl: "gitlab.com?owner=a&repo=b" }), "repoUrl", /no GitHub connection for gitlab\.com/],
      [values(unique("ok"), { repoUrl: "local?owner=a&repo=b.git" }), "repoUrl", /does not end in \.git/],
    ];
    for (const [input, field, message] of cases) {
      const error = await createTask(dev, { templateRef: "template:default/node-service", values: input }, PORTAL).catch((e: unknown) => e);
      expect(error, field).toBeInstanceOf(AppError);
      expect((error as AppError).status).toBe(422);
      const issue = (error as AppError).issues.find((i) => i.path === field);
      expect(issue?.message, `${field}: ${JSON.stringify((error as AppError).issues)}`).toMatch(message);
    }
  });

  it("fails clearly when the repository already exists, registers nothing, and a retry works once the cause is gone", async () => {
    const name = unique("taken");
    const created = (await createTask(dev, { templateRef: "template:default/node-service", values: values(name) }, PORTAL)) as { id: string };
    // Someone takes the name between the form and the run.
    const { createBareRepo, localRepoDir } = await import("./local-git/repos");
    await createBareRepo(team.slug, name, "main", "squatter");
    const failed = await runToEnd(created.id);
    expect(failed.status).toBe("failed");
    expect(failed.error).toMatch(new RegExp(`step 'publish-local' \\(Publish to the portal's git server\\) failed: the repository ${team.slug}/${name} already exists`));
    expect(failed.steps.map((s) => s.status)).toEqual(["succeeded", "failed", "pending", "pending", "pending"]);
    expect(await db.entity.count({ where: { name } })).toBe(0);

    fs.rmSync(localRepoDir(team.slug, name), { recursive: true, force: true });
    const { retryTask } = await import("./retry-task");
    const retried = await retryTask(dev, created.id);
    expect(retried.status).toBe("queued");
    const done = await runToEnd(created.id);
    expect(done.status).toBe("succeeded");
    expect(done.events.some((e) => e.message.includes("Resuming after 1 finished step"))).toBe(true);
    expect(await db.entity.count({ where: { ref: `component:default/${name}` } })).toBe(1);
  });
});
