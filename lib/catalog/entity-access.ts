// Who may change an entity: admins and platform engineers any; others need "write" and, for an
// entity owned by a team (group:default/<slug>), membership of that team (maintainer to
// delete). Checked inside the caller's transaction against the rows as they are.
import "server-only";
import { assertCan, can, type Actor } from "../auth/actor";
import { db, type Tx } from "../db/client";
import { AppError } from "../errors";

export async function assertMayChangeEntity(tx: Tx, actor: Actor, ownerRefs: (string | null)[], need: "member" | "maintainer" = "member") {
  if (can(actor, "teams.manage")) return;
  assertCan(actor, "write");
  const slugs = [...new Set(ownerRefs.filter((r): r is string => !!r?.startsWith("group:default/")).map((r) => r.slice("group:default/".length)))];
  if (need === "maintainer" && !slugs.length) throw AppError.forbidden("only admins and platform engineers can delete an entity no team owns");
  for (const slug of slugs) {
    const team = await tx.team.findUnique({ where: { slug }, select: { members: { where: { userId: actor.userId ?? "" }, select: { role: true } } } });
    if (!team) {
      if (need === "maintainer") throw AppError.forbidden(`team '${slug}' does not exist: only admins and platform engineers can delete its entities`);
      continue;
    }
    const role = team.members[0]?.role;
    if (!role) throw AppError.forbidden(`owned by team '${slug}': only its members can change it`);
    if (need === "maintainer" && role !== "maintainer") throw AppError.forbidden(`owned by team '${slug}': only its maintainers can delete it`);
  }
}

/** The same rules without throwing, for showing or hiding Edit and Delete on a page. */
export async function canChangeEntity(actor: Actor, ownerRef: string | null, need: "member" | "maintainer" = "member"): Promise<boolean> {
  try {
    await assertMayChangeEntity(db, actor, [ownerRef], need);
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === "forbidden") return false;
    throw error;
  }
}
