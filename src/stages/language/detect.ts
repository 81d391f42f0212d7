/**
 * language: which language a text is in, on franc, made trustworthy for news:
 * - the script decides first (Han, Kana, Hangul, Greek, Hebrew, Georgian, Armenian,
 *   Devanagari need no trigrams); franc then only compares languages of that script,
 * - distinctive letters narrow Cyrillic (әғқңөұүһі -> Kazakh …) and Turkic Latin (ı ğ ə),
 * - candidates are a newsroom list (the 51 languages of the evaluation set) unless the
 *   caller restricts or pins them,
 * - confidence is the margin over the runner-up (franc's best is always 1).
 * The article is detected on its body without quotes or furniture; franc reads at most
 * 2,048 characters, so a long article costs no more than a short one.
 */
import { rankLanguages } from '../../adapters/franc.js';
import { kazakhLatinEvidence, serbianLatinEvidence, settlePair } from './relatives.js';
import { latinLetters, matchCount } from './code-points.js';
import { Reading } from './reading.js';
import { ENGLISH_ONLY_WORDS as ENGLISH_ONLY, FUNCTION_WORDS_BY_LANGUAGE as FUNCTION_WORDS } from '../../lexicon/shared/language-evidence.js';
import type { Language } from '../../schema.js';
import type { TextRange } from '../../document.js';
import { letterRuns } from '../../words.js';

interface LangInfo {
  iso6391: string;
  script: string;
  /** Further scripts the language is written in (its BCP-47 tag then names the script). */
  also?: readonly string[];
}

/** franc code -> ISO 639-1 and script, for every language the library considers by default. */
const LANGS: Record<string, LangInfo> = {
  eng: { iso6391: 'en', script: 'Latn' }, tur: { iso6391: 'tr', script: 'Latn' }, azj: { iso6391: 'az', script: 'Latn', also: ['Cyrl'] },
  deu: { iso6391: 'de', script: 'Latn' }, fra: { iso6391: 'fr', script: 'Latn' }, spa: { iso6391: 'es', script: 'Latn' },
  ita: { iso6391: 'it', script: 'Latn' }, por: { iso6391: 'pt', script: 'Latn' }, nld: { iso6391: 'nl', script: 'Latn' },
  pol: { iso6391: 'pl', script: 'Latn' }, ces: { iso6391: 'cs', script: 'Latn' }, slk: { iso6391: 'sk', script: 'Latn' },
  swe: { iso6391: 'sv', script: 'Latn' }, dan: { iso6391: 'da', script: 'Latn' }, nob: { iso6391: 'nb', script: 'Latn' },
  fin: { iso6391: 'fi', script: 'Latn' }, ekk: { iso6391: 'et', script: 'Latn' }, lvs: { iso6391: 'lv', script: 'Latn' },
  lit: { iso6391: 'lt', script: 'Latn' }, hun: { iso6391: 'hu', script: 'Latn' }, ron: { iso6391: 'ro', script: 'Latn' },
  hrv: { iso6391: 'hr', script: 'Latn' }, slv: { iso6391: 'sl', script: 'Latn' }, cat: { iso6391: 'ca', script: 'Latn' },
  als: { iso6391: 'sq', script: 'Latn' }, vie: { iso6391: 'vi', script: 'Latn' }, ind: { iso6391: 'id', script: 'Latn' },
  zlm: { iso6391: 'ms', script: 'Latn' }, uzn: { iso6391: 'uz', script: 'Latn', also: ['Cyrl'] }, tuk: { iso6391: 'tk', script: 'Latn' },
  rus: { iso6391: 'ru', script: 'Cyrl' }, kaz: { iso6391: 'kk', script: 'Cyrl', also: ['Latn'] }, ukr: { iso6391: 'uk', script: 'Cyrl' },
  khk: { iso6391: 'mn', script: 'Cyrl' }, bel: { iso6391: 'be', script: 'Cyrl' }, bul: { iso6391: 'bg', script: 'Cyrl' },
  srp: { iso6391: 'sr', script: 'Cyrl', also: ['Latn'] }, mkd: { iso6391: 'mk', script: 'Cyrl' }, kir: { iso6391: 'ky', script: 'Cyrl' },
  tgk: { iso6391: 'tg', script: 'Cyrl' }, arb: { iso6391: 'ar', script: 'Arab' }, pes: { iso6391: 'fa', script: 'Arab' },
  urd: { iso6391: 'ur', script: 'Arab' }, cmn: { iso6391: 'zh', script: 'Hans' }, jpn: { iso6391: 'ja', script: 'Jpan' },
  kor: { iso6391: 'ko', script: 'Kore' }, ell: { iso6391: 'el', script: 'Grek' }, heb: { iso6391: 'he', script: 'Hebr' },
  kat: { iso6391: 'ka', script: 'Geor' }, hye: { iso6391: 'hy', script: 'Armn' }, hin: { iso6391: 'hi', script: 'Deva' },
};

