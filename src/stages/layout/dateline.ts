/**
 * dateline: the wire opening "PLACE[, Qualifier][, DATE] (AGENCY) —" in its many agency
 * forms (see ../shared/notes/dateline.md): "ASTANA. KAZINFORM –", "MOSCOW, November 26.
 * /TASS/.", "(CNN) --", "(ANSA) - Rome, October 11 -", "Jan 30 (Reuters) -". Searched at
 * the start of the first paragraphs, since bylines, headlines and standfirsts may come first.
 */
import type { Doc, TextRange } from '../../document.js';
import type { Paragraph } from '../segment.js';
import { letterDigitRuns } from '../../words.js';
import { isCommonWord, isPlaceName } from '../../lexicon/index.js';
import { canonicalAgency } from '../../lexicon/shared/agencies.js';
import { MONTH_ALTERNATION, isMonthAbbreviation, monthNumber } from '../../lexicon/shared/months.js';
import { SLUGS_AND_LABELS as NOT_PLACES } from '../../lexicon/en/furniture.js';
import { OPENERS_NEVER_PLACES as FUNCTION_WORDS } from '../../lexicon/en/clauses.js';
import { DATELINE_PLACE_PARTICLES } from '../../lexicon/shared/names.js';
import { WEEKDAYS } from '../../lexicon/en/time.js';
import { alternation } from '../../lexicon/registry.js';
import { ACRONYM_SKIPPED_WORD, BYLINE_WORD as BYLINE } from '../../lexicon/patterns.js';

export interface DatelineAnnotation extends TextRange {
  paragraph: number;
  location: string | null;
  agency: string | null;
  agencyText: string | null;
  agencyRange: TextRange | null;
  date: { text: string; iso: string | null } | null;
}

/** Months in lower, Capitalised and UPPER case (JS regexes cannot be case-insensitive in part). */
const MONTHS = (() => {
  const forms = MONTH_ALTERNATION.split('|');
  const cased = new Set<string>();
  for (const f of forms) {
    cased.add(f);
    cased.add(f.charAt(0).toUpperCase() + f.slice(1));
    cased.add(f.toUpperCase());
  }
  return [...cased].sort((a, b) => b.length - a.length).join('|');
})();

const DATE = `(?:(?:${MONTHS})\\.?\\s?\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s\\d{4})?|\\d{1,2}\\.?\\s(?:${MONTHS})\\.?(?:,?\\s\\d{4})?)`;
// (a hyphen only between letters: "NUR-SULTAN"; in "CHICAGO--" the dashes are the terminator)
const LOC_WORD = `(?:[\\p{Lu}][\\p{L}]{0,2}\\.(?=\\s\\p{Lu})|[\\p{Lu}][\\p{L}\\p{M}'’]*(?:-[\\p{L}\\p{M}'’]+)*|d['’][\\p{Lu}][\\p{L}]*|(?:${alternation(DATELINE_PLACE_PARTICLES)})(?=\\s))`;
const CASELESS = `[\\p{Script=Arabic}\\p{Script=Hebrew}\\p{Script=Han}\\p{Script=Thai}\\p{Script=Devanagari}\\p{Script=Georgian}\\p{Script=Armenian}]+`;
// place words joined by a space, or by a slash spaced the same on both sides ("Athen/Skopje",
// "Salzburg / Linz"): "IGORA /Leningrad Region/" is a place and its region, not one place
const LOC = `(?:${LOC_WORD}(?:(?: |/| / )${LOC_WORD}){0,5}|${CASELESS}(?:[\\s،,]+${CASELESS}){0,3})`;
const QUAL = `(?!(?:${MONTHS})\\.?\\s?\\d)[\\p{Lu}][\\p{L}\\p{M}.'’\\-]*(?: [\\p{Lu}][\\p{L}\\p{M}.'’\\-]*){0,2}`;
const AGENCY = `\\.?\\s*\\(\\s*(?<ap>[^()\\n]{1,40}?)\\s*\\)|\\s*/\\s*(?<as>[^/\\n]{2,40}?)\\s*/\\.?|\\.\\s+(?<ad>[\\p{Lu}][\\p{Lu}.\\-]{1,20})|\\s+[-–—]\\s+(?<ar>РИА Новости|RIA Novosti)\\.?`;
// the terminator, before white space; a long dash may also be glued to the story's first word
// ("DENVER—Snow closed…", "DENVER --Snow"), which parseLocationForm accepts after a known place only
const TERM = `\\s*(?<term>\\.-|--|—|–|-|_|:|\\.|―)(?:(?=\\s|$)|(?<=--|—|―)(?=[\\p{Lu}"“]))`;

