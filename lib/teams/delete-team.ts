import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db/client";
import { removeGroupEntity } from "../catalog/import/group-entity";
import { AppError } from "../errors";

export async function deleteTeam(actor: Actor, slug: string) {
  assertCan(actor, "teams.manage");
  await db.$transaction(async (tx) => {
    const team = await tx.team.findUnique({ where: { slug }, include: { members: { select: { userId: true, role: true } } } });
    if (!team) throw AppError.notFound(`team '${slug}'`);
    await tx.team.delete({ where: { id: team.id } });
    await removeGroupEntity(tx, team.slug);
    await recordAudit(tx, actor, {
      action: "team.delete",
      targetType: "team",
      targetId: team.id,
      targetLabel: team.slug,
      before: { name: team.name, description: team.description, members: team.members },
    });
  });
}
