// JSON shapes of users, organizations, repositories, teams and the app, as GitHub's OpenAPI
// description has them. Every serializer passes through `hooks.serialize`, so a contract test can
// break one shape on purpose and watch the validator catch it.
import { iso, nodeId, type Sim } from "./http.ts";
import type { Repo, Team, User } from "./state.ts";

export function out(sim: Sim, kind: string, value: Record<string, unknown>): Record<string, unknown> {
  return sim.hooks.serialize ? sim.hooks.serialize(kind, value) : value;
}

export function simpleUser(sim: Sim, user: User): Record<string, unknown> {
  const u = `${sim.base}/users/${user.login}`;
  return out(sim, "simple-user", {
    login: user.login,
    id: user.id,
    node_id: nodeId(user.type, user.id),
    avatar_url: `${sim.base}/_sim/avatars/${user.login}.png`,
    gravatar_id: "",
    url: u,
    html_url: `${sim.base}/${user.login}`,
    followers_url: `${u}/followers`,
    following_url: `${u}/following{/other_user}`,
    gists_url: `${u}/gists{/gist_id}`,
    starred_url: `${u}/starred{/owner}{/repo}`,
    subscriptions_url: `${u}/subscriptions`,
    organizations_url: `${u}/orgs`,
    repos_url: `${u}/repos`,
    events_url: `${u}/events{/privacy}`,
    received_events_url: `${u}/received_events`,
    type: user.type,
    site_admin: false,
    user_view_type: "public",
  });
}

export function privateUser(sim: Sim, user: User): Record<string, unknown> {
  const repos = [...sim.state.repos.values()].filter((r) => r.owner === user.login);
  return out(sim, "private-user", {
    ...simpleUser(sim, user),
    user_view_type: "private",
    name: user.name,
    company: null,
    blog: "",
    location: null,
    email: user.email,
    hireable: null,
    bio: null,
    twitter_username: null,
    public_repos: repos.filter((r) => !r.private).length,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: iso(user.createdAt),
    updated_at: iso(user.createdAt),
    private_gists: 0,
    total_private_repos: repos.filter((r) => r.private).length,
    owned_private_repos: repos.filter((r) => r.private).length,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true,
    plan: { name: "free", space: 976562499, private_repos: 10000, collaborators: 0 },
  });
}

export function organization(sim: Sim, org: User): Record<string, unknown> {
  const u = `${sim.base}/orgs/${org.login}`;
  const repos = [...sim.state.repos.values()].filter((r) => r.owner === org.login);
  return out(sim, "organization-full", {
    login: org.login,
    id: org.id,
    node_id: nodeId("Organization", org.id),
    url: u,
    repos_url: `${u}/repos`,
    events_url: `${u}/events`,
    hooks_url: `${u}/hooks`,
    issues_url: `${u}/issues`,
    members_url: `${u}/members{/member}`,
    public_members_url: `${u}/public_members{/member}`,
    avatar_url: `${sim.base}/_sim/avatars/${org.login}.png`,
    description: org.description,
    name: org.name,
    // company, location and email are omitted rather than null: the description types them as
    // non-nullable strings.
    blog: "",
    is_verified: false,
    has_organization_projects: true,
    has_repository_projects: true,
    public_repos: repos.filter((r) => !r.private).length,
    public_gists: 0,
    followers: 0,
    following: 0,
    html_url: `${sim.base}/${org.login}`,
    created_at: iso(org.createdAt),
    updated_at: iso(org.createdAt),
    archived_at: null,
    type: "Organization",
    total_private_repos: repos.filter((r) => r.private).length,
    owned_private_repos: repos.filter((r) => r.private).length,
    // What an organization owner sees (the portal's token usually is one).
    private_gists: 0,
    disk_usage: 0,
    collaborators: 0,
    billing_email: `billing@${org.login}.example`,
    default_repository_permission: "read",
    members_can_create_repositories: true,
    two_factor_requirement_enabled: true,
    members_allowed_repository_creation_type: "all",
    members_can_create_public_repositories: true,
    members_can_create_private_repositories: true,
    members_can_create_internal_repositories: false,
    members_can_create_pages: true,
    members_can_create_public_pages: true,
    members_can_create_private_pages: true,
    members_can_fork_private_repositories: false,
    web_commit_signoff_required: false,
  });
}

