// Root, user, rate limit, organizations, teams and repository creation.
import { orgAccess, repoAccess, requireScope, requireToken, hasScope } from "../access.ts";
import { commitFiles, initBare } from "../git.ts";
import { HttpError, paginate, route, str, validationFailed, type Ctx, type Route, type Sim } from "../http.ts";
import { organization, privateUser, repository, simpleUser, team } from "../serialize.ts";
import type { Repo } from "../state.ts";

const ROOT_KEYS: Record<string, string> = {
  current_user_url: "/user",
  current_user_authorizations_html_url: "/settings/connections/applications{/client_id}",
  authorizations_url: "/authorizations",
  code_search_url: "/search/code?q={query}{&page,per_page,sort,order}",
  commit_search_url: "/search/commits?q={query}{&page,per_page,sort,order}",
  emails_url: "/user/emails",
  emojis_url: "/emojis",
  events_url: "/events",
  feeds_url: "/feeds",
  followers_url: "/user/followers",
  following_url: "/user/following{/target}",
  gists_url: "/gists{/gist_id}",
  hub_url: "/hub",
  issue_search_url: "/search/issues?q={query}{&page,per_page,sort,order}",
  issues_url: "/issues",
  keys_url: "/user/keys",
  label_search_url: "/search/labels?q={query}&repository_id={repository_id}{&page,per_page}",
  notifications_url: "/notifications",
  organization_url: "/orgs/{org}",
  organization_repositories_url: "/orgs/{org}/repos{?type,page,per_page,sort}",
  organization_teams_url: "/orgs/{org}/teams",
  public_gists_url: "/gists/public",
  rate_limit_url: "/rate_limit",
  repository_url: "/repos/{owner}/{repo}",
  repository_search_url: "/search/repositories?q={query}{&page,per_page,sort,order}",
  current_user_repositories_url: "/user/repos{?type,page,per_page,sort}",
  starred_url: "/user/starred{/owner}{/repo}",
  starred_gists_url: "/gists/starred",
  topic_search_url: "/search/topics?q={query}{&page,per_page}",
  user_url: "/users/{user}",
  user_organizations_url: "/user/orgs",
  user_repositories_url: "/users/{user}/repos{?type,page,per_page,sort}",
  user_search_url: "/search/users?q={query}{&page,per_page,sort,order}",
};

// Creates the bare repository on disk and its record; `autoInit` commits a README like GitHub.
export async function createRepository(sim: Sim, owner: string, name: string, init: Partial<Repo> & { autoInit?: boolean; author: string }): Promise<Repo> {
  if (!/^[A-Za-z0-9._-]+$/.test(name) || name.endsWith(".git"))
    throw validationFailed([{ resource: "Repository", code: "custom", field: "name", message: "name is invalid" }], "Repository creation failed.");
  if (sim.state.repo(`${owner}/${name}`))
    throw validationFailed([{ resource: "Repository", code: "custom", field: "name", message: "name already exists on this account" }], "Repository creation failed.");
  const { autoInit, author, ...fields } = init;
  const repo = sim.state.addRepo(owner, name, fields);
  await initBare(repo.dir, repo.defaultBranch);
  if (autoInit) {
    const who = sim.state.userOrGhost(author);
    await commitFiles(repo.dir, repo.defaultBranch, { "README.md": `# ${name}\n${repo.description ?? ""}\n` }, "Initial commit", { name: who.name ?? who.login, email: who.email ?? `${who.login}@users.noreply.github.local` });
  }
  return repo;
}

const visibleRepos = (ctx: Ctx, owner: string) =>
  [...ctx.sim.state.repos.values()].filter((r) => r.owner.toLowerCase() === owner.toLowerCase() && (!r.private || hasScope(ctx, "repo")));

