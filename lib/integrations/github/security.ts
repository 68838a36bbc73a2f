import "server-only";
// Code-scanning and Dependabot alerts: what scorecards and release readiness count.
import { call, label, type Ctx, type RepoRef } from "./call";

export type SecurityAlert = { number: number; state: string; severity: string | null; summary: string; htmlUrl: string; createdAt: string };

export function listCodeScanningAlerts({ octokit }: Ctx, ref: RepoRef, state: "open" | "dismissed" | "fixed" = "open"): Promise<SecurityAlert[]> {
  return call(`code-scanning alerts of ${label(ref)}`, async () =>
    (await octokit.rest.codeScanning.listAlertsForRepo({ ...ref, state, per_page: 100 })).data.map((a) => ({
      number: a.number,
      state: a.state ?? "unknown",
      severity: a.rule.security_severity_level ?? a.rule.severity ?? null,
      summary: a.rule.description ?? a.rule.name ?? "",
      htmlUrl: a.html_url,
      createdAt: a.created_at,
    })),
  );
}

export function listDependabotAlerts({ octokit }: Ctx, ref: RepoRef, state = "open"): Promise<SecurityAlert[]> {
  return call(`Dependabot alerts of ${label(ref)}`, async () =>
    (await octokit.paginate(octokit.rest.dependabot.listAlertsForRepo, { ...ref, state, per_page: 100 })).map((a) => ({
      number: a.number,
      state: a.state,
      severity: a.security_advisory.severity,
      summary: a.security_advisory.summary,
      htmlUrl: a.html_url,
      createdAt: a.created_at,
    })),
  );
}
