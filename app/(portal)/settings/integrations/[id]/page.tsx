import type { Metadata } from "next";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { getIntegration } from "@/lib/integrations/get-integration";
import { IntegrationForm } from "../integration-form";

export const metadata: Metadata = { title: "Edit integration" };

export default async function EditIntegrationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("integrations.manage");
  const integration = await getIntegration(actor, (await params).id);
  return (
    <>
      <PageHeader
        title={`Edit ${integration.name}`}
        description="Credentials are write-only: a blank field keeps the stored one."
        breadcrumbs={[{ label: "Settings" }, { label: "Integrations", href: "/settings/integrations" }]}
      />
      <Card>
        <CardContent className="pt-6">
          <IntegrationForm integration={integration} />
        </CardContent>
      </Card>
    </>
  );
}
