import type { Metadata } from "next";
import Link from "next/link";
import { ExternalLink, Pencil, Trash2 } from "lucide-react";
import { ApiDefinitionTab } from "@/components/catalog/api-definition-tab";
import { entityHref } from "@/components/catalog/entity-href";
import { EntityTabs, type EntityTab } from "@/components/catalog/entity-tabs";
import { OverviewTab } from "@/components/catalog/overview-tab";
import { ReadmeTab } from "@/components/catalog/readme-tab";
import { RelationsTab } from "@/components/catalog/relations-tab";
import { githubEditUrl } from "@/components/catalog/source-links";
import { DeploymentsTab } from "@/components/deployments/deployments-tab";
import { CicdTab } from "@/components/pipelines/cicd-tab";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/page-header";
import { RelativeTime } from "@/components/ui/relative-time";
import { Status } from "@/components/ui/status";
import { canChangeEntity } from "@/lib/catalog/entity-access";
import { getEntityGraph } from "@/lib/catalog/query/get-entity-graph";
import { listEntityRuns } from "@/lib/pipelines/list-entity-runs";
import { deleteEntityAction } from "../../../actions";
import { isFormKind } from "../../../entity-form-spec";
import { loadEntity, type EntityParams } from "./load-entity";

type Props = { params: EntityParams; searchParams: Promise<{ tab?: string; depth?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: decodeURIComponent((await params).name) };
}

export default async function EntityPage({ params, searchParams }: Props) {
  const { actor, entity } = await loadEntity(params);
  const { tab: rawTab, depth: rawDepth } = await searchParams;
  const fd = entity.flightdeck;
  const self = { kind: entity.kind, namespace: entity.metadata.namespace, name: entity.metadata.name };
  const tabs: EntityTab[] = [
    { id: "overview", label: "Overview" },
    { id: "relations", label: "Relations" },
    ...(entity.kind === "API" ? [{ id: "api", label: "API definition" }] : []),
    { id: "readme", label: "README" },
    // Pipelines and deployments: CI/CD for entities naming a GitHub repository.
    ...(entity.metadata.annotations?.["github.com/project-slug"] ? [{ id: "cicd", label: "CI/CD" }] : []),
    ...(entity.kind === "Component" || entity.metadata.annotations?.["github.com/project-slug"] ? [{ id: "deployments", label: "Deployments" }] : []),
  ];
  const tab = tabs.some((t) => t.id === rawTab) ? rawTab! : "overview";
  const depth = Math.min(3, Math.max(1, Number(rawDepth) || 1));
  // The stored, normalized owner ref ("group:default/payments") is the ownedBy relation's target.
  const ownerRef = entity.relations.find((r) => r.type === "ownedBy")?.targetRef ?? null;
  // Same rules as the writes: members edit portal entities, maintainers delete them or orphans.
  const [canEdit, canDelete, graph, runs] = await Promise.all([
    fd.managedBy === "portal" && isFormKind(entity.kind) ? canChangeEntity(actor, ownerRef, "member") : false,
    fd.managedBy === "portal" || fd.orphanedAt ? canChangeEntity(actor, ownerRef, "maintainer") : false,
    tab === "relations" ? getEntityGraph(actor, fd.ref, depth) : null,
    tab === "cicd" ? listEntityRuns(actor, { entity: fd.ref, take: 30 }) : null,
  ]);
  const edit = githubEditUrl(entity);
  const deleteButton = canDelete && (
    <ConfirmDialog
      trigger={<Button variant="danger"><Trash2 aria-hidden /> Delete</Button>}
      title={`Delete ${fd.ref}?`}
      description={`The entity and its relations are removed from the catalog${fd.orphanedAt ? "; its source no longer defines it, so it will not come back" : ""}. It is recorded in the audit log.`}
      confirmLabel="Delete entity"
      destructive
      onConfirm={deleteEntityAction.bind(null, fd.ref)}
    />
  );
  return (
    <>
      <PageHeader
        title={
          <>
            {entity.metadata.title ?? entity.metadata.name} <Badge className="align-middle">{entity.kind}</Badge>
            {fd.isDemo && <Badge className="ml-1 align-middle">demo</Badge>}
          </>
        }
        description={<code className="text-xs">{fd.ref}</code>}
        breadcrumbs={[{ label: "Catalog", href: "/catalog" }, { label: entity.kind, href: `/catalog?kind=${entity.kind.toLowerCase()}` }]}
        actions={
          <>
            {canEdit && (
              <Button asChild variant="secondary">
                <Link href={`${entityHref(self)}/edit`}><Pencil aria-hidden /> Edit</Link>
              </Button>
            )}
            {fd.managedBy !== "portal" && edit && (
              <Button asChild variant="secondary">
                <a href={edit} rel="noreferrer" target="_blank"><ExternalLink aria-hidden /> Edit in GitHub</a>
              </Button>
            )}
            {fd.managedBy !== "portal" && !edit && <span className="text-xs text-muted-foreground">Read-only here: defined by its location</span>}
            {deleteButton}
          </>
        }
      />
      {fd.orphanedAt && (
        <FormMessage tone="error" className="mb-4">
          <Status status="warning" label="Orphaned" variant="inline" /> since <RelativeTime date={fd.orphanedAt} />: its source{fd.location ? ` (${fd.location.type}:${fd.location.target})` : ""} no longer defines it. Delete it if it is gone for good, or add it back to its file.
        </FormMessage>
      )}
      <EntityTabs entity={self} tabs={tabs} current={tab} />
      {tab === "overview" && <OverviewTab entity={entity} />}
      {tab === "relations" && graph && <RelationsTab entity={entity} graph={graph} depth={depth} />}
      {tab === "api" && <ApiDefinitionTab entity={entity} />}
      {tab === "readme" && <ReadmeTab actor={actor} entityRef={fd.ref} />}
      {tab === "cicd" && runs && <CicdTab entityRef={fd.ref} initial={runs} />}
      {tab === "deployments" && <DeploymentsTab actor={actor} entityRef={fd.ref} path={entityHref(self)} />}
    </>
  );
}
