/**
 * `npm run lint:firefox`: AMO's linter (web-ext lint, i.e. addons-linter) over the built
 * Firefox add-on, as AMO runs it on upload (no --self-hosted).
 *
 * Fails on any error, and on any warning or notice that is not one of the known ones from
 * bundled libraries below. Each known one is recognised by the code at the reported line and
 * column, not by file name (chunk names change with every build), and each is explained in
 * docs/store.md. A new innerHTML in our own code, a new permission warning or a manifest
 * problem therefore fails here instead of surfacing in AMO's review.
 *
 * Usage: tsx scripts/lint-firefox.ts [source-dir]   (default .output/firefox-mv2)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface KnownWarning {
  id: string;
  library: string;
  code: string;
  /** Matches the minified code that starts at the reported column. */
  at: RegExp;
}

/** Warnings from bundled libraries, each documented with its reason in docs/store.md. */
export const KNOWN_LIBRARY_WARNINGS: KnownWarning[] = [
  {
    // Preact's diff applies the dangerouslySetInnerHTML prop; no Parallax component sets it.
    id: 'preact-dangerously-set-inner-html',
    library: 'preact',
    code: 'UNSAFE_VAR_ASSIGNMENT',
    at: /^[\w$]+\.innerHTML=[\w$]+\.__html\b/,
  },
  {
    // Readability restores its saved copy of the page's own markup before a retry, inside our detached clone.
    id: 'readability-retry-restore',
    library: '@mozilla/readability',
    code: 'UNSAFE_VAR_ASSIGNMENT',
    at: /^[\w$]+\.innerHTML=[\w$]+,this\._attempts\.push\(/,
  },
  {
    // Readability unwraps a <noscript> image (the page's own markup) inside our detached clone.
    id: 'readability-noscript-image',
    library: '@mozilla/readability',
    code: 'UNSAFE_VAR_ASSIGNMENT',
    at: /^[\w$]+\.innerHTML=[\w$]+\.innerHTML;var [\w$]+=[\w$]+\.previousElementSibling;if\([\w$]+&&this\._isSingleImage\(/,
  },
];

/** Which known library warning a message is, or null when it is not one of them. */
export function classify(msg: LintMessage, sourceDir: string): KnownWarning | null {
  if (!msg.file || !msg.line || !msg.column) return null;
  const file = path.join(sourceDir, msg.file);
  if (!existsSync(file)) return null;
  const line = readFileSync(file, 'utf8').split('\n')[msg.line - 1] ?? '';
  // addons-linter columns are 1-based and point at the start of the assignment target.
  const code = line.slice(msg.column - 1);
  return KNOWN_LIBRARY_WARNINGS.find((k) => k.code === msg.code && k.at.test(code)) ?? null;
}

/**
 * Preact's warning would hide our own use of dangerouslySetInnerHTML (it goes through the same
 * library line), so the extension's own sources are checked for it directly.
 */
export function ownUsesOfRawHtml(root = ROOT): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'generated') walk(full);
      } else if (/\.(ts|tsx|js|jsx|html)$/.test(entry.name) && !/\.test(-data)?\./.test(entry.name)) {
        if (/dangerouslySetInnerHTML|insertAdjacentHTML|\.(inner|outer)HTML\s*=[^=]|document\.write/.test(readFileSync(full, 'utf8'))) {
          found.push(path.relative(root, full));
        }
      }
    }
  };
  for (const dir of ['entrypoints', 'components', 'utils', 'corpus']) walk(path.join(root, dir));
  return found;
}

interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

function runLinter(sourceDir: string): LintReport {
  const bin = path.join(ROOT, 'node_modules', '.bin', 'web-ext');
  const res = spawnSync(bin, ['lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const json = res.stdout.slice(res.stdout.indexOf('{'));
  try {
    return JSON.parse(json) as LintReport;
  } catch {
    process.stderr.write(res.stdout + res.stderr);
    throw new Error(`web-ext lint gave no JSON report (exit ${res.status})`);
  }
}

function where(m: LintMessage): string {
  return [m.file ?? '(add-on)', m.line, m.column].filter((x) => x !== undefined).join(':');
}

function main(): number {
  const sourceDir = path.resolve(ROOT, process.argv[2] ?? '.output/firefox-mv2');
  if (!existsSync(path.join(sourceDir, 'manifest.json'))) {
    console.error(`lint:firefox: no built add-on at ${sourceDir}; run npm run build:firefox first`);
    return 2;
  }
  const report = runLinter(sourceDir);
  const { errors, warnings, notices } = report.summary;
  console.log(`web-ext lint ${path.relative(ROOT, sourceDir)}: ${errors} errors, ${warnings} warnings, ${notices} notices`);
  let failures = 0;
  for (const m of report.errors) {
    failures++;
    console.log(`  ERROR   ${m.code} ${where(m)}: ${m.message}`);
  }
  for (const m of [...report.warnings, ...report.notices]) {
    const known = classify(m, sourceDir);
    if (known) {
      console.log(`  library ${m.code} ${where(m)}: ${known.library} (${known.id}, see docs/store.md)`);
    } else {
      failures++;
      console.log(`  NEW     ${m.code} ${where(m)}: ${m.message}`);
    }
  }
  for (const file of ownUsesOfRawHtml()) {
    failures++;
    console.log(`  OWN     ${file}: sets raw HTML (innerHTML, dangerouslySetInnerHTML, insertAdjacentHTML or document.write)`);
  }
  if (failures) {
    console.error(
      `lint:firefox: ${failures} problem(s). Fix errors and warnings in our code; a warning from a bundled library ` +
        'goes into KNOWN_LIBRARY_WARNINGS in scripts/lint-firefox.ts and docs/store.md, with why it is safe.',
    );
    return 1;
  }
  console.log('lint:firefox: no errors; every warning is a known one from a bundled library');
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exit(main());
