import "server-only";
// Copy a folder of the template into the workspace as it is (no rendering at all).
import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { resolveInside } from "../workspace";
import { defineAction } from "./define-action";

export const fetchPlain = defineAction({
  id: "fetch:plain",
  description: "Copy a folder of the template into the workspace without rendering.",
  input: z.object({ url: z.string().min(1), targetPath: z.string().default("./") }),
  output: z.object({ files: z.number() }),
  async handler({ input, workspace, template, log }) {
    const target = resolveInside(workspace, input.targetPath, "targetPath");
    const files = await template.readFolder(input.url);
    for (const file of files) {
      const dest = resolveInside(target, file.path, "file");
      await fs.mkdir(path.dirname(dest), { recursive: true });
      await fs.writeFile(dest, file.content, { mode: file.executable ? 0o755 : 0o644 });
    }
    await log(`Copied ${files.length} files from ${input.url} to ${input.targetPath}`);
    return { files: files.length };
  },
});
