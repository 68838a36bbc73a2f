"use client";
// Success rate (%) and median duration (min) per repository on the page: a thin recharts leaf.
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { useMounted } from "./use-mounted";

type Point = { repo: string; successRate: number | null; medianMinutes: number | null };

export function RepoStatsChart({ data, days }: { data: Point[]; days: number }) {
  const mounted = useMounted();
  return (
    <figure aria-label={`Success rate and median duration over ${days} days`} className="overflow-x-auto rounded-lg border bg-card p-3">
      <figcaption className="mb-2 text-sm font-medium">Last {days} days: success rate (%) and median duration of successful runs (minutes)</figcaption>
      {!mounted ? <div style={{ width: Math.max(640, data.length * 36), height: 240 }} /> : (
      <BarChart width={Math.max(640, data.length * 36)} height={240} data={data}>
        <CartesianGrid strokeDasharray="3 3" className="stroke-border" />
        <XAxis dataKey="repo" fontSize={10} interval={0} angle={-30} textAnchor="end" height={70} />
        <YAxis yAxisId="pct" domain={[0, 100]} fontSize={11} />
        <YAxis yAxisId="min" orientation="right" fontSize={11} />
        <Tooltip />
        <Legend />
        <Bar yAxisId="pct" dataKey="successRate" name="Success rate %" fill="var(--color-success, #16a34a)" isAnimationActive={false} />
        <Bar yAxisId="min" dataKey="medianMinutes" name="Median duration (min)" fill="var(--color-primary, #2563eb)" isAnimationActive={false} />
      </BarChart>
      )}
    </figure>
  );
}
