import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { RelativeTime } from "@/components/ui/relative-time";
import { Status } from "@/components/ui/status";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { listSchedules } from "@/lib/jobs/list-schedules";
import { runScheduleAction } from "./actions";

type Schedule = Awaited<ReturnType<typeof listSchedules>>[number];

export function SchedulesCard({ schedules, canManage }: { schedules: Schedule[]; canManage: boolean }) {
  return (
    <Card className="mb-6">
      <CardHeader>
        <CardTitle>Schedules</CardTitle>
        <CardDescription>Recurring jobs. A worker creates them on its first start; exactly one worker enqueues each occurrence.</CardDescription>
      </CardHeader>
      <CardContent>
        {schedules.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            No schedules yet: they appear once a worker has started (it runs inside the portal unless FLIGHTDECK_WORKER=off; then start one with
            <code> npm run worker</code>).
          </p>
        ) : (
          <Table aria-label="Schedules">
            <THead>
              <Tr>
                <Th>Name</Th>
                <Th>When (cron, time zone)</Th>
                <Th>State</Th>
                <Th>Next run</Th>
                <Th>Last run</Th>
                {canManage && <Th className="text-right">Actions</Th>}
              </Tr>
            </THead>
            <TBody>
              {schedules.map((s) => (
                <Tr key={s.id}>
                  <Td>
                    <code className="text-xs">{s.name}</code>
                  </Td>
                  <Td>
                    <code className="text-xs">{s.cron}</code> <span className="text-muted-foreground">{s.timezone}</span>
                  </Td>
                  <Td>{s.enabled ? <Status status="success" label="Enabled" /> : <Status status="unknown" label="Disabled" />}</Td>
                  <Td className="text-muted-foreground">
                    <RelativeTime date={s.nextRunAt} />
                  </Td>
                  <Td className="text-muted-foreground">{s.lastRunAt ? <RelativeTime date={s.lastRunAt} /> : "never"}</Td>
                  {canManage && (
                    <Td className="text-right">
                      <ConfirmDialog
                        trigger={<Button variant="secondary" size="sm" aria-label={`Run ${s.name} now`}>Run now</Button>}
                        title={`Run ${s.name} now?`}
                        description="One job is queued now; the schedule's next run stays as it is."
                        confirmLabel="Run now"
                        onConfirm={runScheduleAction.bind(null, s.name)}
                      />
                    </Td>
                  )}
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
