import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";

/** Every team, with its member count; `mine` narrows to the actor's teams. */
export async function listTeams(actor: Actor, options: { mine?: boolean } = {}) {
  const teams = await db.team.findMany({
    where: options.mine ? { members: { some: { userId: actor.userId ?? "" } } } : {},
    orderBy: { name: "asc" },
    select: { id: true, slug: true, name: true, description: true, isDemo: true, _count: { select: { members: true } } },
  });
  return teams.map(({ _count, ...t }) => ({ ...t, memberCount: _count.members }));
}
