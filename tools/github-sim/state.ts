// The simulator's in-memory world. Git content lives on disk (git.ts); everything GitHub keeps
// beside the repository (runs, deployments, protections, tokens) lives here.
import path from "node:path";

export type User = { id: number; login: string; type: "User" | "Organization"; name: string | null; email: string | null; description: string | null; createdAt: Date };
export type Team = { id: number; org: string; slug: string; name: string; description: string | null; members: string[]; repos: Map<string, string> };
export type Repo = {
  id: number;
  owner: string;
  name: string;
  description: string | null;
  private: boolean;
  isTemplate: boolean;
  defaultBranch: string;
  topics: string[];
  language: string | null;
  createdAt: Date;
  updatedAt: Date;
  pushedAt: Date;
  dir: string;
  protections: Map<string, Record<string, unknown>>;
};
export type Workflow = { id: number; repo: string; name: string; path: string; createdAt: Date };
export type Run = {
  id: number;
  repo: string;
  workflowId: number;
  runNumber: number;
  attempt: number;
  event: string;
  status: "queued" | "in_progress" | "completed";
  conclusion: string | null;
  branch: string;
  headSha: string;
  // Captured when the run is created so listing runs needs no git call per run.
  headCommit: { tree: string; message: string; name: string; email: string; date: Date };
  actor: string;
  createdAt: Date;
  updatedAt: Date;
  startedAt: Date;
};
export type Job = { id: number; runId: number; name: string; status: Run["status"]; conclusion: string | null; startedAt: Date; completedAt: Date | null; log: string };
export type Deployment = { id: number; repo: string; sha: string; ref: string; task: string; environment: string; description: string | null; payload: unknown; creator: string; createdAt: Date; updatedAt: Date; production: boolean; transient: boolean };
export type DeploymentStatus = { id: number; deploymentId: number; state: string; description: string; targetUrl: string; environmentUrl: string; logUrl: string; creator: string; createdAt: Date };
export type Release = { id: number; repo: string; tagName: string; target: string; name: string | null; body: string | null; draft: boolean; prerelease: boolean; author: string; createdAt: Date };
export type Pull = { id: number; number: number; repo: string; title: string; body: string | null; head: string; base: string; user: string; state: "open" | "closed"; createdAt: Date };
export type Alert = { number: number; repo: string; kind: "code-scanning" | "dependabot"; severity: string; summary: string; package?: string; path?: string; state: string; createdAt: Date };

export type Token =
  | { kind: "pat"; token: string; login: string; scopes: string[] }
  | { kind: "installation"; token: string; installationId: number; account: string; expiresAt: Date; revoked: boolean };

export type AppInfo = { id: number; slug: string; name: string; publicKey: string; privateKey: string; installations: { id: number; account: string; createdAt: Date }[] };

export class SimState {
  private nextId = 1000;
  users = new Map<string, User>();
  teams: Team[] = [];
  repos = new Map<string, Repo>(); // key: lower-cased "owner/name"
  workflows: Workflow[] = [];
  runs: Run[] = [];
  jobs: Job[] = [];
  deployments: Deployment[] = [];
  deploymentStatuses: DeploymentStatus[] = [];
  releases: Release[] = [];
  pulls: Pull[] = [];
  alerts: Alert[] = [];
  /** workflow_dispatch requests with their inputs (GitHub keeps them on the run; tests read them here). */
  dispatches: { repo: string; workflow: string; ref: string; inputs: Record<string, string>; runId: number }[] = [];
  tokens = new Map<string, Token>();

  constructor(readonly root: string, readonly viewer: string, readonly app: AppInfo) {}

  id(): number {
    return this.nextId++;
  }

  repo(fullName: string): Repo | undefined {
    return this.repos.get(fullName.toLowerCase());
  }

  addRepo(owner: string, name: string, init: Partial<Omit<Repo, "id" | "owner" | "name" | "dir">> = {}): Repo {
    const now = new Date();
    const repo: Repo = {
      id: this.id(),
      owner,
      name,
      description: null,
      private: true,
      isTemplate: false,
      defaultBranch: "main",
      topics: [],
      language: null,
      createdAt: now,
      updatedAt: now,
      pushedAt: now,
      protections: new Map(),
      ...init,
      // git http-backend maps /{owner}/{repo}.git under GIT_PROJECT_ROOT to exactly this path.
      dir: path.join(this.root, owner, `${name}.git`),
    };
    this.repos.set(`${owner}/${name}`.toLowerCase(), repo);
    return repo;
  }

  addUser(login: string, type: User["type"], name: string | null = null, email: string | null = null, description: string | null = null): User {
    const user: User = { id: this.id(), login, type, name, email, description, createdAt: new Date(Date.UTC(2020, 0, 1)) };
    this.users.set(login.toLowerCase(), user);
    return user;
  }

  user(login: string): User | undefined {
    return this.users.get(login.toLowerCase());
  }

  // Unknown logins (a committer named in a push) still serialize as a plausible user.
  userOrGhost(login: string): User {
    return this.user(login) ?? this.addUser(login, "User");
  }

  workflowFor(repo: string, idOrFile: string): Workflow | undefined {
    return this.workflows.find((w) => w.repo === repo && (String(w.id) === idOrFile || path.basename(w.path) === idOrFile));
  }

  addRun(init: Omit<Run, "id" | "runNumber" | "attempt" | "createdAt" | "updatedAt" | "startedAt">, jobNames: string[]): Run {
    const now = new Date();
    const runNumber = this.runs.filter((r) => r.repo === init.repo && r.workflowId === init.workflowId).length + 1;
    const run: Run = { ...init, id: this.id(), runNumber, attempt: 1, createdAt: now, updatedAt: now, startedAt: now };
    this.runs.push(run);
    for (const name of jobNames) {
      const done = run.status === "completed";
      this.jobs.push({
        id: this.id(),
        runId: run.id,
        name,
        status: run.status,
        conclusion: done ? run.conclusion : null,
        startedAt: now,
        completedAt: done ? now : null,
        log: "",
      });
    }
    for (const job of this.jobsOf(run.id)) job.log = jobLog(run, job);
    return run;
  }

  jobsOf(runId: number): Job[] {
    return this.jobs.filter((j) => j.runId === runId);
  }

  installation(id: number) {
    return this.app.installations.find((i) => i.id === id);
  }
}

// Plain-text log in the timestamped line format Actions uses, regenerated on each state change.
export function jobLog(run: Run, job: Job): string {
  const ts = (d: Date) => d.toISOString();
  const lines = [`${ts(job.startedAt)} ##[group]Run ${job.name}`, `${ts(job.startedAt)} Runner: github-sim, run ${run.id} attempt ${run.attempt}`];
  if (job.status !== "queued") lines.push(`${ts(job.startedAt)} Checking out ${run.headSha} (${run.branch})`);
  if (job.conclusion === "failure") lines.push(`${ts(job.completedAt ?? job.startedAt)} ##[error]Process completed with exit code 1.`);
  if (job.status === "completed") lines.push(`${ts(job.completedAt ?? job.startedAt)} Job ${job.name} ${job.conclusion}`);
  return lines.join("\n") + "\n";
}
