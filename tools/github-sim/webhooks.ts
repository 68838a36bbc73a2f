// Outbound webhook deliveries, signed like GitHub's (X-Hub-Signature-256 over the exact body),
// with payloads built from the same serializers as the REST API and shaped like
// @octokit/webhooks-examples.
import { randomUUID } from "node:crypto";
import { sign } from "@octokit/webhooks-methods";
import type { Sim } from "./http.ts";
import { deployment, deploymentStatus, job, run, workflow } from "./serialize-actions.ts";
import { organization, repository, simpleUser } from "./serialize.ts";
import type { Deployment, DeploymentStatus, Repo, Run } from "./state.ts";

export const HOOK_ID = 424242;

export async function sendWebhook(sim: Sim, event: string, payload: Record<string, unknown>): Promise<void> {
  const id = randomUUID();
  const delivery = { id, event, action: typeof payload.action === "string" ? payload.action : undefined, status: null as number | null, payload } as Sim["deliveries"][number];
  sim.deliveries.push(delivery);
  const target = sim.webhook;
  if (!target) return;
  const body = JSON.stringify(payload);
  try {
    const res = await fetch(target.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "GitHub-Hookshot/github-sim",
        "x-github-event": event,
        "x-github-delivery": id,
        "x-github-hook-id": String(HOOK_ID),
        "x-github-hook-installation-target-type": "integration",
        "x-github-hook-installation-target-id": String(sim.state.app.id),
        "x-hub-signature-256": await sign(target.secret, body),
      },
      body,
      signal: AbortSignal.timeout(10_000),
    });
    delivery.status = res.status;
    await res.arrayBuffer();
  } catch (error) {
    // GitHub records a failed delivery and moves on; so do we (tests read sim.deliveries).
    delivery.error = error instanceof Error ? error.message : String(error);
  }
}

function envelope(sim: Sim, repo: Repo, sender: string): Record<string, unknown> {
  const owner = sim.state.user(repo.owner);
  const installation = sim.state.app.installations.find((i) => i.account.toLowerCase() === repo.owner.toLowerCase());
  return {
    repository: repository(sim, repo),
    ...(owner?.type === "Organization" ? { organization: organization(sim, owner) } : {}),
    sender: simpleUser(sim, sim.state.userOrGhost(sender)),
    ...(installation ? { installation: { id: installation.id, node_id: Buffer.from(`Installation${installation.id}`).toString("base64") } } : {}),
  };
}

export type PushedCommit = { sha: string; message: string; name: string; email: string; date: Date; added: string[]; removed: string[]; modified: string[] };

export function pushPayload(sim: Sim, repo: Repo, ref: string, before: string, after: string, commits: PushedCommit[], pusher: string): Record<string, unknown> {
  const zero = "0".repeat(40);
  const full = `${repo.owner}/${repo.name}`;
  const commitJson = (c: PushedCommit) => ({
    id: c.sha,
    tree_id: "",
    distinct: true,
    message: c.message,
    timestamp: c.date.toISOString(),
    url: `${sim.base}/${full}/commit/${c.sha}`,
    author: { name: c.name, email: c.email, username: pusher },
    committer: { name: c.name, email: c.email, username: pusher },
    added: c.added,
    removed: c.removed,
    modified: c.modified,
  });
  const base = envelope(sim, repo, pusher);
  const repoJson = base.repository as Record<string, unknown>;
  const head = commits.at(-1);
  return {
    ref,
    before,
    after,
    created: before === zero,
    deleted: after === zero,
    forced: false,
    base_ref: null,
    compare: `${sim.base}/${full}/compare/${before.slice(0, 12)}...${after.slice(0, 12)}`,
    commits: commits.map(commitJson),
    head_commit: head ? commitJson(head) : null,
    pusher: { name: pusher, email: head?.email ?? null },
    ...base,
    // Push payloads carry these legacy repository fields (and epoch timestamps) to this day.
    repository: { ...repoJson, stargazers: 0, master_branch: repo.defaultBranch, created_at: Math.floor(repo.createdAt.getTime() / 1000), pushed_at: Math.floor(repo.pushedAt.getTime() / 1000) },
  };
}

export function workflowRunPayload(sim: Sim, action: string, r: Run, repo: Repo): Record<string, unknown> {
  const wf = sim.state.workflows.find((w) => w.id === r.workflowId);
  return { action, workflow_run: run(sim, r, repo), workflow: wf ? workflow(sim, wf) : null, ...envelope(sim, repo, r.actor) };
}

export function workflowJobPayloads(sim: Sim, action: string, r: Run, repo: Repo): Record<string, unknown>[] {
  return sim.state.jobsOf(r.id).map((j) => ({ action, workflow_job: job(sim, j, r), ...envelope(sim, repo, r.actor) }));
}

export function deploymentPayload(sim: Sim, d: Deployment, repo: Repo): Record<string, unknown> {
  return { action: "created", deployment: deployment(sim, d), ...envelope(sim, repo, d.creator) };
}

export function deploymentStatusPayload(sim: Sim, s: DeploymentStatus, d: Deployment, repo: Repo): Record<string, unknown> {
  return { action: "created", deployment_status: deploymentStatus(sim, s, d), deployment: deployment(sim, d), ...envelope(sim, repo, s.creator) };
}