/** Other ISO 639-3 -> 639-1 codes (for a caller's own candidate list). */
const EXTRA_ISO6391: Record<string, string> = { uzb: 'uz', zsm: 'ms', msa: 'ms', ara: 'ar', fas: 'fa', prs: 'fa', zho: 'zh', est: 'et', lav: 'lv', sqi: 'sq', nno: 'nn', bos: 'bs', aze: 'az', mon: 'mn', ben: 'bn', tam: 'ta', tel: 'te', mar: 'mr', guj: 'gu', pan: 'pa', tha: 'th', tgl: 'tl', swh: 'sw', swa: 'sw', amh: 'am', hau: 'ha', yor: 'yo', ibo: 'ig', som: 'so', afr: 'af', glg: 'gl', eus: 'eu', gle: 'ga', cym: 'cy', isl: 'is', epo: 'eo', lat: 'la', tat: 'tt', bak: 'ba', kmr: 'ku', ckb: 'ku', pbu: 'ps', nep: 'ne', sin: 'si', mya: 'my', khm: 'km', lao: 'lo', uig: 'ug', yid: 'yi', ltz: 'lb', mlt: 'mt' };

/** Two-letter code of a franc code, or null. */
export const toIso6391 = (iso6393: string): string | null => LANGS[iso6393]?.iso6391 ?? EXTRA_ISO6391[iso6393] ?? null;

/** Languages a quote inside an article is usually in (besides the article's own). */
export const QUOTE_LANGUAGES: readonly string[] = ['eng', 'rus', 'kaz', 'kir', 'uzn', 'tgk', 'tuk', 'azj', 'tur', 'ukr', 'bel', 'khk', 'cmn', 'jpn', 'kor', 'arb', 'pes', 'urd', 'deu', 'fra', 'spa', 'ita', 'por', 'pol', 'heb', 'hin'];

/** The languages with function words, in FUNCTION_WORDS order: a count per language is an
 *  array in this order. */
const FUNCTION_WORD_LANGUAGES = Object.keys(FUNCTION_WORDS);
/** A language's index in FUNCTION_WORD_LANGUAGES. */
const FUNCTION_WORD_INDEX = new Map(FUNCTION_WORD_LANGUAGES.map((code, i) => [code, i]));
const ENG = FUNCTION_WORD_INDEX.get('eng')!;

/** Each function word -> the indexes of the languages that have it, in FUNCTION_WORDS order
 *  (one lookup per word instead of one per language). */
const LANGUAGES_OF_WORD = new Map<string, number[]>();
FUNCTION_WORD_LANGUAGES.forEach((code, i) => {
  for (const w of new Set(FUNCTION_WORDS[code])) {
    const langs = LANGUAGES_OF_WORD.get(w) ?? [];
    langs.push(i);
    LANGUAGES_OF_WORD.set(w, langs);
  }
});

/** How many of each language's function words the (lower-case) words carry, by index in
 *  FUNCTION_WORD_LANGUAGES (an array, not a map: every paragraph is counted, and a map's
 *  get and set per hit were most of the count's time). */
