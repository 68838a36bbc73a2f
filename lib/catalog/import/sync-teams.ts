// Groups and Users are the portal's own teams and people: an imported Group (namespace
// "default") upserts the Team whose slug is its name; an imported User is linked to the portal
// user with its profile email (created without a password when absent, so it cannot sign in
// until an admin or SSO gives it a way) and joins the teams in spec.memberOf.
import "server-only";
import type { Tx } from "../../db/client";
import type { ParsedEntity } from "../parse/types";
import { parseRef } from "../refs";

type Profile = { displayName?: string; email?: string } | undefined;
const profileOf = (e: ParsedEntity) => e.spec.profile as Profile;
const displayName = (e: ParsedEntity) => profileOf(e)?.displayName || e.metadata.title || e.metadata.name;

export async function syncGroupsToTeams(tx: Tx, groups: ParsedEntity[], isDemo: boolean) {
  const wanted = groups.filter((g) => g.metadata.namespace.toLowerCase() === "default");
  if (!wanted.length) return;
  const slugs = wanted.map((g) => g.metadata.name.toLowerCase());
  const existing = new Map((await tx.team.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true, name: true, description: true } })).map((t) => [t.slug, t]));
  const create: { slug: string; name: string; description: string; isDemo: boolean }[] = [];
  for (const g of wanted) {
    const slug = g.metadata.name.toLowerCase();
    const name = displayName(g).slice(0, 120);
    const description = (g.metadata.description ?? "").slice(0, 1000);
    const team = existing.get(slug);
    if (!team) create.push({ slug, name, description, isDemo });
    else if (team.name !== name || team.description !== description) await tx.team.update({ where: { id: team.id }, data: { name, description } });
  }
  if (create.length) await tx.team.createMany({ data: create });
}

export async function syncUsersToPeople(tx: Tx, users: ParsedEntity[], isDemo: boolean) {
  const withEmail = users.map((u) => ({ u, email: profileOf(u)?.email?.trim().toLowerCase() })).filter((x): x is { u: ParsedEntity; email: string } => !!x.email);
  if (!withEmail.length) return;
  const emails = withEmail.map((x) => x.email);
  const known = new Map((await tx.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } })).map((u) => [u.email, u.id]));
  const missing = withEmail.filter((x) => !known.has(x.email));
  if (missing.length) {
    await tx.user.createMany({ data: missing.map((x) => ({ email: x.email, name: displayName(x.u).slice(0, 120), role: "developer" as const, isDemo })) });
    for (const u of await tx.user.findMany({ where: { email: { in: missing.map((x) => x.email) } }, select: { id: true, email: true } })) known.set(u.email, u.id);
  }
  // Memberships: add the ones spec.memberOf names; keep the rest (roles set in the portal stay).
  const teamSlugs = new Set<string>();
  const wanted: { email: string; slug: string }[] = [];
  for (const { u, email } of withEmail) {
    for (const raw of (u.spec.memberOf as string[] | undefined) ?? []) {
      const ref = parseRef(raw, { kind: "group", namespace: u.metadata.namespace });
      if (ref?.kind === "group" && ref.namespace.toLowerCase() === "default") {
        teamSlugs.add(ref.name.toLowerCase());
        wanted.push({ email, slug: ref.name.toLowerCase() });
      }
    }
  }
  if (!wanted.length) return;
  const teamIds = new Map((await tx.team.findMany({ where: { slug: { in: [...teamSlugs] } }, select: { id: true, slug: true } })).map((t) => [t.slug, t.id]));
  const userIds = [...new Set(wanted.map((w) => known.get(w.email)!))];
  const have = new Set((await tx.teamMember.findMany({ where: { userId: { in: userIds } }, select: { teamId: true, userId: true } })).map((m) => `${m.teamId} ${m.userId}`));
  const data: { teamId: string; userId: string }[] = [];
  for (const w of wanted) {
    const teamId = teamIds.get(w.slug);
    const userId = known.get(w.email)!;
    if (teamId && !have.has(`${teamId} ${userId}`)) {
      have.add(`${teamId} ${userId}`);
      data.push({ teamId, userId });
    }
  }
  if (data.length) await tx.teamMember.createMany({ data });
}
