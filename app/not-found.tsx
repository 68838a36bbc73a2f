import type { Metadata } from "next";
import Link from "next/link";
import { MapPinOff } from "lucide-react";
import { StatusPage } from "@/components/shell/status-page";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <StatusPage icon={MapPinOff} code="404" title="Page not found">
      <p className="max-w-md text-sm text-muted-foreground">
        There is nothing at this address, or it is not visible to you. Check the link, or search with Ctrl K.
      </p>
      <Button asChild className="mt-2">
        <Link href="/">Go to home</Link>
      </Button>
    </StatusPage>
  );
}
