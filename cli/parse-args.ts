/**
 * The CLI's arguments: one input path, an output format, and optionally the
 * page's address and title (`--url`, `--title`) for a saved file, so the page
 * can be cited and recognised as one of the corpus outlets, and a story folder
 * to read it against instead of the bundled story (`--story DIR`). Anything
 * else is an error the caller prints with usage.
 */
export type ParsedArgs = { path: string; format: string; url?: string; title?: string; story?: string } | { error: string };

export function parseArgs(argv: readonly string[], formats: readonly string[], defaultFormat = 'text'): ParsedArgs {
  const paths: string[] = [];
  let format: string | null = null;
  const values: { url?: string; title?: string; story?: string } = {};
  const choose = (f: string): string | null => {
    if (!formats.includes(f)) return `unknown format ${f || '(empty)'}; choose ${formats.join(', ')}`;
    if (format !== null && format !== f) return `conflicting formats ${format} and ${f}`;
    format = f;
    return null;
  };
  const set = (key: 'url' | 'title' | 'story', v: string): string | null => {
    if (key === 'url') {
      let ok = false;
      try {
        ok = /^https?:$/.test(new URL(v).protocol);
      } catch {
        ok = false;
      }
      if (!ok) return `--url needs an http(s) address, not ${v || '(empty)'}`;
    }
    if ((key === 'title' || key === 'story') && !v.trim()) return `--${key} needs a value`;
    values[key] = v;
    return null;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    let problem: string | null = null;
    const option = /^--(format|url|title|story)(?:=(.*))?$/s.exec(arg);
    if (arg === '--json') problem = choose('json');
    else if (option) {
      const name = option[1] as 'format' | 'url' | 'title' | 'story';
      let value = option[2];
      if (value === undefined) {
        if (i + 1 >= argv.length) return { error: `--${name} needs a value` };
        value = argv[++i]!;
      }
      problem = name === 'format' ? choose(value) : set(name, value);
    } else if (arg.startsWith('--')) problem = `unknown option ${arg}`;
    else paths.push(arg);
    if (problem) return { error: problem };
  }
  if (paths.length !== 1) return { error: paths.length ? 'give exactly one input' : '' };
  return { path: paths[0]!, format: format ?? defaultFormat, ...values };
}
