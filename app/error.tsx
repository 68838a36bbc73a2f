"use client";
import { ErrorView, type ErrorViewProps } from "@/components/shell/error-view";

export default function ErrorPage(props: Omit<ErrorViewProps, "standalone">) {
  return <ErrorView {...props} standalone />;
}
