/**
 * Numbers become terms by their unit only ("#soldiers"): two outlets giving
 * different troop counts still report the same fact, and the difference is a
 * discrepancy to flag, not a reason to miss the match.
 */
import { parseQuantities } from './quantity-parse';

export function quantityTerms(text: string): string[] {
  if (
    !/[0-9]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|thousand|dozen)/i.test(
      text,
    )
  ) {
    return [];
  }
  return [...new Set(parseQuantities(text).map((q) => `#${q.unit}`))];
}
