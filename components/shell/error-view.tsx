"use client";
import { TriangleAlert } from "lucide-react";
import { Button } from "@/components/ui/button";
import { StatusPage } from "./status-page";

export type ErrorViewProps = {
  error: Error & { digest?: string };
  reset: () => void;
  retry?: () => void;
  standalone?: boolean;
};

// Server errors reach the browser without their message (only a digest): show the digest so a
// user can quote it and an operator can find the logged error.
export function ErrorView({ error, reset, retry, standalone }: ErrorViewProps) {
  return (
    <StatusPage icon={TriangleAlert} code="Error" title="Something went wrong" standalone={standalone}>
      <p className="max-w-md text-sm text-muted-foreground">
        The page could not be shown. Try again; if it keeps failing, tell your Flightdeck admin and quote the reference below.
      </p>
      {error.digest && (
        <p className="text-xs text-muted-foreground">
          Reference: <code className="rounded-sm bg-muted px-1 py-0.5 font-mono text-foreground">{error.digest}</code>
        </p>
      )}
      {/* retry (Next 16) also refetches the server part; reset only re-renders what failed. */}
      <Button className="mt-2" onClick={() => (retry ?? reset)()}>
        Try again
      </Button>
    </StatusPage>
  );
}
