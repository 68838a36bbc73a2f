import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { listTeams } from "@/lib/teams/list-teams";
import { EntityForm } from "../entity-form";
import { isFormKind } from "../entity-form-spec";
import { KindPicker } from "../new-page-kinds";

export const metadata: Metadata = { title: "New entity" };

export default async function NewEntityPage({ searchParams }: { searchParams: Promise<{ kind?: string }> }) {
  const actor = await requirePermission("write");
  const { kind: raw } = await searchParams;
  const kind = isFormKind(raw) ? raw : "Component";
  const teams = await listTeams(actor);
  return (
    <>
      <PageHeader
        title="New entity"
        description={<>Registered here and editable here. Entities in a repository&apos;s <code>catalog-info.yaml</code> come in through <Link className="underline" href="/catalog/import">Import</Link> instead.</>}
        breadcrumbs={[{ label: "Catalog", href: "/catalog" }]}
      />
      <KindPicker current={kind} />
      <Card className="max-w-3xl">
        <CardContent>
          <EntityForm key={kind} kind={kind} teams={teams.map((t) => ({ slug: t.slug, name: t.name }))} />
        </CardContent>
      </Card>
    </>
  );
}
