import "server-only";
import { can, type Actor } from "../auth/actor";

/**
 * The where clause for a team the actor may change: any team for admins and platform
 * engineers, otherwise only teams they maintain. Used inside the query, so a team the actor
 * may not change is simply not found.
 */
export function manageableTeam(actor: Actor, slug: string) {
  if (can(actor, "teams.manage")) return { slug };
  return { slug, members: { some: { userId: actor.userId ?? "", role: "maintainer" as const } } };
}
