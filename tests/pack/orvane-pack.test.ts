/**
 * End to end on the invented ferry story: a pack drafted from its three outlets' texts alone, written
 * as a file and read back as an import reads it, detects a fourth outlet's page of the event and
 * shows its sentences as the outlets' reports of the same facts; a page of the bundled story is not
 * detected with it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from '../../utils/analyze';
import { draftPack } from '../../utils/pack/draft-pack';
import { loadPack } from '../../utils/pack/load-pack';
import { serializePack, toPack } from '../../utils/pack/pack-format';
import { extractFromText } from '../../utils/page/extract-text';
import { ORVANE_DIR, orvaneArticles } from './orvane-articles';

const ROOT = join(import.meta.dirname, '../..');
const drafted = draftPack(orvaneArticles(), { name: 'Ferry collision in Tessaly Bay' });
const corpus = loadPack(serializePack(toPack(drafted)));
const analyzer = createAnalyzer(corpus);
const read = (file: string) => {
  const article = extractFromText(readFileSync(file, 'utf8'));
  return analyze(analyzer, { title: article.title, text: article.text });
};
/** The excerpts of the facts a page sentence was shown as. */
const shownAs = (analysis: ReturnType<typeof read>, sentence: string) =>
  analysis.claims
    .filter((c) => c.text.startsWith(sentence))
    .flatMap((c) => c.matches.flatMap((m) => corpus.facts.find((f) => f.id === m.factId)!.reports.map((r) => r.excerpt)));

describe('a pack drafted from the invented ferry story', () => {
  const herald = read(join(ORVANE_DIR, 'pages/bay-herald.txt'));

  it('detects a fourth outlet’s page of the event', () => {
    expect(herald.story.detected).toBe(true);
    expect(herald.storyMeta.name).toBe('Ferry collision in Tessaly Bay');
  });

  it('shows the page’s sentences as the outlets’ reports of the same facts', () => {
    expect(shownAs(herald, 'Mayor Ilse Darrow blamed dense fog')).toEqual(
      expect.arrayContaining(['Mayor Ilse Darrow said heavy fog was to blame for the collision.', 'Mayor Ilse Darrow blamed thick fog.']),
    );
    expect(shownAs(herald, 'The coast guard said 212 passengers')).toContain(
      'All 212 passengers were rescued by coast guard boats within two hours, the coast guard said.',
    );
    expect(shownAs(herald, 'The port of Orvane was closed')).toEqual(
      expect.arrayContaining(['The port of Orvane stayed closed until Monday.']),
    );
    // The crew's claim is not shown as the Port Authority's denial of it.
    expect(shownAs(herald, "Crew members said the port's radar had failed")).not.toContain(
      'The Orvane Port Authority denied that its radar had failed.',
    );
  });

  it('does not detect a page of the bundled story, nor an unrelated page', () => {
    expect(read(join(ROOT, 'corpus/stories/kursk-2025-04-26/sources/ap.txt')).story.detected).toBe(false);
    const unrelated = analyze(analyzer, {
      title: 'Harbour festival',
      text: 'The harbour festival opened on Sunday with music and a ferry parade.\n\nTickets sold out in an hour.',
    });
    expect(unrelated.story.detected).toBe(false);
  });

  it('draws its days from the articles’ dates and its gate from the names they share', () => {
    expect(corpus.story.window).toMatchObject({ year: 2031, month: 9, firstDay: 14, lastDay: 16 });
    expect(corpus.gate!.anchors.filter((a) => a.kind === 'strong').map((a) => a.name)).toEqual(
      expect.arrayContaining(['orvane', 'tessaly', 'northern lark']),
    );
    expect(corpus.detection).toBeUndefined();
  });
});
