import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";

/** The body of 404, 403 and error pages: works inside the portal shell and on its own. */
export function StatusPage({ icon: Icon, code, title, children }: { icon: LucideIcon; code: string; title: string; children?: ReactNode }) {
  return (
    <main id="main" className="flex min-h-[60dvh] flex-col items-center justify-center gap-3 px-4 py-16 text-center">
      <Icon aria-hidden className="size-10 text-muted-foreground" />
      <p className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">{code}</p>
      <h1 className="text-xl font-semibold tracking-tight">{title}</h1>
      {children}
    </main>
  );
}
