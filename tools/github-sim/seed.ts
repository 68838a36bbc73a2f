// Builds a SimState (and its git repositories on disk) from a parsed fixture.
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import type { ParsedFixture } from "./fixture.ts";
import { commitFiles, git, initBare } from "./git.ts";
import type { Sim } from "./http.ts";
import { identityOf } from "./push.ts";
import { createRun } from "./runs.ts";
import { SimState, type AppInfo, type Repo } from "./state.ts";

export const WORKFLOW_DIR = ".github/workflows/";

function workflowMeta(file: string, source: string): { name: string; onPush: boolean } {
  try {
    const doc = parseYaml(source) as { name?: string; on?: unknown; true?: unknown } | null;
    // YAML 1.1 readers turn a bare `on:` key into `true`; accept both.
    const on = doc?.on ?? doc?.true;
    const events = typeof on === "string" ? [on] : Array.isArray(on) ? on : on && typeof on === "object" ? Object.keys(on) : [];
    return { name: doc?.name ?? file, onPush: events.includes("push") };
  } catch {
    return { name: file, onPush: false };
  }
}

// Workflows are whatever `.github/workflows/*.yml` holds on the default branch, as on GitHub.
export async function syncWorkflows(sim: Sim, repo: Repo): Promise<void> {
  let listing = "";
  try {
    listing = (await git(repo.dir, ["ls-tree", "--name-only", `refs/heads/${repo.defaultBranch}:${WORKFLOW_DIR}`])).toString();
  } catch {
    return;
  }
  for (const file of listing.split("\n").filter((f) => /\.ya?ml$/.test(f))) {
    const wfPath = `${WORKFLOW_DIR}${file}`;
    const full = `${repo.owner}/${repo.name}`;
    const source = (await git(repo.dir, ["cat-file", "blob", `refs/heads/${repo.defaultBranch}:${wfPath}`])).toString();
    const existing = sim.state.workflows.find((w) => w.repo === full && w.path === wfPath);
    const meta = workflowMeta(file, source);
    if (existing) existing.name = meta.name;
    else sim.state.workflows.push({ id: sim.state.id(), repo: full, name: meta.name, path: wfPath, createdAt: new Date() });
  }
}

// A push to a branch queues a run of every workflow that listens to `push`, as on GitHub.
export async function triggerPushWorkflows(sim: Sim, repo: Repo, ref: string, pusher: string): Promise<void> {
  if (!ref.startsWith("refs/heads/")) return;
  await syncWorkflows(sim, repo);
  const branch = ref.slice("refs/heads/".length);
  for (const wf of sim.state.workflows.filter((w) => w.repo === `${repo.owner}/${repo.name}`)) {
    const source = await git(repo.dir, ["cat-file", "blob", `${ref}:${wf.path}`]).catch(() => null);
    if (source && workflowMeta(wf.path, source.toString()).onPush) await createRun(sim, repo, wf, { branch, event: "push", actor: pusher });
  }
}

export async function seed(sim: Sim, fixture: ParsedFixture, app: AppInfo): Promise<SimState> {
  const root = sim.state.root;
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  const viewer = fixture.viewer ?? fixture.users[0]?.login ?? "octocat";
  const state = new SimState(root, viewer, app);
  sim.state = state;
  for (const u of fixture.users) state.addUser(u.login, "User", u.name, u.email);
  if (!state.user(viewer)) state.addUser(viewer, "User");
  for (const o of fixture.orgs) {
    state.addUser(o.login, "Organization", o.name, null, o.description);
    for (const t of o.teams) state.teams.push({ id: state.id(), org: o.login, slug: t.slug, name: t.name, description: t.description, members: t.members, repos: new Map(Object.entries(t.repos)) });
  }
  for (const inst of app.installations) if (!state.user(inst.account)) state.addUser(inst.account, "Organization");

  // Repositories are independent: create them in parallel (git work dominates start-up time).
  await Promise.all(
    fixture.repos.map(async (fr) => {
      if (!state.user(fr.owner)) state.addUser(fr.owner, "Organization");
      const repo = state.addRepo(fr.owner, fr.name, { description: fr.description, private: fr.private, isTemplate: fr.is_template, defaultBranch: fr.default_branch, topics: fr.topics, language: fr.language });
      await mkdir(path.dirname(repo.dir), { recursive: true });
      await initBare(repo.dir, repo.defaultBranch);
      const author = identityOf(sim, viewer);
      if (Object.keys(fr.files).length) await commitFiles(repo.dir, repo.defaultBranch, fr.files, "Initial commit", author);
      await syncWorkflows(sim, repo);
      for (const [i, p] of fr.pulls.entries()) {
        // Each pull request gets a head branch one commit ahead of its base.
        await git(repo.dir, ["branch", p.head, `refs/heads/${p.base ?? repo.defaultBranch}`]).catch(() => undefined);
        await commitFiles(repo.dir, p.head, { [`changes/${p.head}.md`]: `${p.title}\n` }, p.title, identityOf(sim, p.user));
        state.pulls.push({ id: state.id(), number: i + 1, repo: `${repo.owner}/${repo.name}`, title: p.title, body: p.body, head: p.head, base: p.base ?? repo.defaultBranch, user: p.user, state: p.state, createdAt: new Date() });
      }
      for (const r of fr.runs) {
        const wf = state.workflowFor(`${repo.owner}/${repo.name}`, r.workflow);
        if (!wf) throw new Error(`fixture run references missing workflow ${fr.owner}/${fr.name}:${r.workflow}`);
        await createRun(sim, repo, wf, { branch: r.branch ?? repo.defaultBranch, event: r.event, actor: r.actor ?? viewer, status: r.status, conclusion: r.status === "completed" ? (r.conclusion ?? "success") : null, jobs: r.jobs });
      }
      // Alert numbers count per tool, as on GitHub.
      fr.codeScanningAlerts.forEach((a, i) => state.alerts.push({ ...a, kind: "code-scanning", number: i + 1, repo: `${repo.owner}/${repo.name}`, createdAt: new Date() }));
      fr.dependabotAlerts.forEach((a, i) => state.alerts.push({ ...a, kind: "dependabot", number: i + 1, repo: `${repo.owner}/${repo.name}`, createdAt: new Date() }));
    }),
  );
  // Runs created while seeding announced themselves; nobody was listening yet.
  sim.deliveries.length = 0;
  return state;
}
