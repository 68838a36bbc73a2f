// The other direction: a team created or deleted in the portal appears as (or disappears from)
// the catalog's Group entity. Called inside the team's own transaction.
import "server-only";
import type { Tx } from "../../db/client";
import { resolvePendingRelations } from "../relations";
import { searchTextOf } from "../entity-row";

type TeamLike = { slug: string; name: string; description: string; isDemo?: boolean };

/** Create or refresh the Group entity of a team. A Group that comes from a repository is left alone. */
export async function upsertGroupEntity(tx: Tx, team: TeamLike) {
  const ref = `group:default/${team.slug}`;
  const existing = await tx.entity.findUnique({ where: { ref }, select: { id: true, managedBy: true, spec: true } });
  const title = team.name;
  const description = team.description || null;
  const searchText = searchTextOf({ name: team.slug, title, description, tags: [] });
  if (!existing) {
    const spec = { type: "team", profile: { displayName: team.name }, children: [] };
    await tx.entity.create({
      data: {
        ref, kind: "Group", namespace: "default", name: team.slug, title, description, type: "team", spec, searchText,
        tags: [], labels: {}, annotations: {}, links: [], managedBy: "portal", isDemo: team.isDemo ?? false,
      },
    });
    await resolvePendingRelations(tx, [ref]);
    return;
  }
  if (existing.managedBy !== "portal") return;
  const spec = { ...(existing.spec as Record<string, unknown>), profile: { ...((existing.spec as { profile?: object }).profile ?? {}), displayName: team.name } };
  await tx.entity.update({ where: { id: existing.id }, data: { title, description, spec, searchText } });
}

/** Remove a deleted team's Group entity, unless a repository defines it (its sync decides). */
export async function removeGroupEntity(tx: Tx, slug: string) {
  await tx.entity.deleteMany({ where: { ref: `group:default/${slug}`, managedBy: "portal" } });
}
