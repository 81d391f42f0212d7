/**
 * Close relatives the trigram model confuses, and languages it has no model for in a script:
 * told apart by spellings, letters and function words only one of them writes. Pure tables
 * and tests over a text; language.ts decides when to ask.
 */
import type { Reading } from './reading.js';
import { latinLetters, matchCount } from './code-points.js';
import { CROATIAN_IJEKAVIAN, KAZAKH_LATIN_WORDS, SERBIAN_EKAVIAN, relativesWords } from '../../lexicon/shared/language-evidence.js';


/**
 * Close relatives franc confuses on short text (measured on the lang suite: Malay/Indonesian,
 * Norwegian/Danish, Slovene/Croatian, Czech/Slovak, Russian/Bulgarian, Serbian/Macedonian,
 * Uzbek/Tajik, Spanish/Catalan), told apart by spelling and function words only one of them
 * writes (the words: RELATIVES_WORDS of the lexicon). Each entry: [language, language, letters
 * of the first, of the second, letters both write that count (twice) for the first when the
 * text has none of the second's evidence].
 */
const PAIRS: ReadonlyArray<readonly [string, string, RegExp | null, RegExp | null, RegExp?]> = [
  ['zlm', 'ind', null, null],
  ['nob', 'dan', null, null],
  ['slv', 'hrv', null, /[ćđ]/g],
  ['ces', 'slk', /[řěů]/g, /[äôľĺŕ]/g],
  ['rus', 'bul', /[ыэё]/g, null],
  ['srp', 'mkd', /[ђћ]/g, /[ѓќѕ]/g],
  ['uzn', 'tgk', /ў/g, /[ӣӯҷ]/g],
  // Kyrgyz writes ң ө ү but none of Kazakh's ә ғ қ ұ һ і
  ['kir', 'kaz', /э/g, /[әғқұһі]/g, /[ңөү]/],
  ['por', 'spa', /[ãõ]/g, /ñ/g],
  ['ita', 'spa', /[èì]/g, /ñ/g],
  ['spa', 'cat', null, /l['’]\p{L}|d['’]\p{L}|·l/gu],
];
const PAIR_WORDS = PAIRS.map(([a, b, la, lb, sharedForA]) => ({ a, b, wa: new Set(relativesWords(a, b)!.wordsOfA), wb: new Set(relativesWords(a, b)!.wordsOfB), la, lb, sharedForA }));

/** When franc's best and its second or third are a pair in PAIRS and the text has more of one's
 *  marks, that one leads. */
export function settlePair(text: Reading, ranked: Array<[string, number]>): Array<[string, number]> {
  if (ranked.length < 2) return ranked;
  // the leader's relative may stand second or third (franc's scores are close on snippets)
  const a = ranked[0]![0];
  const pair = PAIR_WORDS.find((p) => ranked.slice(1, 3).some(([b]) => (p.a === a && p.b === b) || (p.a === b && p.b === a)));
  if (!pair) return ranked;
  const lower = text.lower;
  let first = pair.la ? matchCount(lower, pair.la) : 0;
  let second = pair.lb ? matchCount(lower, pair.lb) : 0;
  for (const w of text.words) {
    if (pair.wa.has(w)) first++;
    if (pair.wb.has(w)) second++;
  }
  if (pair.sharedForA && second === 0 && pair.sharedForA.test(lower)) first += 2;
  const winner = first > second ? pair.a : second > first ? pair.b : null;
  if (!winner || winner === a) return ranked;
  // the winner takes the lead with the best score; the others keep their order
  return [[winner, ranked[0]![1]], ...ranked.filter(([c]) => c !== winner).map(([c], i): [string, number] => [c, ranked[i + 1]![1]])];
}

/** Kazakh in the Latin alphabet of 2018-21: its function words, or ǵ/ń with ı, which no other
 *  candidate writes together. */
export function kazakhLatinEvidence(text: Reading): boolean {
  let words = 0;
  for (const w of text.words) if (KAZAKH_LATIN_WORDS.has(w)) words++;
  if (words >= 2) return true;
  // the marks are counted only when the words do not decide (a Kazakh text has its words),
  // and the letters only when both marks are there (a scan of the whole text)
  const lower = text.lower;
  const marks = matchCount(lower, /[ǵń]/g);
  const dotless = matchCount(lower, /ı/g);
  return marks >= 1 && dotless >= 1 && (marks + dotless) / latinLetters(lower) >= 0.02;
}

/** Serbian written in Latin letters: ekavian forms Croatian spells with "ije"/"je". */
export function serbianLatinEvidence(text: Reading): boolean {
  let n = 0;
  let ijekavian = 0;
  for (const w of text.words) {
    if (SERBIAN_EKAVIAN.has(w)) n++;
    if (CROATIAN_IJEKAVIAN.has(w)) ijekavian++;
  }
  return n >= 2 && ijekavian === 0;
}
