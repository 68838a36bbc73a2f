// The four DORA metrics from a list of production deployments: pure, so a test can check them
// against numbers computed by hand, and the API and the screen share one computation.
import { type Band, definitions, failureRateBand, frequencyBand, leadTimeBand, restoreBand } from "./bands";

export type DoraDeployment = { entityRef: string; status: string; startedAt: Date; finishedAt: Date | null; leadTimeSec: number | null; isHotfix: boolean };

export type DoraMetrics = {
  from: Date;
  to: Date;
  hotfixWindowHours: number;
  deploymentFrequency: { perDay: number; perWeek: number; count: number; band: Band | null; definition: string };
  leadTime: { medianSeconds: number | null; samples: number; band: Band | null; definition: string };
  changeFailureRate: { rate: number | null; failures: number; deployments: number; band: Band | null; definition: string };
  timeToRestore: { medianSeconds: number | null; samples: number; unrestored: number; band: Band | null; definition: string };
  series: { weekStart: Date; deployments: number; failures: number; medianLeadTimeHours: number | null }[];
};

const WEEK = 7 * 86_400_000;
const doneAt = (d: DoraDeployment) => (d.finishedAt ?? d.startedAt).getTime();
const isFailure = (d: DoraDeployment) => d.status === "failed" || d.status === "rolled_back";

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function computeDora(rows: DoraDeployment[], from: Date, to: Date, hotfixWindowHours: number): DoraMetrics {
  const finished = rows.filter((d) => d.status !== "started").sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
  const successes = finished.filter((d) => d.status === "succeeded");
  const byEntity = new Map<string, DoraDeployment[]>();
  for (const d of finished) {
    const list = byEntity.get(d.entityRef);
    if (list) list.push(d);
    else byEntity.set(d.entityRef, [d]);
  }

  // A success counts as a change failure when a hotfix of the same entity starts within the window after it.
  const windowMs = hotfixWindowHours * 3_600_000;
  const hotfixed = new Set<DoraDeployment>();
  const restores: number[] = [];
  let unrestored = 0;
  for (const list of byEntity.values()) {
    list.forEach((d, i) => {
      const later = list.slice(i + 1);
      if (d.status === "succeeded" && later.some((n) => n.isHotfix && n.startedAt.getTime() - doneAt(d) <= windowMs)) hotfixed.add(d);
      if (isFailure(d)) {
        const next = later.find((n) => n.status === "succeeded");
        if (next) restores.push((doneAt(next) - doneAt(d)) / 1000);
        else unrestored++;
      }
    });
  }
  const isChangeFailure = (d: DoraDeployment) => isFailure(d) || hotfixed.has(d);
  const failures = finished.filter(isChangeFailure).length;

  const days = Math.max(1, (to.getTime() - from.getTime()) / 86_400_000);
  const perDay = successes.length / days;
  const leadTimes = successes.map((d) => d.leadTimeSec).filter((x): x is number => x !== null);
  const leadMedian = median(leadTimes);
  const rate = finished.length ? failures / finished.length : null;
  const restoreMedian = median(restores);

  const series: DoraMetrics["series"] = [];
  for (let start = from.getTime(); start < to.getTime(); start += WEEK) {
    const inWeek = finished.filter((d) => d.startedAt.getTime() >= start && d.startedAt.getTime() < start + WEEK);
    const lt = median(inWeek.filter((d) => d.status === "succeeded" && d.leadTimeSec !== null).map((d) => d.leadTimeSec!));
    series.push({
      weekStart: new Date(start),
      deployments: inWeek.filter((d) => d.status === "succeeded").length,
      failures: inWeek.filter(isChangeFailure).length,
      medianLeadTimeHours: lt === null ? null : Math.round((lt / 3600) * 10) / 10,
    });
  }

  return {
    from,
    to,
    hotfixWindowHours,
    deploymentFrequency: { perDay, perWeek: perDay * 7, count: successes.length, band: finished.length ? frequencyBand(perDay) : null, definition: definitions.deploymentFrequency },
    leadTime: { medianSeconds: leadMedian, samples: leadTimes.length, band: leadMedian === null ? null : leadTimeBand(leadMedian), definition: definitions.leadTime },
    changeFailureRate: { rate, failures, deployments: finished.length, band: rate === null ? null : failureRateBand(rate), definition: definitions.changeFailureRate },
    timeToRestore: { medianSeconds: restoreMedian, samples: restores.length, unrestored, band: restoreMedian === null ? null : restoreBand(restoreMedian), definition: definitions.timeToRestore },
    series,
  };
}
