import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Boxes, Users } from "lucide-react";
import { ActionSelect } from "@/components/action-select";
import { OwnedEntities } from "@/components/catalog/owned-entities";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { listEntities } from "@/lib/catalog/query/list-entities";
import { AppError } from "@/lib/errors";
import { getTeam } from "@/lib/teams/get-team";
import { changeMemberRoleAction, deleteTeamAction, removeMemberAction } from "../actions";
import { AddMemberForm, EditTeamForm } from "./team-forms";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Team ${(await params).slug}` };
}

async function loadTeam(slug: string) {
  const actor = await requireActor();
  try {
    const [team, owned] = await Promise.all([
      getTeam(actor, slug),
      listEntities(actor, { owner: `group:default/${slug}`, fields: ["kind", "namespace", "name", "title", "type"], limit: 50 }),
    ]);
    return { ...team, owned };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export default async function TeamPage({ params }: Props) {
  const { slug } = await params;
  const team = await loadTeam(decodeURIComponent(slug));
  return (
    <>
      <PageHeader
        title={
          <>
            {team.name} {team.isDemo && <Badge className="align-middle">demo</Badge>}
          </>
        }
        description={team.description || "No description yet."}
        breadcrumbs={[{ label: "Teams", href: "/teams" }]}
        actions={
          team.canDelete && (
            <ConfirmDialog
              trigger={<Button variant="danger">Delete team</Button>}
              title={`Delete team ${team.name}?`}
              description={`This removes the team and its ${team.members.length} memberships. People keep their accounts. It is recorded in the audit log.`}
              confirmLabel="Delete team"
              destructive
              onConfirm={deleteTeamAction.bind(null, team.slug)}
            />
          )
        }
      />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Card>
          <CardHeader>
            <CardTitle>Members ({team.members.length})</CardTitle>
          </CardHeader>
          <CardContent className="grid gap-4">
            {team.members.length === 0 ? (
              <EmptyState icon={Users} title="No members" description={team.canManage ? "Add the first member below." : "A maintainer of this team adds members."} />
            ) : (
              <Table aria-label="Members">
                <THead>
                  <Tr>
                    <Th>Name</Th>
                    <Th>Email</Th>
                    <Th>Role</Th>
                    {team.canManage && <Th className="text-right">Actions</Th>}
                  </Tr>
                </THead>
                <TBody>
                  {team.members.map((m) => (
                    <Tr key={m.userId}>
                      <Td>
                        <Link className="font-medium hover:underline" href={`/people/${m.userId}`}>
                          {m.name}
                        </Link>
                        {m.disabled && <Badge className="ml-2">disabled</Badge>}
                      </Td>
                      <Td className="text-muted-foreground">{m.email}</Td>
                      <Td>
                        {team.canManage ? (
                          <ActionSelect label={`Team role of ${m.name}`} value={m.role} options={["member", "maintainer"]} action={changeMemberRoleAction.bind(null, team.slug, m.userId)} />
                        ) : (
                          m.role
                        )}
                      </Td>
                      {team.canManage && (
                        <Td className="text-right">
                          <ConfirmDialog
                            trigger={
                              <Button variant="ghost" size="sm" aria-label={`Remove ${m.name}`}>
                                Remove
                              </Button>
                            }
                            title={`Remove ${m.name} from ${team.name}?`}
                            description="They lose what team membership gives them (changing what the team owns). Their account stays."
                            confirmLabel="Remove"
                            destructive
                            onConfirm={removeMemberAction.bind(null, team.slug, m.userId)}
                          />
                        </Td>
                      )}
                    </Tr>
                  ))}
                </TBody>
              </Table>
            )}
            {team.canManage && <AddMemberForm slug={team.slug} />}
          </CardContent>
        </Card>
        <Card className="lg:col-start-1">
          <CardHeader>
            <CardTitle>Owns ({team.owned.items.length}{team.owned.nextCursor ? "+" : ""})</CardTitle>
            <Link className="text-xs underline" href={`/catalog?owner=${encodeURIComponent(team.slug)}`}>
              See in the catalog
            </Link>
          </CardHeader>
          <CardContent>
            {team.owned.items.length === 0 ? (
              <EmptyState icon={Boxes} title="Owns nothing yet" description={<>Entities whose <code>spec.owner</code> is {team.slug} show here.</>} />
            ) : (
              <OwnedEntities items={team.owned.items} label={`Owned by ${team.name}`} />
            )}
          </CardContent>
        </Card>
        <Card className="lg:col-start-2 lg:row-span-2 lg:row-start-1">
          <CardHeader>
            <CardTitle>About</CardTitle>
          </CardHeader>
          <CardContent>
            {team.canManage ? (
              <EditTeamForm slug={team.slug} name={team.name} description={team.description} />
            ) : (
              <dl className="grid gap-2 text-sm">
                <dt className="text-muted-foreground">Slug</dt>
                <dd>{team.slug}</dd>
                <dt className="text-muted-foreground">Maintainers</dt>
                <dd>{team.members.filter((m) => m.role === "maintainer").map((m) => m.name).join(", ") || "—"}</dd>
              </dl>
            )}
          </CardContent>
        </Card>
      </div>
    </>
  );
}
