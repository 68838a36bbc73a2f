import type { Metadata } from "next";
import Link from "next/link";
import { Boxes, History, UsersRound } from "lucide-react";
import { OwnedEntities } from "@/components/catalog/owned-entities";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormMessage } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/page-header";
import { RelativeTime } from "@/components/ui/relative-time";
import { listMyActivity } from "@/lib/audit/list-my-activity";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { listEntities } from "@/lib/catalog/query/list-entities";
import { listTeams } from "@/lib/teams/list-teams";
import { getDemoWorkspace } from "@/lib/workspace/demo-workspace";

export const metadata: Metadata = { title: "Home" };

const MY_SERVICES = 12;

/** Components my teams own: one small query per team (a person is in a few), first few teams only. */
async function listMyServices(actor: Awaited<ReturnType<typeof requireActor>>, teams: { slug: string }[]) {
  const pages = await Promise.all(
    teams.slice(0, 5).map((t) => listEntities(actor, { owner: `group:default/${t.slug}`, kind: "Component", fields: ["kind", "namespace", "name", "title", "type"], limit: MY_SERVICES })),
  );
  return pages.flatMap((p) => p.items).slice(0, MY_SERVICES);
}

export default async function HomePage() {
  const actor = await requireActor();
  const [teams, activity, demo] = await Promise.all([listTeams(actor, { mine: true }), listMyActivity(actor), getDemoWorkspace()]);
  const services = await listMyServices(actor, teams);
  return (
    <>
      <PageHeader title={`Welcome, ${actor.name.split(" ")[0]}`} description="Your teams and what you changed lately." />
      {demo.present && (
        <FormMessage tone="success" className="mb-6">
          This workspace holds demo data ({demo.teams} teams, {demo.people} people), marked “demo”.{" "}
          {can(actor, "workspace.manage") ? (
            <Link className="underline" href="/settings/workspace">
              Remove it in Settings → Workspace
            </Link>
          ) : (
            "An admin can remove it."
          )}
        </FormMessage>
      )}
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Card>
          <CardHeader>
            <CardTitle>My teams</CardTitle>
            <CardDescription>Membership decides who may change what a team owns.</CardDescription>
          </CardHeader>
          <CardContent>
            {teams.length === 0 ? (
              <EmptyState
                icon={UsersRound}
                title="You are in no team yet"
                description={<>Ask a team maintainer to add you, or browse <Link className="underline" href="/teams">all teams</Link>.</>}
              />
            ) : (
              <ul className="grid gap-3 sm:grid-cols-2">
                {teams.map((t) => (
                  <li key={t.id} className="rounded-md border p-3">
                    <Link className="font-medium hover:underline" href={`/teams/${t.slug}`}>
                      {t.name}
                    </Link>
                    {t.isDemo && <Badge className="ml-2">demo</Badge>}
                    <p className="mt-1 line-clamp-2 text-sm text-muted-foreground">{t.description || "No description."}</p>
                    <p className="mt-2 text-xs text-muted-foreground">{t.memberCount} members</p>
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
        <Card className="lg:col-start-1 lg:row-start-2">
          <CardHeader>
            <CardTitle>My services</CardTitle>
            <CardDescription>Components your teams own.</CardDescription>
          </CardHeader>
          <CardContent>
            {services.length === 0 ? (
              <EmptyState
                icon={Boxes}
                title={teams.length ? "Your teams own no components yet" : "No services: you are in no team"}
                description={<>Browse the <Link className="underline" href="/catalog">catalog</Link>, or register a component owned by your team.</>}
              />
            ) : (
              <OwnedEntities items={services} label="My services" />
            )}
          </CardContent>
        </Card>
        <Card className="lg:col-start-2 lg:row-span-2 lg:row-start-1">
          <CardHeader>
            <CardTitle>My recent changes</CardTitle>
          </CardHeader>
          <CardContent>
            {activity.length === 0 ? (
              <EmptyState icon={History} title="Nothing yet" description="What you change in the portal, the API or the CLI shows here." />
            ) : (
              <ol className="grid gap-2 text-sm">
                {activity.map((e) => (
                  <li key={e.id} className="flex items-baseline justify-between gap-3">
                    <span>
                      <code className="text-xs">{e.action}</code> <span className="text-muted-foreground">{e.targetLabel}</span>
                    </span>
                    <RelativeTime date={e.createdAt} className="shrink-0 text-xs text-muted-foreground" />
                  </li>
                ))}
              </ol>
            )}
          </CardContent>
        </Card>
      </div>
    </>
  );
}
