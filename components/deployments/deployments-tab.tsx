// An entity's Deployments tab: DORA tiles for the entity, then per environment what runs now,
// its history, and (for the owner team and platform) a confirmed rollback to the previous version.
import { Rocket, Undo2 } from "lucide-react";
import { rollbackAction } from "@/app/(portal)/deployments/actions";
import { DoraTiles } from "@/components/dora/dora-tiles";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { RelativeTime } from "@/components/ui/relative-time";
import { Status, statusOf } from "@/components/ui/status";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { Actor } from "@/lib/auth/actor";
import { listEntityDeployments } from "@/lib/deployments/list-entity-deployments";
import { getDoraMetrics } from "@/lib/dora/get-dora-metrics";
import { getEntityRepository } from "@/lib/pipelines/entity-repository";
import { canOperate } from "@/lib/pipelines/pipeline-access";

const word = (s: string) => (s === "rolled_back" ? "Rolled back" : s.charAt(0).toUpperCase() + s.slice(1));
const kind = (s: string) => (s === "rolled_back" ? "warning" : statusOf(s));

export async function DeploymentsTab({ actor, entityRef, path }: { actor: Actor; entityRef: string; path: string }) {
  const [history, metrics, repo] = await Promise.all([listEntityDeployments(actor, entityRef), getDoraMetrics(actor, { entity: entityRef }), getEntityRepository(entityRef)]);
  const mayRollback = !!repo.deployWorkflow && (await canOperate(actor, repo.entityRef));
  const any = history.environments.some((e) => e.items.length);
  return (
    <div className="grid gap-6">
      <DoraTiles metrics={metrics} />
      {!any && (
        <EmptyState
          icon={Rocket}
          title="No deployments reported yet"
          description={<>Report them with <code>POST /api/v1/deployments</code> from any CI/CD tool, or let GitHub deployments of the entity&apos;s repository arrive by webhook.</>}
        />
      )}
      {history.environments.filter((e) => e.items.length).map((env) => (
        <Card key={env.environment} aria-label={`Deployments to ${env.environment}`}>
          <CardHeader className="flex flex-row flex-wrap items-center gap-3">
            <CardTitle className="mr-auto">
              {env.environment}
              {env.current && <span className="ml-2 text-sm font-normal text-muted-foreground">running {env.current.version} since <RelativeTime date={env.current.finishedAt ?? env.current.startedAt} /></span>}
            </CardTitle>
            {mayRollback && env.rollbackTo && (
              <ConfirmDialog
                trigger={<Button size="sm" variant="danger"><Undo2 aria-hidden /> Roll back {env.environment}</Button>}
                title={`Roll back ${env.environment} to ${env.rollbackTo}?`}
                description={`${repo.deployWorkflow} runs on ${repo.slug} with version ${env.rollbackTo}, replacing ${env.current?.version ?? "the current version"}. The rollback is recorded in the audit log.`}
                confirmLabel={`Roll back to ${env.rollbackTo}`}
                destructive
                onConfirm={rollbackAction.bind(null, entityRef, env.environment, path)}
              />
            )}
          </CardHeader>
          <CardContent>
            <Table aria-label={`History of ${env.environment}`}>
              <THead>
                <Tr><Th>Status</Th><Th>Version</Th><Th>Commit</Th><Th>Source</Th><Th>Started</Th><Th>Link</Th></Tr>
              </THead>
              <TBody>
                {env.items.map((d) => (
                  <Tr key={d.id}>
                    <Td><Status status={kind(d.status)} label={word(d.status)} />{d.isHotfix && <span className="ml-1 text-xs">hotfix</span>}</Td>
                    <Td className="font-medium">{d.version ?? "—"}</Td>
                    <Td><code className="text-xs">{d.sha?.slice(0, 7) ?? "—"}</code></Td>
                    <Td className="text-xs">{d.source}</Td>
                    <Td className="text-xs"><RelativeTime date={d.startedAt} /></Td>
                    <Td className="text-xs">{d.url ? <a className="text-primary hover:underline" href={d.url} target="_blank" rel="noreferrer">open</a> : "—"}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          </CardContent>
        </Card>
      ))}
    </div>
  );
}
