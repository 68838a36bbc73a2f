// The four DORA tiles: the value, the band it falls in (word and color), the sample it rests on,
// and how it is computed. Server-rendered from getDoraMetrics, the function the API uses too.
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Status, type StatusKind } from "@/components/ui/status";
import type { Band } from "@/lib/dora/bands";
import type { DoraResult } from "@/lib/dora/get-dora-metrics";
import { DoraChart } from "./dora-chart";
import { bandLabel, formatSeconds } from "./format";

const bandStatus: Record<Band, StatusKind> = { elite: "success", high: "success", medium: "warning", low: "failure" };

function Tile({ title, value, detail, band, definition }: { title: string; value: string; detail: string; band: Band | null; definition: string }) {
  return (
    <Card aria-label={title}>
      <CardHeader className="pb-1">
        <CardTitle className="text-sm font-medium text-muted-foreground">{title}</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-1">
        <div className="flex items-baseline gap-2">
          <span className="text-2xl font-semibold tabular-nums" data-testid="dora-value">{value}</span>
          {band ? <Status status={bandStatus[band]} label={`${bandLabel[band]} band`} /> : <Status status="unknown" label="No data" />}
        </div>
        <p className="text-xs text-muted-foreground">{detail}</p>
        <details className="text-xs text-muted-foreground">
          <summary className="cursor-pointer">How it is computed</summary>
          <p className="mt-1">{definition}</p>
        </details>
      </CardContent>
    </Card>
  );
}

export function DoraTiles({ metrics }: { metrics: DoraResult }) {
  const m = metrics;
  const rate = m.changeFailureRate.rate;
  return (
    <section aria-label="DORA metrics" className="grid gap-4">
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <Tile
          title="Deployment frequency"
          value={`${m.deploymentFrequency.perWeek.toFixed(1)} / week`}
          detail={`${m.deploymentFrequency.count} successful production deployment${m.deploymentFrequency.count === 1 ? "" : "s"}`}
          band={m.deploymentFrequency.band}
          definition={m.deploymentFrequency.definition}
        />
        <Tile title="Lead time for changes" value={formatSeconds(m.leadTime.medianSeconds)} detail={`median of ${m.leadTime.samples} deployment${m.leadTime.samples === 1 ? "" : "s"}`} band={m.leadTime.band} definition={m.leadTime.definition} />
        <Tile
          title="Change failure rate"
          value={rate === null ? "—" : `${Math.round(rate * 1000) / 10}%`}
          detail={`${m.changeFailureRate.failures} of ${m.changeFailureRate.deployments} (hotfix window ${m.hotfixWindowHours} h)`}
          band={m.changeFailureRate.band}
          definition={m.changeFailureRate.definition}
        />
        <Tile
          title="Time to restore service"
          value={formatSeconds(m.timeToRestore.medianSeconds)}
          detail={`median of ${m.timeToRestore.samples}${m.timeToRestore.unrestored ? `; ${m.timeToRestore.unrestored} not restored yet` : ""}`}
          band={m.timeToRestore.band}
          definition={m.timeToRestore.definition}
        />
      </div>
      <DoraChart series={m.series.map((s) => ({ week: s.weekStart.toISOString().slice(0, 10), deployments: s.deployments, failures: s.failures, leadTimeHours: s.medianLeadTimeHours }))} />
    </section>
  );
}
