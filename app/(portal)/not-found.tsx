import { NotFoundPage } from "@/components/shell/status-page";

// Inside the shell, so the sidebar and search stay at hand on a 404 (e.g. a deleted team).
export default function PortalNotFound() {
  return <NotFoundPage />;
}
