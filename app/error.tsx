"use client";
import { TriangleAlert } from "lucide-react";
import { StatusPage } from "@/components/shell/status-page";
import { Button } from "@/components/ui/button";

type Props = { error: Error & { digest?: string }; reset: () => void; retry?: () => void };

// Server errors reach the browser without their message (only a digest): show the digest so a
// user can quote it and an operator can find the logged error.
export default function ErrorPage({ error, reset, retry }: Props) {
  return (
    <StatusPage icon={TriangleAlert} code="Error" title="Something went wrong">
      <p className="max-w-md text-sm text-muted-foreground">
        The page could not be shown. Try again; if it keeps failing, tell your Flightdeck admin and quote the reference below.
      </p>
      {error.digest && (
        <p className="text-xs text-muted-foreground">
          Reference: <code className="rounded-sm bg-muted px-1 py-0.5 font-mono text-foreground">{error.digest}</code>
        </p>
      )}
      <Button className="mt-2" onClick={() => (retry ?? reset)()}>
        Try again
      </Button>
    </StatusPage>
  );
}