function functionWordCounts(words: readonly string[]): number[] {
  const counts = new Array<number>(FUNCTION_WORD_LANGUAGES.length).fill(0);
  for (const w of words) {
    const langs = LANGUAGES_OF_WORD.get(w);
    if (langs) for (const i of langs) counts[i]!++;
  }
  return counts;
}

/**
 * Whether a quote inside an article in `article` is in the article's own language: it carries
 * two of its function words and fewer of any other language's. False means undecided here
 * (run the detector).
 */
export function sameLanguageByFunctionWords(quote: Reading, article: string): boolean {
  const own = FUNCTION_WORD_INDEX.get(article);
  if (own === undefined) return false;
  const counts = functionWordCounts(quote.words);
  const mine = counts[own]!;
  if (mine < 2) return false;
  return counts.every((n, i) => i === own || n < mine);
}

/**
 * True when the text is plainly not English: another language's function words outnumber
 * English ones twice over (at least 8 of them), or most words are not in Latin letters. Short,
 * tabular or undecided text counts as English. Decides whether the English-trained name tagger runs.
 */
export function plainlyNotEnglish(text: string): boolean {
  const words = letterRuns(text.toLowerCase());
  // (a word opening with an ASCII letter is Latin: the pattern is for the others)
  const latin = words.reduce((n, w) => n + (w.charCodeAt(0) < 128 || /^\p{Script=Latin}/u.test(w) ? 1 : 0), 0);
  const other = words.length - latin;
  if (other > latin && other >= 20) return true;
  const counts = functionWordCounts(words);
  const eng = counts[ENG]!;
  return counts.some((n, i) => i !== ENG && n >= 8 && n > 2 * eng);
}

/** True for a short text (under 25 words) with no word only English writes (ENGLISH_ONLY):
 *  too little English to read its capitals as English does. */
export function writesNoEnglishWord(text: string): boolean {
  // (the first 25 words decide: an article is no short text)
  const words = letterRuns(text.toLowerCase(), 25);
  return words.length < 25 && !words.some((w) => ENGLISH_ONLY.has(w));
}

/**
 * English told by its function words alone, when they are overwhelming (a tenth of the
 * words, at least 12 of them): most of a newsroom's articles, decided without a trigram
 * model. Anything less goes to franc.
 */
function englishEvidence(text: Reading): Language | null {
  const words = text.words;
  if (words.length < 40) return null;
  let hits = 0;
  for (const w of words) if (ENGLISH_ONLY.has(w)) hits++;
  const share = hits / words.length;
  if (hits < 12 || share < 0.1) return null;
  return { iso6393: 'eng', iso6391: 'en', confidence: round(Math.min(0.99, share * 4)), reliable: true, alternatives: [] };
}

/** Default candidates: the newsroom list. */
export const DEFAULT_LANGUAGES: readonly string[] = Object.keys(LANGS);

const SCRIPT_NAMES = ['Latn', 'Cyrl', 'Arab', 'Hani', 'Kana', 'Hang', 'Grek', 'Hebr', 'Geor', 'Armn', 'Deva'] as const;

/** Index in SCRIPT_NAMES of a UTF-16 code unit's script (letters only), or -1. One pass, no regex. */
function scriptOf(c: number): number {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 0 : -1;
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) return 0;
  if (c >= 0x400 && c <= 0x52f) return 1;
  if ((c >= 0x620 && c <= 0x64a) || (c >= 0x66e && c <= 0x6d3) || (c >= 0x6fa && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) return 2;
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) return 3;
  if (c >= 0x3040 && c <= 0x30ff) return 4;
  if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) return 5;
  if (c >= 0x370 && c <= 0x3ff) return 6;
  if (c >= 0x5d0 && c <= 0x5f2) return 7;
  if (c >= 0x10a0 && c <= 0x10ff) return 8;
  if (c >= 0x531 && c <= 0x587) return 9;
  if (c >= 0x900 && c <= 0x97f) return 10;
  return -1;
}