// One superset shape that satisfies minimal-repository, repository and full-repository.
export function repository(sim: Sim, repo: Repo): Record<string, unknown> {
  const full = `${repo.owner}/${repo.name}`;
  const u = `${sim.base}/repos/${full}`;
  const owner = sim.state.userOrGhost(repo.owner);
  const admin = { admin: true, maintain: true, push: true, triage: true, pull: true };
  return out(sim, "repository", {
    id: repo.id,
    node_id: nodeId("Repository", repo.id),
    name: repo.name,
    full_name: full,
    private: repo.private,
    owner: simpleUser(sim, owner),
    html_url: `${sim.base}/${full}`,
    description: repo.description,
    fork: false,
    url: u,
    archive_url: `${u}/{archive_format}{/ref}`,
    assignees_url: `${u}/assignees{/user}`,
    blobs_url: `${u}/git/blobs{/sha}`,
    branches_url: `${u}/branches{/branch}`,
    collaborators_url: `${u}/collaborators{/collaborator}`,
    comments_url: `${u}/comments{/number}`,
    commits_url: `${u}/commits{/sha}`,
    compare_url: `${u}/compare/{base}...{head}`,
    contents_url: `${u}/contents/{+path}`,
    contributors_url: `${u}/contributors`,
    deployments_url: `${u}/deployments`,
    downloads_url: `${u}/downloads`,
    events_url: `${u}/events`,
    forks_url: `${u}/forks`,
    git_commits_url: `${u}/git/commits{/sha}`,
    git_refs_url: `${u}/git/refs{/sha}`,
    git_tags_url: `${u}/git/tags{/sha}`,
    git_url: `${sim.base.replace(/^http/, "git")}/${full}.git`,
    issue_comment_url: `${u}/issues/comments{/number}`,
    issue_events_url: `${u}/issues/events{/number}`,
    issues_url: `${u}/issues{/number}`,
    keys_url: `${u}/keys{/key_id}`,
    labels_url: `${u}/labels{/name}`,
    languages_url: `${u}/languages`,
    merges_url: `${u}/merges`,
    milestones_url: `${u}/milestones{/number}`,
    notifications_url: `${u}/notifications{?since,all,participating}`,
    pulls_url: `${u}/pulls{/number}`,
    releases_url: `${u}/releases{/id}`,
    ssh_url: `git@127.0.0.1:${full}.git`,
    stargazers_url: `${u}/stargazers`,
    statuses_url: `${u}/statuses/{sha}`,
    subscribers_url: `${u}/subscribers`,
    subscription_url: `${u}/subscription`,
    tags_url: `${u}/tags`,
    teams_url: `${u}/teams`,
    trees_url: `${u}/git/trees{/sha}`,
    clone_url: `${sim.base}/${full}.git`,
    mirror_url: null,
    hooks_url: `${u}/hooks`,
    svn_url: `${sim.base}/${full}`,
    homepage: null,
    language: repo.language,
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 1,
    default_branch: repo.defaultBranch,
    open_issues_count: 0,
    open_issues: 0,
    is_template: repo.isTemplate,
    topics: repo.topics,
    has_issues: true,
    has_projects: true,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: repo.private ? "private" : "public",
    pushed_at: iso(repo.pushedAt),
    created_at: iso(repo.createdAt),
    updated_at: iso(repo.updatedAt),
    permissions: admin,
    allow_forking: true,
    web_commit_signoff_required: false,
    custom_properties: {},
    allow_squash_merge: true,
    allow_merge_commit: true,
    allow_rebase_merge: true,
    allow_auto_merge: false,
    delete_branch_on_merge: false,
    allow_update_branch: false,
    use_squash_pr_title_as_default: false,
    squash_merge_commit_title: "COMMIT_OR_PR_TITLE",
    squash_merge_commit_message: "COMMIT_MESSAGES",
    merge_commit_title: "MERGE_MESSAGE",
    merge_commit_message: "PR_TITLE",
    ...(owner.type === "Organization" ? { organization: simpleUser(sim, owner) } : {}),
    license: null,
    network_count: 0,
    subscribers_count: 0,
  });
}

export function team(sim: Sim, t: Team): Record<string, unknown> {
  const u = `${sim.base}/orgs/${t.org}/teams/${t.slug}`;
  return out(sim, "team", {
    id: t.id,
    node_id: nodeId("Team", t.id),
    url: u,
    html_url: `${sim.base}/orgs/${t.org}/teams/${t.slug}`,
    name: t.name,
    slug: t.slug,
    description: t.description,
    privacy: "closed",
    notification_setting: "notifications_enabled",
    permission: "pull",
    members_url: `${u}/members{/member}`,
    repositories_url: `${u}/repos`,
    type: "organization",
    parent: null,
  });
}

export const APP_PERMISSIONS = { actions: "write", contents: "write", deployments: "write", metadata: "read", pull_requests: "read", administration: "write", members: "read", security_events: "read", vulnerability_alerts: "read" };
export const APP_EVENTS = ["push", "workflow_run", "workflow_job", "deployment", "deployment_status", "repository", "pull_request"];

export function installation(sim: Sim, inst: { id: number; account: string; createdAt: Date }): Record<string, unknown> {
  const account = sim.state.userOrGhost(inst.account);
  return out(sim, "installation", {
    id: inst.id,
    // The description types `account` as simple-user AND enterprise (allOf), so an account
    // carries the enterprise fields too.
    account: { ...simpleUser(sim, account), name: account.name ?? account.login, slug: account.login, created_at: iso(account.createdAt), updated_at: iso(account.createdAt) },
    repository_selection: "all",
    access_tokens_url: `${sim.base}/app/installations/${inst.id}/access_tokens`,
    repositories_url: `${sim.base}/installation/repositories`,
    html_url: `${sim.base}/organizations/${inst.account}/settings/installations/${inst.id}`,
    app_id: sim.state.app.id,
    app_slug: sim.state.app.slug,
    target_id: account.id,
    target_type: account.type,
    permissions: APP_PERMISSIONS,
    events: APP_EVENTS,
    created_at: iso(inst.createdAt),
    updated_at: iso(inst.createdAt),
    single_file_name: null,
    has_multiple_single_files: false,
    single_file_paths: [],
    suspended_by: null,
    suspended_at: null,
  });
}
