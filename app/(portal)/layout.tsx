import { Bell, Boxes, ChartNoAxesCombined, ClipboardList, Cog, FolderGit2, House, ListChecks, Plug, Rocket, Settings2, Sparkles, UserCog, Users, UsersRound, Workflow } from "lucide-react";
import type { ReactNode } from "react";
import { Brand } from "@/components/shell/brand";
import { Header } from "@/components/shell/header";
import { Sidebar, type NavSection } from "@/components/shell/sidebar";
import { signOut } from "@/lib/auth/auth";
import { requireActor } from "@/lib/auth/session";
import { listPortalPages } from "@/lib/search/list-palette-items";

const icons: Record<string, ReactNode> = {
  "/": <House aria-hidden />,
  "/catalog": <Boxes aria-hidden />,
  "/create": <Sparkles aria-hidden />,
  "/notifications": <Bell aria-hidden />,
  "/locations": <FolderGit2 aria-hidden />,
  "/teams": <UsersRound aria-hidden />,
  "/pipelines": <Workflow aria-hidden />,
  "/deployments": <Rocket aria-hidden />,
  "/dora": <ChartNoAxesCombined aria-hidden />,
  "/people": <Users aria-hidden />,
  "/settings/users": <UserCog aria-hidden />,
  "/settings/audit": <ClipboardList aria-hidden />,
  "/settings/jobs": <ListChecks aria-hidden />,
  "/settings/workspace": <Settings2 aria-hidden />,
  "/settings/integrations": <Plug aria-hidden />,
};

async function signOutAction() {
  "use server";
  await signOut({ redirectTo: "/login" });
}

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const pages = listPortalPages(actor);
  // Sections come from the pages the actor may open, so a section without pages never shows.
  const sections: NavSection[] = [];
  for (const page of pages) {
    let section = sections.find((s) => s.label === (page.section ?? undefined));
    if (!section) sections.push((section = { label: page.section ?? undefined, items: [] }));
    section.items.push({ label: page.label, href: page.href, icon: icons[page.href] ?? <Cog aria-hidden /> });
  }

  return (
    <div className="flex min-h-dvh">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-primary px-3 py-2 text-primary-foreground focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <Sidebar sections={sections} brand={<Brand />} />
      <div className="flex min-w-0 flex-1 flex-col">
        <Header
          sections={sections}
          user={{ name: actor.name, email: actor.email, role: actor.role, signOutAction }}
        />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 outline-none sm:px-6 lg:px-8">
          {children}
        </main>
      </div>
    </div>
  );
}
