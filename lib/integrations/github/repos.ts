import "server-only";
// Repositories, teams and access: what the catalog, the scaffolder and team sync read and write.
import { call, label, type Ctx, type RepoRef } from "./call";

export type Repository = {
  id: number;
  owner: string;
  name: string;
  fullName: string;
  description: string | null;
  isPrivate: boolean;
  isArchived: boolean;
  defaultBranch: string;
  htmlUrl: string;
  topics: string[];
};

type RawRepo = {
  id: number;
  name: string;
  full_name: string;
  owner: { login: string };
  description: string | null;
  private: boolean;
  archived?: boolean;
  default_branch?: string;
  html_url: string;
  topics?: string[];
};

export const toRepository = (r: RawRepo): Repository => ({
  id: r.id,
  owner: r.owner.login,
  name: r.name,
  fullName: r.full_name,
  description: r.description,
  isPrivate: r.private,
  isArchived: r.archived ?? false,
  defaultBranch: r.default_branch ?? "main",
  htmlUrl: r.html_url,
  topics: r.topics ?? [],
});

/** Every repository of an organisation, all pages. */
export function listOrgRepos({ octokit }: Ctx, org: string, perPage = 100): Promise<Repository[]> {
  return call(`organisation '${org}'`, async () => (await octokit.paginate(octokit.rest.repos.listForOrg, { org, per_page: perPage })).map(toRepository));
}

export function getRepo({ octokit }: Ctx, ref: RepoRef): Promise<Repository> {
  return call(label(ref), async () => toRepository((await octokit.rest.repos.get(ref)).data));
}

export type CreateRepoInput = { org: string; name: string; description?: string; isPrivate?: boolean; visibility?: "public" | "private" | "internal"; template?: RepoRef };

/** A new repository in an organisation, empty (with a README commit) or from a template repository. */
export function createRepo({ octokit }: Ctx, input: CreateRepoInput): Promise<Repository> {
  const { org, name, description, template } = input;
  const isPrivate = input.visibility ? input.visibility !== "public" : (input.isPrivate ?? true);
  return call(`repository ${org}/${name}`, async () => {
    const { data } = template
      ? await octokit.rest.repos.createUsingTemplate({ template_owner: template.owner, template_repo: template.repo, owner: org, name, description, private: isPrivate })
      : await octokit.rest.repos.createInOrg({ org, name, description, private: isPrivate, // "internal" (Enterprise) is sent as is; Octokit's types lag behind.
        ...(input.visibility && { visibility: input.visibility as "private" }), auto_init: true });
    return toRepository(data as RawRepo);
  });
}

export type BranchProtection = { requiredChecks?: string[]; requiredApprovals?: number; enforceAdmins?: boolean };

export function setBranchProtection({ octokit }: Ctx, ref: RepoRef & { branch: string }, rules: BranchProtection) {
  return call(`branch ${ref.branch} of ${label(ref)}`, async () => {
    await octokit.rest.repos.updateBranchProtection({
      owner: ref.owner,
      repo: ref.repo,
      branch: ref.branch,
      required_status_checks: rules.requiredChecks ? { strict: true, contexts: rules.requiredChecks } : null,
      enforce_admins: rules.enforceAdmins ?? false,
      required_pull_request_reviews: rules.requiredApprovals ? { required_approving_review_count: rules.requiredApprovals } : null,
      restrictions: null,
    });
  });
}

export type TeamPermission = "pull" | "triage" | "push" | "maintain" | "admin";

export function setTeamAccess({ octokit }: Ctx, org: string, teamSlug: string, ref: RepoRef, permission: TeamPermission) {
  return call(`team '${teamSlug}' on ${label(ref)}`, async () => {
    await octokit.rest.teams.addOrUpdateRepoPermissionsInOrg({ org, team_slug: teamSlug, owner: ref.owner, repo: ref.repo, permission });
  });
}

export type GithubTeam = { id: number; slug: string; name: string; description: string | null; parentSlug: string | null };

export function listTeams({ octokit }: Ctx, org: string): Promise<GithubTeam[]> {
  return call(`teams of '${org}'`, async () =>
    (await octokit.paginate(octokit.rest.teams.list, { org, per_page: 100 })).map((t) => ({
      id: t.id,
      slug: t.slug,
      name: t.name,
      description: t.description,
      parentSlug: t.parent?.slug ?? null,
    })),
  );
}

export function listTeamMembers({ octokit }: Ctx, org: string, teamSlug: string): Promise<{ login: string; id: number }[]> {
  return call(`members of team '${teamSlug}'`, async () =>
    (await octokit.paginate(octokit.rest.teams.listMembersInOrg, { org, team_slug: teamSlug, per_page: 100 })).map((m) => ({ login: m.login, id: m.id })),
  );
}

/** Replace a repository's topics (GitHub keeps them lowercase). */
export function replaceTopics({ octokit }: Ctx, ref: RepoRef, topics: string[]): Promise<string[]> {
  return call(`topics of ${label(ref)}`, async () => (await octokit.rest.repos.replaceAllTopics({ ...ref, names: topics })).data.names);
}

export type RepoSettings = { defaultBranch?: string; description?: string; deleteBranchOnMerge?: boolean };

export function updateRepo({ octokit }: Ctx, ref: RepoRef, settings: RepoSettings): Promise<Repository> {
  return call(label(ref), async () =>
    toRepository(
      (
        await octokit.rest.repos.update({
          ...ref,
          ...(settings.defaultBranch && { default_branch: settings.defaultBranch }),
          ...(settings.description !== undefined && { description: settings.description }),
          ...(settings.deleteBranchOnMerge !== undefined && { delete_branch_on_merge: settings.deleteBranchOnMerge }),
        })
      ).data as RawRepo,
    ),
  );
}
