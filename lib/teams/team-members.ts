import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { db, type Tx } from "../db/client";
import { AppError, parseInput } from "../errors";
import { addMemberSchema, updateMemberSchema, type AddMemberInput } from "./schemas";
import { manageableTeam } from "./team-access";

// Admins, platform engineers and the team's maintainers manage its members.
async function findManageable(tx: Tx, actor: Actor, slug: string) {
  assertCan(actor, "write");
  const team = await tx.team.findFirst({ where: manageableTeam(actor, slug), select: { id: true, slug: true } });
  if (!team) throw AppError.notFound(`team '${slug}'`);
  return team;
}

export async function addTeamMember(actor: Actor, slug: string, input: AddMemberInput) {
  const { email, role } = parseInput(addMemberSchema, input, "member");
  return db.$transaction(async (tx) => {
    const team = await findManageable(tx, actor, slug);
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, disabledAt: true } });
    if (!user || user.disabledAt) {
      throw new AppError("validation", `no active user with email '${email}'`, [{ path: "email", message: "no such user" }]);
    }
    const existing = await tx.teamMember.findUnique({ where: { teamId_userId: { teamId: team.id, userId: user.id } } });
    if (existing) throw new AppError("conflict", `${email} is already a member of ${team.slug}`, [{ path: "email", message: "already a member" }]);
    const member = await tx.teamMember.create({ data: { teamId: team.id, userId: user.id, role } });
    await recordAudit(tx, actor, { action: "team.member.add", targetType: "team", targetId: team.id, targetLabel: team.slug, after: { email, role } });
    return member;
  });
}

export async function updateTeamMember(actor: Actor, slug: string, userId: string, input: unknown) {
  const { role } = parseInput(updateMemberSchema, input, "member");
  return db.$transaction(async (tx) => {
    const team = await findManageable(tx, actor, slug);
    const before = await tx.teamMember.findUnique({ where: { teamId_userId: { teamId: team.id, userId } }, include: { user: { select: { email: true } } } });
    if (!before) throw AppError.notFound("team member");
    const after = await tx.teamMember.update({ where: { teamId_userId: { teamId: team.id, userId } }, data: { role } });
    await recordAudit(tx, actor, {
      action: "team.member.update",
      targetType: "team",
      targetId: team.id,
      targetLabel: team.slug,
      before: { email: before.user.email, role: before.role },
      after: { email: before.user.email, role },
    });
    return after;
  });
}

export async function removeTeamMember(actor: Actor, slug: string, userId: string) {
  await db.$transaction(async (tx) => {
    const team = await findManageable(tx, actor, slug);
    const member = await tx.teamMember.findUnique({ where: { teamId_userId: { teamId: team.id, userId } }, include: { user: { select: { email: true } } } });
    if (!member) throw AppError.notFound("team member");
    await tx.teamMember.delete({ where: { teamId_userId: { teamId: team.id, userId } } });
    await recordAudit(tx, actor, {
      action: "team.member.remove",
      targetType: "team",
      targetId: team.id,
      targetLabel: team.slug,
      before: { email: member.user.email, role: member.role },
    });
  });
}
