import type { Metadata } from "next";
import { ForbiddenPage } from "@/components/shell/status-page";

export const metadata: Metadata = { title: "No access" };

export default function Forbidden() {
  return <ForbiddenPage standalone />;
}
