"use client";
// A job's log with search (matching lines highlighted, a count, only matches on demand) and a
// link per line (#L12) that can be shared.
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { Input } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { FormMessage } from "@/components/ui/form-message";
import { apiJson } from "./api";

export function JobLog({ jobId, name }: { jobId: string; name: string }) {
  const [q, setQ] = useState("");
  const [onlyMatches, setOnlyMatches] = useState(false);
  const log = useQuery({ queryKey: ["job-log", jobId], queryFn: () => apiJson<{ text: string; truncated: boolean }>(`/api/v1/pipelines/jobs/${jobId}/logs`), staleTime: 5_000 });
  const lines = useMemo(() => (log.data?.text ?? "").replace(/\n$/, "").split("\n"), [log.data]);
  const needle = q.trim().toLowerCase();
  const matches = needle ? lines.filter((l) => l.toLowerCase().includes(needle)).length : 0;
  if (log.isLoading) return <Skeleton className="mt-2 h-24" />;
  if (log.error) return <FormMessage tone="error" className="mt-2">Could not read the log: {log.error.message}</FormMessage>;
  return (
    <div className="mt-2 grid gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <Input aria-label={`Search the log of ${name}`} placeholder="Search the log" value={q} onChange={(e) => setQ(e.target.value)} className="h-8 w-64" />
        <label className="flex items-center gap-1 text-xs">
          <input type="checkbox" checked={onlyMatches} onChange={(e) => setOnlyMatches(e.target.checked)} /> Only matching lines
        </label>
        {needle && <span className="text-xs text-muted-foreground" aria-live="polite">{matches} matching line{matches === 1 ? "" : "s"}</span>}
      </div>
      <pre aria-label={`Log of ${name}`} className="max-h-96 overflow-auto rounded-md bg-muted p-2 text-xs leading-5">
        {lines.map((line, i) => {
          const hit = needle && line.toLowerCase().includes(needle);
          if (onlyMatches && needle && !hit) return null;
          const n = i + 1;
          return (
            <div key={n} id={`${jobId}-L${n}`} className={hit ? "bg-warning/20" : undefined}>
              <a href={`#${jobId}-L${n}`} className="mr-3 inline-block w-8 text-right text-muted-foreground select-none hover:underline" aria-label={`Line ${n}`}>{n}</a>
              {line}
            </div>
          );
        })}
      </pre>
      {log.data?.truncated && <p className="text-xs text-muted-foreground">The log is long: only its first 2 MB are shown.</p>}
    </div>
  );
}
