// Repositories: get, topics, generate from a template, contents (read and write), compare.
import { orgAccess, repoAccess, requireScope, viewerLogin } from "../access.ts";
import { copyAsNewRoot, diffFiles, listTree, mergeBase, readBlob, readCommit, resolveCommit, resolveObject, revList } from "../git.ts";
import { HttpError, notFound, route, str, validationFailed, type Ctx, type Route } from "../http.ts";
import { identityOf, pushFiles } from "../push.ts";
import { repository } from "../serialize.ts";
import { contentEntry, contentFile, gitCommit, restCommit } from "../serialize-git.ts";
import type { Repo } from "../state.ts";
import { createRepository } from "./orgs.ts";

const CONTENTS_DOCS = "https://docs.github.com/rest/repos/contents#get-repository-content";

async function commitForRef(repo: Repo, ref: string): Promise<string> {
  const sha = (await resolveCommit(repo.dir, `refs/heads/${ref}`)) ?? (await resolveCommit(repo.dir, `refs/tags/${ref}`)) ?? (await resolveCommit(repo.dir, ref));
  if (!sha) throw new HttpError(404, `No commit found for the ref ${ref}`, { documentation_url: CONTENTS_DOCS });
  return sha;
}

async function readContents(ctx: Ctx, repo: Repo) {
  const ref = ctx.query.get("ref") ?? repo.defaultBranch;
  const commit = await commitForRef(repo, ref);
  const path = (ctx.params.path ?? "").replace(/^\/+|\/+$/g, "");
  const obj = await resolveObject(repo.dir, path ? `${commit}:${path}` : `${commit}^{tree}`);
  if (!obj) throw new HttpError(404, "Not Found", { documentation_url: CONTENTS_DOCS });
  return { ref, commit, path, obj };
}

