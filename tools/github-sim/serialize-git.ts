// JSON shapes for git data, contents, commits, releases, pull requests and security alerts.
import type { CommitInfo } from "./git.ts";
import { iso, nodeId, type Sim } from "./http.ts";
import { out, simpleUser } from "./serialize.ts";
import type { Alert, Release, Repo } from "./state.ts";

const api = (sim: Sim, repo: Repo) => `${sim.base}/repos/${repo.owner}/${repo.name}`;
const html = (sim: Sim, repo: Repo) => `${sim.base}/${repo.owner}/${repo.name}`;

export function gitRef(sim: Sim, repo: Repo, ref: string, sha: string, type: string): Record<string, unknown> {
  return out(sim, "git-ref", {
    ref,
    node_id: nodeId("Ref", `${repo.id}:${ref}`),
    url: `${api(sim, repo)}/git/${ref}`,
    object: { sha, type, url: `${api(sim, repo)}/git/${type}s/${sha}` },
  });
}

export function gitCommit(sim: Sim, repo: Repo, c: CommitInfo): Record<string, unknown> {
  const person = (p: CommitInfo["author"]) => ({ name: p.name, email: p.email, date: iso(p.date) });
  return out(sim, "git-commit", {
    sha: c.sha,
    node_id: nodeId("Commit", c.sha),
    url: `${api(sim, repo)}/git/commits/${c.sha}`,
    html_url: `${html(sim, repo)}/commit/${c.sha}`,
    author: person(c.author),
    committer: person(c.committer),
    tree: { sha: c.tree, url: `${api(sim, repo)}/git/trees/${c.tree}` },
    message: c.message.replace(/\n$/, ""),
    parents: c.parents.map((p) => ({ sha: p, url: `${api(sim, repo)}/git/commits/${p}`, html_url: `${html(sim, repo)}/commit/${p}` })),
    verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null },
  });
}

// The REST "commit" shape used by compare: the git commit plus GitHub users when known.
export function restCommit(sim: Sim, repo: Repo, c: CommitInfo): Record<string, unknown> {
  const g = gitCommit(sim, repo, c);
  const userFor = (email: string) => {
    const u = [...sim.state.users.values()].find((x) => x.email === email);
    return u ? simpleUser(sim, u) : {};
  };
  return out(sim, "commit", {
    url: `${api(sim, repo)}/commits/${c.sha}`,
    sha: c.sha,
    node_id: g.node_id,
    html_url: g.html_url,
    comments_url: `${api(sim, repo)}/commits/${c.sha}/comments`,
    commit: { author: g.author, committer: g.committer, message: g.message, tree: g.tree, url: g.url, comment_count: 0, verification: g.verification },
    author: userFor(c.author.email),
    committer: userFor(c.committer.email),
    parents: c.parents.map((p) => ({ sha: p, url: `${api(sim, repo)}/commits/${p}`, html_url: `${html(sim, repo)}/commit/${p}` })),
  });
}

export function contentEntry(sim: Sim, repo: Repo, ref: string, entry: { path: string; type: string; sha: string; size: number }): Record<string, unknown> {
  const self = `${api(sim, repo)}/contents/${entry.path}?ref=${encodeURIComponent(ref)}`;
  const kind = entry.type === "dir" ? "tree" : "blob";
  const git = `${api(sim, repo)}/git/${kind}s/${entry.sha}`;
  const htmlUrl = `${html(sim, repo)}/${kind}/${ref}/${entry.path}`;
  return {
    name: entry.path.split("/").pop() ?? entry.path,
    path: entry.path,
    sha: entry.sha,
    size: entry.size,
    url: self,
    html_url: htmlUrl,
    git_url: git,
    download_url: entry.type === "file" ? `${sim.base}/_sim/raw/${repo.owner}/${repo.name}/${ref}/${entry.path}` : null,
    type: entry.type,
    _links: { self, git, html: htmlUrl },
  };
}

export function contentFile(sim: Sim, repo: Repo, ref: string, path: string, sha: string, content: Buffer): Record<string, unknown> {
  // GitHub wraps the base64 content at 60 characters; clients must tolerate the newlines.
  const b64 = (content.toString("base64").match(/.{1,60}/g) ?? [""]).join("\n") + "\n";
  return out(sim, "content-file", { ...contentEntry(sim, repo, ref, { path, type: "file", sha, size: content.length }), content: b64, encoding: "base64" });
}

