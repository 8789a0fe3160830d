/**
 * English month names, said once: dates in bylines and datelines, numbers that are really days
 * ("April 26" is no quantity), furniture lines and citations must all read the same months.
 */

export const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * A regex alternation (no group, no flags: use it with `i`) for a month name or its abbreviation:
 * "Apr", "April", "Sep", "Sept", "September".
 */
export const EN_MONTH_PATTERN =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
