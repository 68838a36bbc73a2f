import { ListChecks } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { RelativeTime } from "@/components/ui/relative-time";
import { Status, statusOf } from "@/components/ui/status";
import { Table, TBody, Td, Th, THead, Tr, RowLink } from "@/components/ui/table";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { listTasks } from "@/lib/scaffolder/list-tasks";

export const metadata: Metadata = { title: "Scaffolder tasks" };

type Search = { template?: string; mine?: string };

export default async function TasksPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActor();
  const sp = await searchParams;
  const seesAll = can(actor, "teams.manage");
  const mine = !seesAll || sp.mine !== "false";
  const { items } = await listTasks(actor, { ...(sp.template && { templateRef: sp.template }), mine: mine ? "true" : "false" });
  const summary = (values: Record<string, unknown>) => ["name", "repoUrl", "owner"].map((k) => values[k]).filter((v) => typeof v === "string").join(" · ");
  return (
    <>
      <PageHeader
        title="Scaffolder tasks"
        description={sp.template ? <>Runs of <code className="text-xs">{sp.template}</code></> : mine ? "Templates you ran, newest first." : "Everyone's template runs, newest first."}
        breadcrumbs={[{ label: "Create", href: "/create" }]}
        actions={seesAll ? <Button asChild variant="secondary"><Link href={mine ? "/create/tasks?mine=false" : "/create/tasks"}>{mine ? "Everyone's tasks" : "My tasks"}</Link></Button> : undefined}
      />
      {items.length === 0 ? (
        <EmptyState icon={ListChecks} title="No tasks yet" description="Pick a template in Create; each run shows up here with its parameters and outcome." action={<Button asChild><Link href="/create">Browse templates</Link></Button>} />
      ) : (
        <Table aria-label="Tasks">
          <THead>
            <Tr><Th>Template</Th><Th>Parameters</Th><Th>Status</Th><Th>Started by</Th><Th>When</Th></Tr>
          </THead>
          <TBody>
            {items.map((t) => (
              <Tr key={t.id}>
                <Td><RowLink href={`/create/tasks/${t.id}`}>{t.templateTitle}</RowLink><div className="text-xs text-muted-foreground"><Link className="hover:underline" href={`/create/tasks?template=${encodeURIComponent(t.templateRef)}&mine=${mine}`}>{t.templateRef}</Link></div></Td>
                <Td className="max-w-xs truncate font-mono text-xs">{summary(t.values)}</Td>
                <Td><Status status={statusOf(t.status)} label={t.status} />{t.error && <div className="mt-1 max-w-xs truncate text-xs text-danger" title={t.error}>{t.error}</div>}</Td>
                <Td className="text-sm">{t.createdBy}</Td>
                <Td className="text-sm"><RelativeTime date={t.createdAt} /></Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </>
  );
}
