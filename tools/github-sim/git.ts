// Real bare git repositories driven through git's plumbing, so the REST git-data API, the
// contents API and `git clone` over smart HTTP all see the same objects.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

export type GitIdentity = { name: string; email: string; date?: Date };
export type TreeEntry = { mode: string; type: "blob" | "tree" | "commit"; sha: string; size: number | null; name: string };
export type CommitInfo = { sha: string; tree: string; parents: string[]; author: GitIdentity & { date: Date }; committer: GitIdentity & { date: Date }; message: string };

export class GitError extends Error {
  constructor(message: string, readonly code: number | null) {
    super(message);
  }
}

// Git must never read the developer's config or prompt for anything.
const baseEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: "1", HOME: os.tmpdir(), GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" };

export function git(dir: string, args: string[], opts: { input?: Buffer | string; env?: Record<string, string> } = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", args, { cwd: dir, env: { ...baseEnv, ...opts.env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => out.push(c));
    child.stderr.on("data", (c: Buffer) => err.push(c));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else reject(new GitError(`git ${args.join(" ")}: ${Buffer.concat(err).toString().trim()}`, code));
    });
    // Commands that ignore stdin may exit before we finish writing it.
    child.stdin.on("error", () => undefined);
    child.stdin.end(opts.input ?? "");
  });
}

const text = async (dir: string, args: string[], opts?: Parameters<typeof git>[2]) => (await git(dir, args, opts)).toString().trim();

export async function initBare(dir: string, defaultBranch: string): Promise<void> {
  await git(path.dirname(dir), ["init", "--quiet", "--bare", `--initial-branch=${defaultBranch}`, dir]);
  // Pushes over smart HTTP are refused unless receive-pack is enabled per repository.
  await git(dir, ["config", "http.receivepack", "true"]);
}

