/**
 * Words that carry no checkable content, and words that say who speaks rather than what is said:
 * the engine's general ones. A story adds its own speakers' names (StoryDefinition.vocabulary).
 */

/** Function words and reporting verbs that carry no checkable content. */
export const STOPWORDS = new Set(
  (
    'a an and are as at be been being but by can could did do does for from had has have he her his i if in into is it its ' +
    'me my no nor not of on or our over said says say so than that the their them then there these they this those to ' +
    'up us was we were what when where which while who whom will with would you your also just about after before since ' +
    'until all any both each few more most other some such only own same very s t don should now ' +
    'according told stated added noted saying wrote post posted statement statements yesterday today ' +
    'mr mrs ms one two during earlier later ahead held including however despite amid amidst among last next ' +
    'day days per via within without under upon out off again further once here how why because through between against'
  ).split(/\s+/),
);

/**
 * Who is speaking is not what is said: titles and spokespeople recur across unrelated facts
 * ("Kremlin spokesperson Dmitry Peskov said"), so they count for less than the content of a claim.
 */
export const GENERIC_SPEAKER_WORDS = [
  'president',
  'spokesman',
  'spokesperson',
  'spokeswoman',
  'spokesmen',
  'chief',
  'official',
  'minister',
  'aide',
];
export const SPEAKER_WEIGHT = 0.4;
