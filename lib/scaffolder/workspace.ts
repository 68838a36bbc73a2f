import "server-only";
// A task's working directory on disk: fetch actions write into it, publish actions read it.
// It lives under the data directory so a retry (or a restarted server) finds it again.
import fs from "node:fs/promises";
import path from "node:path";
import { dataDir } from "../db/url";

export function taskWorkspace(taskId: string): string {
  return path.join(dataDir(), "scaffolder", "tasks", taskId.replace(/[^A-Za-z0-9_-]/g, ""));
}

/** A path inside `root`, or an error naming the path that tries to leave it. */
export function resolveInside(root: string, relative: string, what = "path"): string {
  const target = path.resolve(root, relative);
  if (target !== root && !target.startsWith(root + path.sep)) throw new Error(`${what} '${relative}' points outside the workspace`);
  return target;
}

/** Every file under `root`, as sorted POSIX paths relative to it (.git excluded). */
export async function listWorkspaceFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(dir: string) {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
      throw error;
    }
    for (const e of entries) {
      if (e.name === ".git") continue;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile()) out.push(path.relative(root, full).split(path.sep).join("/"));
    }
  }
  await walk(root);
  return out.sort();
}

export type WorkspaceFile = { path: string; content: Buffer; executable: boolean };

export async function readWorkspaceFiles(root: string): Promise<WorkspaceFile[]> {
  const files = await listWorkspaceFiles(root);
  return Promise.all(
    files.map(async (p) => {
      const full = path.join(root, p);
      const [content, stat] = await Promise.all([fs.readFile(full), fs.stat(full)]);
      return { path: p, content, executable: (stat.mode & 0o111) !== 0 };
    }),
  );
}

export function isBinary(content: Buffer): boolean {
  return content.subarray(0, 8000).includes(0);
}