/** Letters per script. */
function countScripts(text: string): number[] {
  const n = new Array<number>(SCRIPT_NAMES.length).fill(0);
  for (let i = 0; i < text.length; i++) {
    const s = scriptOf(text.charCodeAt(i));
    if (s >= 0) n[s]!++;
  }
  return n;
}
/** Scripts that name their language alone. */
const SINGLE: Record<string, string> = { Grek: 'ell', Hebr: 'heb', Geor: 'kat', Armn: 'hye', Deva: 'hin', Hang: 'kor' };

const RU = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя';
const CYRILLIC_ALPHABETS: Record<string, string> = {
  rus: RU, ukr: 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя', kaz: RU + 'әғқңөұүһі', kir: RU + 'ңөү', khk: RU + 'өү',
  uzn: 'абвгдеёжзийклмнопрстуфхцчшъьэюяўқғҳ', tgk: 'абвгғдеёжзиӣйкқлмнопрстуӯфхҳчҷшъэюя', bel: 'абвгдеёжзійклмнопрстуўфхцчшыьэюя',
  bul: 'абвгдежзийклмнопрстуфхцчшщъьюя', srp: 'абвгдђежзијклљмнњопрстћуфхцчџш', mkd: 'абвгдѓежзѕијклљмнњопрстќуфхцчџш',
};

/** Keep the Cyrillic languages whose alphabet has every letter that is distinctive here. */
function narrowCyrillic(lower: string, cands: string[]): string[] {
  const letters = lower.match(/\p{Script=Cyrillic}/gu) ?? [];
  const alphabets = cands.map((c) => CYRILLIC_ALPHABETS[c]).filter((a): a is string => !!a);
  const freq = new Map<string, number>();
  for (const l of letters) if (!alphabets.every((a) => a.includes(l))) freq.set(l, (freq.get(l) ?? 0) + 1);
  const strong = [...freq].filter(([, n]) => n / letters.length >= 0.015).map(([l]) => l);
  const keep = cands.filter((c) => CYRILLIC_ALPHABETS[c] && strong.every((l) => CYRILLIC_ALPHABETS[c]!.includes(l)));
  return keep.length ? keep : cands;
}

/** Distinctive Latin letters: ı ğ (Turkish, Azerbaijani), ə (Azerbaijani), oʻ gʻ (Uzbek), ř ě ů
 *  (Czech), ľ ĺ ŕ (Slovak), ł (Polish), ą ę (Polish, Lithuanian), ș ț (Romanian), ė ų į
 *  (Lithuanian), ķ ļ ņ ģ (Latvian), ő ű (Hungarian), ß (German), đ (Croatian, Vietnamese);
 *  ä ö rule out Norwegian and Danish. */
