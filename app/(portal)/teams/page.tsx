import type { Metadata } from "next";
import Link from "next/link";
import { UsersRound } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { RowLink, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { listTeams } from "@/lib/teams/list-teams";
import { CreateTeamForm } from "./create-team-form";

export const metadata: Metadata = { title: "Teams" };

export default async function TeamsPage() {
  const actor = await requireActor();
  const teams = await listTeams(actor);
  const canCreate = can(actor, "teams.manage");
  return (
    <>
      <PageHeader title="Teams" description="Teams own services and decide who may change them." />
      {canCreate && (
        <Card className="mb-6">
          <CardHeader>
            <CardTitle>New team</CardTitle>
          </CardHeader>
          <CardContent>
            <CreateTeamForm />
          </CardContent>
        </Card>
      )}
      {teams.length === 0 ? (
        <EmptyState
          icon={UsersRound}
          title="No teams yet"
          description={canCreate ? "Create the first team above, then add its members." : "An admin or platform engineer creates teams."}
        />
      ) : (
        <Table aria-label="Teams">
          <THead>
            <Tr>
              <Th>Team</Th>
              <Th>Description</Th>
              <Th className="text-right">Members</Th>
            </Tr>
          </THead>
          <TBody>
            {teams.map((team) => (
              <Tr key={team.id}>
                <Td>
                  <RowLink href={`/teams/${team.slug}`}>{team.name}</RowLink>
                  <span className="ml-2 text-xs text-muted-foreground">{team.slug}</span>
                  {team.isDemo && <Badge className="ml-2">demo</Badge>}
                </Td>
                <Td className="text-muted-foreground">{team.description || "—"}</Td>
                <Td className="text-right tabular-nums">{team.memberCount}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      <p className="mt-4 text-xs text-muted-foreground">
        Automate with <Link className="underline" href="/api/v1/openapi.json">GET /api/v1/teams</Link>.
      </p>
    </>
  );
}
