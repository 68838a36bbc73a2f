import "server-only";
// Render a folder of the template into the workspace: file contents and paths go through the
// sandboxed nunjucks with `values`, except files matching copyWithoutTemplating (copied as they
// are, paths still rendered). A path that renders to nothing skips its file, as in Backstage.
import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { describeError, renderText } from "../expressions";
import { matchesGlob } from "../glob";
import { isBinary, resolveInside } from "../workspace";
import { defineAction } from "./define-action";

const globs = z.array(z.string()).optional();

export const fetchTemplate = defineAction({
  id: "fetch:template",
  description: "Render a folder of the template (contents and paths) with values into the workspace.",
  input: z.object({
    url: z.string().min(1),
    targetPath: z.string().default("./"),
    values: z.record(z.string(), z.unknown()).default({}),
    copyWithoutTemplating: globs,
    /** The older name of copyWithoutTemplating. */
    copyWithoutRender: globs,
    /** Only files with this extension are rendered, and lose it (true means .njk). */
    templateFileExtension: z.union([z.string(), z.boolean()]).optional(),
    replace: z.boolean().default(false),
    cookiecutterCompat: z.boolean().optional(),
  }),
  output: z.object({ files: z.number() }),
  async handler({ input, workspace, template, log }) {
    const target = resolveInside(workspace, input.targetPath, "targetPath");
    const verbatim = [...(input.copyWithoutTemplating ?? []), ...(input.copyWithoutRender ?? [])].map((g) => g.replace(/^\.\//, ""));
    const extension = input.templateFileExtension === true ? ".njk" : input.templateFileExtension || null;
    const files = await template.readFolder(input.url);
    await log(`Fetching ${files.length} files from ${input.url} (${template.label})`);
    const data = { values: input.values };
    let written = 0;
    for (const file of files) {
      const copyAsIs = verbatim.some((g) => matchesGlob(file.path, g));
      const hasExtension = extension ? file.path.endsWith(extension) : true;
      let rel: string;
      try {
        rel = renderText(extension && hasExtension ? file.path.slice(0, -extension.length) : file.path, data);
      } catch (error) {
        throw new Error(`cannot render the file name '${file.path}': ${describeError(error)}`);
      }
      if (!rel.trim() || rel.split("/").some((s) => !s.trim())) continue;
      let content: Buffer = file.content;
      if (!copyAsIs && hasExtension && !isBinary(file.content)) {
        try {
          content = Buffer.from(renderText(file.content.toString("utf8"), data));
        } catch (error) {
          throw new Error(`cannot render ${file.path}: ${describeError(error)}`);
        }
      }
      const dest = resolveInside(target, rel, "file");
      if (!input.replace && (await fs.stat(dest).catch(() => null))) throw new Error(`${path.relative(workspace, dest)} already exists in the workspace (set replace: true to overwrite)`);
      await fs.mkdir(path.dirname(dest), { recursive: true });
      await fs.writeFile(dest, content, { mode: file.executable ? 0o755 : 0o644 });
      written++;
    }
    await log(`Wrote ${written} files to ${input.targetPath}`);
    return { files: written };
  },
});
