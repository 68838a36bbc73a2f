import Link from "next/link";
import { ExternalLink } from "lucide-react";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { RelativeTime } from "@/components/ui/relative-time";
import { Status } from "@/components/ui/status";
import type { EntityDetail } from "@/lib/catalog/query/get-entity";
import { entityHref, ownerHref, refParts, shortRef } from "./entity-href";
import { githubEditUrl } from "./source-links";

function Row({ label, children, stacked }: { label: string; children: ReactNode; stacked?: boolean }) {
  return (
    <div className={stacked ? "grid gap-0.5 py-1.5 text-sm" : "grid grid-cols-[8rem_minmax(0,1fr)] gap-2 py-1.5 text-sm"}>
      <dt className="break-all text-muted-foreground">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

const none = <span className="text-muted-foreground">—</span>;
const str = (v: unknown) => (typeof v === "string" && v ? v : null);

/** A spec ref field as a link to its entity; refs without a kind get the field's default kind. */
function RefLink({ value, kind }: { value: string; kind: string }) {
  const ref = value.includes(":") ? value : `${kind}:${value}`;
  return <Link className="underline underline-offset-2" href={kind === "group" ? ownerHref(ref) : entityHref(refParts(ref.toLowerCase()))}>{shortRef(ref.toLowerCase(), kind)}</Link>;
}

function syncErrorLines(errors: unknown): string[] {
  if (!errors) return [];
  const list = Array.isArray(errors) ? errors : [errors];
  return list.map((e) => (typeof e === "string" ? e : typeof e === "object" && e && "message" in e ? String((e as { message: unknown }).message) : JSON.stringify(e)));
}

export function OverviewTab({ entity }: { entity: EntityDetail }) {
  const { metadata, spec, flightdeck: fd } = entity;
  const owner = str(spec.owner);
  const system = str(spec.system);
  const domain = str(spec.domain);
  const annotations = Object.entries(metadata.annotations ?? {});
  const edit = githubEditUrl(entity);
  const errors = syncErrorLines(fd.syncErrors);
  return (
    <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
      <div className="grid content-start gap-6">
        <Card>
          <CardHeader>
            <CardTitle>About</CardTitle>
          </CardHeader>
          <CardContent>
            <p className="mb-3 text-sm">{metadata.description ?? <span className="text-muted-foreground">No description.</span>}</p>
            <dl className="divide-y">
              <Row label="Kind">{entity.kind}</Row>
              {str(spec.type) && <Row label="Type">{str(spec.type)}</Row>}
              {str(spec.lifecycle) && <Row label="Lifecycle">{str(spec.lifecycle)}</Row>}
              <Row label="Owner">{owner ? <RefLink value={owner} kind="group" /> : none}</Row>
              {(system || ["Component", "API", "Resource"].includes(entity.kind)) && <Row label="System">{system ? <RefLink value={system} kind="system" /> : none}</Row>}
              {domain && <Row label="Domain"><RefLink value={domain} kind="domain" /></Row>}
              <Row label="Namespace">{metadata.namespace}</Row>
              <Row label="Tags">{metadata.tags?.length ? <span className="flex flex-wrap gap-1">{metadata.tags.map((t) => <Link key={t} href={`/catalog?tag=${encodeURIComponent(t)}`}><Badge tone="outline">{t}</Badge></Link>)}</span> : none}</Row>
            </dl>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Annotations</CardTitle>
          </CardHeader>
          <CardContent>
            {annotations.length === 0 ? (
              <p className="text-sm text-muted-foreground">None. Integrations read annotations such as <code>github.com/project-slug</code>.</p>
            ) : (
              <dl className="divide-y">
                {annotations.map(([key, value]) => (
                  <Row key={key} label={key} stacked>
                    <code className="text-xs">{value}</code>
                  </Row>
                ))}
              </dl>
            )}
          </CardContent>
        </Card>
      </div>
      <div className="grid content-start gap-6">
        <Card>
          <CardHeader>
            <CardTitle>Links</CardTitle>
          </CardHeader>
          <CardContent>
            {metadata.links?.length ? (
              <ul className="grid gap-2 text-sm">
                {metadata.links.map((link) => (
                  <li key={link.url}>
                    <a className="inline-flex items-center gap-1 underline-offset-2 hover:underline" href={link.url} rel="noreferrer" target="_blank">
                      {link.title || link.url} <ExternalLink aria-hidden className="size-3.5" />
                    </a>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-muted-foreground">No links. Runbooks and dashboards go in <code>metadata.links</code>.</p>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Source and sync</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="divide-y">
              <Row label="Managed by">{fd.managedBy === "portal" ? "This portal (editable here)" : "Its repository (read-only here)"}</Row>
              {fd.location && <Row label="Location"><code className="text-xs">{fd.location.type}:{fd.location.target}</code></Row>}
              {fd.sourceRepo && <Row label="Repository">{fd.sourceRepo}</Row>}
              {fd.sourcePath && <Row label="Path"><code className="text-xs">{fd.sourcePath}</code></Row>}
              {fd.sourceCommit && <Row label="Commit"><code className="text-xs">{fd.sourceCommit.slice(0, 12)}</code></Row>}
              {fd.location?.type === "local-git" && fd.sourceUrl && (
                // The portal's own git server: clone with your portal email and password (or an API token).
                <Row label="Clone">
                  <a className="underline" href={fd.sourceUrl.replace(/\/blob\/.*$/, "")}>Repository</a>{" "}
                  <code className="text-xs break-all">git clone {fd.sourceUrl.replace(/\/blob\/.*$/, "")}</code>
                </Row>
              )}
              {edit && <Row label="Descriptor"><a className="inline-flex items-center gap-1 underline" href={edit} rel="noreferrer" target="_blank">Edit in GitHub <ExternalLink aria-hidden className="size-3.5" /></a></Row>}
              <Row label="Last synced">{fd.syncedAt ? <RelativeTime date={fd.syncedAt} /> : fd.managedBy === "portal" ? "not synced (created here)" : "never"}</Row>
              <Row label="Sync state">
                {fd.orphanedAt ? <Status status="warning" label="Orphaned" /> : errors.length ? <Status status="failure" label={`${errors.length} errors`} /> : <Status status="success" label="OK" />}
              </Row>
              <Row label="Updated"><RelativeTime date={fd.updatedAt} /></Row>
            </dl>
            {errors.length > 0 && (
              <ul className="mt-3 grid gap-1 text-xs text-danger">
                {errors.map((e, i) => <li key={i}>{e}</li>)}
              </ul>
            )}
            {fd.conflictLocationId && (
              <p className="mt-3 rounded-md border border-warning/40 bg-warning/10 px-3 py-2 text-sm">
                Another location also defines this entity; the first one wins, so that one&apos;s copy is ignored. Remove one of the two definitions.
              </p>
            )}
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
