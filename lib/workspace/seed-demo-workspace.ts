import "server-only";
import { systemActor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import type { Tx } from "../db/client";
import { demoPeople, demoTeams } from "./demo-data";

/** Create the demo teams and people (no passwords: they are a directory, not accounts). */
export async function seedDemoWorkspace(tx: Tx, adminId: string) {
  const teamIds = new Map<string, string>();
  for (const team of demoTeams) {
    const created = await tx.team.create({ data: { ...team, isDemo: true } });
    teamIds.set(team.slug, created.id);
  }
  for (const person of demoPeople) {
    const user = await tx.user.create({ data: { email: person.email, name: person.name, role: person.role, isDemo: true } });
    for (const [slug, role] of person.teams) {
      await tx.teamMember.create({ data: { teamId: teamIds.get(slug)!, userId: user.id, role } });
    }
  }
  // The admin joins the platform team so "my teams" is not empty on the first visit.
  await tx.teamMember.create({ data: { teamId: teamIds.get("platform")!, userId: adminId, role: "maintainer" } });
  await tx.setting.upsert({
    where: { key: "workspace.demo" },
    create: { key: "workspace.demo", value: { seededAt: new Date().toISOString() } },
    update: { value: { seededAt: new Date().toISOString() } },
  });
  await recordAudit(tx, systemActor, {
    action: "workspace.demo.seed",
    targetType: "workspace",
    targetId: "demo",
    targetLabel: "demo workspace",
    after: { teams: demoTeams.length, people: demoPeople.length },
  });
}
