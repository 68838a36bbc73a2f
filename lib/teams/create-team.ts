import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db/client";
import { upsertGroupEntity } from "../catalog/import/group-entity";
import { AppError, parseInput } from "../errors";
import { createTeamSchema, type CreateTeamInput } from "./schemas";

export async function createTeam(actor: Actor, input: CreateTeamInput) {
  assertCan(actor, "teams.manage");
  const data = parseInput(createTeamSchema, input, "team");
  return db.$transaction(async (tx) => {
    if (await tx.team.findUnique({ where: { slug: data.slug }, select: { id: true } })) {
      throw new AppError("conflict", `a team with slug '${data.slug}' already exists`, [{ path: "slug", message: "already in use" }]);
    }
    const team = await tx.team.create({ data });
    await upsertGroupEntity(tx, team);
    await recordAudit(tx, actor, { action: "team.create", targetType: "team", targetId: team.id, targetLabel: team.slug, after: data });
    return team;
  });
}
