import type { Metadata } from "next";
import Link from "next/link";
import { FolderGit2 } from "lucide-react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { RelativeTime } from "@/components/ui/relative-time";
import { Status, statusOf } from "@/components/ui/status";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { listGithubConnections } from "@/lib/catalog/github/list-github-connections";
import { listLocations } from "@/lib/catalog/locations/list-locations";
import { LocationActions } from "./location-actions";
import { DiscoverOrgForm, RegisterUrlForm } from "./location-forms";

export const metadata: Metadata = { title: "Locations" };

const typeLabels: Record<string, string> = { url: "File URL", "github-discovery": "Organisation", upload: "Upload" };

// "failed" is GitHub unreachable (entities kept); "error" is some documents or repositories skipped.
const statusLabels: Record<string, string> = { ok: "OK", failed: "Failed", error: "Errors", pending: "Pending" };

export default async function LocationsPage() {
  const actor = await requireActor();
  const [locations, connections] = await Promise.all([listLocations(actor), listGithubConnections(actor)]);
  const mayManage = can(actor, "catalog.locations");
  const example = `${connections[0]?.webBase ?? "https://github.com"}/${connections[0]?.org ?? "acme"}/payments-api/blob/main/catalog-info.yaml`;
  return (
    <>
      <PageHeader title="Locations" description="Where the catalog comes from: repository files and organisations read from GitHub, re-read on every push and every 30 minutes." />
      {/* Without a GitHub connection the card below says what to do; one empty state is enough. */}
      {locations.length === 0 ? (
        connections.length > 0 && (
          <EmptyState className="mb-6" icon={FolderGit2} title="No locations yet" description="Register a catalog-info.yaml by its URL, or discover an organisation's repositories, below." />
        )
      ) : (
        <Table aria-label="Locations" className="mb-6">
          <THead>
            <Tr>
              <Th>Location</Th>
              <Th>Status</Th>
              <Th>Last sync</Th>
              <Th className="text-right">Entities</Th>
              {mayManage && <Th className="sr-only">Actions</Th>}
            </Tr>
          </THead>
          <TBody>
            {locations.map((l) => (
              <Tr key={l.id}>
                <Td className="max-w-xl">
                  <span className="block text-xs text-muted-foreground">{typeLabels[l.type] ?? l.type}</span>
                  <span className="break-all font-mono text-xs">{l.target}</span>
                  {l.lastError && <span className="mt-1 block text-xs text-failure">{l.lastError}</span>}
                </Td>
                <Td>
                  <Status status={statusOf(l.status)} label={statusLabels[l.status] ?? l.status} />
                </Td>
                <Td className="whitespace-nowrap">{l.lastSyncedAt ? <RelativeTime date={l.lastSyncedAt} /> : "never"}</Td>
                <Td className="text-right tabular-nums">{l.entityCount}</Td>
                {mayManage && (
                  <Td className="text-right">{l.type === "upload" ? null : <LocationActions id={l.id} label={l.target} />}</Td>
                )}
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      {mayManage &&
        (connections.length === 0 ? (
          <EmptyState title="GitHub is not connected" description={<>Connect GitHub in <Link className="underline" href="/settings/integrations">Settings → Integrations</Link> first; then register files and organisations here.</>} />
        ) : (
          <div className="grid gap-6 lg:grid-cols-2">
            <Card>
              <CardHeader>
                <CardTitle>Register a file URL</CardTitle>
                <CardDescription>Read once now to check it, then on every push to its branch.</CardDescription>
              </CardHeader>
              <CardContent>
                <RegisterUrlForm example={example} />
              </CardContent>
            </Card>
            <Card>
              <CardHeader>
                <CardTitle>Discover an organisation</CardTitle>
                <CardDescription>Every matching repository&apos;s catalog file, from its default branch.</CardDescription>
              </CardHeader>
              <CardContent>
                <DiscoverOrgForm connections={connections} />
              </CardContent>
            </Card>
          </div>
        ))}
    </>
  );
}
