import "server-only";
import { can, type Actor } from "../auth/actor";
import { db } from "../db/client";
import { AppError } from "../errors";

/** A team with its members, and whether the actor may change it. */
export async function getTeam(actor: Actor, slug: string) {
  const team = await db.team.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      isDemo: true,
      createdAt: true,
      members: {
        select: { role: true, user: { select: { id: true, name: true, email: true, disabledAt: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!team) throw AppError.notFound(`team '${slug}'`);
  const members = team.members.map((m) => ({ userId: m.user.id, name: m.user.name, email: m.user.email, role: m.role, disabled: Boolean(m.user.disabledAt) }));
  const isMaintainer = members.some((m) => m.userId === actor.userId && m.role === "maintainer");
  const canManage = can(actor, "teams.manage") || (isMaintainer && can(actor, "write"));
  return { ...team, members, canManage, canDelete: can(actor, "teams.manage") };
}
