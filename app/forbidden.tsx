import type { Metadata } from "next";
import Link from "next/link";
import { ShieldX } from "lucide-react";
import { StatusPage } from "@/components/shell/status-page";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "No access" };

export default function Forbidden() {
  return (
    <StatusPage icon={ShieldX} code="403" title="You don't have access to this page">
      <p className="max-w-md text-sm text-muted-foreground">
        Your role does not include it. If you need it, ask a Flightdeck admin.
      </p>
      <Button asChild className="mt-2">
        <Link href="/">Go to home</Link>
      </Button>
    </StatusPage>
  );
}
