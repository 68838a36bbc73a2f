// Reads the Authorization header the way GitHub does: `token X`, `Bearer X` (a token or the
// app's RS256 JWT) or basic auth with the token as password (git over HTTP).
import { createVerify } from "node:crypto";
import { HttpError, type Auth, type Sim } from "./http.ts";

const BAD_CREDENTIALS = () => new HttpError(401, "Bad credentials", { documentation_url: "https://docs.github.com/rest" });
const JWT_DOCS = "https://docs.github.com/rest";

function verifyJwt(sim: Sim, jwt: string): Auth {
  const [h = "", p = "", sig = ""] = jwt.split(".");
  const decode = (part: string) => JSON.parse(Buffer.from(part, "base64url").toString("utf8")) as Record<string, unknown>;
  let header: Record<string, unknown>;
  let payload: Record<string, unknown>;
  try {
    header = decode(h);
    payload = decode(p);
  } catch {
    throw new HttpError(401, "A JSON web token could not be decoded", { documentation_url: JWT_DOCS });
  }
  const { app } = sim.state;
  const signed = header.alg === "RS256" && createVerify("RSA-SHA256").update(`${h}.${p}`).verify(app.publicKey, Buffer.from(sig, "base64url"));
  if (!signed || String(payload.iss) !== String(app.id)) throw new HttpError(401, "A JSON web token could not be decoded", { documentation_url: JWT_DOCS });
  const now = Math.floor(Date.now() / 1000);
  const { exp, iat } = payload;
  if (typeof exp !== "number" || exp <= now)
    throw new HttpError(401, "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires", { documentation_url: JWT_DOCS });
  // GitHub allows at most 10 minutes of validity and a little clock drift on `iat`.
  if (typeof iat !== "number" || iat > now + 60) throw new HttpError(401, "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued", { documentation_url: JWT_DOCS });
  if (exp - now > 600 + 60 || exp - iat > 660) throw new HttpError(401, "'Expiration time' claim ('exp') is too far in the future", { documentation_url: JWT_DOCS });
  return { kind: "app", appId: app.id };
}

export function resolveAuth(sim: Sim, header: string | undefined): Auth {
  if (!header) return { kind: "none" };
  const [scheme = "", ...rest] = header.trim().split(/\s+/);
  let credential = rest.join(" ");
  if (/^basic$/i.test(scheme)) {
    const decoded = Buffer.from(credential, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    credential = colon >= 0 ? decoded.slice(colon + 1) : decoded;
  } else if (!/^(token|bearer)$/i.test(scheme)) throw BAD_CREDENTIALS();
  if (/^[\w-]+\.[\w-]+\.[\w-]+$/.test(credential) && credential.startsWith("eyJ")) return verifyJwt(sim, credential);
  const token = sim.state.tokens.get(credential);
  if (!token) throw BAD_CREDENTIALS();
  if (token.kind === "installation" && (token.revoked || token.expiresAt.getTime() <= Date.now())) throw BAD_CREDENTIALS();
  return { kind: "token", token };
}
