// Backstage's own example template (from @backstage/create-app, unmodified) registered from a
// GitHub repository like any team's template, and run: fetch:template from its repository,
// publish:github with `github.com` meaning the connected GitHub (the simulator), catalog:register
// through the file URL path, notification:send.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerGithubLocation } from "../catalog/github/register-github-location";
import { connectSim, type Connected } from "../catalog/github/test-sim";
import { db } from "../db/client";
import { createActor, unique } from "../test/fixtures";
import { createTask } from "./create-task";
import { getTask } from "./get-task";
import { retryTask } from "./retry-task";
import { syncBuiltinTemplates } from "./sync-builtin-templates";
import { runToEnd } from "./test-support";

const FIXTURE = path.join(process.cwd(), "lib/scaffolder/fixtures/backstage-example");
let c: Connected;
beforeAll(async () => {
  c = await connectSim();
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name !== "NOTICE.md") files[`templates/example/${path.relative(FIXTURE, full)}`] = fs.readFileSync(full, "utf8");
    }
  };
  walk(FIXTURE);
  await c.sim.control.push("acme/platform-templates", files, "add Backstage's example template");
  await registerGithubLocation(c.admin, { type: "url", target: `${c.sim.url}/acme/platform-templates/blob/main/templates/example/template.yaml` });
});
afterAll(() => c?.sim.stop());

describe("Backstage's example template, unmodified", () => {
  it("is registered from GitHub and runs: a repository in the org, the entity in the catalog", async () => {
    expect(await db.entity.findUnique({ where: { ref: "template:default/example-nodejs-template" }, select: { sourceRepo: true } })).toEqual({ sourceRepo: "acme/platform-templates" });
    const dev = await createActor("developer");
    const name = unique("bs-example");
    const created = (await createTask(dev, { templateRef: "template:default/example-nodejs-template", values: { name, repoUrl: `github.com?owner=acme&repo=${name}` } }, "http://portal.test")) as { id: string };
    const task = await runToEnd(created.id);
    expect(task.error).toBeNull();
    expect(task.steps.map((s) => [s.stepId, s.status])).toEqual([["fetch-base", "succeeded"], ["publish", "succeeded"], ["register", "succeeded"], ["notify", "succeeded"]]);

    const gh = async (p: string) => (await fetch(`${c.sim.url}${p}`, { headers: { authorization: `token ${c.sim.tokens.admin}` } })).json();
    const repo = await gh(`/repos/acme/${name}`);
    expect(repo).toMatchObject({ name, description: `This is ${name}`, default_branch: "main", private: true });
    const file = await gh(`/repos/acme/${name}/contents/catalog-info.yaml`);
    expect(Buffer.from(file.content, "base64").toString()).toContain(`name: "${name}"`);
    const index = await gh(`/repos/acme/${name}/contents/index.js`);
    expect(Buffer.from(index.content, "base64").toString()).toBe(`console.log('Hello from ${name}!');\n`);
    expect((await gh(`/repos/acme/${name}/branches/main/protection`)).required_pull_request_reviews.required_approving_review_count).toBe(1);

    const entity = await db.entity.findUniqueOrThrow({ where: { ref: `component:default/${name}` } });
    expect(entity).toMatchObject({ ownerRef: "user:default/guest", sourceRepo: `acme/${name}`, sourceUrl: `${c.sim.url}/acme/${name}/blob/main/catalog-info.yaml` });
    const view = await getTask(dev, created.id);
    expect(view.output?.links).toEqual([
      { title: "Repository", url: `${c.sim.url}/acme/${name}` },
      { title: "Open in catalog", url: `/catalog/component/default/${name}`, entityRef: `component:default/${name}` },
    ]);
    expect(task.events.some((e) => e.message.includes("No one to notify for user:default/guest"))).toBe(true);
  });
});

describe("publish:github on the simulator", () => {
  it("fails with GitHub's reason mid-publish, registers nothing, and a retry continues from its checkpoints", { timeout: 60_000 }, async () => {
    await syncBuiltinTemplates();
    const dev = await createActor("developer");
    await db.team.upsert({ where: { slug: "payments" }, create: { slug: "payments", name: "Payments" }, update: {} });
    const name = unique("gh-node");
    const host = new URL(c.sim.url).host;
    const values = { name, owner: "group:default/payments", repoUrl: `${host}?owner=acme&repo=${name}` };
    const created = (await createTask(dev, { templateRef: "template:default/node-service", values }, "http://portal.test")) as { id: string };
    c.sim.control.fail(/\/git\/trees$/, 422, 1);
    const failed = await runToEnd(created.id);
    expect(failed.status).toBe("failed");
    expect(failed.error).toMatch(/^step 'publish-github' \(Publish to GitHub\) failed: .*a commit to main of repository acme\//);
    expect(failed.steps.find((s) => s.stepId === "publish-github")?.checkpoints).toMatchObject({ "create-repository": { branch: "main" } });
    expect(await db.entity.count({ where: { name } })).toBe(0);

    await retryTask(dev, created.id);
    const done = await runToEnd(created.id);
    expect(done.error).toBeNull();
    const gh = async (p: string) => (await fetch(`${c.sim.url}${p}`, { headers: { authorization: `token ${c.sim.tokens.admin}` } })).json();
    expect(await gh(`/repos/acme/${name}`)).toMatchObject({ private: true, topics: ["nodejs", "service"] });
    const protection = await gh(`/repos/acme/${name}/branches/main/protection`);
    expect(protection.required_status_checks.contexts).toEqual(["lint", "test"]);
    const commits = await gh(`/repos/acme/${name}/commits?sha=main`);
    if (Array.isArray(commits)) expect(commits.map((x: { commit: { message: string } }) => x.commit.message)[0]).toBe("Initial commit from the Flightdeck scaffolder");
    expect(await db.entity.count({ where: { ref: `component:default/${name}`, sourceRepo: `acme/${name}` } })).toBe(1);
  });
});
