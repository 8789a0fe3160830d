/**
 * The names-and-dates reading (utils/detect/names-reading.ts), the only reading a page in a language
 * without a lexicon gets, judged on the languages the team has real text in as a stand-in (issue
 * 23): dev leave-one-language-out (the point is languages nobody tuned for) and leave-one-outlet-out,
 * and the locked test split under the shipped names model, by count only.
 */
import { BUNDLED_CORPUS } from '../../utils/match/bundled-corpus';
import { crossValidate, dayFactIds, NAMES_FIT, namesRowsOf, probability, type Row } from './fit-detection';
import { loadReadings } from './readings';

function summary(rows: Row[], detected: (r: Row) => boolean): string {
  const stories = rows.filter((r) => r.story);
  return `found ${stories.filter(detected).length}/${stories.length}, false alarms ${rows.filter((r) => !r.story && detected(r)).length}/${rows.length - stories.length}`;
}

export function namesReport(devOnly = false): string[] {
  const { readings } = loadReadings();
  const dev = namesRowsOf(readings.filter((r) => r.split === 'dev'));
  const out = [
    'Names and dates only (how a page in a language without a lexicon is read), on the languages with real text, as a stand-in:',
  ];
  for (const [name, by] of [
    ['leave-one-language-out', (r: Row) => r.lang],
    ['leave-one-outlet-out', (r: Row) => r.fold],
  ] as const) {
    const cv = crossValidate(dev, dayFactIds(), by, NAMES_FIT);
    const got = (r: Row) => cv.get(r.id) === true;
    out.push(
      `  dev, ${name}: English ${summary(
        dev.filter((r) => r.lang === 'en'),
        got,
      )}; ru, uk, de, fr, it, pl ${summary(
        dev.filter((r) => r.lang !== 'en'),
        got,
      )}`,
    );
  }
  const model = BUNDLED_CORPUS.namesDetection;
  if (!devOnly && model) {
    const test = namesRowsOf(readings.filter((r) => r.split === 'test'));
    const got = (r: Row) => probability(r, model) >= model.threshold;
    out.push(
      `  test, the shipped names model: English ${summary(
        test.filter((r) => r.lang === 'en'),
        got,
      )}; ru, uk, de, fr, it, pl ${summary(
        test.filter((r) => r.lang !== 'en'),
        got,
      )}`,
    );
  }
  return out;
}