const LOCATION_FORM = new RegExp(
  `^(?<loc>${LOC})(?<region>\\s*/[^/\\n]{2,40}/)?(?<qual>(?:,\\s*${QUAL}){0,3})(?:(?:,\\s*|\\.\\s+|\\s+)(?<date>${DATE})\\.?)?(?:(?:${AGENCY})(?:${TERM})?|${TERM.replace('<term>', '<term2>')})`,
  'u',
);
// a credit in parentheses neither starts nor ends with white space (one reading of the
// spaces around it); its length, 2 to 30, is checked by creditMatch
const AGENCY_FIRST = /^\(\s*(?<ap>[^()\s](?:[^()\n]*[^()\s])?)\s*\)\s*(?:--|[-–—_])\s*/u;
const CREDIT_ONLY = /^\(\s*(?<ap>[^()\s](?:[^()\n]*[^()\s])?)\s*\)(?<term>\s*(?:--|[-–—_]))?/u;
/** `re`'s match of s when its credit (group ap) is 2 to 30 characters long. */
const creditMatch = (re: RegExp, s: string): RegExpExecArray | null => {
  const m = re.exec(s);
  return m && m.groups!.ap!.length >= 2 && m.groups!.ap!.length <= 30 ? m : null;
};
const BARE_CREDIT = /^(?<ap>[\p{L}][\p{L}.&/-]{1,30}(?:\s[\p{Lu}][\p{L}.&-]{1,20})?)\s+(?<term>--|[-–—_])\s/u;
const DATE_FIRST = new RegExp(`^(?<date>${DATE})\\s*\\(\\s*(?<ap>[^()\\n]{2,30}?)\\s*\\)${TERM}`, 'u');
// a date with its year alone opens the story ("May 4, 2025 Farmers said…", "May 4, 2025 . Farmers…"):
// tried only where the text begins, since a timeline's entries open with dates too
const DATE_ONLY = new RegExp(`^(?<date>(?:${MONTHS})\\.?\\s\\d{1,2},\\s\\d{4}|\\d{1,2}\\s(?:${MONTHS})\\s\\d{4})(?:\\s*(?:--|[-–—.])(?=\\s)|(?=\\s+[\\p{Lu}"“]))`, 'u');
/** How much of a paragraph, from where a dateline may start, the dateline patterns read. */
const DATELINE_WINDOW = 240;
/** The expressions built from parts at load time, for the ReDoS check (scripts/redos.mjs),
 *  with the longest input they are applied to. */
export const BUILT_PATTERNS: ReadonlyArray<{ pattern: RegExp; maxInput?: number }> = [
  { pattern: LOCATION_FORM, maxInput: DATELINE_WINDOW },
  { pattern: DATE_FIRST, maxInput: DATELINE_WINDOW },
  { pattern: DATE_ONLY, maxInput: DATELINE_WINDOW },
];

/** A subject as long as V8 compiles an expression to machine code for on its first match
 *  (JSRegExp::kTierUpForSubjectLengthValue). */
const NATIVE_COMPILE_SUBJECT = ' '.repeat(1000);
let compiledNow = false;
/**
 * Have V8 compile the built expressions to machine code now, on the first dateline looked for.
 * V8 runs a new expression's first match in its interpreter and compiles machine code after;
 * for these, thousands of alternatives long (the month forms in three casings), making and
 * optimising the interpreter's bytecode cost more than the machine code itself (~1.7× the
 * instructions, ~20 ms of the first analysis). A first match against a long subject skips the
 * interpreter; it fails at once (each starts at ^ with a word or a digit), and changes no match.
 */
function compileBuiltPatterns(): void {
  if (compiledNow) return;
  compiledNow = true;
  for (const { pattern } of BUILT_PATTERNS) pattern.exec(NATIVE_COMPILE_SUBJECT);
}

// A web outlet's domain as its credit ("SPACE.com") and a camel-case brand ("NewsFactor").
const DOMAIN_CREDIT = /^[\p{L}][\p{L}\d-]*\.(?:com|net|org|co\.uk|ru|kz|kg|uz)$/iu;
const CAMEL_CREDIT = /^[\p{Lu}][\p{Ll}]+[\p{Lu}][\p{L}]+$/u;

