import type { Metadata } from "next";
import { DoraTiles } from "@/components/dora/dora-tiles";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { PageHeader } from "@/components/ui/page-header";
import { Select } from "@/components/ui/select";
import { requireActor } from "@/lib/auth/session";
import { getDoraMetrics } from "@/lib/dora/get-dora-metrics";
import { listTeams } from "@/lib/teams/list-teams";

export const metadata: Metadata = { title: "DORA metrics" };

type Props = { searchParams: Promise<{ team?: string; days?: string }> };

export default async function DoraPage({ searchParams }: Props) {
  const actor = await requireActor();
  const sp = await searchParams;
  const days = [7, 30, 90, 180].includes(Number(sp.days)) ? Number(sp.days) : 30;
  const to = new Date();
  const from = new Date(to.getTime() - days * 86_400_000);
  const teams = await listTeams(actor, {});
  const team = teams.find((t) => t.slug === sp.team)?.slug;
  const metrics = await getDoraMetrics(actor, { ...(team && { team }), from, to });
  return (
    <>
      <PageHeader
        title="DORA metrics"
        description={`${team ? `Team ${team}` : "The organisation"}: production deployments over the last ${days} days (${metrics.scope.entities} entit${metrics.scope.entities === 1 ? "y" : "ies"}). The same numbers as GET /api/v1/metrics/dora.`}
      />
      <form className="mb-6 flex flex-wrap items-end gap-3">
        <div className="grid w-56 gap-1">
          <Label htmlFor="dora-team">Team</Label>
          <Select id="dora-team" name="team" defaultValue={team ?? ""}>
            <option value="">Whole organisation</option>
            {teams.map((t) => <option key={t.slug} value={t.slug}>{t.name}</option>)}
          </Select>
        </div>
        <div className="grid w-40 gap-1">
          <Label htmlFor="dora-days">Period</Label>
          <Select id="dora-days" name="days" defaultValue={String(days)}>
            {[7, 30, 90, 180].map((d) => <option key={d} value={d}>{d} days</option>)}
          </Select>
        </div>
        <Button type="submit" variant="secondary">Show</Button>
      </form>
      <DoraTiles metrics={metrics} />
    </>
  );
}
