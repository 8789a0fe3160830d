/** The CLI's arguments: one input path and an output format; anything else is an error the caller prints with usage. */
export type ParsedArgs = { path: string; format: string } | { error: string };

export function parseArgs(argv: readonly string[], formats: readonly string[], defaultFormat = 'text'): ParsedArgs {
  const paths: string[] = [];
  let format: string | null = null;
  const choose = (f: string): string | null => {
    if (!formats.includes(f)) return `unknown format ${f || '(empty)'}; choose ${formats.join(', ')}`;
    if (format !== null && format !== f) return `conflicting formats ${format} and ${f}`;
    format = f;
    return null;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    let problem: string | null = null;
    if (arg === '--json') problem = choose('json');
    else if (arg === '--format') {
      if (i + 1 >= argv.length) return { error: '--format needs a value' };
      problem = choose(argv[++i]!);
    } else if (arg.startsWith('--format=')) problem = choose(arg.slice('--format='.length));
    else if (arg.startsWith('--')) problem = `unknown option ${arg}`;
    else paths.push(arg);
    if (problem) return { error: problem };
  }
  if (paths.length !== 1) return { error: paths.length ? 'give exactly one input' : '' };
  return { path: paths[0]!, format: format ?? defaultFormat };
}
