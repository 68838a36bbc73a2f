// Replays the real exchanges recorded in @octokit/fixtures for endpoints the simulator serves:
// same requests (same org and repository names), compared by status and by shape — every key
// GitHub sent is present with the same JSON type — and by git object ids where content matches.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGithubSim, type SimHandle } from "./index.ts";
import { call } from "./test-client.ts";

type Exchange = { method: string; path: string; body: unknown; status: number; response: unknown; reqheaders: Record<string, string> };
const scenarioDir = path.join(path.dirname(createRequire(import.meta.url).resolve("@octokit/fixtures/package.json")), "scenarios/api.github.com");
const scenario = (name: string) => JSON.parse(readFileSync(path.join(scenarioDir, name, "normalized-fixture.json"), "utf8")) as Exchange[];

// Keys GitHub no longer sends (the recordings are from 2017-2022) or that depend on the account.
const OBSOLETE = new Set(["plan", "temp_clone_token", "security_and_analysis"]);

export function shapeDiff(recorded: unknown, ours: unknown, at = "$"): string[] {
  if (recorded === null || recorded === undefined) return [];
  if (Array.isArray(recorded)) {
    if (!Array.isArray(ours)) return [`${at}: expected array, got ${typeof ours}`];
    return recorded.length && ours.length ? shapeDiff(recorded[0], ours[0], `${at}[0]`) : [];
  }
  if (typeof recorded === "object") {
    if (!ours || typeof ours !== "object") return [`${at}: expected object, got ${ours === null ? "null" : typeof ours}`];
    return Object.entries(recorded).flatMap(([k, v]) => (OBSOLETE.has(k) ? [] : k in ours ? shapeDiff(v, (ours as Record<string, unknown>)[k], `${at}.${k}`) : [`${at}.${k}: missing`]));
  }
  return ours === null || typeof ours === typeof recorded ? [] : [`${at}: expected ${typeof recorded}, got ${typeof ours}`];
}

let sim: SimHandle;
const sha = new Map<string, string>(); // normalized placeholder sha -> real sha in our repository

beforeAll(async () => {
  sim = await startGithubSim({
    fixture: {
      users: [{ login: "octokit-fixture-user-a", name: "octokit-fixture-user-a", email: "31898046+octokit-fixture-user-a@users.noreply.github.com" }],
      orgs: [{ login: "octokit-fixture-org", teams: [{ slug: "a-team", name: "a-team" }] }],
      repos: [
        { owner: "octokit-fixture-org", name: "hello-world", private: false, default_branch: "master", files: { "README.md": "# hello-world" } },
        { owner: "octokit-fixture-org", name: "git-refs", private: false, files: { "README.md": "# git-refs" } },
        { owner: "octokit-fixture-org", name: "branch-protection", private: false, files: { "README.md": "# branch-protection" } },
        { owner: "octokit-fixture-org", name: "create-file", private: false, files: { "README.md": "# create-file" } },
      ],
    },
  });
  // git-refs moves a new ref from an older commit (…02) to main's head (…01): fast-forward.
  const first = await sim.control.push("octokit-fixture-org/git-refs", { "second.txt": "2" }, "second");
  const refs = (await call(sim.url, "GET", "/repos/octokit-fixture-org/git-refs/git/ref/heads/main", { token: sim.tokens.admin })).body as { object: { sha: string } };
  sha.set("0000000000000000000000000000000000000001", refs.object.sha);
  const parent = (await call(sim.url, "GET", `/repos/octokit-fixture-org/git-refs/git/commits/${first.sha}`, { token: sim.tokens.admin })).body as { parents: { sha: string }[] };
  sha.set("0000000000000000000000000000000000000002", parent.parents[0]?.sha ?? "");
});
afterAll(() => sim?.stop());

const substitute = (value: unknown): unknown => JSON.parse(JSON.stringify(value ?? null).replace(/0{39}[12]/g, (m) => sha.get(m) ?? m));

async function replay(name: string) {
  const problems: string[] = [];
  for (const [i, x] of scenario(name).entries()) {
    const body = x.body === "" ? undefined : substitute(x.body);
    const res = await call(sim.url, x.method.toUpperCase(), x.path, { token: sim.tokens.admin, body, headers: { accept: x.reqheaders.accept ?? "application/vnd.github.v3+json" } });
    const where = `${name}#${i} ${x.method.toUpperCase()} ${x.path}`;
    if (res.status !== x.status) problems.push(`${where}: status ${res.status}, recorded ${x.status}`);
    if (typeof x.response === "string") {
      if (x.response !== "" && res.body !== x.response) problems.push(`${where}: body ${JSON.stringify(res.body)}, recorded ${JSON.stringify(x.response)}`);
    } else problems.push(...shapeDiff(x.response, res.body).map((d) => `${where}: ${d}`));
  }
  return problems;
}

describe("@octokit/fixtures replay", () => {
  for (const name of ["get-root", "get-repository", "get-organization", "get-content", "git-refs", "create-file", "branch-protection"])
    it(name, async () => expect(await replay(name)).toEqual([]));

  it("computes the same git object ids GitHub recorded", async () => {
    const listing = (await call(sim.url, "GET", "/repos/octokit-fixture-org/hello-world/contents/", { token: sim.tokens.admin })).body as { sha: string }[];
    expect(listing[0]?.sha).toBe((scenario("get-content")[0]?.response as { sha: string }[])[0]?.sha);
    const created = scenario("create-file")[0]?.response as { content: { sha: string } };
    const file = (await call(sim.url, "GET", "/repos/octokit-fixture-org/create-file/contents/test.txt", { token: sim.tokens.admin })).body as { sha: string };
    expect(file.sha).toBe(created.content.sha);
  });

  it("shapeDiff notices a missing key and a changed type", () => {
    expect(shapeDiff({ a: 1, b: { c: "x" } }, { a: "1", b: {} })).toEqual(["$.a: expected number, got string", "$.b.c: missing"]);
  });
});