export const repoRoutes: Route[] = [
  // GET /repos/{owner}/{repo}
  route("GET", "/repos/{owner}/{repo}", (ctx) => ({ status: 200, body: repository(ctx.sim, repoAccess(ctx)) })),

  // GET /repos/{owner}/{repo}/topics
  route("GET", "/repos/{owner}/{repo}/topics", (ctx) => ({ status: 200, body: { names: repoAccess(ctx).topics } })),

  // PUT /repos/{owner}/{repo}/topics - replace all topics (lowercased, like GitHub)
  route("PUT", "/repos/{owner}/{repo}/topics", (ctx) => {
    const repo = repoAccess(ctx, "write");
    const names = Array.isArray(ctx.body.names) ? ctx.body.names : null;
    if (!names || names.some((n) => typeof n !== "string" || !/^[a-z0-9][a-z0-9-]{0,49}$/i.test(n))) {
      throw validationFailed([{ resource: "Repository", code: "invalid", field: "topics" }], "Invalid topics: lowercase letters, digits and hyphens, up to 50 characters");
    }
    repo.topics = [...new Set((names as string[]).map((n) => n.toLowerCase()))];
    return { status: 200, body: { names: repo.topics } };
  }),

  // PATCH /repos/{owner}/{repo} - description and default branch (the branch must exist)
  route("PATCH", "/repos/{owner}/{repo}", async (ctx) => {
    const repo = repoAccess(ctx, "write");
    const branch = str(ctx.body.default_branch);
    if (branch && branch !== repo.defaultBranch) {
      if (!(await resolveCommit(repo.dir, `refs/heads/${branch}`))) throw validationFailed([{ resource: "Repository", code: "invalid", field: "default_branch" }], `Branch ${branch} does not exist`);
      repo.defaultBranch = branch;
    }
    if (ctx.body.description !== undefined) repo.description = str(ctx.body.description) ?? null;
    return { status: 200, body: repository(ctx.sim, repo) };
  }),

  // POST /repos/{template_owner}/{template_repo}/generate - new repository from a template
  route("POST", "/repos/{owner}/{repo}/generate", async (ctx) => {
    const template = repoAccess(ctx);
    if (!template.isTemplate) throw validationFailed([], `${template.owner}/${template.name} is not a template repository`);
    const owner = str(ctx.body.owner) ?? template.owner;
    orgAccess(ctx, owner);
    const isPrivate = ctx.body.private === true;
    requireScope(ctx, 404, "repo", ...(isPrivate ? [] : ["public_repo"]));
    const name = str(ctx.body.name);
    if (!name) throw validationFailed([{ resource: "Repository", code: "missing_field", field: "name" }]);
    const login = viewerLogin(ctx);
    const repo = await createRepository(ctx.sim, owner, name, { description: str(ctx.body.description) ?? null, private: isPrivate, defaultBranch: template.defaultBranch, author: login });
    await copyAsNewRoot(repo.dir, template.dir, template.defaultBranch, "Initial commit", identityOf(ctx.sim, login));
    return { status: 201, body: repository(ctx.sim, repo) };
  }),

  // GET /repos/{owner}/{repo}/contents/{path} - file (base64), directory (array) or raw media type
  route("GET", "/repos/{owner}/{repo}/contents/{path+}", async (ctx) => {
    const repo = repoAccess(ctx);
    const { ref, commit, path, obj } = await readContents(ctx, repo);
    if (obj.type === "blob") {
      const content = await readBlob(repo.dir, obj.sha);
      if (/vnd\.github(\.v3)?\.raw/.test(String(ctx.headers.accept ?? ""))) return { status: 200, text: content.toString("utf8"), headers: { "content-type": "application/vnd.github.raw; charset=utf-8" } };
      return { status: 200, body: contentFile(ctx.sim, repo, ref, path, obj.sha, content) };
    }
    const entries = await listTree(repo.dir, path ? `${commit}:${path}` : `${commit}^{tree}`);
    const body = entries.map((e) =>
      contentEntry(ctx.sim, repo, ref, { path: path ? `${path}/${e.name}` : e.name, type: e.type === "tree" ? "dir" : e.type === "commit" ? "submodule" : e.mode === "120000" ? "symlink" : "file", sha: e.sha, size: e.size ?? 0 }),
    );
    return { status: 200, body };
  }),

  // PUT /repos/{owner}/{repo}/contents/{path} - create or update one file (a commit + push webhook)
  route("PUT", "/repos/{owner}/{repo}/contents/{path+}", async (ctx) => {
    const repo = repoAccess(ctx, "write");
    const path = (ctx.params.path ?? "").replace(/^\/+|\/+$/g, "");
    const message = str(ctx.body.message);
    const content = str(ctx.body.content);
    if (!message || content === undefined) throw validationFailed([], `Invalid request.\n\n"message" and "content" are required.`);
    const branch = str(ctx.body.branch) ?? repo.defaultBranch;
    const head = await resolveCommit(repo.dir, `refs/heads/${branch}`);
    const existing = head ? await resolveObject(repo.dir, `${head}:${path}`) : null;
    const sha = str(ctx.body.sha);
    if (existing && !sha) throw validationFailed([], `Invalid request.\n\n"sha" wasn't supplied.`);
    if (existing && sha !== existing.sha) throw new HttpError(409, `${path} does not match ${sha}`);
    const result = await pushFiles(ctx.sim, repo, { [path]: Buffer.from(content, "base64") }, message, viewerLogin(ctx), branch);
    const blob = await resolveObject(repo.dir, `${result.sha}:${path}`);
    const info = await readCommit(repo.dir, result.sha);
    if (!blob || !info) throw new HttpError(500, "Server Error");
    const entry = contentEntry(ctx.sim, repo, branch, { path, type: "file", sha: blob.sha, size: Buffer.from(content, "base64").length });
    return { status: existing ? 200 : 201, body: { content: entry, commit: gitCommit(ctx.sim, repo, info) } };
  }),

  // GET /repos/{owner}/{repo}/compare/{base}...{head}
  route("GET", "/repos/{owner}/{repo}/compare/{basehead+}", async (ctx) => {
    const repo = repoAccess(ctx);
    const [baseRef = "", headRef = ""] = (ctx.params.basehead ?? "").split("...");
    const base = await resolveCommitOr404(repo, baseRef);
    const head = await resolveCommitOr404(repo, headRef);
    const mb = (await mergeBase(repo.dir, base, head)) ?? base;
    const ahead = await revList(repo.dir, `${base}..${head}`);
    const behind = await revList(repo.dir, `${head}..${base}`);
    const status = ahead.length && behind.length ? "diverged" : ahead.length ? "ahead" : behind.length ? "behind" : "identical";
    const load = async (sha: string) => {
      const c = await readCommit(repo.dir, sha);
      if (!c) throw notFound();
      return restCommit(ctx.sim, repo, c);
    };
    const u = `${ctx.sim.base}/${repo.owner}/${repo.name}/compare/${baseRef}...${headRef}`;
    const files = (await diffFiles(repo.dir, mb, head)).map((f) => ({
      sha: null,
      filename: f.filename,
      status: f.status,
      additions: f.additions,
      deletions: f.deletions,
      changes: f.additions + f.deletions,
      blob_url: `${ctx.sim.base}/${repo.owner}/${repo.name}/blob/${head}/${f.filename}`,
      raw_url: `${ctx.sim.base}/_sim/raw/${repo.owner}/${repo.name}/${head}/${f.filename}`,
      contents_url: `${ctx.sim.base}/repos/${repo.owner}/${repo.name}/contents/${f.filename}?ref=${head}`,
    }));
    return {
      status: 200,
      body: {
        url: `${ctx.sim.base}/repos/${repo.owner}/${repo.name}/compare/${baseRef}...${headRef}`,
        html_url: u,
        permalink_url: `${ctx.sim.base}/${repo.owner}/${repo.name}/compare/${base.slice(0, 7)}...${head.slice(0, 7)}`,
        diff_url: `${u}.diff`,
        patch_url: `${u}.patch`,
        base_commit: await load(base),
        merge_base_commit: await load(mb),
        status,
        ahead_by: ahead.length,
        behind_by: behind.length,
        total_commits: ahead.length,
        commits: await Promise.all(ahead.slice(0, 250).map(load)),
        files,
      },
    };
  }),
];

async function resolveCommitOr404(repo: Repo, ref: string): Promise<string> {
  const sha = (await resolveCommit(repo.dir, `refs/heads/${ref}`)) ?? (await resolveCommit(repo.dir, `refs/tags/${ref}`)) ?? (await resolveCommit(repo.dir, ref));
  if (!sha) throw new HttpError(404, `No commit found for the ref ${ref}`);
  return sha;
}
