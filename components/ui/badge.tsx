import type { ComponentProps } from "react";
import { cn } from "./cn";

const tones = {
  neutral: "border-border bg-muted text-foreground",
  primary: "border-primary/30 bg-primary/10 text-primary",
  danger: "border-danger/30 bg-danger/10 text-danger",
  outline: "border-input text-foreground",
} as const;

export type BadgeTone = keyof typeof tones;

/** A short label (kind, tag, role). For a state with a meaning, use Status instead. */
export function Badge({ tone = "neutral", className, ...props }: ComponentProps<"span"> & { tone?: BadgeTone }) {
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1 rounded-sm border px-1.5 py-0.5 text-xs leading-none font-medium whitespace-nowrap",
        tones[tone],
        className,
      )}
      {...props}
    />
  );
}