function narrowLatin(text: string, cands: string[]): string[] {
  const letters = latinLetters(text);
  const rules: Array<[RegExp, string[], number?]> = [
    [/[ığĞ]/g, ['tur', 'azj']], [/[əƏ]/g, ['azj']], [/[oOgG][ʻ‘’'](?=\p{L})/gu, ['uzn']],
    // letters only one candidate writes: about one in a hundred letters decides
    [/[řěůŘĚŮ]/g, ['ces'], 0.008], [/[ľĺŕĽĹŔ]/g, ['slk'], 0.008], [/[łŁ]/g, ['pol'], 0.008], [/[ąęĄĘ]/g, ['pol', 'lit'], 0.008], [/[șțȘȚ]/g, ['ron'], 0.008],
    [/[ėųįĖŲĮ]/g, ['lit'], 0.008], [/[ķļņģĶĻŅĢ]/g, ['lvs'], 0.008], [/[őűŐŰ]/g, ['hun'], 0.008], [/[ßẞ]/g, ['deu'], 0.008], [/[đĐ]/g, ['hrv', 'vie'], 0.008], [/[õÕ]/g, ['ekk', 'por', 'vie', 'hun'], 0.008],
  ];
  let keep = cands;
  for (const [re, langs, share = 0.015] of rules) {
    if (matchCount(text, re) / letters < share) continue;
    const next = keep.filter((c) => langs.includes(c));
    if (next.length) keep = next;
  }
  // ä and ö are Swedish (among others), never Norwegian or Danish, which write æ and ø
  if (matchCount(text, /[äöÄÖ]/g) / letters >= 0.01 && matchCount(text, /[æøÆØ]/g) === 0) keep = keep.filter((c) => c !== 'nob' && c !== 'dan');
  return keep;
}

/** The languages a newsroom meets daily; on a snippet too short for trigrams to be sure
 *  (under 60 letters) they get a head start of 0.06 over their rarer relatives (Catalan,
 *  Bulgarian, Belarusian …). */
const NEWSROOM_LANGUAGES = new Set(['eng', 'rus', 'kaz', 'uzn', 'kir', 'tur', 'cmn', 'arb', 'pes', 'ukr', 'deu', 'fra', 'spa', 'ita', 'por', 'pol']);
const NEWSROOM_HEAD_START = 0.06;
function preferNewsroom(ranked: Array<[string, number]>, letters: number): Array<[string, number]> {
  if (letters >= 60 || !NEWSROOM_HEAD_START) return ranked;
  return ranked.map(([c, sc]): [string, number] => [c, sc + (NEWSROOM_LANGUAGES.has(c) ? NEWSROOM_HEAD_START : 0)]).sort((a, b) => b[1] - a[1]);
}

/** Among franc's leaders within 0.05 of the best (a snippet's trigrams barely differ), the
 *  language with more of its function words leads: "Es gibt so viele …" is German. */
function byFunctionWords(text: Reading, ranked: Array<[string, number]>): Array<[string, number]> {
  if (ranked.length < 2) return ranked;
  const best = ranked[0]![1];
  const close = ranked.slice(0, 4).filter(([, sc]) => best - sc < 0.05);
  // only between languages that all have lists, so no language wins for lack of one
  if (close.length < 2 || !close.every(([c]) => FUNCTION_WORDS[c])) return ranked;
  const counts = functionWordCounts(text.words);
  const countOf = (code: string): number => counts[FUNCTION_WORD_INDEX.get(code)!]!;
  let winner: string | null = null;
  let most = countOf(ranked[0]![0]);
  for (const [c] of close.slice(1)) if (countOf(c) > most) [winner, most] = [c, countOf(c)];
  if (!winner) return ranked;
  return [[winner, best], ...ranked.filter(([c]) => c !== winner).map(([c], i): [string, number] => [c, ranked[i + 1]![1]])];
}

/** Arabic-script letters: ٹ ڈ ڑ ں ے only Urdu writes; پ چ ژ گ Persian and Urdu, never Arabic;
 *  ة and ى Arabic (rare in Persian, absent from Urdu's own words). */
function narrowArabic(text: string, cands: string[]): string[] {
  const pick = (langs: string[]) => {
    const next = cands.filter((c) => langs.includes(c));
    return next.length ? next : cands;
  };
  if (matchCount(text, /[ٹڈڑںے]/g) > 0) return pick(['urd']);
  if (matchCount(text, /[پچژگ]/g) > 0) return pick(['pes', 'urd']);
  if (matchCount(text, /[ةى]/g) > 0) return pick(['arb']);
  return cands;
}

/** Letters in a text, counted up to `cap`: the stage only asks whether a sample has fewer
 *  than a few dozen, and a sample is up to a whole paragraph (no need to read it all). */
export function lettersUpTo(text: string, cap: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n < cap; i++) if (scriptOf(text.charCodeAt(i)) >= 0) n++;
  return n;
}

/** The text of `ranges` without the `exclude` ranges, up to MAX_SAMPLE characters. */
export function languageSample(text: string, ranges: readonly TextRange[], exclude: readonly TextRange[]): string {
  const holes = [...exclude].sort((a, b) => a.start - b.start);
  let out = '';
  for (const r of ranges) {
    let from = r.start;
    for (const h of holes) {
      if (h.end <= from || h.start >= r.end) continue;
      if (h.start > from) out += text.slice(from, h.start) + ' ';
      from = Math.max(from, h.end);
    }
    if (from < r.end) out += text.slice(from, r.end) + '\n';
    if (out.length >= MAX_SAMPLE) break;
  }
  return out;
}

export interface DetectOptions {
  /** Candidate languages (franc ISO 639-3 codes); default: DEFAULT_LANGUAGES. */
  only?: readonly string[];
}

/** Characters of a sample read at most. */
export const MAX_SAMPLE = 1200;

const UNDETERMINED: Language = { iso6393: 'und', iso6391: null, confidence: 0, reliable: false };
const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Detect the language of a text, with its script and BCP-47 tag; `und` when it has too few letters. */
export function detectLanguage(sample: string, options: DetectOptions = {}): Language {
  // 1,200 characters decide as well as franc's 2,048 and cost 40 % less
  return detectIn(new Reading(sample.length > MAX_SAMPLE ? sample.slice(0, MAX_SAMPLE) : sample), options);
}

/** detectLanguage on a text of at most MAX_SAMPLE characters, read by a Reading its caller
 *  may have made already. */
function detectIn(reading: Reading, options: DetectOptions): Language {
  const perScript = countScripts(reading.text);
  const l = detectByScript(reading, perScript, options);
  return l.iso6393 === 'und' || l.script ? l : withScript(l, dominantScript(perScript));
}

/** The script with the most letters (the first of equals). */
const dominantScript = (perScript: readonly number[]): string => SCRIPT_NAMES[perScript.indexOf(Math.max(...perScript))]!;

/** ISO 15924 code of a script for a language: Han text is Japanese "Jpan" or Chinese "Hani". */
function iso15924(script: string, iso6393: string): string {
  if (iso6393 === 'jpn') return 'Jpan';
  if (iso6393 === 'kor') return 'Kore';
  return script === 'Hang' ? 'Kore' : script === 'Kana' ? 'Jpan' : script;
}

/** Add the script and the BCP-47 tag (with the script where the language has several, or an
 *  unusual one: "uz-Cyrl", "sr-Latn", "kk-Latn"). */
function withScript(l: Language, script: string): Language {
  const info = LANGS[l.iso6393];
  const code = l.iso6391 ?? l.iso6393;
  const sc = iso15924(script, l.iso6393);
  const tagged = info ? (info.also?.length || info.script !== script) && !['Jpan', 'Kore', 'Hani'].includes(sc) : false;
  return { ...l, script: sc, bcp47: tagged ? `${code}-${sc}` : code };
}

function detectByScript(reading: Reading, perScript: readonly number[], options: DetectOptions): Language {
  const text = reading.text;
  const counts = SCRIPT_NAMES.map((s, i) => [s, perScript[i]!] as const);
  const total = perScript.reduce((n, c) => n + c, 0);
  if (total < 3) return UNDETERMINED;
  const by = Object.fromEntries(counts) as Record<string, number>;
  const allowed = options.only ?? DEFAULT_LANGUAGES;
  const decided = (code: string, margin = 1): Language =>
    allowed.includes(code) ? { iso6393: code, iso6391: toIso6391(code), confidence: round(Math.min(1, total / 20) * margin), reliable: total >= 10 } : UNDETERMINED;
  const cjk = by.Hani! + by.Kana!;
  if (by.Kana! > 0 && by.Kana! >= 0.05 * cjk && cjk >= total / 2) return decided('jpn');
  if (by.Hang! >= total / 2) return decided('kor');
  if (by.Hani! >= total / 2) return decided('cmn');
  const script = dominantScript(perScript);
  if (SINGLE[script]) return decided(SINGLE[script]!);
  let cands = allowed.filter((c) => !LANGS[c] || LANGS[c]!.script === script || !!LANGS[c]!.also?.includes(script));
  // Serbian in Latin letters is Croatian's twin (and franc knows Serbian only in Cyrillic):
  // its ekavian spellings decide it
  if (script === 'Latn' && cands.includes('srp')) {
    if (serbianLatinEvidence(reading)) return withScript(decided('srp'), 'Latn');
    cands = cands.filter((c) => c !== 'srp');
  }
  // Kazakh in its Latin alphabet (Kazinform's kk-Latn copy): franc knows only Cyrillic Kazakh
  if (script === 'Latn' && allowed.includes('kaz') && kazakhLatinEvidence(reading)) return withScript(decided('kaz'), 'Latn');
  if (!cands.length) cands = [...allowed];
  if (script === 'Latn' && cands.includes('eng')) {
    const english = englishEvidence(reading);
    if (english) return english;
  }
  if (script === 'Cyrl') cands = narrowCyrillic(reading.lower, cands);
  if (script === 'Arab') cands = narrowArabic(text, cands);
  if (script === 'Latn') cands = narrowLatin(text, cands);
  if (cands.length === 1) return decided(cands[0]!);
  const ranked = byFunctionWords(reading, settlePair(reading, preferNewsroom(rankLanguages(text, cands), total)));
  const top = ranked[0];
  if (!top || top[0] === 'und') return UNDETERMINED;
  const second = ranked[1]?.[1] ?? 0;
  const margin = Math.max(0, Math.min(1, top[1] - second));
  // a margin of 0.2 is already decisive for franc; short texts are less sure
  const confidence = round(Math.min(1, margin * 5) * Math.min(1, 0.4 + total / 250));
  return {
    iso6393: top[0],
    iso6391: toIso6391(top[0]),
    confidence,
    reliable: total >= 20 && margin >= 0.05,
    alternatives: ranked.slice(1, 4).map(([code, score]) => ({ iso6393: code, score: round(Math.min(1, score)) })),
  };
}

/** The language a caller pinned (ISO 639-3), with the script of the text. */
export function pinnedLanguage(iso6393: string, sample: string): Language {
  const perScript = countScripts(sample.slice(0, MAX_SAMPLE));
  const base: Language = { iso6393, iso6391: toIso6391(iso6393), confidence: 1, reliable: true, alternatives: [] };
  return perScript.some((n) => n > 0) ? withScript(base, dominantScript(perScript)) : base;
}

/** Characters of a segment the detector reads (its function words are counted in all of it). */
const SEGMENT_SAMPLE = 400;

/** A segment's language as the record gives it (ISO 639-3 and 639-1). */
export interface SegmentLanguage {
  iso6393: string;
  iso6391: string | null;
}

/**
 * The language of segments (quotes, paragraphs) of an article in `article`: the article's
 * when the segment is shorter than `min` characters or carries the article's function words
 * (no trigram model needed); else franc among the article's language, its runners-up and the
 * usual quote languages (or the caller's list). A record of its own per segment.
 */
export function segmentLanguageOf(text: string, article: Language, candidates?: readonly string[]): (r: TextRange, min: number) => SegmentLanguage | null {
  const only = candidates ? [...candidates] : [...new Set([article.iso6393, ...(article.alternatives ?? []).map((a) => a.iso6393), ...QUOTE_LANGUAGES])];
  return (r, min) => {
    const inherit = article.iso6393 === 'und' ? null : { iso6393: article.iso6393, iso6391: article.iso6391 };
    if (r.end - r.start < min) return inherit;
    const whole = new Reading(text.slice(r.start, r.end));
    if (inherit && sameLanguageByFunctionWords(whole, article.iso6393)) return inherit;
    // the detector reads the first SEGMENT_SAMPLE characters: a segment no longer is read once
    const l = detectIn(r.end - r.start <= SEGMENT_SAMPLE ? whole : new Reading(text.slice(r.start, r.start + SEGMENT_SAMPLE)), { only });
    return l.iso6393 === 'und' ? inherit : { iso6393: l.iso6393, iso6391: l.iso6391 };
  };
}
