import "server-only";
// Installation tokens live an hour. One is minted per App installation and reused until five
// minutes before it expires; concurrent callers share one mint. An organisation is resolved to
// its installation once.
import { createAppAuth } from "@octokit/auth-app";
import { Octokit } from "@octokit/rest";
import { AppError } from "../../errors";
import type { GithubConnection } from "./config";
import { githubError, isRequestError } from "./errors";

const REFRESH_BEFORE_MS = 5 * 60_000;
const tokens = new Map<string, Promise<{ token: string; expiresAt: number }>>();
const installations = new Map<string, number>();

/** Counts mints, so tests can prove reuse; clear() forgets every token. */
export const installationTokens = {
  mints: 0,
  clear() {
    tokens.clear();
    installations.clear();
    this.mints = 0;
  },
};

export async function installationToken(connection: GithubConnection, now = Date.now()): Promise<string> {
  const { config } = connection;
  const installationId = await resolveInstallation(connection);
  const key = `${config.baseUrl}|${config.appId}|${installationId}`;
  const cached = tokens.get(key);
  if (cached) {
    const value = await cached.catch(() => undefined);
    if (value && value.expiresAt - now > REFRESH_BEFORE_MS) return value.token;
    if (tokens.get(key) !== cached) return installationToken(connection, now); // someone refreshed
  }
  const minting = mint(connection, installationId);
  tokens.set(key, minting);
  minting.catch(() => tokens.delete(key));
  return (await minting).token;
}

/** Drop a token GitHub refused (revoked or expired early), so the next call mints a new one. */
export function forgetInstallationToken(connection: GithubConnection, token: string) {
  for (const [key, entry] of tokens) {
    void entry.then((v) => {
      if (v.token === token && tokens.get(key) === entry) tokens.delete(key);
    }, () => undefined);
  }
}

async function mint(connection: GithubConnection, installationId: number) {
  installationTokens.mints++;
  try {
    const auth = appAuth(connection);
    const result = await auth({ type: "installation", installationId, refresh: true });
    return { token: result.token, expiresAt: Date.parse(result.expiresAt) };
  } catch (error) {
    throw installationError(error, installationId);
  }
}

async function resolveInstallation(connection: GithubConnection): Promise<number> {
  const { config } = connection;
  if (config.installationId) return config.installationId;
  if (!config.org) throw new AppError("validation", "the GitHub App connection needs an installation id or an organisation");
  const key = `${config.baseUrl}|${config.appId}|org:${config.org.toLowerCase()}`;
  const known = installations.get(key);
  if (known) return known;
  try {
    const { token } = await appAuth(connection)({ type: "app" });
    const { request } = new Octokit({ baseUrl: config.baseUrl, userAgent: "flightdeck", auth: token });
    const { data } = await request("GET /orgs/{org}/installation", { org: config.org });
    installations.set(key, data.id);
    return data.id;
  } catch (error) {
    if (isRequestError(error) && error.status === 404) {
      throw new AppError("not_found", `the GitHub App is not installed on the organisation '${config.org}'`);
    }
    throw installationError(error, undefined);
  }
}

function appAuth(connection: GithubConnection) {
  const { config, secrets } = connection;
  return createAppAuth({
    appId: config.appId!,
    privateKey: secrets.privateKey!,
    request: new Octokit({ baseUrl: config.baseUrl, userAgent: "flightdeck" }).request,
  });
}

function installationError(error: unknown, installationId: number | undefined): AppError {
  if (isRequestError(error) && error.status === 404 && installationId) {
    return new AppError("not_found", `the GitHub App installation ${installationId} no longer exists (uninstalled or suspended)`);
  }
  if (isRequestError(error) && error.status === 401) {
    return new AppError("unavailable", "GitHub rejected the App's credentials (wrong app id or private key)");
  }
  if (error instanceof Error && /private key|PEM|asn1|DECODER/i.test(error.message)) {
    return new AppError("validation", "the App's private key is not a valid PEM key");
  }
  return githubError(error, "an installation token");
}