/** An agency credit: known, or shaped like one ("COMPUTERWORLD", "SPACE.com", "Dow Jones"). */
function agencyOf(credit: string | undefined): { canonical: string | null; ok: boolean } {
  if (!credit) return { canonical: null, ok: false };
  const known = canonicalAgency(credit);
  if (known) return { canonical: known, ok: true };
  if (DOMAIN_CREDIT.test(credit)) return { canonical: credit, ok: true };
  const shaped = /^[\p{Lu}][\p{L}.&\-/]*(?:\s[\p{Lu}][\p{L}.&\-/]*){0,2}$/u.test(credit) && (/^[\p{Lu}\d.&\-/ ]+$/u.test(credit) || /\.(?:com|net|org)/i.test(credit) || CAMEL_CREDIT.test(credit));
  return { canonical: shaped ? credit : null, ok: shaped };
}

/** Title-case the all-capital words of a place ("ST. PETERSBURG, Fla." -> "St. Petersburg, Fla."). */
export function titleCasePlace(place: string): string {
  return place.replace(/[\p{L}\p{M}'’]+/gu, (w) => {
    if (w.length < 2 || w !== w.toUpperCase()) return w;
    return w.charAt(0) + w.slice(1).toLowerCase();
  });
}

/** ISO date (YYYY-MM-DD or --MM-DD) of a dateline date, or null when it cannot be read. */
export function isoDate(text: string): string | null {
  const md = /^([\p{L}]+)\.?\s?(\d{1,2})(?:st|nd|rd|th)?(?:,?\s(\d{4}))?/u.exec(text);
  const dm = /^(\d{1,2})\.?\s([\p{L}]+)\.?(?:,?\s(\d{4}))?/u.exec(text);
  let month: number | null = null;
  let day = 0;
  let year: string | undefined;
  if (md) {
    month = monthNumber(md[1]!);
    day = Number(md[2]);
    year = md[3];
  } else if (dm) {
    month = monthNumber(dm[2]!);
    day = Number(dm[1]);
    year = dm[3];
  }
  if (!month || day < 1 || day > 31) return null;
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  return year ? `${year}-${mm}-${dd}` : `--${mm}-${dd}`;
}

interface Parsed {
  /** Where the dateline starts in the parsed string (after a feed credit), 0 by default. */
  offset?: number;
  /** Where it ends. */
  length: number;
  location: string | null;
  agencyText: string | null;
  agencyOffset: number;
  agency: string | null;
  date: { text: string; offset: number } | null;
}

/** A place the gazetteer knows, whole or word by word ("SOUTH SAN FRANCISCO", "Athen/Skopje"). */
function isKnownPlace(loc: string): boolean {
  return isPlaceName(loc.toLowerCase()) || loc.split(/[\s/]+/).filter(Boolean).every((w) => isPlaceName(w.toLowerCase().replace(/\.$/, '')));
}

/** Is an unqualified, agency-less, date-less place a plausible dateline place? */
function plausibleBarePlace(loc: string, term: string, qualified: boolean): boolean {
  const words = loc.split(/[\s/]+/).filter(Boolean);
  const lower = loc.toLowerCase();
  // "McCALL FORKS" is capitals too: most letters upper case
  const letters = loc.replace(/[^\p{L}]/gu, '');
  const allCaps = /\p{Lu}{2}/u.test(loc) && letters.replace(/\p{Ll}/gu, '').length >= letters.length * 0.75;
  if (NOT_PLACES.has(lower) || NOT_PLACES.has(words[0]!.toLowerCase()) || (!allCaps && FUNCTION_WORDS.has(words[0]!.toLowerCase()))) return false;
  const known = isKnownPlace(loc);
  if (term === '.' || term === ':') return allCaps && !qualified && words.length <= 3 && (known || /[\u0400-\u04ff]/u.test(loc) || (term === ':' && words.length <= 2));
  // "NEW YORK _", "NUR-SULTAN –": capitals and a dash
  if (allCaps) return words.length <= 4;
  // Title case ("Wien –", "Athen/Skopje –", "St. Georgen im Attergau –"): only with a long dash.
  // The typewriter "--" is the dash of US wire copy, whose places are in capitals: before it, a
  // title-case word must be a known place ("Lowercase -- something" is a clause)
  if (term === '--') return words.length <= 5 && known;
  return (term === '–' || term === '—') && words.length <= 5 && (known || loc.includes('/') || words.every((w) => !isCommonWord(w.toLowerCase()) || /^[\p{Ll}]/u.test(w)));
}

