import "server-only";
// Where a template's own files are, so `fetch:template` with `url: ./skeleton` can read them:
// a folder on disk (the built-in templates), a folder of a GitHub repository at the commit the
// template was read from, or nothing (a template uploaded as YAML has no files beside it).
import fs from "node:fs/promises";
import path from "node:path";
import { AppError } from "../errors";
import type { Github } from "../integrations/github/facade";
import { githubFor } from "../integrations/github/connect";

export type SourceFile = { path: string; content: Buffer; executable: boolean };

export type TemplateSource = {
  /** Shown in logs: where the files come from. */
  label: string;
  /** The files under a folder relative to the template's own folder (or an absolute URL the source understands). */
  readFolder: (url: string) => Promise<SourceFile[]>;
};

function relativeFolder(base: string, url: string): string {
  if (/^[a-z]+:\/\//i.test(url)) throw new AppError("validation", `'${url}' is a URL; templates here read folders relative to the template (e.g. ./skeleton)`);
  const joined = path.posix.normalize(path.posix.join(base, url));
  if (joined === ".." || joined.startsWith("../") || path.posix.isAbsolute(joined)) throw new AppError("validation", `'${url}' points outside the template's repository`);
  return joined === "." ? "" : joined;
}

export function folderSource(root: string): TemplateSource {
  return {
    label: root,
    async readFolder(url) {
      const rel = relativeFolder("", url);
      const dir = path.join(root, rel);
      const files: SourceFile[] = [];
      async function walk(d: string) {
        for (const e of await fs.readdir(d, { withFileTypes: true })) {
          const full = path.join(d, e.name);
          if (e.isDirectory()) await walk(full);
          else if (e.isFile()) {
            const stat = await fs.stat(full);
            files.push({ path: path.relative(dir, full).split(path.sep).join("/"), content: await fs.readFile(full), executable: (stat.mode & 0o111) !== 0 });
          }
        }
      }
      try {
        await walk(dir);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new AppError("not_found", `the template has no folder '${url}'`);
        throw error;
      }
      return files.sort((a, b) => a.path.localeCompare(b.path));
    },
  };
}

export function githubSource(github: Github | (() => Promise<Github>), repo: { owner: string; repo: string; commit: string; dir: string }, webBase: string): TemplateSource {
  return {
    label: `${webBase}/${repo.owner}/${repo.repo}/tree/${repo.commit.slice(0, 7)}/${repo.dir}`,
    async readFolder(url) {
      const client = typeof github === "function" ? await github() : github;
      const folder = relativeFolder(repo.dir, url);
      const files = await client.readDirectory({ owner: repo.owner, repo: repo.repo, commit: repo.commit, path: folder });
      if (!files.length) throw new AppError("not_found", `the template has no folder '${url}' in ${repo.owner}/${repo.repo}`);
      return files.map((f) => ({ ...f, executable: false })).sort((a, b) => a.path.localeCompare(b.path));
    },
  };
}

export const noSource: TemplateSource = {
  label: "an uploaded template (no files beside it)",
  async readFolder(url) {
    throw new AppError("validation", `cannot read '${url}': this template was uploaded as YAML, so it has no files beside it; register it from a repository or ship it with the portal`);
  },
};

export function lazyGithubSource(integrationId: string, repo: { owner: string; repo: string; commit: string; dir: string }, webBase: string): TemplateSource {
  return githubSource(() => githubFor(integrationId), repo, webBase);
}
