import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { RelativeTime } from "@/components/ui/relative-time";
import { requireActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getUser } from "@/lib/users/get-user";

export const metadata: Metadata = { title: "Person" };

export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const user = await getUser(actor, id).catch((error) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return (
    <>
      <PageHeader
        title={
          <>
            {user.name} {user.isDemo && <Badge className="align-middle">demo</Badge>} {user.disabledAt && <Badge className="align-middle">disabled</Badge>}
          </>
        }
        description={user.email}
        breadcrumbs={[{ label: "People", href: "/people" }]}
      />
      <div className="grid gap-6 md:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Teams</CardTitle>
          </CardHeader>
          <CardContent>
            {user.memberships.length === 0 ? (
              <EmptyState title="In no team" description="A team maintainer or an admin adds people to teams." />
            ) : (
              <ul className="grid gap-2 text-sm">
                {user.memberships.map((m) => (
                  <li key={m.team.slug} className="flex items-center justify-between">
                    <Link className="font-medium hover:underline" href={`/teams/${m.team.slug}`}>
                      {m.team.name}
                    </Link>
                    <span className="text-muted-foreground">{m.role}</span>
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Account</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
              <dt className="text-muted-foreground">Portal role</dt>
              <dd>{user.role}</dd>
              <dt className="text-muted-foreground">Member since</dt>
              <dd><RelativeTime date={user.createdAt} /></dd>
              <dt className="text-muted-foreground">Last sign-in</dt>
              <dd>{user.lastLoginAt ? <RelativeTime date={user.lastLoginAt} /> : "never"}</dd>
            </dl>
          </CardContent>
        </Card>
      </div>
    </>
  );
}
