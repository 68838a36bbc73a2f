// Real git over smart HTTP: clone, push with a token in basic auth, read back through the API.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGithubSim, type SimHandle } from "./index.ts";
import { call, get } from "./test-client.ts";

const run = promisify(execFile);
let sim: SimHandle;
let work: string;
const gitEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: "1", GIT_TERMINAL_PROMPT: "0", HOME: os.tmpdir(), GIT_AUTHOR_NAME: "Bob", GIT_AUTHOR_EMAIL: "bob@acme.example", GIT_COMMITTER_NAME: "Bob", GIT_COMMITTER_EMAIL: "bob@acme.example" };
const git = (cwd: string, ...args: string[]) => run("git", args, { cwd, env: gitEnv });

beforeAll(async () => {
  sim = await startGithubSim();
  work = await mkdtemp(path.join(os.tmpdir(), "github-sim-git-test-"));
});
afterAll(async () => {
  await sim?.stop();
  await rm(work, { recursive: true, force: true });
});

describe("git smart HTTP", () => {
  it("clones, pushes with a token, and the contents API and push webhook see the commit", async () => {
    const authed = sim.url.replace("http://", `http://x-access-token:${sim.tokens.admin}@`);
    const dir = path.join(work, "payments-api");
    await git(work, "clone", "--quiet", `${authed}/acme/payments-api.git`, dir);
    expect(await readFile(path.join(dir, "catalog-info.yaml"), "utf8")).toContain("name: payments-api");

    await writeFile(path.join(dir, "NOTES.md"), "pushed over http\n");
    await git(dir, "add", "NOTES.md");
    await git(dir, "commit", "--quiet", "-m", "Add notes");
    await git(dir, "push", "--quiet", "origin", "HEAD:main");
    const { stdout: head } = await git(dir, "rev-parse", "HEAD");

    const file = get<{ content: string }>(await call(sim.url, "GET", "/repos/acme/payments-api/contents/NOTES.md", { token: sim.tokens.admin }));
    expect(Buffer.from(file.content, "base64").toString()).toBe("pushed over http\n");
    const ref = get<{ object: { sha: string } }>(await call(sim.url, "GET", "/repos/acme/payments-api/git/ref/heads/main", { token: sim.tokens.admin }));
    expect(ref.object.sha).toBe(head.trim());
    const push = sim.control.deliveries().find((d) => d.event === "push" && d.payload.after === head.trim());
    expect(push?.payload).toMatchObject({ ref: "refs/heads/main", head_commit: { message: "Add notes", added: ["NOTES.md"] } });
    // The CI workflow listens to push, so a run was queued for the new commit.
    const runs = get<{ workflow_runs: { head_sha: string; status: string }[] }>(await call(sim.url, "GET", `/repos/acme/payments-api/actions/runs?head_sha=${head.trim()}`, { token: sim.tokens.admin }));
    expect(runs.workflow_runs.map((r) => r.status)).toEqual(["queued"]);
  });

  it("refuses a push without a token, and a private clone without the repo scope", async () => {
    const dir = path.join(work, "design-system");
    await git(work, "clone", "--quiet", `${sim.url}/acme/design-system.git`, dir); // public: anonymous clone works
    await writeFile(path.join(dir, "x.txt"), "x\n");
    await git(dir, "add", "x.txt");
    await git(dir, "commit", "--quiet", "-m", "x");
    await expect(git(dir, "push", "--quiet", "origin", "HEAD:main")).rejects.toThrow(/Authentication failed|could not read Username|terminal prompts disabled/);
    const readOnly = sim.url.replace("http://", `http://x:${sim.tokens.readOnly}@`);
    await expect(git(work, "clone", "--quiet", `${readOnly}/acme/payments-api.git`, path.join(work, "nope"))).rejects.toThrow(/not found/i);
  });

  it("control.push commits files that clone and the API both see", async () => {
    const { sha } = await sim.control.push("acme/ledger-worker", { "src/new.go": "package main\n" }, "Add new.go");
    const dir = path.join(work, "ledger-worker");
    await git(work, "clone", "--quiet", sim.url.replace("http://", `http://x:${sim.tokens.admin}@`) + "/acme/ledger-worker.git", dir);
    expect((await git(dir, "rev-parse", "HEAD")).stdout.trim()).toBe(sha);
    expect(await readFile(path.join(dir, "src/new.go"), "utf8")).toBe("package main\n");
  });
});
