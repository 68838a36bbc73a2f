import type { Metadata } from "next";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { ImportForm } from "./import-form";

export const metadata: Metadata = { title: "Import YAML" };

export default async function ImportPage() {
  await requirePermission("write");
  return (
    <>
      <PageHeader
        title="Import YAML"
        description="Paste or upload Backstage descriptors. The preview shows what would be created, changed and left alone before anything is written."
        breadcrumbs={[{ label: "Catalog", href: "/catalog" }]}
      />
      <Card className="max-w-5xl">
        <CardContent>
          <ImportForm />
        </CardContent>
      </Card>
    </>
  );
}
