/**
 * dateline: the wire opening "PLACE[, Qualifier][, DATE] (AGENCY) —" in its many agency
 * forms (see ../shared/notes/dateline.md): "ASTANA. KAZINFORM –", "MOSCOW, November 26.
 * /TASS/.", "(CNN) --", "(ANSA) - Rome, October 11 -", "Jan 30 (Reuters) -". Searched at
 * the start of the first paragraphs, since bylines, headlines and standfirsts may come first.
 */
import type { Doc, TextRange } from '../../document.js';
import type { Paragraph } from '../segment.js';
import { isCommonWord, isPlaceName } from '../../lexicon/index.js';
import { canonicalAgency } from './agencies.js';
import { MONTH_ALTERNATION, isMonthAbbreviation, monthNumber } from './months.js';

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
const LOC_WORD = `(?:[\\p{Lu}][\\p{L}]{0,2}\\.(?=\\s\\p{Lu})|[\\p{Lu}][\\p{L}\\p{M}'’\\-]*|d['’][\\p{Lu}][\\p{L}]*|(?:de|del|da|do|dos|di|du|la|le|el|am|im|an|upon|on|of|al|bin|sur|en|aan|ob|pri|na)(?=\\s))`;
const LOC = `${LOC_WORD}(?:(?:\\s|\\s?/\\s?)${LOC_WORD}){0,5}`;
const QUAL = `(?!(?:${MONTHS})\\.?\\s?\\d)[\\p{Lu}][\\p{L}\\p{M}.'’\\-]*(?:\\s[\\p{Lu}][\\p{L}\\p{M}.'’\\-]*){0,2}`;
const AGENCY = `\\s*\\(\\s*(?<ap>[^()\\n]{1,40}?)\\s*\\)|\\s*/\\s*(?<as>[^/\\n]{2,40}?)\\s*/\\.?|\\.\\s+(?<ad>[\\p{Lu}][\\p{Lu}.\\-]{1,20})|\\s+[-–—]\\s+(?<ar>РИА Новости|RIA Novosti)\\.?`;
const TERM = `\\s*(?<term>\\.-|--|—|–|-|_|:|\\.|―)(?=\\s|$)`;

const LOCATION_FORM = new RegExp(
  `^(?<loc>${LOC})(?<region>\\s*/[^/\\n]{2,40}/)?(?<qual>(?:,\\s*${QUAL}){0,3})(?:(?:,\\s*|\\.\\s+|\\s+)(?<date>${DATE})\\.?)?(?:(?:${AGENCY})(?:${TERM})?|${TERM.replace('<term>', '<term2>')})`,
  'u',
);
const AGENCY_FIRST = /^\(\s*(?<ap>[^()\n]{2,30}?)\s*\)\s*(?:--|[-–—_])\s*/u;
const CREDIT_ONLY = /^\(\s*(?<ap>[^()\n]{2,30}?)\s*\)(?<term>\s*(?:--|[-–—_]))?/u;
const DATE_FIRST = new RegExp(`^(?<date>${DATE})\\s*\\(\\s*(?<ap>[^()\\n]{2,30}?)\\s*\\)${TERM}`, 'u');

// Capitalised openings that are slugs or labels, never places.
const NOT_PLACES = new Set(['update', 'updated', 'editors', 'editor', 'breaking', 'exclusive', 'watch', 'photo', 'video', 'live', 'note', 'opinion', 'analysis', 'dear abby', 'correction', 'refile', 'urgent', 'flash', 'advisory', 'lead', 'news', 'comment', 'review', 'interview', 'tags', 'share', 'related', 'home', 'menu', 'by', 'reporting', 'photos', 'source', 'sources']);

/** An agency credit: known, or shaped like one ("COMPUTERWORLD", "SPACE.com", "Dow Jones"). */
function agencyOf(credit: string | undefined): { canonical: string | null; ok: boolean } {
  if (!credit) return { canonical: null, ok: false };
  const known = canonicalAgency(credit);
  if (known) return { canonical: known, ok: true };
  const shaped = /^[\p{Lu}][\p{L}.&\-/]*(?:\s[\p{Lu}][\p{L}.&\-/]*){0,2}$/u.test(credit) && (/^[\p{Lu}\d.&\-/ ]+$/u.test(credit) || /\.(?:com|net|org)/i.test(credit));
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
  length: number;
  location: string | null;
  agencyText: string | null;
  agencyOffset: number;
  agency: string | null;
  date: { text: string; offset: number } | null;
}