/** A date with its year that opens the text, alone (no place, no credit), or null. */
export function parseDateOnly(s: string): Parsed | null {
  compileBuiltPatterns();
  const m = DATE_ONLY.exec(s);
  return m ? { length: m[0].length, location: null, agency: null, agencyText: null, agencyOffset: -1, date: { text: m.groups!.date!, offset: 0 } } : null;
}

/** Parse a dateline at the start of `s`, or return null. */
export function parseDateline(s: string, strict = false): Parsed | null {
  compileBuiltPatterns();
  let m = creditMatch(AGENCY_FIRST, s);
  if (m) {
    const ag = agencyOf(m.groups!.ap);
    if (ag.ok) {
      const rest = parseLocationForm(s.slice(m[0].length), true);
      if (rest && (rest.date || rest.terminated)) {
        return { ...rest.parsed, length: m[0].length + rest.parsed.length, agency: ag.canonical, agencyText: m.groups!.ap!, agencyOffset: s.indexOf(m.groups!.ap!), date: rest.parsed.date && { text: rest.parsed.date.text, offset: rest.parsed.date.offset + m[0].length } };
      }
    }
  }
  m = DATE_FIRST.exec(s);
  if (m) {
    const ag = agencyOf(m.groups!.ap);
    if (ag.ok) {
      const parsed: Parsed = { length: m[0].length, location: null, agency: ag.canonical, agencyText: m.groups!.ap!, agencyOffset: s.indexOf(m.groups!.ap!), date: { text: m.groups!.date!, offset: 0 } };
      // "SEPTEMBER 27, 2004 (COMPUTERWORLD) - CHICAGO --": the place comes after the credit
      const gap = /^\s+/.exec(s.slice(m[0].length))?.[0] ?? '';
      const place = parseLocationForm(s.slice(m[0].length + gap.length), false);
      if (place && !place.parsed.agency && !place.date && place.terminated && place.term !== '.') {
        return { ...parsed, length: m[0].length + gap.length + place.parsed.length, location: place.parsed.location };
      }
      return parsed;
    }
  }
  m = BARE_CREDIT.exec(s);
  if (m && !strict) {
    const credit = m.groups!.ap!;
    const known = canonicalAgency(credit);
    // "AP - ", "Reuters - ", "SPACE.com - ", "NewsFactor - ": a credit with no place
    if (known || DOMAIN_CREDIT.test(credit) || CAMEL_CREDIT.test(credit)) {
      // "Canadian Press - OTTAWA (CP) - …": a feed credit before the real dateline
      const rest = parseDateline(s.slice(m[0].length), false);
      if (rest && rest.location) return { ...rest, offset: m[0].length, length: m[0].length + rest.length, agencyOffset: rest.agencyOffset + m[0].length, date: rest.date && { ...rest.date, offset: rest.date.offset + m[0].length } };
      return { length: m[0].trimEnd().length, location: null, agency: known ?? credit, agencyText: credit, agencyOffset: 0, date: null };
    }
  }
  m = creditMatch(CREDIT_ONLY, s);
  if (m) {
    const ag = agencyOf(m.groups!.ap);
    // A bare "(Credit)" with no dash must be a known agency glued to the text ("(CNN)Police").
    if (ag.ok && (m.groups!.term || canonicalAgency(m.groups!.ap!))) {
      return { length: m[0].length, location: null, agency: ag.canonical, agencyText: m.groups!.ap!, agencyOffset: s.indexOf(m.groups!.ap!), date: null };
    }
  }
  const r = parseLocationForm(s, false);
  if (!r) return null;
  // inside a paragraph ("… Messi dreimal. Barcelona – Rapids …") only a credit or a long dash
  if (strict && !(r.parsed.agency && canonicalAgency(r.parsed.agencyText ?? '')) && !/[–—]|--/.test(r.term)) return null;
  return r.parsed;
}

