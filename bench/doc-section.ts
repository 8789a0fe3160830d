/**
 * docs/bench.md holds two commands' figures: `npm run bench -- --write` writes the file, and
 * `npm run bench:pages -- --write` keeps its own section inside it, between markers, so that
 * neither command erases the other's numbers.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';

const begin = (name: string) => `<!-- ${name}: begin -->`;
const end = (name: string) => `<!-- ${name}: end -->`;

/** The section named name in text, markers included, or null. */
export function sectionOf(text: string, name: string): string | null {
  const a = text.indexOf(begin(name));
  const b = text.indexOf(end(name));
  return a >= 0 && b > a ? text.slice(a, b + end(name).length) : null;
}

/** text with the section named name replaced by body (appended when missing). */
export function withSection(text: string, name: string, body: string): string {
  const block = `${begin(name)}\n${body.trimEnd()}\n${end(name)}`;
  const old = sectionOf(text, name);
  if (old) return text.replace(old, () => block);
  return `${text.trimEnd()}\n\n${block}\n`;
}

export function writeSection(file: string, name: string, body: string): void {
  writeFileSync(file, withSection(existsSync(file) ? readFileSync(file, 'utf8') : '', name, body));
}

/** Runs write (which rewrites file whole), then puts back the section named name as it was. */
export function keepingSection(file: string, name: string, write: () => void): void {
  const kept = existsSync(file) ? sectionOf(readFileSync(file, 'utf8'), name) : null;
  write();
  if (kept) writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\n${kept}\n`);
}

/** "on 2026-12-02 at abc1234 (2 cores, Node v20…)", for a section's provenance line. */
export function provenance(cwd: string): string {
  let commit = 'unknown commit';
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd, encoding: 'utf8' }).trim();
    commit = dirty ? `${sha} with uncommitted changes` : sha;
  } catch {
    // not a git checkout: say so rather than fail the write
  }
  return `on ${new Date().toISOString().slice(0, 10)} at ${commit} (${os.cpus().length} cores, Node ${process.version})`;
}
