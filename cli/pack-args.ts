/**
 * The pack CLI's arguments. `build` takes three to six article files, each optionally followed by
 * what the file cannot say about itself (`--outlet`, `--date`, `--url`, `--title`), and the story's
 * `--name` and the `--out` file; `check` takes one pack file. Anything else is an error the caller
 * prints with usage.
 */
export interface FileArg {
  path: string;
  outlet?: string;
  date?: string;
  url?: string;
  title?: string;
}

export type PackArgs =
  { command: 'build'; files: FileArg[]; name: string; out: string | null } | { command: 'check'; path: string } | { error: string };

const PER_FILE = ['outlet', 'date', 'url', 'title'] as const;
type PerFile = (typeof PER_FILE)[number];

function checkValue(key: PerFile, v: string): string | null {
  if (!v.trim()) return `--${key} needs a value`;
  if (key === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(v)) return `--date needs YYYY-MM-DD, not ${v}`;
  if (key === 'url') {
    try {
      if (!/^https?:$/.test(new URL(v).protocol)) return `--url needs an http(s) address, not ${v}`;
    } catch {
      return `--url needs an http(s) address, not ${v}`;
    }
  }
  return null;
}

export function parsePackArgs(argv: readonly string[]): PackArgs {
  const [command, ...rest] = argv;
  if (command === 'check')
    return rest.length === 1 && !rest[0]!.startsWith('--') ? { command: 'check', path: rest[0]! } : { error: 'check takes one pack file' };
  if (command !== 'build') return { error: command ? `unknown command ${command}` : '' };
  const files: FileArg[] = [];
  let name: string | null = null;
  let out: string | null = null;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const option = /^--([a-z]+)(?:=(.*))?$/s.exec(arg);
    if (!option) {
      files.push({ path: arg });
      continue;
    }
    const key = option[1]!;
    let value = option[2];
    if (value === undefined) {
      if (i + 1 >= rest.length) return { error: `--${key} needs a value` };
      value = rest[++i]!;
    }
    if (key === 'name') {
      if (!value.trim()) return { error: '--name needs a value' };
      name = value;
    } else if (key === 'out') {
      if (!value.trim()) return { error: '--out needs a file' };
      out = value;
    } else if ((PER_FILE as readonly string[]).includes(key)) {
      const last = files[files.length - 1];
      if (!last) return { error: `--${key} follows the file it describes` };
      const problem = checkValue(key as PerFile, value);
      if (problem) return { error: problem };
      last[key as PerFile] = value;
    } else return { error: `unknown option --${key}` };
  }
  if (!name) return { error: "build needs the story's --name" };
  if (files.length === 0) return { error: 'build needs the article files' };
  return { command: 'build', files, name, out };
}
