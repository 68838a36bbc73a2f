// GitHub App endpoints: JWT-authenticated app routes and installation tokens.
import { randomBytes } from "node:crypto";
import { hasScope, requireToken } from "../access.ts";
import { HttpError, iso, nodeId, paginate, route, type Ctx, type Route } from "../http.ts";
import { APP_EVENTS, APP_PERMISSIONS, installation, out, repository, simpleUser } from "../serialize.ts";

export const INSTALLATION_TOKEN_TTL_MS = 60 * 60 * 1000;

function requireApp(ctx: Ctx) {
  if (ctx.auth.kind === "app") return ctx.auth.appId;
  // GitHub's answer when an app route is called with a token instead of the app's JWT.
  throw new HttpError(401, "A JSON web token could not be decoded");
}

export const appRoutes: Route[] = [
  // GET /app - the authenticated app
  route("GET", "/app", (ctx) => {
    requireApp(ctx);
    const { app } = ctx.sim.state;
    const owner = ctx.sim.state.app.installations[0]?.account ?? ctx.sim.state.viewer;
    const created = new Date(Date.UTC(2024, 0, 1));
    return {
      status: 200,
      body: out(ctx.sim, "integration", {
        id: app.id,
        slug: app.slug,
        node_id: nodeId("Integration", app.id),
        client_id: `Iv1.sim${app.id}`,
        owner: simpleUser(ctx.sim, ctx.sim.state.userOrGhost(owner)),
        name: app.name,
        description: "Simulated GitHub App for Flightdeck",
        external_url: `${ctx.sim.base}/`,
        html_url: `${ctx.sim.base}/apps/${app.slug}`,
        created_at: iso(created),
        updated_at: iso(created),
        permissions: APP_PERMISSIONS,
        events: APP_EVENTS,
        installations_count: app.installations.length,
      }),
    };
  }),

  // GET /app/installations
  route("GET", "/app/installations", (ctx) => {
    requireApp(ctx);
    const page = paginate(ctx, ctx.sim.state.app.installations);
    return { status: 200, body: page.items.map((i) => installation(ctx.sim, i)), headers: page.headers };
  }),

  // GET /orgs/{org}/installation - the app's installation on an organization
  route("GET", "/orgs/{org}/installation", (ctx) => {
    requireApp(ctx);
    const inst = ctx.sim.state.app.installations.find((i) => i.account.toLowerCase() === (ctx.params.org ?? "").toLowerCase());
    if (!inst) throw new HttpError(404, "Not Found");
    return { status: 200, body: installation(ctx.sim, inst) };
  }),

  // POST /app/installations/{installation_id}/access_tokens - mint a short-lived installation token
  route("POST", "/app/installations/{installation_id}/access_tokens", (ctx) => {
    requireApp(ctx);
    const inst = ctx.sim.state.installation(Number(ctx.params.installation_id));
    if (!inst) throw new HttpError(404, "Not Found");
    const token = `ghs_${randomBytes(18).toString("base64url")}`;
    const expiresAt = new Date(Date.now() + INSTALLATION_TOKEN_TTL_MS);
    ctx.sim.state.tokens.set(token, { kind: "installation", token, installationId: inst.id, account: inst.account, expiresAt, revoked: false });
    return {
      status: 201,
      body: out(ctx.sim, "installation-token", { token, expires_at: iso(expiresAt), permissions: APP_PERMISSIONS, repository_selection: "all" }),
    };
  }),

  // GET /installation/repositories - repositories an installation token can reach
  route("GET", "/installation/repositories", (ctx) => {
    const token = requireToken(ctx);
    if (token.kind !== "installation") throw new HttpError(403, "You must authenticate with an installation access token in order to list repositories for an installation.");
    const repos = [...ctx.sim.state.repos.values()].filter((r) => r.owner.toLowerCase() === token.account.toLowerCase() && (hasScope(ctx, "repo") || !r.private));
    const page = paginate(ctx, repos);
    return { status: 200, body: { total_count: repos.length, repository_selection: "all", repositories: page.items.map((r) => repository(ctx.sim, r)) }, headers: page.headers };
  }),

  // DELETE /installation/token - revoke the token used for this request
  route("DELETE", "/installation/token", (ctx) => {
    const token = requireToken(ctx);
    if (token.kind !== "installation") throw new HttpError(403, "Resource not accessible by personal access token");
    token.revoked = true;
    return { status: 204 };
  }),
];
