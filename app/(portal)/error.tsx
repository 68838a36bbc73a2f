"use client";
import { ErrorView, type ErrorViewProps } from "@/components/shell/error-view";

// Keeps the shell around a failed page, so the user can go elsewhere without a reload.
export default function PortalError(props: Omit<ErrorViewProps, "standalone">) {
  return <ErrorView {...props} />;
}
