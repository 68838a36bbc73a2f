import Link from "next/link";
import { MapPinOff, ShieldX, type LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";

type StatusPageProps = {
  icon: LucideIcon;
  code: string;
  title: string;
  children?: ReactNode;
  /** Outside the portal shell the page needs its own <main>; inside, the shell has one. */
  standalone?: boolean;
};

/** The body of 404, 403 and error pages, inside the portal shell or on its own. */
export function StatusPage({ icon: Icon, code, title, children, standalone = false }: StatusPageProps) {
  const Root = standalone ? "main" : "div";
  return (
    <Root className="flex min-h-[60dvh] flex-col items-center justify-center gap-3 px-4 py-16 text-center">
      <Icon aria-hidden className="size-10 text-muted-foreground" />
      <p className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">{code}</p>
      <h1 className="text-xl font-semibold tracking-tight">{title}</h1>
      {children}
    </Root>
  );
}

function HomeButton() {
  return (
    <Button asChild className="mt-2">
      <Link href="/">Go to home</Link>
    </Button>
  );
}

export function NotFoundPage({ standalone }: { standalone?: boolean }) {
  return (
    <StatusPage icon={MapPinOff} code="404" title="Page not found" standalone={standalone}>
      <p className="max-w-md text-sm text-muted-foreground">
        There is nothing at this address, or it is not visible to you. Check the link, or start again from home.
      </p>
      <HomeButton />
    </StatusPage>
  );
}

export function ForbiddenPage({ standalone }: { standalone?: boolean }) {
  return (
    <StatusPage icon={ShieldX} code="403" title="You don't have access to this page" standalone={standalone}>
      <p className="max-w-md text-sm text-muted-foreground">Your role does not include it. If you need it, ask a Flightdeck admin.</p>
      <HomeButton />
    </StatusPage>
  );
}
