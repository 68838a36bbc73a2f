// Who may see and change what. GitHub hides what a caller may not read (404, never 403, so a
// private repository's existence does not leak) and answers 403 when it is visible but the
// token lacks a scope or an installation lacks access.
import { HttpError, notFound, type Ctx } from "./http.ts";
import type { Repo } from "./state.ts";

export function requireToken(ctx: Ctx) {
  if (ctx.auth.kind === "token") return ctx.auth.token;
  if (ctx.auth.kind === "app")
    throw new HttpError(401, "A JSON web token could not be decoded", { documentation_url: "https://docs.github.com/rest" });
  throw new HttpError(401, "Requires authentication");
}

export function viewerLogin(ctx: Ctx): string {
  const token = requireToken(ctx);
  return token.kind === "pat" ? token.login : `${ctx.sim.state.app.slug}[bot]`;
}

export function hasScope(ctx: Ctx, ...anyOf: string[]): boolean {
  if (ctx.auth.kind !== "token") return false;
  const token = ctx.auth.token;
  if (token.kind === "installation") return true;
  return anyOf.some((s) => token.scopes.includes(s));
}

export function requireScope(ctx: Ctx, status: 403 | 404, ...anyOf: string[]) {
  requireToken(ctx);
  if (hasScope(ctx, ...anyOf)) return;
  if (status === 404) throw notFound();
  throw new HttpError(403, "Resource not accessible by personal access token", { headers: { "x-accepted-oauth-scopes": anyOf.join(", ") } });
}

function installationCovers(ctx: Ctx, owner: string): boolean {
  if (ctx.auth.kind !== "token" || ctx.auth.token.kind !== "installation") return true;
  return ctx.auth.token.account.toLowerCase() === owner.toLowerCase();
}

// mode "read": public repos are readable by anyone (even anonymously); private ones need `repo`.
// mode "write": needs `repo`, or `public_repo` on a public repository.
export function repoAccess(ctx: Ctx, mode: "read" | "write" = "read"): Repo {
  const { owner = "", repo: name = "" } = ctx.params;
  const repo = ctx.sim.state.repo(`${owner}/${name}`);
  if (!repo || !installationCovers(ctx, repo.owner)) throw notFound();
  const readable = !repo.private || hasScope(ctx, "repo");
  if (!readable) throw notFound();
  if (mode === "write") {
    requireToken(ctx);
    if (!hasScope(ctx, "repo", ...(repo.private ? [] : ["public_repo"]))) {
      if (repo.private) throw notFound();
      throw new HttpError(403, "Resource not accessible by personal access token", { headers: { "x-accepted-oauth-scopes": "repo, public_repo" } });
    }
  }
  return repo;
}

export function orgAccess(ctx: Ctx, org = ctx.params.org ?? "") {
  const user = ctx.sim.state.user(org);
  if (!user || user.type !== "Organization" || !installationCovers(ctx, user.login)) throw notFound();
  return user;
}
