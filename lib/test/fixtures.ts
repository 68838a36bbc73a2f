// Rows and actors for tests, with unique names so tests never collide.
import { randomUUID } from "node:crypto";
import type { Actor, Role } from "../auth/actor";
import { db } from "../db/client";

export function unique(prefix: string) {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export async function createActor(role: Role, overrides: Partial<Actor> = {}): Promise<Actor> {
  const email = `${unique(role)}@example.test`;
  const user = await db.user.create({ data: { email, name: `Test ${role}`, role } });
  return { userId: user.id, email, name: user.name, role, via: "ui", scope: "write", ...overrides };
}

export async function createTeamRow(maintainer?: Actor, member?: Actor) {
  const slug = unique("team");
  const team = await db.team.create({ data: { slug, name: slug } });
  if (maintainer?.userId) await db.teamMember.create({ data: { teamId: team.id, userId: maintainer.userId, role: "maintainer" } });
  if (member?.userId) await db.teamMember.create({ data: { teamId: team.id, userId: member.userId, role: "member" } });
  return team;
}

export async function auditFor(targetId: string) {
  return db.auditEvent.findMany({ where: { targetId }, orderBy: { createdAt: "asc" } });
}
