import type { LucideIcon } from "lucide-react";
import { Inbox } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "./cn";

export type EmptyStateProps = {
  icon?: LucideIcon;
  title: string;
  /** What to do next ("Register a service by its repository URL."), not just "No data". */
  description: ReactNode;
  /** Usually a Button (asChild with a Link) that does the next step. */
  action?: ReactNode;
  className?: string;
};

export function EmptyState({ icon: Icon = Inbox, title, description, action, className }: EmptyStateProps) {
  return (
    <div className={cn("flex flex-col items-center gap-2 rounded-lg border border-dashed px-6 py-10 text-center", className)}>
      <Icon aria-hidden className="size-8 text-muted-foreground" />
      <h2 className="text-sm font-semibold">{title}</h2>
      <div className="max-w-md text-sm text-muted-foreground">{description}</div>
      {action && <div className="mt-2">{action}</div>}
    </div>
  );
}
