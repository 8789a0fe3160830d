/** Reading and unpacking the store zips (JSZip: the library WXT writes them with). */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';

/** Every file (no directory entries) in a zip, path → bytes. */
export async function zipFiles(zipPath: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(zipPath));
  const files = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  }
  return files;
}

/** Writes a zip's files under dir, refusing any entry that would land outside it. */
export function unpack(files: Map<string, Buffer>, dir: string): void {
  const root = path.resolve(dir);
  for (const [name, bytes] of files) {
    const target = path.resolve(root, name);
    if (!target.startsWith(root + path.sep)) throw new Error(`zip entry escapes the target directory: ${name}`);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
}
