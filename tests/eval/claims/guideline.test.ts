import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Pins the labelling guideline in README.md, so a later edit to one key cannot
// quietly drift back to a reading the corpus does not use.

interface ClaimsFile {
  sentences: { text: string; facts: string[] }[];
}

const dir = import.meta.dirname;
const keys = readdirSync(dir)
  .filter((n) => n.endsWith('.json'))
  .sort();
const load = (name: string): ClaimsFile => JSON.parse(readFileSync(join(dir, name), 'utf8')) as ClaimsFile;
const all = keys.flatMap((name) => load(name).sentences.map((s) => ({ name, ...s })));

function factsOf(name: string, text: string): string[] {
  const hit = load(`${name}.json`).sentences.find((s) => s.text === text);
  if (!hit) throw new Error(`${name}: no sentence "${text}"`);
  return hit.facts;
}

describe('guideline implications hold in every key', () => {
  it.each([
    ['rule 2: Gornal / last settlement retaken', 'gornal-last-settlement-retaken', 'kursk-fully-recaptured'],
    ['rule 1: a Ukrainian denial contests the claim', 'ukraine-denies-kursk-claim', 'kursk-claim-contested'],
    ['rule 5: banking/secondary sanctions are a sanctions threat', 'trump-banking-secondary-sanctions', 'trump-threatens-sanctions'],
  ])('%s', (_rule, whenever, also) => {
    const broken = all.filter((s) => s.facts.includes(whenever) && !s.facts.includes(also)).map((s) => `${s.name}: ${s.text}`);
    expect(broken).toEqual([]);
  });
});

describe('guideline examples', () => {
  it.each([
    [
      'rule 1: "the announcement"',
      'afp-style',
      'Kyiv dismissed the announcement.',
      ['ukraine-denies-kursk-claim', 'kursk-claim-contested'],
      [],
    ],
    ['rule 1: "it"', 'opinion-analysis', 'Kyiv says it is not.', ['ukraine-denies-kursk-claim', 'kursk-claim-contested'], []],
    [
      'rule 1: a bare pointer states nothing',
      'radio-transcript',
      "CORRESPONDENT: Well, the announcement came from General Valery Gerasimov, who is the chief of Russia's General Staff.",
      [],
      ['kursk-fully-recaptured', 'gerasimov-briefed-putin'],
    ],
    [
      'rule 2: Gornal without "last"',
      'guardian-style',
      'He said the village of Gornal had been taken and that North Korean soldiers had given "significant assistance" – an admission Moscow had avoided for months.',
      ['gornal-last-settlement-retaken', 'kursk-fully-recaptured'],
      [],
    ],
    [
      'rule 2: last village without the name',
      'liveblog-entry',
      'Russia: last village in Kursk captured',
      ['gornal-last-settlement-retaken', 'kursk-fully-recaptured'],
      [],
    ],
    [
      'rule 3: complete defeat in the Kursk border area',
      'tass-rt-style',
      '"The complete defeat of the enemy in the Kursk border area creates conditions for further successful actions of our troops on other important sections of the front," Putin said.',
      ['putin-conditions-for-further-advances', 'kursk-fully-recaptured'],
      [],
    ],
    [
      'rule 3: "failed" without Kursk stays the quote fact only',
      'reuters-style',
      "Putin congratulated the troops and said Kyiv's operation had failed.",
      ['putin-kyiv-adventure-failed'],
      ['kursk-fully-recaptured'],
    ],
    [
      'rule 4: denial restating the claim',
      'partial-denial',
      "Ukraine's General Staff: Russian claims about end of fighting in Kursk region 'not true'",
      ['ukraine-denies-kursk-claim', 'kursk-fully-recaptured'],
      [],
    ],
    [
      'rule 4: no restated content',
      'liveblog-entry',
      'Kyiv: Russian claim about Kursk is false',
      ['ukraine-denies-kursk-claim'],
      ['kursk-fully-recaptured'],
    ],
    [
      'rule 6: stand-alone "operations continue" is not a denial',
      'partial-denial',
      'The General Staff said Ukrainian defensive operations in designated parts of the region were continuing.',
      ['ukraine-says-kursk-operation-continues'],
      ['ukraine-denies-kursk-claim'],
    ],
    [
      'rule 6: "fighting goes on" set against the claim is a denial',
      'reuters-style',
      'Russia says Kursk region fully retaken; Kyiv says fighting goes on',
      ['ukraine-denies-kursk-claim', 'kursk-claim-contested'],
      [],
    ],
  ])('%s', (_rule, name, text, must, mustNot) => {
    const facts = factsOf(name, text);
    for (const id of must) expect(facts, id).toContain(id);
    for (const id of mustNot) expect(facts, id).not.toContain(id);
  });
});
