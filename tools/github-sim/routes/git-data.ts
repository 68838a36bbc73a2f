// The git data API (refs, blobs, trees, commits, tags) on the real repository via plumbing.
import { repoAccess, viewerLogin } from "../access.ts";
import { buildTree, commitTree, git, hashBlob, isAncestor, listRefs, listTree, makeTag, readBlob, readCommit, resolveObject, updateRef, type TreeChange } from "../git.ts";
import { HttpError, iso, nodeId, route, str, validationFailed, type Ctx, type Route } from "../http.ts";
import { announceRefUpdate, identityOf, ZERO_SHA } from "../push.ts";
import { gitCommit, gitRef } from "../serialize-git.ts";
import type { Repo } from "../state.ts";

const REFS_DOCS = "https://docs.github.com/rest/git/refs";

async function refJson(ctx: Ctx, repo: Repo, ref: string) {
  const found = (await listRefs(repo.dir, ref)).find((r) => r.ref === ref);
  return found ? gitRef(ctx.sim, repo, found.ref, found.sha, found.type) : null;
}

async function listMatching(ctx: Ctx, repo: Repo, prefix: string) {
  const refs = (await listRefs(repo.dir)).filter((r) => r.ref.startsWith(`refs/${prefix}`) && !r.ref.startsWith("refs/sim/"));
  return refs.map((r) => gitRef(ctx.sim, repo, r.ref, r.sha, r.type));
}

function identity(ctx: Ctx, raw: unknown) {
  const p = raw as { name?: string; email?: string; date?: string } | undefined;
  const fallback = identityOf(ctx.sim, viewerLogin(ctx));
  return { name: p?.name ?? fallback.name, email: p?.email ?? fallback.email, date: p?.date ? new Date(p.date) : new Date() };
}

async function setRef(ctx: Ctx, repo: Repo, ref: string, sha: string, old: string | null) {
  await updateRef(repo.dir, ref, sha);
  await announceRefUpdate(ctx.sim, repo, ref, old ?? ZERO_SHA, sha, viewerLogin(ctx));
}

