import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { entityHref } from "@/components/catalog/entity-href";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { canChangeEntity } from "@/lib/catalog/entity-access";
import { listTeams } from "@/lib/teams/list-teams";
import { EntityForm } from "../../../../entity-form";
import { formValuesOf, isFormKind } from "../../../../entity-form-spec";
import { loadEntity, type EntityParams } from "../load-entity";

export const metadata: Metadata = { title: "Edit entity" };

export default async function EditEntityPage({ params }: { params: EntityParams }) {
  const { actor, entity } = await loadEntity(params);
  const ownerRef = entity.relations.find((r) => r.type === "ownedBy")?.targetRef ?? null;
  // Repository entities are edited in their repository; others only by those who may change them.
  if (entity.flightdeck.managedBy !== "portal" || !isFormKind(entity.kind) || !(await canChangeEntity(actor, ownerRef))) notFound();
  const self = { kind: entity.kind, namespace: entity.metadata.namespace, name: entity.metadata.name };
  const teams = await listTeams(actor);
  return (
    <>
      <PageHeader
        title={`Edit ${entity.metadata.title ?? entity.metadata.name}`}
        description={<code className="text-xs">{entity.flightdeck.ref}</code>}
        breadcrumbs={[{ label: "Catalog", href: "/catalog" }, { label: entity.metadata.name, href: entityHref(self) }]}
      />
      <Card className="max-w-3xl">
        <CardContent>
          <EntityForm kind={entity.kind} teams={teams.map((t) => ({ slug: t.slug, name: t.name }))} initial={formValuesOf(entity)} editRef={entity.flightdeck.ref} />
        </CardContent>
      </Card>
    </>
  );
}
