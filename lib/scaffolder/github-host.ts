import "server-only";
// Which stored GitHub connection serves a repository host. A template written for Backstage
// says `github.com`; here that means the GitHub this portal is connected to (github.com, an
// Enterprise server, or the simulator in tests), so Backstage templates run unmodified.
import { webBaseOf } from "../catalog/github/github-url";
import { db } from "../db/client";
import { AppError } from "../errors";
import type { Github } from "../integrations/github/facade";
import { githubFor } from "../integrations/github/connect";
import { storedConfig } from "../integrations/stored";

export type GithubHost = { integrationId: string; github: Github; webBase: string; name: string };

export async function listGithubHosts(): Promise<{ integrationId: string; name: string; host: string; webBase: string; org: string | null }[]> {
  const rows = await db.integration.findMany({ where: { kind: "github" }, orderBy: { createdAt: "asc" }, select: { id: true, name: true, config: true } });
  return rows.map((r) => {
    const config = storedConfig(r);
    const webBase = webBaseOf(config.baseUrl);
    return { integrationId: r.id, name: r.name, host: new URL(webBase).host, webBase, org: (config as { org?: string | null }).org ?? null };
  });
}

export async function githubForHost(host: string): Promise<GithubHost> {
  const hosts = await listGithubHosts();
  if (!hosts.length) throw new AppError("validation", `GitHub is not connected, so nothing can be published to ${host}: an admin connects GitHub in Settings → Integrations, or choose the portal's own git server`, [{ path: "repoUrl", message: "GitHub is not connected" }]);
  const match = hosts.find((h) => h.host.toLowerCase() === host.toLowerCase()) ?? (host.toLowerCase() === "github.com" ? hosts[0] : undefined);
  if (!match) throw new AppError("validation", `no GitHub connection for ${host} (connected: ${hosts.map((h) => h.host).join(", ")})`, [{ path: "repoUrl", message: "unknown host" }]);
  return { integrationId: match.integrationId, github: await githubFor(match.integrationId), webBase: match.webBase, name: match.name };
}
