import { ForbiddenPage } from "@/components/shell/status-page";

export default function PortalForbidden() {
  return <ForbiddenPage />;
}
