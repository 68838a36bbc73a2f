"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { applyImport } from "@/lib/catalog/import/apply-import";
import { previewImport } from "@/lib/catalog/import/preview-import";
import { readZip } from "@/lib/catalog/import/read-zip";
import type { ImportPreview } from "@/lib/catalog/import/types";
import { memoryReader } from "@/lib/catalog/parse/parse-catalog-files";
import type { CatalogFile } from "@/lib/catalog/parse/types";
import { AppError } from "@/lib/errors";
import { formValues, runForm, type FormState } from "@/lib/forms";

export type ImportOutcome = { applied: boolean; result: ImportPreview };

/** Pasted YAML plus uploaded .yaml/.yml files and zips, with every file a $text may point at. */
async function filesOf(formData: FormData): Promise<{ files: CatalogFile[]; all: CatalogFile[] }> {
  const files: CatalogFile[] = [];
  const all: CatalogFile[] = [];
  const pasted = String(formData.get("yaml") ?? "");
  if (pasted.trim()) files.push({ path: "pasted.yaml", content: pasted });
  for (const entry of formData.getAll("files")) {
    if (!(entry instanceof File) || entry.size === 0) continue;
    if (/\.zip$/i.test(entry.name)) {
      const zip = await readZip(new Uint8Array(await entry.arrayBuffer()));
      files.push(...zip.files);
      all.push(...zip.all);
    } else if (/\.ya?ml$/i.test(entry.name)) {
      files.push({ path: entry.name, content: await entry.text() });
    } else {
      throw new AppError("validation", `${entry.name} is not a .yaml, .yml or .zip file`, [{ path: "files", message: "only .yaml, .yml and .zip" }]);
    }
  }
  if (files.length === 0) throw new AppError("validation", "nothing to import: paste YAML or choose files", [{ path: "yaml", message: "paste one or more YAML documents, or choose files below" }]);
  return { files, all: [...all, ...files] };
}

/**
 * "preview" is a dry run (nothing written); "apply" writes the same input. The browser
 * re-submits the form it previewed, so the files are read again rather than kept here.
 */
export async function importAction(_prev: FormState<ImportOutcome>, formData: FormData): Promise<FormState<ImportOutcome>> {
  const actor = await requireActor();
  const applying = formData.get("$intent") === "apply";
  const state = await runForm<ImportOutcome>(formData, async () => {
    const { files, all } = await filesOf(formData);
    const options = { reader: memoryReader(all) };
    const result = applying ? await applyImport(actor, files, { kind: "upload" }, options) : await previewImport(actor, files, { kind: "upload" }, options);
    const { created, changed, unchanged } = result.summary;
    const message = applying ? `Imported: ${created} created, ${changed} changed, ${unchanged} unchanged.` : "Preview: nothing has been written yet.";
    return { message, data: { applied: applying, result } };
  });
  if (applying && state.status === "ok") revalidatePath("/catalog");
  // Keep what was pasted after a preview too, not only after an error.
  return { ...state, values: formValues(formData) };
}
