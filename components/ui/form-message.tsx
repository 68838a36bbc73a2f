import { CircleAlert, CircleCheck } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "./cn";

export type FormMessageProps = {
  tone: "success" | "error";
  children?: ReactNode;
  className?: string;
};

/**
 * The outcome of a form, above or below it. role="status" (never "alert": Next's route
 * announcer already has that role, and two alerts confuse screen readers and tests alike).
 * Renders an empty live region when there is no message, so the next one is announced.
 */
export function FormMessage({ tone, children, className }: FormMessageProps) {
  const Icon = tone === "success" ? CircleCheck : CircleAlert;
  return (
    <div role="status" aria-live="polite" className={className}>
      {children ? (
        <div
          className={cn(
            "flex items-start gap-2 rounded-md border px-3 py-2 text-sm",
            tone === "success" ? "border-success/40 bg-success/10 text-success" : "border-danger/40 bg-danger/10 text-danger",
          )}
        >
          <Icon aria-hidden className="mt-0.5 size-4 shrink-0" />
          <div className="min-w-0 text-foreground">{children}</div>
        </div>
      ) : null}
    </div>
  );
}