export const orgRoutes: Route[] = [
  // GET / - the hypermedia root
  route("GET", "/", (ctx) => ({ status: 200, body: Object.fromEntries(Object.entries(ROOT_KEYS).map(([k, v]) => [k, `${ctx.sim.base}${v}`])) })),

  // GET /user - the authenticated user (installation tokens have no user: 403 like GitHub)
  route("GET", "/user", (ctx) => {
    const token = requireToken(ctx);
    if (token.kind !== "pat") throw new HttpError(403, "Resource not accessible by integration");
    return { status: 200, body: privateUser(ctx.sim, ctx.sim.state.userOrGhost(token.login)) };
  }),

  // GET /user/repos - what a token without an organisation can see: the user's own
  // repositories and those of organisations where one of the user's teams lives
  route("GET", "/user/repos", (ctx) => {
    const token = requireToken(ctx);
    if (token.kind !== "pat") throw new HttpError(403, "Resource not accessible by integration");
    const login = token.login.toLowerCase();
    const owners = new Set([login, ...ctx.sim.state.teams.filter((t) => t.members.some((m) => m.toLowerCase() === login)).map((t) => t.org.toLowerCase())]);
    const repos = [...owners].flatMap((owner) => visibleRepos(ctx, owner));
    const page = paginate(ctx, repos.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime()));
    return { status: 200, body: page.items.map((r) => repository(ctx.sim, r)), headers: page.headers };
  }),

  // GET /rate_limit - does not count against the limit (handled in server.ts)
  route("GET", "/rate_limit", (ctx) => {
    const { limit, reset, remaining, used } = rateView(ctx);
    const core = { limit, remaining, reset, used, resource: "core" };
    const other = (resource: string, l: number) => ({ limit: l, remaining: l, reset, used: 0, resource });
    return {
      status: 200,
      body: { resources: { core, search: other("search", 30), graphql: other("graphql", 5000), code_search: other("code_search", 10) }, rate: core },
    };
  }),

  // GET /orgs/{org}
  route("GET", "/orgs/{org}", (ctx) => {
    const org = orgAccess(ctx);
    return { status: 200, body: organization(ctx.sim, org) };
  }),

  // GET /orgs/{org}/repos - private repositories only with the `repo` scope
  route("GET", "/orgs/{org}/repos", (ctx) => {
    const org = orgAccess(ctx);
    const type = ctx.query.get("type") ?? "all";
    const repos = visibleRepos(ctx, org.login).filter((r) => type === "all" || (type === "private" ? r.private : type === "public" ? !r.private : true));
    const page = paginate(ctx, repos.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime()));
    return { status: 200, body: page.items.map((r) => repository(ctx.sim, r)), headers: page.headers };
  }),

  // POST /orgs/{org}/repos - create a repository (the scaffolder's first call)
  route("POST", "/orgs/{org}/repos", async (ctx) => {
    const org = orgAccess(ctx);
    const isPrivate = ctx.body.private === true || ctx.body.visibility === "private" || ctx.body.visibility === "internal";
    requireScope(ctx, 404, "repo", ...(isPrivate ? [] : ["public_repo"]));
    const name = str(ctx.body.name);
    if (!name) throw validationFailed([{ resource: "Repository", code: "missing_field", field: "name" }]);
    const repo = await createRepository(ctx.sim, org.login, name, {
      description: str(ctx.body.description) ?? null,
      private: isPrivate,
      isTemplate: ctx.body.is_template === true,
      autoInit: ctx.body.auto_init === true,
      author: ctx.auth.kind === "token" && ctx.auth.token.kind === "pat" ? ctx.auth.token.login : org.login,
    });
    return { status: 201, body: repository(ctx.sim, repo) };
  }),

  // GET /orgs/{org}/teams
  route("GET", "/orgs/{org}/teams", (ctx) => {
    const org = orgAccess(ctx);
    requireScope(ctx, 403, "read:org", "write:org", "admin:org");
    const page = paginate(ctx, ctx.sim.state.teams.filter((t) => t.org === org.login));
    return { status: 200, body: page.items.map((t) => team(ctx.sim, t)), headers: page.headers };
  }),

  // GET /orgs/{org}/teams/{team_slug}/members
  route("GET", "/orgs/{org}/teams/{team_slug}/members", (ctx) => {
    const org = orgAccess(ctx);
    requireScope(ctx, 403, "read:org", "write:org", "admin:org");
    const t = ctx.sim.state.teams.find((x) => x.org === org.login && x.slug === ctx.params.team_slug);
    if (!t) throw new HttpError(404, "Not Found");
    const page = paginate(ctx, t.members.map((m) => ctx.sim.state.userOrGhost(m)));
    return { status: 200, body: page.items.map((u) => simpleUser(ctx.sim, u)), headers: page.headers };
  }),

  // PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo} - grant a team access
  route("PUT", "/orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}", (ctx) => {
    const org = orgAccess(ctx);
    requireScope(ctx, 404, "admin:org", "write:org");
    const t = ctx.sim.state.teams.find((x) => x.org === org.login && x.slug === ctx.params.team_slug);
    const repo = repoAccess(ctx, "write");
    if (!t) throw new HttpError(404, "Not Found");
    t.repos.set(`${repo.owner}/${repo.name}`, str(ctx.body.permission) ?? "push");
    return { status: 204 };
  }),
];

export function rateView(ctx: Ctx) {
  const key = rateKey(ctx);
  const { rate } = ctx.sim;
  const limit = key === "anonymous" ? 60 : rate.limit;
  const used = rate.used.get(key) ?? 0;
  const exhausted = rate.exhaustedUntil > Date.now();
  return { key, limit, used, remaining: exhausted ? 0 : Math.max(0, limit - used), reset: exhausted ? Math.ceil(rate.exhaustedUntil / 1000) : rate.reset };
}

export function rateKey(ctx: Ctx): string {
  if (ctx.auth.kind === "token") return ctx.auth.token.token;
  if (ctx.auth.kind === "app") return `app:${ctx.auth.appId}`;
  return "anonymous";
}
