import { CircleCheck, CircleHelp, CircleX, Clock, Hourglass, LoaderCircle, TriangleAlert } from "lucide-react";
import type { LucideIcon } from "lucide-react";
import { cn } from "./cn";

/** The one status vocabulary of the portal: pipelines, jobs, environments, checks all map onto it. */
export const statusKinds = ["success", "failure", "running", "queued", "warning", "unknown", "expired"] as const;
export type StatusKind = (typeof statusKinds)[number];

const looks: Record<StatusKind, { icon: LucideIcon; word: string; text: string; badge: string }> = {
  success: { icon: CircleCheck, word: "Success", text: "text-success", badge: "bg-success/12 border-success/30" },
  failure: { icon: CircleX, word: "Failure", text: "text-failure", badge: "bg-failure/12 border-failure/30" },
  running: { icon: LoaderCircle, word: "Running", text: "text-running", badge: "bg-running/12 border-running/30" },
  queued: { icon: Clock, word: "Queued", text: "text-queued", badge: "bg-queued/12 border-queued/30" },
  warning: { icon: TriangleAlert, word: "Warning", text: "text-warning", badge: "bg-warning/12 border-warning/30" },
  unknown: { icon: CircleHelp, word: "Unknown", text: "text-unknown", badge: "bg-unknown/12 border-unknown/30" },
  expired: { icon: Hourglass, word: "Expired", text: "text-expired", badge: "bg-expired/12 border-expired/30" },
};

// Words other systems use (GitHub Actions, the job queue, Alertmanager) for the same states.
const aliases: Record<string, StatusKind> = {
  succeeded: "success", ok: "success", passed: "success", completed: "success", healthy: "success", ready: "success",
  failed: "failure", error: "failure", errored: "failure", firing: "failure", timed_out: "failure",
  in_progress: "running", started: "running", provisioning: "running",
  pending: "queued", waiting: "queued", requested: "queued",
  degraded: "warning", action_required: "warning",
  cancelled: "unknown", canceled: "unknown", skipped: "unknown", neutral: "unknown",
  torn_down: "expired", stale: "expired",
};

/** Map any status word onto the vocabulary; anything unrecognised is "unknown", never a guess. */
export function statusOf(value: string | null | undefined): StatusKind {
  if (!value) return "unknown";
  const key = value.toLowerCase();
  if ((statusKinds as readonly string[]).includes(key)) return key as StatusKind;
  return aliases[key] ?? "unknown";
}

export type StatusProps = {
  status: StatusKind;
  /** Replace the word (e.g. "Failed 3 times"); the icon and color stay those of the status. */
  label?: string;
  /** "badge" sits in tables and headers, "inline" in running text. */
  variant?: "badge" | "inline";
  className?: string;
};

export function Status({ status, label, variant = "badge", className }: StatusProps) {
  const look = looks[status];
  const Icon = look.icon;
  return (
    <span
      data-status={status}
      className={cn(
        "inline-flex items-center gap-1 text-xs font-medium whitespace-nowrap",
        look.text,
        variant === "badge" && cn("rounded-full border px-2 py-0.5", look.badge),
        className,
      )}
    >
      <Icon aria-hidden className={cn("size-3.5 shrink-0", status === "running" && "animate-spin")} />
      {label ?? look.word}
    </span>
  );
}
