import type { Metadata } from "next";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { PageHeader } from "@/components/ui/page-header";
import { Status } from "@/components/ui/status";
import { requirePermission } from "@/lib/auth/session";
import { checkHealth } from "@/lib/health/check-health";
import { version } from "@/lib/version";
import { getDemoWorkspace } from "@/lib/workspace/demo-workspace";
import { removeDemoAction } from "./actions";

export const metadata: Metadata = { title: "Workspace" };

export default async function WorkspacePage() {
  await requirePermission("workspace.manage");
  const [demo, health] = await Promise.all([getDemoWorkspace(), checkHealth()]);
  const migrations = health.body.database.migrations;
  return (
    <>
      <PageHeader title="Workspace" description="This Flightdeck instance and its demo data." breadcrumbs={[{ label: "Settings" }]} />
      <div className="grid gap-6 md:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Demo workspace</CardTitle>
            <CardDescription>Seeded on the first start so there is something to look at. Real data is never marked as demo.</CardDescription>
          </CardHeader>
          <CardContent className="grid gap-3 text-sm">
            {demo.present ? (
              <>
                <p>
                  {demo.teams} demo teams and {demo.people} demo people are in this workspace.
                </p>
                <div>
                  <ConfirmDialog
                    trigger={<Button variant="danger">Remove demo data</Button>}
                    title="Remove the demo workspace?"
                    description={`This deletes the ${demo.teams} demo teams and ${demo.people} demo people. Your own teams and accounts stay. It is recorded in the audit log.`}
                    confirmLabel="Remove demo data"
                    destructive
                    onConfirm={removeDemoAction}
                  />
                </div>
              </>
            ) : (
              <p>No demo data: this workspace holds only your own.</p>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Instance</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
              <dt className="text-muted-foreground">Health</dt>
              <dd>
                <Status status={health.ok ? "success" : "failure"} label={health.body.status} />
              </dd>
              <dt className="text-muted-foreground">Database</dt>
              <dd>{health.body.database.provider === "sqlite" ? "SQLite (embedded)" : "PostgreSQL"}</dd>
              <dt className="text-muted-foreground">Migration</dt>
              <dd>
                <code className="text-xs">{migrations?.current ?? "none"}</code>
                {migrations && migrations.pending.length > 0 && ` (${migrations.pending.length} pending: run npm run db:migrate)`}
              </dd>
              <dt className="text-muted-foreground">Version</dt>
              <dd>{version}</dd>
            </dl>
          </CardContent>
        </Card>
      </div>
    </>
  );
}