function parseLocationForm(s: string, afterAgency: boolean): { parsed: Parsed; terminated: boolean; date: boolean; term: string } | null {
  const m = LOCATION_FORM.exec(s);
  if (!m) return null;
  const g = m.groups!;
  const loc = g.loc!.trimEnd();
  const credit = g.ap ?? g.as ?? g.ad ?? g.ar;
  let agency: { canonical: string | null; ok: boolean } = { canonical: null, ok: false };
  let location = loc + (g.region ?? '') + (g.qual ?? '');
  let length = m[0].length;
  if (credit !== undefined) {
    // "The International Atomic Energy Agency (IAEA)": an acronym of the words before it
    const initials = loc.split(/[\s-]+/).filter((w) => /^[\p{Lu}]/u.test(w) && !ACRONYM_SKIPPED_WORD.test(w)).map((w) => w[0]).join('');
    if (initials.length >= 2 && initials.toUpperCase() === credit.replace(/[^\p{L}]/gu, '').toUpperCase()) return null;
    agency = g.ad !== undefined ? { canonical: canonicalAgency(credit), ok: canonicalAgency(credit) !== null } : agencyOf(credit);
    if (agency.ok && !canonicalAgency(credit) && loc.split(/\s+/).length > 4) return null;
    const dashed = !!(g.term ?? g.term2) && (g.term ?? g.term2) !== '.';
    const placeLike = isPlaceName(credit.toLowerCase()) || /^[\p{Lu}\s]+$/u.test(credit) === false && credit.split(/\s+/).every((w) => isPlaceName(w.toLowerCase()));
    if (!agency.ok && g.ap !== undefined && dashed && !placeLike && credit.split(/\s+/).length <= 3 && /^[\p{Lu}]/u.test(credit)) {
      // "(Sports Network) -", "(CNN/Money) -": a credit as written
      agency = { canonical: credit, ok: true };
    }
    if (!agency.ok && g.ap !== undefined && !g.date && g.term && g.term !== '.') {
      // "ISTANBUL (Turkey) -": a parenthesised country, not a credit
      location = s.slice(0, s.indexOf(')') + 1);
      agency = { canonical: null, ok: false };
    } else if (!agency.ok) {
      if (g.ad === undefined) return null;
      // "FOO. BAR" where BAR is not an agency: no agency clause
      return null;
    }
  }
  const term = g.term ?? g.term2 ?? '';
  // "The Legal Affairs Committee (JURI) said …": with no terminator after it, a credit in
  // parentheses must be an agency we know, or follow a place we know ("Tokyo (CNN)Police")
  if (g.ap !== undefined && !term && agency.ok && !canonicalAgency(credit!) && !isKnownPlace(loc)) return null;
  const hasAgency = agency.ok;
  const hasDate = g.date !== undefined;
  if (!hasAgency && /^\P{L}*[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}]/u.test(loc)) return null;
  if (!hasAgency && !afterAgency) {
    if (!term) return null;
    if (hasDate) {
      if (term === '.' && !/[\u0400-\u04ff]/u.test(loc)) return null;
    } else if (!plausibleBarePlace(loc, term, !!g.qual)) return null;
  }
  if (NOT_PLACES.has(loc.toLowerCase())) return null;
  const firstWord = loc.split(/\s/)[0]!;
  // a month or a weekday opens a date or a time stamp, not a place ("Friday 2 May 2025 - 10:15")
  if ((monthNumber(firstWord) || WEEKDAYS.includes(firstWord.toLowerCase())) && !hasAgency) return null;
  // a dash glued to the story's first word: only after a place the gazetteer knows or one with its
  // state or country ("SELMA, N.C.—"); "MILLER--Anne, 84, of Dayton" opens a death notice
  if (length < s.length && !/\s/.test(s[length]!) && !hasAgency && !g.qual && !isKnownPlace(loc)) return null;
  // Strip trailing spaces kept by the pattern
  while (length > 0 && /\s/.test(s[length - 1]!)) length--;
  const dateOffset = hasDate ? m.index + m[0].indexOf(g.date!, loc.length) : -1;
  // "26 ноября. /ТАСС/.": a period after a full month name ends the date clause and is not
  // part of the date ("November 26. /TASS/." gives "November 26"); after "мар." it is kept.
  let dateText = g.date;
  const endMonth = dateText && /(?<!\p{L})(\p{L}+)\.$/u.exec(dateText);
  if (endMonth && !isMonthAbbreviation(endMonth[1]!)) dateText = dateText!.slice(0, -1);
  return {
    parsed: {
      length,
      location: titleCasePlace(location.trim()),
      agency: hasAgency ? agency.canonical : null,
      agencyText: hasAgency ? credit! : null,
      agencyOffset: hasAgency ? s.indexOf(credit!, loc.length) : -1,
      date: hasDate ? { text: dateText!, offset: dateOffset } : null,
    },
    terminated: term !== '',
    date: hasDate,
    term,
  };
}

