// What a "github-discovery" location stores in its spec, and which repositories it reads. Shared
// by the API schema, the form and the sync, so it imports nothing server-only.
import { z } from "zod";

const path = z
  .string()
  .trim()
  .min(1)
  .max(300)
  .refine((p) => !p.startsWith("/") && !p.split("/").includes(".."), "a path inside the repository, without a leading / or ..");

export const discoverySpecSchema = z.object({
  integrationId: z.string().min(1).optional().describe("the GitHub connection to read through (default: the first one)"),
  // One path or glob, or several separated by commas, read from each repository's default
  // branch: "catalog-info.yaml", "services/*/catalog-info.yaml", "**/catalog-info.yaml".
  pathGlob: z
    .union([z.string(), z.array(z.string())])
    .default("catalog-info.yaml")
    .transform((v) => (Array.isArray(v) ? v : v.split(",")).map((p) => p.trim()).filter(Boolean))
    .pipe(z.array(path).min(1, "give at least one path").max(10, "at most 10 paths"))
    .describe("catalog file paths or globs (** matches any folders) in each repository, comma-separated; default catalog-info.yaml"),
  namePattern: z
    .string()
    .trim()
    .max(200)
    .optional()
    .refine((p) => !p || compileNamePattern(p) !== null, "not a valid pattern: use a glob (payments-*) or a regular expression between slashes (/^svc-/)")
    .describe("repository names to include: a glob (payments-*) or /regex/"),
  topic: z.string().trim().max(50).optional().describe("only repositories with this topic"),
  visibility: z.enum(["all", "public", "private"]).default("all"),
  includeArchived: z.boolean().default(false),
});
export type DiscoverySpec = z.output<typeof discoverySpecSchema>;

/** A glob (`*`, `?`) or a `/regex/flags`, matched against the whole repository name, case-insensitively for globs. */
export function compileNamePattern(pattern: string): RegExp | null {
  const regex = /^\/(.+)\/([a-z]*)$/.exec(pattern);
  try {
    if (regex) return new RegExp(regex[1]!, regex[2]);
    const escaped = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
    return new RegExp(`^${escaped}$`, "i");
  } catch {
    return null;
  }
}

export type RepoFacts = { name: string; isPrivate: boolean; isArchived: boolean; topics: string[] };

export function repoMatches(spec: DiscoverySpec, repo: RepoFacts): boolean {
  if (repo.isArchived && !spec.includeArchived) return false;
  if (spec.visibility === "public" && repo.isPrivate) return false;
  if (spec.visibility === "private" && !repo.isPrivate) return false;
  if (spec.topic && !repo.topics.map((t) => t.toLowerCase()).includes(spec.topic.toLowerCase())) return false;
  if (spec.namePattern && !compileNamePattern(spec.namePattern)?.test(repo.name)) return false;
  return true;
}
