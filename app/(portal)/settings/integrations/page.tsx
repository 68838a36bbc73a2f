import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { Plug } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { RelativeTime } from "@/components/ui/relative-time";
import { Status, statusOf } from "@/components/ui/status";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { listIntegrations } from "@/lib/integrations/list-integrations";
import { listWebhookDeliveries } from "@/lib/webhooks/list-webhook-deliveries";
import { RemoveConnectionButton, TestConnectionButton } from "./integration-actions";
import { IntegrationForm } from "./integration-form";

export const metadata: Metadata = { title: "Integrations" };

// Delivery outcomes in the portal's one status vocabulary.
const deliveryStatus: Record<string, "success" | "failure" | "queued" | "unknown" | "warning"> = {
  processed: "success",
  queued: "queued",
  received: "queued",
  ignored: "unknown",
  failed: "failure",
  refused: "warning",
};

export default async function IntegrationsPage() {
  const actor = await requirePermission("integrations.manage");
  const [integrations, deliveries, h] = await Promise.all([listIntegrations(actor), listWebhookDeliveries(actor, { take: 25 }), headers()]);
  const origin = process.env.AUTH_URL?.replace(/\/+$/, "") ?? `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost"}`;
  const webhookUrl = `${origin}/api/webhooks/github`;
  return (
    <>
      <PageHeader title="Integrations" description="Connections to GitHub. Credentials are encrypted at rest and never shown again." breadcrumbs={[{ label: "Settings" }]} />
      {integrations.length === 0 ? (
        <EmptyState className="mb-6" icon={Plug} title="No GitHub connection yet" description="Add one below with a token or as a GitHub App, then test it." />
      ) : (
        <div className="mb-6 grid gap-4">
          {integrations.map((i) => (
            <Card key={i.id} aria-label={`Connection ${i.name}`}>
              <CardHeader className="flex flex-row flex-wrap items-start justify-between gap-2">
                <div>
                  <CardTitle>
                    {i.name} <Badge className="ml-1">{i.auth === "app" ? `GitHub App ${i.appId}` : "token"}</Badge>
                  </CardTitle>
                  <CardDescription>
                    {i.baseUrl}
                    {i.org && ` · organisation ${i.org}`}
                    {i.installationId && ` · installation ${i.installationId}`}
                    {" · "}webhook secret {i.hasWebhookSecret ? "set" : "not set"}
                  </CardDescription>
                </div>
                <div className="flex gap-2">
                  <Link className="text-sm underline" href={`/settings/integrations/${i.id}`} aria-label={`Edit ${i.name}`}>
                    Edit
                  </Link>
                  <RemoveConnectionButton id={i.id} name={i.name} />
                </div>
              </CardHeader>
              <CardContent className="grid gap-3">
                <div className="flex flex-wrap items-center gap-2 text-sm">
                  <Status status={statusOf(i.status)} />
                  <span>{i.statusMessage || "Not tested yet"}</span>
                  {i.checkedAt && (
                    <span className="text-muted-foreground">
                      (<RelativeTime date={i.checkedAt} />)
                    </span>
                  )}
                </div>
                {i.rateLimit && (
                  <p className="text-sm text-muted-foreground">
                    Rate limit {i.rateLimit.remaining}/{i.rateLimit.limit}, resets <RelativeTime date={i.rateLimit.resetAt} />
                  </p>
                )}
                <TestConnectionButton id={i.id} name={i.name} />
              </CardContent>
            </Card>
          ))}
        </div>
      )}
      <Card className="mb-6">
        <CardHeader>
          <CardTitle>Add a GitHub connection</CardTitle>
        </CardHeader>
        <CardContent>
          <IntegrationForm />
        </CardContent>
      </Card>
      <Card className="mb-6">
        <CardHeader>
          <CardTitle>Webhooks</CardTitle>
          <CardDescription>GitHub tells Flightdeck about pushes, runs, deployments and releases as they happen.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-2 text-sm">
          <p>
            Payload URL: <code className="rounded bg-muted px-1 font-mono">{webhookUrl}</code>
          </p>
          <ol className="list-decimal space-y-1 pl-5 text-muted-foreground">
            <li>On GitHub, open the organisation&apos;s (or the App&apos;s) settings › Webhooks › Add webhook.</li>
            <li>Paste the payload URL, choose content type application/json, and enter the connection&apos;s webhook secret.</li>
            <li>Send: push, repository, workflow runs and jobs, deployments and their statuses, releases, pull requests, branch or tag creation and deletion.</li>
            <li>With several connections, add <code className="font-mono">?integration=name</code> to the URL to pick one.</li>
          </ol>
        </CardContent>
      </Card>
      <h2 className="mb-2 text-base font-semibold">Recent webhook deliveries</h2>
      {deliveries.length === 0 ? (
        <EmptyState title="No deliveries yet" description="Once GitHub sends a webhook, each delivery and its outcome shows here." />
      ) : (
        <Table aria-label="Webhook deliveries">
          <THead>
            <Tr>
              <Th>Received</Th>
              <Th>Event</Th>
              <Th>Outcome</Th>
              <Th>Detail</Th>
              <Th className="text-right">Duration</Th>
            </Tr>
          </THead>
          <TBody>
            {deliveries.map((d) => (
              <Tr key={d.id}>
                <Td className="whitespace-nowrap">
                  <RelativeTime date={d.receivedAt} />
                </Td>
                <Td>
                  <span className="font-mono text-xs">{d.action ? `${d.event}.${d.action}` : d.event}</span>
                  {d.deliveryId && <span className="block text-xs text-muted-foreground">{d.deliveryId}</span>}
                </Td>
                <Td>
                  <Status status={deliveryStatus[d.status] ?? "unknown"} label={d.status} />
                </Td>
                <Td className="max-w-md text-muted-foreground">{d.error ?? "—"}</Td>
                <Td className="text-right tabular-nums">{d.durationMs === null ? "—" : `${d.durationMs} ms`}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </>
  );
}