/** Is an unqualified, agency-less, date-less place a plausible dateline place? */
function plausibleBarePlace(loc: string, term: string): boolean {
  const words = loc.split(/[\s/]+/).filter(Boolean);
  const lower = loc.toLowerCase();
  if (NOT_PLACES.has(lower) || NOT_PLACES.has(words[0]!.toLowerCase())) return false;
  const allCaps = loc === loc.toUpperCase() && /\p{Lu}{2}/u.test(loc);
  const known = isPlaceName(lower) || words.every((w) => isPlaceName(w.toLowerCase().replace(/\.$/, '')));
  if (term === '.' || term === ':') return allCaps && words.length <= 3 && (known || /[\u0400-\u04ff]/u.test(loc) || (term === ':' && words.length <= 2));
  if (allCaps) return words.length <= 4 && words.every((w) => isPlaceName(w.toLowerCase()) || !isCommonWord(w.toLowerCase().replace(/\.$/, '')));
  // Title case ("Wien –", "Athen/Skopje –"): only with an en or em dash and known or joined places
  return (term === '–' || term === '—') && words.length <= 4 && (known || loc.includes('/') || words.every((w) => !isCommonWord(w.toLowerCase())));
}

/** Parse a dateline at the start of `s`, or return null. */
export function parseDateline(s: string): Parsed | null {
  let m = AGENCY_FIRST.exec(s);
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
    if (ag.ok) return { length: m[0].length, location: null, agency: ag.canonical, agencyText: m.groups!.ap!, agencyOffset: s.indexOf(m.groups!.ap!), date: { text: m.groups!.date!, offset: 0 } };
  }
  m = CREDIT_ONLY.exec(s);
  if (m) {
    const ag = agencyOf(m.groups!.ap);
    // A bare "(Credit)" with no dash must be a known agency glued to the text ("(CNN)Police").
    if (ag.ok && (m.groups!.term || canonicalAgency(m.groups!.ap!))) {
      return { length: m[0].length, location: null, agency: ag.canonical, agencyText: m.groups!.ap!, agencyOffset: s.indexOf(m.groups!.ap!), date: null };
    }
  }
  const r = parseLocationForm(s, false);
  return r ? r.parsed : null;
}

function parseLocationForm(s: string, afterAgency: boolean): { parsed: Parsed; terminated: boolean; date: boolean } | null {
  const m = LOCATION_FORM.exec(s);
  if (!m) return null;
  const g = m.groups!;
  const loc = g.loc!.replace(/\s+$/, '');
  const credit = g.ap ?? g.as ?? g.ad ?? g.ar;
  let agency: { canonical: string | null; ok: boolean } = { canonical: null, ok: false };
  let location = loc + (g.region ?? '') + (g.qual ?? '');
  let length = m[0].length;
  if (credit !== undefined) {
    agency = g.ad !== undefined ? { canonical: canonicalAgency(credit), ok: canonicalAgency(credit) !== null } : agencyOf(credit);
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
  const hasAgency = agency.ok;
  const hasDate = g.date !== undefined;
  if (!hasAgency && !afterAgency) {
    if (!term) return null;
    if (hasDate) {
      if (term === '.' && !/[\u0400-\u04ff]/u.test(loc)) return null;
    } else if (!plausibleBarePlace(loc + (g.qual ?? ''), term)) return null;
  }
  if (NOT_PLACES.has(loc.toLowerCase())) return null;
  if (monthNumber(loc.split(/\s/)[0]!) && !hasAgency) return null;
  // Strip trailing spaces kept by the pattern
  while (length > 0 && /\s/.test(s[length - 1]!)) length--;
  const dateOffset = hasDate ? m.index + m[0].indexOf(g.date!, loc.length) : -1;
  // "26 ноября. /ТАСС/.": a period after a full month name ends the date clause and is not
  // part of the date ("November 26. /TASS/." gives "November 26"); after "мар." it is kept.
  let dateText = g.date;
  const endMonth = dateText && /(\p{L}+)\.$/u.exec(dateText);
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
  };
}

/** Find the dateline at the start of one of the `candidates` paragraphs (in order). */
export function findDateline(doc: Doc, candidates: readonly Paragraph[]): DatelineAnnotation | null {
  for (const p of candidates) {
    const s = doc.text.slice(p.start, Math.min(p.end, p.start + 240));
    const parsed = parseDateline(s);
    if (!parsed) continue;
    // The dateline opens the story: some text must follow it in the paragraph.
    if (p.start + parsed.length >= p.end) continue;
    return {
      start: p.start,
      end: p.start + parsed.length,
      paragraph: p.index,
      location: parsed.location,
      agency: parsed.agency,
      agencyText: parsed.agencyText,
      agencyRange: parsed.agencyText && parsed.agencyOffset >= 0 ? { start: p.start + parsed.agencyOffset, end: p.start + parsed.agencyOffset + parsed.agencyText.length } : null,
      date: parsed.date ? { text: parsed.date.text, iso: isoDate(parsed.date.text) } : null,
    };
  }
  return null;
}
