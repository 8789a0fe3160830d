/**
 * Page and corpus text is untrusted: a page can say `[x](javascript:…)` or
 * `<img onerror=…>`. Everything we paste into Markdown goes through here so it
 * renders as the same characters, never as a link, HTML, emphasis or a block.
 */

// Inline syntax in CommonMark/GFM: escapes, code, emphasis, links/images, raw HTML and entities, tables, strikethrough.
const INLINE = /[\\`*_[\]<>|~&]/g;

/**
 * One line of inline Markdown text. Line breaks become spaces (Markdown would
 * render a soft break as a space anyway, and a new line could start a block).
 */
export function mdText(value: string | null | undefined): string {
  let s = String(value ?? '')
    .replace(/\r\n?|\n|\u2028|\u2029/g, ' ')
    .trim();
  s = s.replace(INLINE, '\\$&');
  // GFM autolinks bare URLs, www. hosts and e-mail addresses; an escape breaks the pattern it matches on.
  s = s
    .replace(/:\/\//g, '\\://')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/@/g, '\\@');
  // At the start of a line these would open a heading, quote, list, thematic break or setext underline.
  s = s.replace(/^([#>+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
  return s;
}

/** A code span (for URLs): nothing inside is a link or HTML, and the text reads back unescaped. */
export function mdCode(value: string | null | undefined): string {
  const s = String(value ?? '').replace(/\r\n?|\n|\u2028|\u2029/g, ' ');
  const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // A space on each side keeps a leading or trailing backtick from joining the fence.
  const pad = s.startsWith('`') || s.endsWith('`') || s.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${s}${pad}${fence}`;
}
