import "server-only";
// Files: read one, or write several as a single commit through the git data API (blobs, a
// tree on top of the branch's tree, a commit, then move the ref), so a scaffolded service or a
// catalog change lands atomically instead of as one commit per file.
import { AppError } from "../../errors";
import { call, label, type Ctx, type RepoRef } from "./call";

export type RepoFile = { path: string; sha: string; content: string };

export function readFile({ octokit }: Ctx, ref: RepoRef & { path: string; ref?: string }): Promise<RepoFile> {
  return call(`file ${ref.path} in ${label(ref)}`, async () => {
    const { data } = await octokit.rest.repos.getContent({ owner: ref.owner, repo: ref.repo, path: ref.path, ...(ref.ref && { ref: ref.ref }) });
    if (Array.isArray(data) || data.type !== "file") throw new Error(`${ref.path} is not a file`);
    const content = "content" in data && data.content ? Buffer.from(data.content, "base64").toString("utf8") : "";
    return { path: data.path, sha: data.sha, content };
  });
}

/** Every file path at a commit (its git tree, recursively); `truncated` when GitHub cut the list short (over 100k entries). */
export function listFiles({ octokit }: Ctx, ref: RepoRef & { ref: string }): Promise<{ paths: string[]; truncated: boolean }> {
  return call(`the file list of ${label(ref)} at ${ref.ref}`, async () => {
    const { data } = await octokit.rest.git.getTree({ owner: ref.owner, repo: ref.repo, tree_sha: ref.ref, recursive: "1" });
    return { paths: data.tree.filter((e) => e.type === "blob" && e.path).map((e) => e.path!), truncated: data.truncated };
  });
}

/** The commit a branch, tag or full sha names: what the catalog records as an entity's source commit. */
export function resolveCommit({ octokit }: Ctx, ref: RepoRef & { ref: string }): Promise<string> {
  return call(`ref ${ref.ref} of ${label(ref)}`, async () => {
    if (/^[0-9a-f]{40}$/i.test(ref.ref)) return ref.ref.toLowerCase();
    for (const kind of ["heads", "tags"]) {
      try {
        const { data } = await octokit.rest.git.getRef({ owner: ref.owner, repo: ref.repo, ref: `${kind}/${ref.ref}` });
        return data.object.sha;
      } catch (error) {
        if ((error as { status?: number }).status !== 404) throw error;
      }
    }
    throw AppError.notFound(`branch or tag '${ref.ref}' in ${label(ref)}`);
  });
}

export type PushFilesInput = { branch: string; message: string; files: { path: string; content: string | Buffer; executable?: boolean }[] };

export function pushFiles({ octokit }: Ctx, ref: RepoRef, input: PushFilesInput): Promise<{ sha: string }> {
  const { owner, repo } = ref;
  return call(`a commit to ${input.branch} of ${label(ref)}`, async () => {
    const head = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${input.branch}` });
    const parent = await octokit.rest.git.getCommit({ owner, repo, commit_sha: head.data.object.sha });
    // Text goes inline in the tree (one request for a whole project: the throttling plugin
    // spaces writes a second apart); only binary files need a blob each.
    const tree = await Promise.all(
      input.files.map(async (f) => {
        const mode = f.executable ? ("100755" as const) : ("100644" as const);
        const bytes = Buffer.from(f.content);
        const text = bytes.toString("utf8");
        if (!bytes.includes(0) && Buffer.from(text).equals(bytes)) return { path: f.path, mode, type: "blob" as const, content: text };
        const blob = await octokit.rest.git.createBlob({ owner, repo, content: bytes.toString("base64"), encoding: "base64" });
        return { path: f.path, mode, type: "blob" as const, sha: blob.data.sha };
      }),
    );
    const newTree = await octokit.rest.git.createTree({ owner, repo, base_tree: parent.data.tree.sha, tree });
    const commit = await octokit.rest.git.createCommit({ owner, repo, message: input.message, tree: newTree.data.sha, parents: [parent.data.sha] });
    await octokit.rest.git.updateRef({ owner, repo, ref: `heads/${input.branch}`, sha: commit.data.sha });
    return { sha: commit.data.sha };
  });
}

/** Every file under a folder at a commit (the scaffolder reads a template's skeleton this way). */
export function readDirectory({ octokit }: Ctx, ref: RepoRef & { commit: string; path: string }): Promise<{ path: string; content: Buffer }[]> {
  const { owner, repo } = ref;
  const dir = ref.path.replace(/^\/+|\/+$/g, "");
  return call(`folder ${dir || "/"} in ${label(ref)}`, async () => {
    const { data } = await octokit.rest.git.getTree({ owner, repo, tree_sha: ref.commit, recursive: "1" });
    const prefix = dir ? `${dir}/` : "";
    const blobs = data.tree.filter((e) => e.type === "blob" && e.path && e.sha && e.path.startsWith(prefix));
    return Promise.all(
      blobs.map(async (e) => {
        const blob = await octokit.rest.git.getBlob({ owner, repo, file_sha: e.sha! });
        return { path: e.path!.slice(prefix.length), content: Buffer.from(blob.data.content, blob.data.encoding === "base64" ? "base64" : "utf8") };
      }),
    );
  });
}

/** A new branch at a commit (publishing to a default branch other than the one GitHub created). */
export function createBranch({ octokit }: Ctx, ref: RepoRef, branch: string, sha: string): Promise<void> {
  return call(`branch ${branch} of ${label(ref)}`, async () => {
    await octokit.rest.git.createRef({ ...ref, ref: `refs/heads/${branch}`, sha });
  });
}
