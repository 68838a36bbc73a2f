import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db/client";
import { AppError, parseInput } from "../errors";
import { updateTeamSchema } from "./schemas";
import { manageableTeam } from "./team-access";

export async function updateTeam(actor: Actor, slug: string, input: unknown) {
  assertCan(actor, "write");
  const patch = parseInput(updateTeamSchema, input, "team");
  return db.$transaction(async (tx) => {
    const before = await tx.team.findFirst({ where: manageableTeam(actor, slug) });
    if (!before) throw AppError.notFound(`team '${slug}'`);
    const data = {
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.description !== undefined && { description: patch.description }),
    };
    const after = await tx.team.update({ where: { id: before.id }, data });
    await recordAudit(tx, actor, {
      action: "team.update",
      targetType: "team",
      targetId: after.id,
      targetLabel: after.slug,
      before: { name: before.name, description: before.description },
      after: { name: after.name, description: after.description },
    });
    return after;
  });
}