export const gitDataRoutes: Route[] = [
  // GET /repos/{owner}/{repo}/git/matching-refs/{ref}
  route("GET", "/repos/{owner}/{repo}/git/matching-refs/{ref+}", async (ctx) => ({ status: 200, body: await listMatching(ctx, repoAccess(ctx), ctx.params.ref ?? "") })),

  // GET /repos/{owner}/{repo}/git/refs[/{prefix}] - legacy listing: exact ref as object, else matches
  route("GET", "/repos/{owner}/{repo}/git/refs/{ref+}", async (ctx) => {
    const repo = repoAccess(ctx);
    const prefix = (ctx.params.ref ?? "").replace(/\/$/, "");
    const exact = prefix ? await refJson(ctx, repo, `refs/${prefix}`) : null;
    if (exact) return { status: 200, body: exact };
    const list = await listMatching(ctx, repo, prefix);
    if (!list.length) throw new HttpError(404, "Not Found", { documentation_url: REFS_DOCS });
    return { status: 200, body: list };
  }),
  route("GET", "/repos/{owner}/{repo}/git/refs", async (ctx) => ({ status: 200, body: await listMatching(ctx, repoAccess(ctx), "") })),

  // GET /repos/{owner}/{repo}/git/ref/{ref}
  route("GET", "/repos/{owner}/{repo}/git/ref/{ref+}", async (ctx) => {
    const body = await refJson(ctx, repoAccess(ctx), `refs/${ctx.params.ref}`);
    if (!body) throw new HttpError(404, "Not Found", { documentation_url: REFS_DOCS });
    return { status: 200, body };
  }),

  // POST /repos/{owner}/{repo}/git/refs
  route("POST", "/repos/{owner}/{repo}/git/refs", async (ctx) => {
    const repo = repoAccess(ctx, "write");
    const ref = str(ctx.body.ref) ?? "";
    const sha = str(ctx.body.sha) ?? "";
    if (!/^refs\/[^/]+\/.+/.test(ref)) throw validationFailed([], "Reference name must start with 'refs/' and have at least two slashes.");
    const obj = await resolveObject(repo.dir, sha);
    if (!obj || obj.sha !== sha) throw validationFailed([], "Object does not exist");
    if (await refJson(ctx, repo, ref)) throw validationFailed([], "Reference already exists");
    await setRef(ctx, repo, ref, sha, null);
    return { status: 201, body: await refJson(ctx, repo, ref), headers: { location: `${ctx.sim.base}/repos/${repo.owner}/${repo.name}/git/${ref}` } };
  }),

  // PATCH /repos/{owner}/{repo}/git/refs/{ref} - fast-forward only unless force
  route("PATCH", "/repos/{owner}/{repo}/git/refs/{ref+}", async (ctx) => {
    const repo = repoAccess(ctx, "write");
    const ref = `refs/${ctx.params.ref}`;
    const current = (await listRefs(repo.dir, ref)).find((r) => r.ref === ref);
    if (!current) throw validationFailed([], "Reference does not exist");
    const sha = str(ctx.body.sha) ?? "";
    const obj = await resolveObject(repo.dir, sha);
    if (!obj || obj.sha !== sha) throw validationFailed([], "Object does not exist");
    if (ctx.body.force !== true && !(await isAncestor(repo.dir, current.sha, sha))) throw validationFailed([], "Update is not a fast forward");
    await setRef(ctx, repo, ref, sha, current.sha);
    return { status: 200, body: await refJson(ctx, repo, ref) };
  }),

  // DELETE /repos/{owner}/{repo}/git/refs/{ref}
  route("DELETE", "/repos/{owner}/{repo}/git/refs/{ref+}", async (ctx) => {
    const repo = repoAccess(ctx, "write");
    const ref = `refs/${ctx.params.ref}`;
    const current = (await listRefs(repo.dir, ref)).find((r) => r.ref === ref);
    if (!current) throw validationFailed([], "Reference does not exist");
    await updateRef(repo.dir, ref, null);
    await announceRefUpdate(ctx.sim, repo, ref, current.sha, ZERO_SHA, viewerLogin(ctx));
    return { status: 204 };
  }),

  // POST /repos/{owner}/{repo}/git/blobs
  route("POST", "/repos/{owner}/{repo}/git/blobs", async (ctx) => {
    const repo = repoAccess(ctx, "write");
    const content = str(ctx.body.content);
    if (content === undefined) throw validationFailed([{ resource: "Blob", field: "content", code: "missing_field" }]);
    const sha = await hashBlob(repo.dir, Buffer.from(content, ctx.body.encoding === "base64" ? "base64" : "utf8"));
    return { status: 201, body: { url: `${ctx.sim.base}/repos/${repo.owner}/${repo.name}/git/blobs/${sha}`, sha } };
  }),

  // GET /repos/{owner}/{repo}/git/blobs/{sha}
  route("GET", "/repos/{owner}/{repo}/git/blobs/{sha}", async (ctx) => {
    const repo = repoAccess(ctx);
    const obj = await resolveObject(repo.dir, ctx.params.sha ?? "");
    if (obj?.type !== "blob") throw new HttpError(404, "Not Found");
    const content = await readBlob(repo.dir, obj.sha);
    return { status: 200, body: { sha: obj.sha, node_id: nodeId("Blob", obj.sha), size: content.length, url: `${ctx.sim.base}/repos/${repo.owner}/${repo.name}/git/blobs/${obj.sha}`, content: content.toString("base64"), encoding: "base64" } };
  }),

  // POST /repos/{owner}/{repo}/git/trees
  route("POST", "/repos/{owner}/{repo}/git/trees", async (ctx) => {
    const repo = repoAccess(ctx, "write");
    const items = Array.isArray(ctx.body.tree) ? (ctx.body.tree as Record<string, unknown>[]) : null;
    if (!items) throw validationFailed([{ resource: "Tree", field: "tree", code: "missing_field" }]);
    const baseTree = str(ctx.body.base_tree) ?? null;
    if (baseTree && (await resolveObject(repo.dir, `${baseTree}^{tree}`)) === null) throw validationFailed([], "base_tree is not a valid tree oid");
    const changes: TreeChange[] = items.map((i) => {
      const path = str(i.path) ?? "";
      const mode = str(i.mode) ?? "100644";
      if (typeof i.content === "string") return { path, mode, content: Buffer.from(i.content) };
      return { path, mode, sha: typeof i.sha === "string" ? i.sha : null };
    });
    const sha = await buildTree(repo.dir, baseTree ? `${baseTree}^{tree}` : null, changes).catch((e: Error) => {
      throw validationFailed([], `GitRPC::BadObjectState: ${e.message}`);
    });
    return { status: 201, body: await treeJson(ctx, repo, sha, false) };
  }),

  // GET /repos/{owner}/{repo}/git/trees/{sha}?recursive=1
  route("GET", "/repos/{owner}/{repo}/git/trees/{sha+}", async (ctx) => {
    const repo = repoAccess(ctx);
    const obj = await resolveObject(repo.dir, `${ctx.params.sha}^{tree}`);
    if (!obj) throw new HttpError(404, "Not Found");
    return { status: 200, body: await treeJson(ctx, repo, obj.sha, Boolean(ctx.query.get("recursive"))) };
  }),

  // POST /repos/{owner}/{repo}/git/commits
  route("POST", "/repos/{owner}/{repo}/git/commits", async (ctx) => {
    const repo = repoAccess(ctx, "write");
    const tree = str(ctx.body.tree) ?? "";
    const parents = Array.isArray(ctx.body.parents) ? (ctx.body.parents as string[]) : [];
    if ((await resolveObject(repo.dir, tree))?.type !== "tree") throw validationFailed([], "Tree SHA does not exist");
    for (const p of parents) if ((await resolveObject(repo.dir, p))?.type !== "commit") throw validationFailed([], "Parent SHA does not exist or is not a commit object");
    const author = identity(ctx, ctx.body.author);
    const sha = await commitTree(repo.dir, tree, parents, str(ctx.body.message) ?? "", author, ctx.body.committer ? identity(ctx, ctx.body.committer) : author);
    const info = await readCommit(repo.dir, sha);
    return { status: 201, body: info && gitCommit(ctx.sim, repo, info) };
  }),

  // GET /repos/{owner}/{repo}/git/commits/{commit_sha}
  route("GET", "/repos/{owner}/{repo}/git/commits/{sha}", async (ctx) => {
    const repo = repoAccess(ctx);
    const info = await readCommit(repo.dir, ctx.params.sha ?? "");
    if (!info) throw new HttpError(404, "Not Found");
    return { status: 200, body: gitCommit(ctx.sim, repo, info) };
  }),

  // POST /repos/{owner}/{repo}/git/tags - an annotated tag object (the ref is created separately)
  route("POST", "/repos/{owner}/{repo}/git/tags", async (ctx) => {
    const repo = repoAccess(ctx, "write");
    const object = await resolveObject(repo.dir, str(ctx.body.object) ?? "");
    if (!object) throw validationFailed([], "Object does not exist");
    const tag = str(ctx.body.tag) ?? "";
    const message = str(ctx.body.message) ?? "";
    const tagger = identity(ctx, ctx.body.tagger);
    const sha = await makeTag(repo.dir, tag, object.sha, object.type, message.endsWith("\n") ? message : `${message}\n`, tagger);
    const u = `${ctx.sim.base}/repos/${repo.owner}/${repo.name}/git`;
    return {
      status: 201,
      body: {
        node_id: nodeId("Tag", sha),
        tag,
        sha,
        url: `${u}/tags/${sha}`,
        message,
        tagger: { name: tagger.name, email: tagger.email, date: iso(tagger.date) },
        object: { type: object.type, sha: object.sha, url: `${u}/${object.type}s/${object.sha}` },
        verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null },
      },
    };
  }),
];

async function treeJson(ctx: Ctx, repo: Repo, sha: string, recursive: boolean) {
  const u = `${ctx.sim.base}/repos/${repo.owner}/${repo.name}/git`;
  const entries = recursive
    ? (await git(repo.dir, ["ls-tree", "-r", "-t", "-l", "-z", sha])).toString().split("\0").filter(Boolean).map((line) => {
        const [meta = "", name = ""] = line.split("\t");
        const [mode = "", type = "", s = "", size = "-"] = meta.split(/\s+/);
        return { mode, type, sha: s, size: size === "-" ? null : Number(size), name };
      })
    : await listTree(repo.dir, sha);
  return {
    sha,
    url: `${u}/trees/${sha}`,
    tree: entries.map((e) => ({ path: e.name, mode: e.mode, type: e.type, sha: e.sha, ...(e.size === null ? {} : { size: e.size }), url: `${u}/${e.type}s/${e.sha}` })),
    truncated: false,
  };
}