export async function resolveCommit(dir: string, ref: string): Promise<string | null> {
  try {
    return await text(dir, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  } catch {
    return null;
  }
}

export async function resolveObject(dir: string, spec: string): Promise<{ sha: string; type: string } | null> {
  try {
    const sha = await text(dir, ["rev-parse", "--verify", "--quiet", spec]);
    return { sha, type: await text(dir, ["cat-file", "-t", sha]) };
  } catch {
    return null;
  }
}

export const readBlob = (dir: string, sha: string) => git(dir, ["cat-file", "blob", sha]);
export const hashBlob = async (dir: string, content: Buffer) => text(dir, ["hash-object", "-w", "--stdin"], { input: content });

export async function listTree(dir: string, treeish: string): Promise<TreeEntry[]> {
  const out = await text(dir, ["ls-tree", "-l", "-z", treeish]);
  return out
    .split("\0")
    .filter(Boolean)
    .map((line) => {
      const [meta = "", name = ""] = line.split("\t");
      const [mode = "", type = "blob", sha = "", size = "-"] = meta.split(/\s+/);
      return { mode, type: type as TreeEntry["type"], sha, size: size === "-" ? null : Number(size), name };
    });
}

export type TreeChange = { path: string; mode?: string; sha: string | null } | { path: string; mode?: string; content: Buffer };

// Builds a tree from a base tree plus changes through a throwaway index: nested paths need no
// hand-rolled mktree recursion, and deletions are one flag.
export async function buildTree(dir: string, baseTree: string | null, changes: TreeChange[]): Promise<string> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), "ghsim-index-"));
  const env = { GIT_INDEX_FILE: path.join(tmp, "index") };
  try {
    if (baseTree) await git(dir, ["read-tree", baseTree], { env });
    else await git(dir, ["read-tree", "--empty"], { env });
    // Blobs are hashed in parallel, then the whole change set goes through one update-index.
    const lines = await Promise.all(
      changes.map(async (change) => {
        const sha = "content" in change ? await hashBlob(dir, change.content) : change.sha;
        if (sha === null) return `0 ${"0".repeat(40)}\t${change.path}`;
        if (change.mode === "040000") return null;
        return `${change.mode ?? "100644"} ${sha}\t${change.path}`;
      }),
    );
    const entries = lines.filter((l): l is string => l !== null);
    if (entries.length) await git(dir, ["update-index", "--add", "--remove", "--index-info"], { env, input: entries.join("\n") + "\n" });
    for (const change of changes)
      if (change.mode === "040000" && "sha" in change && change.sha) await git(dir, ["read-tree", `--prefix=${change.path}/`, change.sha], { env });
    return await text(dir, ["write-tree"], { env });
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

const identityEnv = (role: "AUTHOR" | "COMMITTER", who: GitIdentity): Record<string, string> => ({
  [`GIT_${role}_NAME`]: who.name,
  [`GIT_${role}_EMAIL`]: who.email,
  [`GIT_${role}_DATE`]: `${Math.floor((who.date ?? new Date()).getTime() / 1000)} +0000`,
});

export async function commitTree(dir: string, tree: string, parents: string[], message: string, author: GitIdentity, committer = author): Promise<string> {
  const args = ["commit-tree", tree, ...parents.flatMap((p) => ["-p", p]), "-F", "-"];
  return text(dir, args, { input: message, env: { ...identityEnv("AUTHOR", author), ...identityEnv("COMMITTER", committer) } });
}

export async function updateRef(dir: string, ref: string, sha: string | null, oldSha?: string): Promise<void> {
  if (sha === null) await git(dir, ["update-ref", "-d", ref]);
  else await git(dir, ["update-ref", ref, sha, ...(oldSha ? [oldSha] : [])]);
}

export async function listRefs(dir: string, prefix = "refs/"): Promise<{ ref: string; sha: string; type: string }[]> {
  const out = await text(dir, ["for-each-ref", "--format=%(refname) %(objectname) %(objecttype)", prefix]);
  return out
    .split("\n")
    .filter(Boolean)
    .map((l) => {
      const [ref = "", sha = "", type = ""] = l.split(" ");
      return { ref, sha, type };
    });
}

// Commits files on top of a branch (creating it if needed): what a push or the contents API does.
export async function commitFiles(dir: string, branch: string, files: Record<string, string | Buffer | null>, message: string, author: GitIdentity): Promise<{ sha: string; parent: string | null }> {
  const parent = await resolveCommit(dir, `refs/heads/${branch}`);
  const changes: TreeChange[] = Object.entries(files).map(([p, c]) => (c === null ? { path: p, sha: null } : { path: p, content: Buffer.isBuffer(c) ? c : Buffer.from(c) }));
  const tree = await buildTree(dir, parent ? `${parent}^{tree}` : null, changes);
  const sha = await commitTree(dir, tree, parent ? [parent] : [], message, author);
  await updateRef(dir, `refs/heads/${branch}`, sha, parent ?? undefined);
  return { sha, parent };
}

const parseIdent = (line: string) => {
  const m = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(line);
  return m ? { name: m[1] ?? "", email: m[2] ?? "", date: new Date(Number(m[3]) * 1000) } : { name: "", email: "", date: new Date(0) };
};

export async function readCommit(dir: string, sha: string): Promise<CommitInfo | null> {
  const obj = await resolveObject(dir, sha);
  if (!obj || obj.type !== "commit") return null;
  const raw = (await git(dir, ["cat-file", "commit", obj.sha])).toString();
  const split = raw.indexOf("\n\n");
  const headers = raw.slice(0, split).split("\n");
  const info: CommitInfo = { sha: obj.sha, tree: "", parents: [], author: parseIdent(""), committer: parseIdent(""), message: raw.slice(split + 2) };
  for (const h of headers) {
    const [key, ...rest] = h.split(" ");
    const value = rest.join(" ");
    if (key === "tree") info.tree = value;
    else if (key === "parent") info.parents.push(value);
    else if (key === "author") info.author = parseIdent(value);
    else if (key === "committer") info.committer = parseIdent(value);
  }
  return info;
}

export async function revList(dir: string, range: string): Promise<string[]> {
  const out = await text(dir, ["rev-list", "--reverse", range]);
  return out ? out.split("\n") : [];
}

export async function mergeBase(dir: string, a: string, b: string): Promise<string | null> {
  try {
    return await text(dir, ["merge-base", a, b]);
  } catch {
    return null;
  }
}

export async function isAncestor(dir: string, ancestor: string, descendant: string): Promise<boolean> {
  try {
    await git(dir, ["merge-base", "--is-ancestor", ancestor, descendant]);
    return true;
  } catch {
    return false;
  }
}

export async function diffFiles(dir: string, base: string, head: string): Promise<{ filename: string; status: string; additions: number; deletions: number }[]> {
  const numstat = await text(dir, ["diff", "--numstat", "--no-renames", base, head]);
  const names = await text(dir, ["diff", "--name-status", "--no-renames", base, head]);
  const statusOf = new Map(names.split("\n").filter(Boolean).map((l) => [l.slice(2), l[0]]));
  const word: Record<string, string> = { A: "added", D: "removed", M: "modified" };
  return numstat
    .split("\n")
    .filter(Boolean)
    .map((l) => {
      const [add = "0", del = "0", filename = ""] = l.split("\t");
      return { filename, status: word[statusOf.get(filename) ?? "M"] ?? "modified", additions: Number(add) || 0, deletions: Number(del) || 0 };
    });
}

export async function makeTag(dir: string, tag: string, object: string, type: string, message: string, tagger: GitIdentity): Promise<string> {
  const ts = `${Math.floor((tagger.date ?? new Date()).getTime() / 1000)} +0000`;
  const body = `object ${object}\ntype ${type}\ntag ${tag}\ntagger ${tagger.name} <${tagger.email}> ${ts}\n\n${message}`;
  return text(dir, ["mktag"], { input: body });
}

// A template copy: fetch the template's objects, then one parentless commit of its tree, like
// GitHub's "generate" (history is not carried over).
export async function copyAsNewRoot(dir: string, templateDir: string, branch: string, message: string, author: GitIdentity): Promise<string | null> {
  await git(dir, ["fetch", "--quiet", templateDir, `+refs/heads/${branch}:refs/sim/template`]).catch(() => undefined);
  const tree = await resolveObject(dir, "refs/sim/template^{tree}");
  if (!tree) return null;
  const sha = await commitTree(dir, tree.sha, [], message, author);
  await updateRef(dir, `refs/heads/${branch}`, sha);
  await updateRef(dir, "refs/sim/template", null);
  return sha;
}
