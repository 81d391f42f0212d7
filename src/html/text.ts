/** Small text helpers of the HTML path, written as loops where a regular expression anchored
 *  at the end would backtrack on long runs (scripts/redos.mjs). */

/** The string without the characters of `chars` at its end ("You may also like..." → "You may also like"). */
export function trimEndOf(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && (chars.includes(s[end - 1]!) || /\s/.test(s[end - 1]!))) end--;
  return s.slice(0, end);
}

/** The string without the characters of `chars` (and white space) at both ends. */
export function trimOf(s: string, chars: string): string {
  let start = 0;
  while (start < s.length && (chars.includes(s[start]!) || /\s/.test(s[start]!))) start++;
  return trimEndOf(s.slice(start), chars);
}
