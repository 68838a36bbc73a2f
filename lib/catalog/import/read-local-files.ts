// Files for `flightdeck catalog import FILE|DIR`: a YAML file, a zip, or every YAML file under
// a directory; $text and Location targets are read from disk but never outside that root.
import fs from "node:fs/promises";
import path from "node:path";
import { isUnsafePath, isYamlPath } from "../parse/paths";
import type { CatalogFile, CatalogReader } from "../parse/types";
import { memoryReader } from "../parse/parse-catalog-files";
import { readZip } from "./read-zip";

export async function readLocalCatalog(target: string): Promise<{ files: CatalogFile[]; reader: CatalogReader }> {
  const stat = await fs.stat(target);
  if (stat.isFile() && /\.zip$/i.test(target)) {
    const { files, all } = await readZip(await fs.readFile(target));
    return { files, reader: memoryReader(all) };
  }
  const root = stat.isDirectory() ? target : path.dirname(target);
  const reader: CatalogReader = async (rel) => {
    if (isUnsafePath(rel) || /^[a-z]+:\/\//i.test(rel)) return null;
    return fs.readFile(path.join(root, rel), "utf8").catch(() => null);
  };
  if (stat.isFile()) return { files: [{ path: path.basename(target), content: await fs.readFile(target, "utf8") }], reader };
  const files: CatalogFile[] = [];
  for (const entry of await fs.readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !isYamlPath(entry.name)) continue;
    const rel = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
    if (rel.split("/").some((p) => p === "node_modules" || p.startsWith("."))) continue;
    files.push({ path: rel, content: await fs.readFile(path.join(root, rel), "utf8") });
  }
  return { files, reader };
}