export function release(sim: Sim, repo: Repo, r: Release): Record<string, unknown> {
  const u = `${api(sim, repo)}/releases/${r.id}`;
  return out(sim, "release", {
    url: u,
    assets_url: `${u}/assets`,
    upload_url: `${sim.base}/_sim/uploads/${repo.owner}/${repo.name}/releases/${r.id}/assets{?name,label}`,
    html_url: `${html(sim, repo)}/releases/tag/${r.tagName}`,
    id: r.id,
    author: simpleUser(sim, sim.state.userOrGhost(r.author)),
    node_id: nodeId("Release", r.id),
    tag_name: r.tagName,
    target_commitish: r.target,
    name: r.name,
    draft: r.draft,
    prerelease: r.prerelease,
    immutable: false,
    created_at: iso(r.createdAt),
    published_at: r.draft ? null : iso(r.createdAt),
    assets: [],
    tarball_url: `${api(sim, repo)}/tarball/${r.tagName}`,
    zipball_url: `${api(sim, repo)}/zipball/${r.tagName}`,
    body: r.body,
  });
}

export function codeScanningAlert(sim: Sim, repo: Repo, a: Alert, sha: string, branch: string): Record<string, unknown> {
  const u = `${api(sim, repo)}/code-scanning/alerts/${a.number}`;
  return out(sim, "code-scanning-alert", {
    number: a.number,
    created_at: iso(a.createdAt),
    updated_at: iso(a.createdAt),
    url: u,
    html_url: `${html(sim, repo)}/security/code-scanning/${a.number}`,
    instances_url: `${u}/instances`,
    state: a.state,
    fixed_at: null,
    dismissed_by: null,
    dismissed_at: null,
    dismissed_reason: null,
    dismissed_comment: null,
    rule: { id: `js/${a.summary.toLowerCase().replace(/\W+/g, "-")}`, severity: a.severity === "critical" || a.severity === "high" ? "error" : "warning", security_severity_level: a.severity, description: a.summary, name: a.summary, tags: ["security"] },
    tool: { name: "CodeQL", guid: null, version: "2.19.0" },
    most_recent_instance: {
      ref: `refs/heads/${branch}`,
      analysis_key: ".github/workflows/codeql.yml:analyze",
      environment: "{}",
      category: ".github/workflows/codeql.yml:analyze",
      state: a.state,
      commit_sha: sha,
      message: { text: a.summary },
      location: { path: a.path ?? "src/index.ts", start_line: 1, end_line: 1, start_column: 1, end_column: 10 },
      classifications: [],
    },
  });
}

export function dependabotAlert(sim: Sim, repo: Repo, a: Alert): Record<string, unknown> {
  const u = `${api(sim, repo)}/dependabot/alerts/${a.number}`;
  const pkg = { ecosystem: "npm", name: a.package ?? "left-pad" };
  const ghsa = `GHSA-sim${String(a.number).padStart(1, "0")}-${repo.id % 10000}-xxxx`;
  const vulnerability = { package: pkg, severity: a.severity, vulnerable_version_range: "< 1.0.0", first_patched_version: { identifier: "1.0.0" } };
  return out(sim, "dependabot-alert", {
    number: a.number,
    state: a.state,
    dependency: { package: pkg, manifest_path: "package-lock.json", scope: "runtime", relationship: "direct" },
    security_advisory: {
      ghsa_id: ghsa,
      cve_id: null,
      summary: a.summary,
      description: a.summary,
      vulnerabilities: [vulnerability],
      severity: a.severity,
      cvss: { score: 0, vector_string: null },
      cwes: [],
      identifiers: [{ value: ghsa, type: "GHSA" }],
      references: [{ url: `https://github.com/advisories/${ghsa}` }],
      published_at: iso(a.createdAt),
      updated_at: iso(a.createdAt),
      withdrawn_at: null,
    },
    security_vulnerability: vulnerability,
    url: u,
    html_url: `${html(sim, repo)}/security/dependabot/${a.number}`,
    created_at: iso(a.createdAt),
    updated_at: iso(a.createdAt),
    dismissed_at: null,
    dismissed_by: null,
    dismissed_reason: null,
    dismissed_comment: null,
    fixed_at: null,
    auto_dismissed_at: null,
  });
}
