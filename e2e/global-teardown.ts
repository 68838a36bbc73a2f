// Remove this run's data directory (the SQLite database the e2e web server used).
import fs from "node:fs";
import { e2eDataDir } from "./support";

export default function globalTeardown() {
  fs.rmSync(e2eDataDir, { recursive: true, force: true });
}
