import "server-only";
// The embedded git provider: bare repositories under <data dir>/git/<owner>/<name>.git,
// written with isomorphic-git (no git binary needed to publish) and served read-only over
// HTTP by app/git/[...path]/route.ts, so `git clone` works with no setup.
import fs from "node:fs";
import path from "node:path";
import git from "isomorphic-git";
import { dataDir } from "../../db/url";
import { AppError } from "../../errors";

const SEGMENT = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,99})$/;

export function gitRoot(): string {
  return path.join(dataDir(), "git");
}

/** Owner and name as a path segment each, or a validation error naming the rule. */
export function checkRepoName(owner: string, name: string) {
  for (const [field, value] of [["owner", owner], ["repo", name]] as const) {
    if (!SEGMENT.test(value) || value.includes("..") || value.endsWith(".git")) {
      throw new AppError("validation", `'${value}' is not a valid repository ${field}: letters, digits, . _ - (not starting with them, no '..', not ending in .git)`, [{ path: field, message: "letters, digits, . _ -" }]);
    }
  }
}

export function localRepoDir(owner: string, name: string): string {
  checkRepoName(owner, name);
  return path.join(gitRoot(), owner, `${name}.git`);
}

export function localRepoExists(owner: string, name: string): boolean {
  return fs.existsSync(path.join(localRepoDir(owner, name), "HEAD"));
}

type File = { path: string; content: Buffer; executable?: boolean };
type TreeNode = { files: Map<string, File>; dirs: Map<string, TreeNode> };

async function writeTree(gitdir: string, node: TreeNode): Promise<string> {
  const entries: { mode: string; path: string; oid: string; type: "blob" | "tree" }[] = [];
  for (const [name, child] of node.dirs) entries.push({ mode: "040000", path: name, oid: await writeTree(gitdir, child), type: "tree" });
  for (const [name, file] of node.files) {
    const oid = await git.writeBlob({ fs, gitdir, blob: new Uint8Array(file.content) });
    entries.push({ mode: file.executable ? "100755" : "100644", path: name, oid, type: "blob" });
  }
  return git.writeTree({ fs, gitdir, tree: entries });
}

export type Author = { name: string; email: string };

/** Write `files` as one commit on `branch` of a bare repository (a new root commit when the branch is new). */
export async function commitToBareRepo(gitdir: string, branch: string, files: File[], message: string, author: Author): Promise<string> {
  const root: TreeNode = { files: new Map(), dirs: new Map() };
  for (const f of files) {
    const parts = f.path.split("/");
    let node = root;
    for (const dir of parts.slice(0, -1)) node = node.dirs.get(dir) ?? node.dirs.set(dir, { files: new Map(), dirs: new Map() }).get(dir)!;
    node.files.set(parts.at(-1)!, f);
  }
  const tree = await writeTree(gitdir, root);
  const parent = await git.resolveRef({ fs, gitdir, ref: `refs/heads/${branch}` }).catch(() => null);
  const timestamp = Math.floor(Date.now() / 1000);
  const who = { ...author, timestamp, timezoneOffset: 0 };
  const oid = await git.writeCommit({ fs, gitdir, commit: { message: message.endsWith("\n") ? message : `${message}\n`, tree, parent: parent ? [parent] : [], author: who, committer: who } });
  await git.writeRef({ fs, gitdir, ref: `refs/heads/${branch}`, value: oid, force: true });
  return oid;
}

/** A new, empty bare repository whose HEAD names `branch`; a conflict if it exists. */
export async function createBareRepo(owner: string, name: string, branch: string, description: string): Promise<string> {
  const gitdir = localRepoDir(owner, name);
  if (localRepoExists(owner, name)) throw new AppError("conflict", `the repository ${owner}/${name} already exists in the portal's git server; choose another name`, [{ path: "repoUrl", message: "already exists" }]);
  await fs.promises.mkdir(gitdir, { recursive: true });
  await git.init({ fs, dir: gitdir, gitdir, bare: true, defaultBranch: branch });
  await fs.promises.writeFile(path.join(gitdir, "description"), `${description || `${owner}/${name}`}\n`);
  // git http-backend serves only repositories that say so (or with GIT_HTTP_EXPORT_ALL).
  await fs.promises.writeFile(path.join(gitdir, "git-daemon-export-ok"), "");
  return gitdir;
}

/** A file of a local repository at a commit or branch, or null when it is not there. */
export async function readLocalRepoFile(owner: string, name: string, ref: string, filepath: string): Promise<string | null> {
  const gitdir = localRepoDir(owner, name);
  try {
    const oid = /^[0-9a-f]{40}$/.test(ref) ? ref : await git.resolveRef({ fs, gitdir, ref: `refs/heads/${ref}` });
    const { blob } = await git.readBlob({ fs, gitdir, oid, filepath: filepath.replace(/^\/+/, "") });
    return Buffer.from(blob).toString("utf8");
  } catch {
    return null;
  }
}

export async function resolveLocalBranch(owner: string, name: string, branch: string): Promise<string | null> {
  return git.resolveRef({ fs, gitdir: localRepoDir(owner, name), ref: `refs/heads/${branch}` }).catch(() => null);
}

/** The clone URL a person uses: served by this portal under /git. */
export function cloneUrl(portalUrl: string, owner: string, name: string): string {
  return `${portalUrl.replace(/\/+$/, "")}/git/${owner}/${name}.git`;
}
