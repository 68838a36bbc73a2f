"use client";
// Weekly deployments and change failures (bars) and median lead time (line): a thin recharts
// leaf over data shaped on the server.
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";
import { useMounted } from "@/components/pipelines/use-mounted";

type Point = { week: string; deployments: number; failures: number; leadTimeHours: number | null };

export function DoraChart({ series }: { series: Point[] }) {
  const mounted = useMounted();
  return (
    <figure aria-label="DORA metrics over time" className="overflow-x-auto rounded-lg border bg-card p-3">
      <figcaption className="mb-2 text-sm font-medium">Per week: successful deployments, change failures and median lead time (hours)</figcaption>
      {!mounted ? <div style={{ width: 760, height: 220 }} /> : (
      <ComposedChart width={760} height={220} data={series}>
        <CartesianGrid strokeDasharray="3 3" className="stroke-border" />
        <XAxis dataKey="week" fontSize={11} />
        <YAxis yAxisId="n" allowDecimals={false} fontSize={11} />
        <YAxis yAxisId="h" orientation="right" fontSize={11} />
        <Tooltip />
        <Legend />
        <Bar yAxisId="n" dataKey="deployments" name="Deployments" fill="var(--color-success, #16a34a)" isAnimationActive={false} />
        <Bar yAxisId="n" dataKey="failures" name="Change failures" fill="var(--color-failure, #dc2626)" isAnimationActive={false} />
        <Line yAxisId="h" dataKey="leadTimeHours" name="Lead time (h)" stroke="var(--color-primary, #2563eb)" dot={false} connectNulls isAnimationActive={false} />
      </ComposedChart>
      )}
    </figure>
  );
}
