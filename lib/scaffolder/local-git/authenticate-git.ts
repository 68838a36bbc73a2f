import "server-only";
// Who is cloning: git sends HTTP Basic credentials, so a person uses their portal email and
// password (nothing to set up) or any user name with an API token as the password; the
// portal's own pages send the session cookie.
import type { Actor } from "../../auth/actor";
import { currentActor } from "../../auth/session";
import { verifyCredentials } from "../../auth/verify-credentials";
import { authenticateToken } from "../../tokens/authenticate-token";

export async function authenticateGit(headers: Headers, ip: string, withSession = true): Promise<Actor | null> {
  const header = headers.get("authorization") ?? "";
  const bearer = /^Bearer\s+(\S+)$/i.exec(header);
  if (bearer) return authenticateToken(bearer[1]!);
  const basic = /^Basic\s+(\S+)$/i.exec(header);
  if (basic) {
    const decoded = Buffer.from(basic[1]!, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    const user = decoded.slice(0, colon);
    const password = decoded.slice(colon + 1);
    const byToken = await authenticateToken(password);
    if (byToken) return byToken;
    const person = await verifyCredentials({ email: user, password }, ip);
    return person ? { userId: person.id, email: person.email, name: person.name, role: "viewer", via: "api", scope: "read" } : null;
  }
  if (!withSession) return null;
  try {
    return await currentActor();
  } catch {
    return null; // outside a Next.js request (tests serving the handler over plain node:http)
  }
}
