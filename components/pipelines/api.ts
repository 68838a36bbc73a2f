"use client";
// The pipelines screens' calls to /api/v1 (session cookie, same origin) and their one error shape.
import { useQuery } from "@tanstack/react-query";

export class ApiError extends Error {}

export async function apiJson<T>(path: string, init?: { method?: string; body?: unknown }): Promise<T> {
  const res = await fetch(path, {
    method: init?.method ?? "GET",
    headers: init?.body !== undefined ? { "content-type": "application/json" } : undefined,
    body: init?.body !== undefined ? JSON.stringify(init.body) : undefined,
  });
  const data = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) throw new ApiError((data as { error?: { message?: string } } | null)?.error?.message ?? `request failed (${res.status})`);
  return data as T;
}

export type RunSummary = {
  id: string;
  githubId: string;
  workflowName: string;
  runNumber: number;
  attempt: number;
  event: string;
  status: string;
  conclusion: string | null;
  branch: string | null;
  headSha: string;
  title: string | null;
  actor: string | null;
  htmlUrl: string;
  runCreatedAt: string | Date;
  durationMs: number | null;
};
export type RunList = {
  repository: { state: "ok" | "no-repository" | "not-connected" | "no-access"; slug: string | null; message: string | null };
  items: RunSummary[];
  workflows: string[];
  branches: string[];
  active: boolean;
  canOperate: boolean;
};
export type Step = { name: string; number: number; status: string; conclusion: string | null; startedAt: string | null; completedAt: string | null };
export type Job = { id: string; name: string; attempt: number; status: string; conclusion: string | null; startedAt: string | Date | null; completedAt: string | Date | null; htmlUrl: string | null; steps: Step[] };
export type RunDetail = RunSummary & { entityRef: string | null; jobs: Job[]; canOperate: boolean };
export type Filters = { workflow?: string; branch?: string; status?: string };

/** Polled every 2 s: webhooks update the rows, this brings them to the page. */
export function useRuns(entity: string, filters: Filters, initialData?: RunList) {
  const params = new URLSearchParams({ entity, ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) });
  const unfiltered = !filters.workflow && !filters.branch && !filters.status;
  return useQuery({
    queryKey: ["pipeline-runs", entity, filters],
    queryFn: () => apiJson<RunList>(`/api/v1/pipelines/runs?${params}`),
    ...(unfiltered && initialData && { initialData, initialDataUpdatedAt: 0 }),
    refetchInterval: 2_000,
  });
}

export function useRun(id: string | null) {
  return useQuery({
    queryKey: ["pipeline-run", id],
    queryFn: () => apiJson<RunDetail>(`/api/v1/pipelines/runs/${id}`),
    enabled: !!id,
    refetchInterval: 2_000,
  });
}
