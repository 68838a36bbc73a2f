import type { Metadata } from "next";
import Link from "next/link";
import { ScrollText } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { listAuditQuerySchema } from "@/lib/audit/schemas";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };
const filters = ["actor", "action", "targetType", "from", "to"] as const;

export default async function AuditPage({ searchParams }: Props) {
  const actor = await requirePermission("audit.read");
  const params = await searchParams;
  const raw = Object.fromEntries(Object.entries(params).filter(([k, v]) => v && ([...filters, "cursor"] as string[]).includes(k)));
  const parsed = listAuditQuerySchema.safeParse(raw);
  const page = await listAuditEvents(actor, parsed.success ? raw : {});
  const filtered = filters.some((f) => params[f]);
  return (
    <>
      <PageHeader title="Audit log" description="Every change, who made it, when, and what it was before and after." breadcrumbs={[{ label: "Settings" }]} />
      <form className="mb-4 grid gap-3 sm:grid-cols-3 lg:grid-cols-[repeat(5,1fr)_auto] lg:items-end" action="/settings/audit" aria-label="Filter the audit log">
        <Field id="audit-actor" label="Actor">
          <Input name="actor" defaultValue={params.actor} placeholder="email" />
        </Field>
        <Field id="audit-action" label="Action">
          <Input name="action" defaultValue={params.action} placeholder="team. or user.update" />
        </Field>
        <Field id="audit-target" label="Target type">
          <Input name="targetType" defaultValue={params.targetType} placeholder="team, user, token, job" />
        </Field>
        <Field id="audit-from" label="From" error={parsed.success ? undefined : "use a date such as 2026-01-31"}>
          <Input name="from" type="date" defaultValue={params.from} />
        </Field>
        <Field id="audit-to" label="To">
          <Input name="to" type="date" defaultValue={params.to} />
        </Field>
        <Button type="submit" variant="secondary">
          Filter
        </Button>
      </form>
      {page.items.length === 0 ? (
        <EmptyState
          icon={ScrollText}
          title={filtered ? "No events match these filters" : "No events yet"}
          description={filtered ? <Link className="underline" href="/settings/audit">Clear the filters</Link> : "Changes made in the portal, the API or the CLI appear here."}
        />
      ) : (
        <Table aria-label="Audit events">
          <THead>
            <Tr>
              <Th>When</Th>
              <Th>Actor</Th>
              <Th>Action</Th>
              <Th>Target</Th>
              <Th>Change</Th>
            </Tr>
          </THead>
          <TBody>
            {page.items.map((e) => (
              <Tr key={e.id}>
                <Td className="whitespace-nowrap text-muted-foreground">
                  <RelativeTime date={e.createdAt} />
                </Td>
                <Td>
                  {e.actorLabel} <span className="text-xs text-muted-foreground">via {e.via}</span>
                </Td>
                <Td>
                  <code className="text-xs">{e.action}</code>
                </Td>
                <Td>
                  {e.targetType} <span className="text-muted-foreground">{e.targetLabel}</span>
                </Td>
                <Td>
                  {e.before || e.after ? (
                    <details>
                      <summary className="cursor-pointer text-xs text-muted-foreground">before / after</summary>
                      <pre className="mt-1 max-w-md overflow-x-auto text-xs">{JSON.stringify({ before: e.before, after: e.after }, null, 2)}</pre>
                    </details>
                  ) : (
                    "—"
                  )}
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      <Pagination searchParams={params} olderCursor={page.nextCursor} olderParam="cursor" newerParam="from_cursor" pathname="/settings/audit" />
    </>
  );
}