const wordsOf = letterDigitRuns;

/** A feed's time stamp before the dateline: "(MM-DD) HH:MM", a.m./p.m., a time zone ("PDT", "UTC"). */
const FEED_TIME_STAMP = /^(?:\(\d{1,2}[-/]\d{1,2}\)\s+)?\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+(?:[A-Z]{1,3}T|UTC))?\s+(?=\p{Lu})/u;

/** How far into the text a dateline is looked for, and in how many paragraphs. */
const REACH = 1500;
const MAX_PARAGRAPHS = 8;
/** Sentence starts inside a paragraph are tried in this many first paragraphs. */
const SENTENCE_PARAGRAPHS = 3;
/** Where a sentence (or a byline after a bracket) starts inside a paragraph. */
const SENTENCE_START = /["”»]?[.!?]["”»]?\s+(?=[\p{Lu}(])|\)\s+(?=(?:By|BY)\s)/gu;

/** A lone capitalised place on its own line just before the body ("MOSCOW", Anadolu pages). */
export function loneDatelinePlace(doc: Doc, p: Paragraph): DatelineAnnotation | null {
  const t = doc.text.slice(p.start, p.end);
  if (!/^[\p{Lu}][\p{Lu}\p{M}'’.\- ]{1,30}$/u.test(t) || t.split(' ').length > 3 || !/\p{Lu}{3}/u.test(t)) return null;
  if (NOT_PLACES.has(t.toLowerCase()) || t.split(' ').some((w) => FUNCTION_WORDS.has(w.toLowerCase()))) return null;
  // a known place, or one or two words that are no vocabulary ("DONATE NOW", "ISW", slugs are not)
  const words = t.toLowerCase().split(' ');
  const known = isPlaceName(t.toLowerCase()) || words.every((w) => isPlaceName(w));
  if (!known && (words.length > 2 || /-.*-/.test(t) || words.some((w) => w.replace(/[^\p{L}]/gu, '').length < 4 || isCommonWord(w)))) return null;
  return { start: p.start, end: p.end, paragraph: p.index, location: titleCasePlace(t), agency: null, agencyText: null, agencyRange: null, date: null };
}

/**
 * Find the dateline: tried at the start of each paragraph and of each line of the first
 * paragraphs (bylines, editor's notes, headlines and standfirsts may come first), then at
 * sentence starts inside the first paragraphs, where only a credited or long-dashed
 * dateline counts. `skip` tells furniture paragraphs, which are passed over.
 */
export function findDateline(doc: Doc, paragraphs: readonly Paragraph[], skip: (p: Paragraph) => boolean = () => false): DatelineAnnotation | null {
  const text = doc.text;
  // (counted from the first paragraph given: a page's late search starts below its navigation)
  const origin = paragraphs[0]?.start ?? 0;
  const tried = paragraphs.filter((p) => p.start - origin < REACH && !skip(p)).slice(0, MAX_PARAGRAPHS);
  const starts: Array<{ pos: number; p: Paragraph; strict: boolean }> = [];
  for (const p of tried) {
    starts.push({ pos: p.start, p, strict: false });
    for (let i = text.indexOf('\n', p.start); i >= 0 && i < p.end; i = text.indexOf('\n', i + 1)) starts.push({ pos: i + 1, p, strict: false });
  }
  for (const p of tried.slice(0, SENTENCE_PARAGRAPHS)) {
    // (a dateline opens the story: sentence starts past REACH are not looked at)
    for (const m of text.slice(p.start, Math.min(p.end, origin + REACH)).matchAll(SENTENCE_START)) starts.push({ pos: p.start + m.index + m[0].length, p, strict: true });
  }
  // A place alone in title case ("Wien –") opens the story, so it is no dateline once two
  // paragraphs of prose have gone before it ("… worldwide. ⏎ Novogratz – wearing a pink dress –")
  // (counted when such a place is found, which few articles have)
  const proseParagraphsBefore = (p: Paragraph): number => {
    let prose = 0;
    for (const q of tried) {
      if (q === p) break;
      if (/[.!?…"”»]$/.test(text.slice(q.start, q.end).trimEnd()) && wordsOf(text.slice(q.start, q.end)) >= PROSE_WORDS) prose++;
    }
    return prose;
  };
  for (const { pos, p, strict } of starts) {
    const found = parseAt(doc, pos, p, strict);
    if (found && isTitleCaseBarePlace(found, text) && proseParagraphsBefore(p) >= 2) continue;
    if (found) return found;
  }
  return null;
}

/** A paragraph of this many words ending like a sentence is prose a dateline does not follow. */
const PROSE_WORDS = 12;

/** A place and a dash only, written in title case ("Wien –"), not in capitals ("BOSTON --"). */
function isTitleCaseBarePlace(d: DatelineAnnotation, text: string): boolean {
  return !d.agency && !d.date && !!d.location && !/\p{Lu}{2}/u.test(text.slice(d.start, d.end));
}

/** Parse at `pos`, skipping an inline byline ("By DANIEL YEE     ALPHARETTA, Ga. (AP) --"). */
function parseAt(doc: Doc, pos: number, p: Paragraph, strict: boolean): DatelineAnnotation | null {
  const text = doc.text;
  const end = Math.min(p.end, pos + DATELINE_WINDOW);
  const s = text.slice(pos, end);
  // (the line's end matters only within the first 80 characters: no scan to the text's end)
  const nl = s.indexOf('\n');
  const lineEnd = nl < 0 ? -1 : pos + nl;
  const by = BYLINE.exec(s);
  if (by) {
    // after the byline: where the input had a wider gap, else the last word start that parses
    let best: DatelineAnnotation | null = null;
    // each run of white space followed by a word (a run at the end is followed by none)
    const re = /\s+/g;
    re.lastIndex = by[0].length;
    for (let m = re.exec(s); m && m.index + m[0].length < s.length && m.index < 80 && (lineEnd < 0 || pos + m.index < lineEnd); m = re.exec(s)) {
      const at = pos + m.index + m[0].length;
      const hit = parseAt(doc, at, p, strict);
      if (!hit) continue;
      const gap = doc.toInput[at]! - doc.toInputEnd[pos + m.index - 1]!;
      if (gap >= 2) return hit;
      // "By Shirish B Pradhan Kathmandu, Oct 17 (PTI)": the shortest place that parses
      if (!best || (hit.location && (!best.location || hit.location.length < best.location.length))) best = hit;
    }
    return best;
  }
  // markup residue before a dateline ("&LR; NORTH HOLLYWOOD, CALIF. _"), a feed's time stamp
  // ("(03-02) 07:45 PST FRESNO --")
  const residue = /^&[A-Za-z]{1,6};\s+/.exec(s) ?? FEED_TIME_STAMP.exec(s);
  if (residue) return parseAt(doc, pos + residue[0].length, p, strict);
  const parsed = parseDateline(s, strict) ?? (p.index === 0 && pos === p.start ? parseDateOnly(s) : null);
  if (!parsed) return null;
  // The dateline opens the story: a sentence must follow it, on its line or the next
  // (a menu item "THE DAILY TRIBUNE -" is followed by more menu items).
  const after = pos + parsed.length;
  if (!/\S/.test(text.slice(after, Math.min(text.length, after + 400)))) return null;
  const lineRest = text.slice(after, text.indexOf('\n', after) < 0 ? text.length : text.indexOf('\n', after));
  // (a date or a known credit is evidence enough: earnings tables follow "NEW YORK, Oct 20 -")
  if (wordsOf(lineRest) < 4 && !parsed.date && !(parsed.agencyText && canonicalAgency(parsed.agencyText))) {
    const nextLine = /\n+([^\n]*)/.exec(text.slice(after, after + 600))?.[1] ?? '';
    if (wordsOf(nextLine) < 8 && !(wordsOf(lineRest) >= 1 && /\p{Ll}/u.test(lineRest))) return null;
  }
  return {
    start: pos + (parsed.offset ?? 0),
    end: after,
    paragraph: p.index,
    location: parsed.location,
    agency: parsed.agency,
    agencyText: parsed.agencyText,
    agencyRange: parsed.agencyText && parsed.agencyOffset >= 0 ? { start: pos + parsed.agencyOffset, end: pos + parsed.agencyOffset + parsed.agencyText.length } : null,
    date: parsed.date ? { text: parsed.date.text, iso: isoDate(parsed.date.text) } : null,
  };
}
