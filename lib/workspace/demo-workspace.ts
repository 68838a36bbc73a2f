import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db/client";

/** What demo data is still there, for the Workspace settings screen and the home banner. */
export async function getDemoWorkspace() {
  const [teams, people] = await Promise.all([db.team.count({ where: { isDemo: true } }), db.user.count({ where: { isDemo: true } })]);
  return { teams, people, present: teams + people > 0 };
}

/** Remove every demo team and person; real data (isDemo false) is never touched. */
export async function removeDemoWorkspace(actor: Actor) {
  assertCan(actor, "workspace.manage");
  return db.$transaction(async (tx) => {
    const entities = await tx.entity.deleteMany({ where: { isDemo: true } });
    const teams = await tx.team.deleteMany({ where: { isDemo: true } });
    const people = await tx.user.deleteMany({ where: { isDemo: true } });
    await tx.setting.deleteMany({ where: { key: "workspace.demo" } });
    await recordAudit(tx, actor, {
      action: "workspace.demo.remove",
      targetType: "workspace",
      targetId: "demo",
      targetLabel: "demo workspace",
      before: { teams: teams.count, people: people.count, entities: entities.count },
    });
    return { teams: teams.count, people: people.count };
  });
}
