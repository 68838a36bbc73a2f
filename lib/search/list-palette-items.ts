import "server-only";
import type { PaletteItem } from "@/components/shell/command-palette-dialog";
import { can, type Actor, type Permission } from "../auth/actor";
import { db } from "../db/client";

export type PortalPage = { section: string | null; label: string; href: string };

/** The pages the actor can open; the sidebar and the command palette both read this. */
export function listPortalPages(actor: Actor): PortalPage[] {
  const pages: PortalPage[] = [
    { section: null, label: "Home", href: "/" },
    { section: null, label: "Catalog", href: "/catalog" },
    { section: null, label: "Create", href: "/create" },
    // Everyone may see where the catalog comes from; registering needs catalog.locations.
    { section: null, label: "Locations", href: "/locations" },
    { section: null, label: "Pipelines", href: "/pipelines" },
    { section: null, label: "Deployments", href: "/deployments" },
    { section: null, label: "DORA metrics", href: "/dora" },
    { section: null, label: "Teams", href: "/teams" },
    { section: null, label: "People", href: "/people" },
    { section: null, label: "Notifications", href: "/notifications" },
  ];
  const settings: [Permission, string, string][] = [
    ["users.manage", "Users", "/settings/users"],
    ["audit.read", "Audit log", "/settings/audit"],
    ["jobs.read", "Jobs", "/settings/jobs"],
    ["workspace.manage", "Workspace", "/settings/workspace"],
    ["integrations.manage", "Integrations", "/settings/integrations"],
  ];
  for (const [permission, label, href] of settings) if (can(actor, permission)) pages.push({ section: "Settings", label, href });
  return pages;
}

/** What Ctrl-K can jump to: pages, teams, active people and entities (capped, so the payload stays small). */
export async function listPaletteItems(actor: Actor): Promise<PaletteItem[]> {
  const [teams, people, entities] = await Promise.all([
    db.team.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" }, take: 500 }),
    db.user.findMany({ where: { disabledAt: null }, select: { id: true, name: true, email: true }, take: 500 }),
    // Groups and Users are already there as teams and people.
    db.entity.findMany({ where: { kind: { notIn: ["Group", "User"] } }, select: { ref: true, kind: true, namespace: true, name: true, title: true }, orderBy: { name: "asc" }, take: 500 }),
  ]);
  return [
    ...listPortalPages(actor).map((p) => ({
      group: "Pages",
      label: p.section ? `${p.section} › ${p.label}` : p.label,
      href: p.href,
    })),
    { group: "Pages", label: "Profile", href: "/profile", keywords: ["account", "password", "tokens"] },
    { group: "Pages", label: "Scaffolder tasks", href: "/create/tasks", keywords: ["templates", "runs", "scaffolder"] },
    ...teams.map((t) => ({ group: "Teams", label: t.name, href: `/teams/${t.slug}`, keywords: [t.slug] })),
    ...people
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((u) => ({ group: "People", label: u.name || u.email, href: `/people/${u.id}`, keywords: [u.email] })),
    // The entity page's path: /catalog/<kind>/<namespace>/<name>, kind lowercased as in the ref.
    ...entities.map((e) => ({
      group: "Catalog",
      label: e.title ? `${e.title} (${e.kind})` : `${e.name} (${e.kind})`,
      href: `/catalog/${e.kind.toLowerCase()}/${encodeURIComponent(e.namespace)}/${encodeURIComponent(e.name)}`,
      keywords: [e.name, e.ref],
    })),
  ];
}
