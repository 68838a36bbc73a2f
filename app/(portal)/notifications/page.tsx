import { Bell } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { RelativeTime } from "@/components/ui/relative-time";
import { requireActor } from "@/lib/auth/session";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { markAllReadAction } from "./actions";

export const metadata: Metadata = { title: "Notifications" };

// A link that is an entity ref ("component:default/x") opens the entity page.
function hrefOf(link: string | null): string | null {
  if (!link) return null;
  const ref = /^([a-z]+):([^/]+)\/(.+)$/i.exec(link);
  if (ref && !link.includes("://")) return `/catalog/${ref[1]!.toLowerCase()}/${encodeURIComponent(ref[2]!)}/${encodeURIComponent(ref[3]!)}`;
  return link;
}

export default async function NotificationsPage() {
  const actor = await requireActor();
  const items = await listNotifications(actor);
  const unread = items.filter((n) => !n.readAt).length;
  return (
    <>
      <PageHeader
        title="Notifications"
        description={unread ? `${unread} unread` : "You are all caught up."}
        actions={unread > 0 ? <form action={markAllReadAction}><Button type="submit" variant="secondary">Mark all read</Button></form> : undefined}
      />
      {items.length === 0 ? (
        <EmptyState icon={Bell} title="No notifications" description="Templates and other features tell you here when something you started has finished." />
      ) : (
        <Card>
          <CardContent>
            <ul aria-label="Notifications" className="divide-y">
              {items.map((n) => {
                const href = hrefOf(n.link);
                return (
                  <li key={n.id} className="grid gap-0.5 py-3">
                    <div className="flex items-center gap-2 text-sm font-medium">
                      {!n.readAt && <Badge tone="primary">new</Badge>}
                      {href ? (href.startsWith("/") ? <Link className="underline-offset-2 hover:underline" href={href}>{n.title}</Link> : <a className="underline-offset-2 hover:underline" href={href}>{n.title}</a>) : n.title}
                      <span className="ml-auto text-xs font-normal text-muted-foreground"><RelativeTime date={n.createdAt.toISOString()} /></span>
                    </div>
                    {n.body && <p className="text-sm text-muted-foreground">{n.body}</p>}
                  </li>
                );
              })}
            </ul>
          </CardContent>
        </Card>
      )}
    </>
  );
}
