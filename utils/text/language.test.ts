import { describe, expect, it } from 'vitest';
import { englishShare, nonEnglishReason } from './language';

describe('nonEnglishReason', () => {
  it.each([
    ['Russia said on Saturday that it had retaken the Kursk region, a claim that Ukraine denied.', undefined, null],
    ['Russland hat nach eigenen Angaben die Region Kursk vollständig zurückerobert, teilte der Generalstab mit.', undefined, 'not read as English'],
    ['Россия заявила, что полностью освободила Курскую область от украинских войск.', undefined, 'not read as English'],
    ['La Russie affirme avoir repris toute la région de Koursk, ce que l’Ukraine dément.', undefined, 'not read as English'],
    ['Russia said on Saturday that it had retaken the Kursk region.', 'de', 'declares language'],
    ['Russia said on Saturday that it had retaken the Kursk region.', 'en-GB', null],
  ])('%j (lang %s)', (text, lang, expected) => {
    const reason = nonEnglishReason(text, lang);
    if (expected === null) expect(reason).toBeNull();
    else expect(reason).toContain(expected);
  });

  it('is zero for text without letters', () => {
    expect(englishShare('123 456 — !!!')).toBe(0);
  });
});
