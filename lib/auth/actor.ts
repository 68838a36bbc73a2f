// Who is acting, and what their role allows. Every domain function takes an Actor first;
// team-level rights (maintainer of a team) are checked inside the domain's queries.
import { AppError } from "../errors";

export type Role = "admin" | "platform" | "developer" | "viewer";
export type Scope = "read" | "write";
export type Via = "ui" | "api" | "cli" | "system";

export type Actor = {
  userId: string | null;
  email: string;
  name: string;
  role: Role;
  via: Via;
  /** A read-scoped API token can change nothing, whatever its user's role. */
  scope: Scope;
  requestId?: string;
};

export const roles: Role[] = ["admin", "platform", "developer", "viewer"];

const grants = {
  /** Change anything at all; viewers and read-only tokens cannot. */
  write: ["admin", "platform", "developer"],
  "teams.manage": ["admin", "platform"],
  "users.manage": ["admin"],
  "audit.read": ["admin"],
  "jobs.read": ["admin"],
  "jobs.manage": ["admin"],
  "workspace.manage": ["admin"],
  "integrations.manage": ["admin"],
  /** Register, sync and remove where catalog data comes from (GitHub files and organisations). */
  "catalog.locations": ["admin", "platform"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof grants;

// Permissions that only read; every other one changes something and needs a write scope.
const readOnly: ReadonlySet<Permission> = new Set(["audit.read", "jobs.read"]);

export function can(actor: Actor, permission: Permission): boolean {
  if (!readOnly.has(permission) && actor.scope !== "write") return false;
  return (grants[permission] as readonly Role[]).includes(actor.role);
}

export function assertCan(actor: Actor, permission: Permission): void {
  if (can(actor, permission)) return;
  if (actor.scope === "read" && actor.via === "api") throw AppError.forbidden("this API token is read-only");
  throw AppError.forbidden(
    actor.role === "viewer" ? "viewers can look but not change anything" : `your role (${actor.role}) does not allow this`,
  );
}

export const systemActor: Actor = {
  userId: null,
  email: "system",
  name: "Flightdeck",
  role: "admin",
  via: "system",
  scope: "write",
};

export function cliActor(): Actor {
  return { ...systemActor, email: `cli:${process.env.USER ?? "unknown"}`, name: "Command line", via: "cli" };
}
