// A zip upload expands to its YAML files (and the files $text may point at), skipping anything
// with ".." or an absolute path, and stopping at the same size limits as a single file.
import JSZip from "jszip";
import { AppError } from "../../errors";
import { MAX_FILE_BYTES, MAX_FILES } from "../parse/limits";
import { isUnsafePath } from "../parse/paths";
import type { CatalogFile } from "../parse/types";

const MAX_TOTAL_BYTES = 100 * 1024 * 1024;

/**
 * Returns the YAML files to import plus every readable file (for $text targets like
 * openapi.json). Throws a validation AppError when the archive itself cannot be read.
 */
export async function readZip(data: Uint8Array | ArrayBuffer): Promise<{ files: CatalogFile[]; all: CatalogFile[] }> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch (error) {
    throw new AppError("validation", `not a zip archive: ${(error as Error).message}`);
  }
  const all: CatalogFile[] = [];
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || isUnsafePath(entry.name) || all.length >= MAX_FILES) continue;
    const content = await entry.async("string");
    if (content.length > MAX_FILE_BYTES) continue;
    total += content.length;
    if (total > MAX_TOTAL_BYTES) throw new AppError("validation", "the archive expands to more than 100 MB");
    all.push({ path: entry.name.replace(/^\.\//, ""), content });
  }
  return { files: all.filter((f) => /\.ya?ml$/i.test(f.path)), all };
}
