import { describe, expect, it } from 'vitest';
import { sectionOf, withSection } from './doc-section';

describe('docs/bench.md sections', () => {
  const doc = '# Speed\n\nfigures of npm run bench\n';

  it('appends a missing section and replaces it in place the next time', () => {
    const once = withSection(doc, 'bench:pages', 'first');
    expect(once.startsWith(doc.trimEnd())).toBe(true);
    expect(sectionOf(once, 'bench:pages')).toContain('first');
    const twice = withSection(`${once}\ntrailing line\n`, 'bench:pages', 'second $& $1');
    expect(sectionOf(twice, 'bench:pages')).toContain('second $& $1');
    expect(twice).not.toContain('first');
    expect(twice).toContain('trailing line');
    expect(twice.match(/bench:pages: begin/g)).toHaveLength(1);
  });

  it('finds no section in a file without one', () => {
    expect(sectionOf(doc, 'bench:pages')).toBeNull();
  });
});
