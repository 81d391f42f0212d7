/**
 * furniture: the parts of a page that are not the article — kicker, headline, byline before
 * the body; menus, share buttons, related links, comment forms, cookie and newsletter
 * prompts, copyright and credit lines around it — and the body range itself.
 */
import type { Doc, TextRange } from '../../document.js';
import type { Paragraph } from '../segment.js';
import { letterDigitRuns as wordCount } from '../../words.js';
import { isCaption, isCookieLine, isNameList, isNewsletterLine, stripSiteName } from './line-shapes.js';
import { STOP_WORDS as STOP } from '../../lexicon/en/function-words.js';
import { BYLINE_WORD_ANY_CASE as BYLINE_KEYWORD } from '../../lexicon/patterns.js';

export interface FurnitureLine extends TextRange {
  reason: BoilerplateReason;
}

export interface Furniture {
  kicker: TextRange | null;
  headline: TextRange | null;
  byline: TextRange | null;
  body: TextRange | null;
  /** Index of the first and last body paragraph (inclusive), or -1. */
  bodyFirst: number;
  bodyLast: number;
  /** First paragraph where names and quotes are read: 0 for plain copy with no furniture
   *  (its headline, slug and table lines are the article's too), else the headline or body. */
  scopeFirst: number;
  boilerplate: FurnitureLine[];
}

// Credit lines: "Reporting by A; Editing by B", "Photo: AFP", "Source USA Today". The keyword is
// matched case-insensitively and the capital that must follow it case-sensitively, in two steps:
// under the /i flag \p{Lu} matches any letter, which made prose ("Sources said …", "Video
// games …", "Writing in the Guardian, …") a credit line and dropped it from the body.
const CREDIT_KEYWORD = /^\(?(?:reporting|writing|editing|additional reporting|compiled|edited|translated|photo(?:graph)?s?|image|video|source|sources)(?:\s+(?:credit|courtesy(?:\s+of)?))?(?:\s+by)?\s*:?\s+/iu;
function isCreditLine(t: string): boolean {
  const m = CREDIT_KEYWORD.exec(t);
  if (m !== null && /^[\p{Lu}\d@]/u.test(t.slice(m[0].length))) return true;
  // "CNN's Maria Estévez contributed to this report."
  return t.length < 200 && /\bcontributed(?: reporting)? to this (?:report|story|article)\.?\)?$/i.test(t);
}

/** "Reporting by A; Editing by B": a credit line that names the reporters. */
const isReportingCredit = (line: string): boolean => /^\(?(?:reporting|writing|additional reporting) by\s+[\p{Lu}]/iu.test(line.trim());

const DONATE = /^(?:donate\b.{0,60}|support (?:us|our|independent|free)\b.{0,80}|.{0,60}\bwon'?t survive without you\b.*|become a (?:member|patron|supporter|subscriber)\b.{0,60}|make a (?:donation|gift)\b.{0,60})$/i;
/** An appeal for money or members ("Donate", "> Support independent journalism"): the quoted
 *  form loses its "> " first (an optional ">\s*" before ".{0,60}" backtracked). */
const isDonateLine = (t: string): boolean => DONATE.test(t.replace(/^>\s*/, ''));

// Line-level patterns, tried in order; each names the reason reported to the user.
const LINE_RULES = [
  ['related-links', /^(?:related(?: news| articles?| stories| posts| content| coverage| topics| reading)?|read (?:more|also|next)|see also|also read|more (?:news|stories|from|on this|to read|in|top reads)\b.*|more work from\b.*|you (?:may|might) also (?:like|be interested in)|(?:other )?topics you might like|recommended(?: for you| video| stories| reading)?|most (?:read|popular|viewed)|popular now|trending(?: now| stories)?|latest (?:news|stories|articles)|top (?:stories|hits)|editor'?s picks|what to read next|useful reading|interesting reads|in other news|from our partners|show comments|view (?:story )?comments|original article (?:source|on)\b.*|don'?t miss\b.{0,60}|up next|watch next|read the full (?:story|article)\b.*)\s*:?$|^(?:read more|related|also read|read also|watch(?: below| live| more)?|listen|see also)\s*:\s+\S.{2,200}$/i],
  ['donate', isDonateLine],
  ['endnotes', /^(?:references|endnotes|notes|sources|bibliography|footnotes|about the authors?|about the contributors?|authors?|author bio(?:graphy)?|contributors?)\s*:?$/i],
  ['comment-form', /^(?:leave a (?:reply|comment)|your email address will not be published\b.*|required fields are marked\b.*|(?:\d+\s+)?comments?(?:\s*\(\d+\))?|post (?:a )?comment|add (?:a )?comment|(?:name|email|e-mail|website|comment)\s*\*?|save my name\b.*|submit(?: comment)?|log in to (?:comment|reply)|cancel reply|reply|join the conversation|be the first to comment\b.*)$/i],
  ['share', /^(?:share(?: this(?: article| story| post| page)?)?(?: on)?(?: (?:facebook|twitter|x|linkedin|whatsapp|telegram|email))?|facebook|twitter|x|linkedin|whatsapp|telegram|e-?mail|print|copy link|pinterest|reddit|vk|vkontakte|ok|tweet|messenger|viber|share via\b.*|share:?)$/i],
  ['follow-us', /^(?:follow us\b.*|join (?:us|our channel) on\b.*|subscribe to (?:our|the) (?:channel|telegram)\b.*|find us on\b.*)$/i],
  ['back-to-top', /^(?:back to top(?: button)?|scroll to top|to top|top)\s*[↑^]?$/i],
  ['cookie', isCookieLine],
  ['newsletter', isNewsletterLine],
  ['copyright', /^(?:©|copyright\b|\(c\)\s*\d{4}|c\.\s?\d{4}\s|all rights reserved\b).*$|^.{0,80}\ball rights reserved\.?$/i],
  ['tags', /^(?:tags?|topics?|keywords?|filed under|categories)\s*:.*$/i],
  ['advertisement', /^(?:advertisement|advertising|sponsored(?: content)?|ad|advert|promoted|partner content|story continues below(?: advertisement)?)$/i],
  ['credit', isCreditLine],
  ['slug', /^(?:[A-Z0-9]{2,}(?:-[A-Z0-9]+){2,}|[A-Z]{2,5}-\d{2}-\d{2}-\d{2,4}\s+\d{3,4}\s?[A-Z]{2,4})$/],
  // wire trailers: desk codes ("PTI RKV NSD", "dpa hol yyzz n1 kr"), "(END)", a reporter's e-mail
  ['end-mark', /^(?:\(?(?:END|ENDS|ENDIT|MORE|EOS)\)?|(?:pti|dpa|ians|ani|ap|afp|efe|ansa|yonhap|tass|kabar|xinhua|apa|bta)(?:\s+[\p{L}\d]{1,6}){1,6}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$/iu],
  ['navigation', /^(?:home|menu|search|skip to (?:main )?content|main menu|navigation|sections|log ?in|sign ?in|register|my account|subscribe|contact us|about us|privacy policy|terms(?: of (?:use|service))?|site ?map|rss|archive|all news|more|next|previous|prev|load more|show more|close|open menu)$/i],
] as const satisfies ReadonlyArray<readonly [reason: string, test: RegExp | ((line: string) => boolean)]>;

/** Reasons no LINE_RULES entry gives: a breadcrumb trail (furnitureReason; a menu is
 *  'navigation'), and from findFurniture a timestamp line, the lines before or after the
 *  article, and every paragraph of a page with no article ('error-page'). */
const PAGE_REASONS = ['breadcrumb', 'timestamp', 'before-article', 'after-article', 'error-page'] as const;
/** Every `boilerplate.reason`: the LINE_RULES reasons in their order, then PAGE_REASONS. */
export const BOILERPLATE_REASONS = [...LINE_RULES.map(([reason]) => reason), ...PAGE_REASONS];
/** One of BOILERPLATE_REASONS. */
export type BoilerplateReason = (typeof BOILERPLATE_REASONS)[number];


/** Reason a single line is page furniture, or null. */
export function furnitureReason(line: string): BoilerplateReason | null {
  const t = line.trim();
  if (!t) return null;
  for (const [reason, rule] of LINE_RULES) if (typeof rule === 'function' ? rule(t) : rule.test(t)) return reason;
  // "English | Русский | Қазақша", "Home > World > Asia": menus and breadcrumbs
  // separators stand between spaced items; a slash inside a word ("/PRNewswire/") is no menu
  const parts = t.split(/(?<!\s)\s*[|•·]\s*|(?<!\s)\s+[›»>/]\s+/).filter(Boolean);
  if (parts.length >= 3 && parts.every((p) => p.length <= 30 && !/[.!?]$/.test(p))) return /[>›»]/.test(t) ? 'breadcrumb' : 'navigation';
  return null;
}

// "By Jane Doe", "By HANNAH OYELARAN", "Por María Pérez": the keyword case-insensitive,
// the name's capital case-sensitive (the /i flag would let "By experts and staff" pass)
/** A byline: "By …", or a bare name with a separator ("Emre Gurkan Abay |"). */
function isByline(line: string): boolean {
  const t = line.trim();
  const m = BYLINE_KEYWORD.exec(t);
  if (m) return isNameList(t.slice(m[0].length));
  return /^[\p{Lu}][\p{Ll}'’-]+(?: [\p{Lu}][\p{Ll}'’.-]*){1,3}\s*\|$/u.test(t);
}
const TIMESTAMP = /^(?:(?:published|updated|posted|last updated)\s*(?::\s*)?)?(?:\p{L}+,?\s+)?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:[\sT,|-]+\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|gmt|utc|[+-]\d{2}:?\d{2}))?)?.{0,40}$/iu;
/** A date or time line ("Tue, February 24, 2026 at 3:44 PM UTC", "14 November 2026, 16:42"). */
const isTimestamp = (line: string): boolean => TIMESTAMP.test(line.trim());

/** Looks like running prose: long enough, several words, ends like a sentence. */
function isProse(s: string): boolean {
  const t = s.trim();
  const words = wordCount(t);
  return (words >= 8 && /[.!?…"”»’)\]]$/.test(t)) || words >= 25;
}

/** Looks like a title: a few words, no sentence ending other than ? or ! (or an all-caps line). */
function isTitleLike(s: string): boolean {
  const t = s.trim();
  const words = wordCount(t);
  if (words < 2 || words > 40 || t.length > 300) return false;
  if (/[.:;,]$/.test(t) && !(t === t.toUpperCase() && /\p{Lu}{3}/u.test(t))) return false;
  return /^[\p{L}\d"“‘«(]/u.test(t);
}

/** Kicker: a one-to-four-word section label ("News", "World | Asia"). */
function isKickerLike(s: string): boolean {
  const t = s.trim();
  return t.length <= 40 && t.split(/\s+/).length <= 4 && !/[.!?]$/.test(t) && /^[\p{Lu}]/u.test(t);
}

/** A bare name line ("Ashley Carnahan"): the author under a headline. */
const isNameLine = (s: string): boolean => /^[\p{Lu}][\p{Ll}'’-]+(?: [\p{Lu}]\.?)?(?: [\p{Lu}][\p{Ll}'’-]+){1,2}$/u.test(s.trim());

/** Lines a wire story itself carries: they do not make it a web page. */
const WIRE_TRAILERS = new Set(['credit', 'copyright', 'end-mark', 'slug']);

/** Furniture after which nothing is the article any more. */
const HARD_STOPS = new Set(['endnotes', 'donate', 'comment-form', 'copyright', 'end-mark']);

/** Furniture that ends an article when it follows the body. */
const ENDS_ARTICLE = new Set(['end-mark', 'related-links', 'comment-form', 'share', 'follow-us', 'back-to-top', 'cookie', 'newsletter', 'copyright', 'tags', 'navigation', 'breadcrumb', 'donate', 'endnotes']);


/** Most words capitalised: a title, a teaser or a menu, not running text. */
function isTitleCase(s: string): boolean {
  const words = s.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const content = words.filter((w) => w.length > 3 || /^\p{Lu}/u.test(w));
  if (content.length < 3) return false;
  return content.filter((w) => /^\p{Lu}/u.test(w)).length / content.length >= 0.75;
}

/** Citations and link lists: "[1] https://…", a line that is mostly an address. */
const isCitation = (s: string): boolean => /^\s*\[\d+\]/.test(s) || (s.match(/https?:\/\/\S+|www\.\S+/g) ?? []).join('').length > s.length / 2;

/**
 * Weight of a line for the body window: prose counts by its words; a short line (a menu
 * item, a link) costs a little, so a menu of fifty items is a wall while a link or subhead
 * inside the body is bridged; furniture costs a lot.
 */
function lineWeight(s: string, reason: string | null): number {
  // a share bar or an advertisement may sit inside the article; the rest ends it
  if (reason) return reason === 'share' || reason === 'advertisement' || reason === 'credit' ? -8 : ENDS_ARTICLE.has(reason) ? -40 : -6;
  const words = wordCount(s);
  if (isCitation(s)) return -6;
  if (isCaption(s)) return -2;
  if (isTitleCase(s) && !/[.!?]["”»’]?$/.test(s.trim())) return -4; // teasers, menus, headlines
  if (isProse(s)) return words;
  // a sentence rejoined from link fragments counts; a lone unpunctuated line is a teaser
  if (words >= 8) return s.includes('\n') ? words / 2 : -1;
  if (/[\p{Ll}][.!?]["”»’]?$/u.test(s.trim())) return words / 2; // a short sentence
  if (words >= 4) return isTitleLike(s) ? -4 : 0;
  return -3;
}

const CONTENT_WORD = /[\p{L}]{4,}/gu;
const contentWords = (s: string): Set<string> => new Set((s.toLowerCase().match(CONTENT_WORD) ?? []).filter((w) => !STOP.has(w)));

/** "Title | Site", "Title - The Washington Post", "Opinion | Title" -> "Title". */
function stripSiteSuffix(l: string): string {
  return stripSiteName(l).replace(/^[^|]{2,20}\s+\|\s+/u, '');
}

/** Shared share of two word sets (Jaccard). */
function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / (a.size + b.size - n);
}

/** Could this line be the headline? Not furniture, a byline, a date, a caption or a label. */
function isHeadlineCandidate(l: string, reason: string | null): boolean {
  const t = l.trim();
  if (reason || t.includes('\n') || !isTitleLike(t) || isByline(t) || isTimestamp(t) || isNameLine(t) || isCaption(t)) return false;
  if (/^[([].*[)\]]$/.test(t)) return false; // "(Ukraine Presidential Office)"
  if ((t.match(/\d/g) ?? []).length > t.length / 3) return false; // "3.7 million"
  return wordCount(t) >= 2;
}

/** What furniture reads of the lines before it knows the dateline: each line's text and
 *  furniture reason, and the body window (first and last line of the heaviest run). */
export interface LineReading {
  lines: readonly string[];
  reasons: ReadonlyArray<BoilerplateReason | null>;
  first: number;
  last: number;
}

/** Read the lines once: their furniture reasons and the body window, by weight. */
export function readLines(doc: Doc, paragraphs: readonly Paragraph[]): LineReading {
  const text = doc.text;
  const lines = paragraphs.map((p) => text.slice(p.start, p.end));
  const reasons = lines.map((l) => furnitureReason(l));
  // The body: the window of lines with the greatest weight (maximum-sum subarray).
  const weights = lines.map((l, i) => lineWeight(l, reasons[i]!));
  let best = -Infinity;
  let first = 0;
  let last = 0;
  let sum = 0;
  let from = 0;
  for (let i = 0; i < weights.length; i++) {
    if (sum <= 0) {
      sum = 0;
      from = i;
    }
    sum += weights[i]!;
    if (sum > best) {
      best = sum;
      first = from;
      last = i;
    }
  }
  if (best <= 0) {
    // no prose at all: the first line that is not furniture
    first = last = Math.max(0, reasons.findIndex((r) => !r));
  }
  return { lines, reasons, first, last };
}

/**
 * Split the paragraphs into furniture and body.
 * @param dateline the dateline's paragraph and start, when one was found
 * @param read the lines as readLines reads them (computed when not given)
 */
export function findFurniture(doc: Doc, paragraphs: readonly Paragraph[], dateline: { paragraph: number; start: number } | null, read: LineReading = readLines(doc, paragraphs)): Furniture {
  const text = doc.text;
  const { lines, reasons } = read;
  const result: Furniture = { kicker: null, headline: null, byline: null, body: null, bodyFirst: -1, bodyLast: -1, scopeFirst: -1, boilerplate: [] };
  if (!paragraphs.length) return result;
  let { first, last } = read;

  // The dateline opens the body when it is at or just before the window (a standfirst may precede it).
  if (dateline && dateline.paragraph >= first - 3 && dateline.paragraph <= last) {
    if (dateline.paragraph < first) first = dateline.paragraph;
  }
  // References, author bios, donation appeals, comment forms end the article however much
  // text follows; a related-links heading ends it unless more than one paragraph goes on
  for (let i = first + 1; i <= last; i++) {
    const r = reasons[i];
    if (!r) continue;
    // (prose after the heading is counted only for a related-links heading)
    if (HARD_STOPS.has(r) || (r === 'related-links' && lines.slice(i + 1, last + 1).filter((l) => isProse(l)).length <= 1)) {
      last = i - 1;
      break;
    }
  }
  // a title, caption or citation at the window's edges is not body
  const edge = (i: number) => isCaption(lines[i]!) || isCitation(lines[i]!) || (!isProse(lines[i]!) && !/[.!?"”»]$/.test(lines[i]!.trim()));
  while (last > first && edge(last) && wordCount(lines[last]!) < 20) last--;
  while (first < last && edge(first) && !(dateline && dateline.paragraph === first)) first++;
  // A text with no furniture at all is all article: tables, results and short notes after
  // the prose belong to it (wire copy, not a page).
  // (credits, copyright lines, desk codes and slugs are wire trailers, not page furniture)
  const plainCopy = reasons.every((r) => r === null || WIRE_TRAILERS.has(r));
  if (plainCopy) {
    while (last < lines.length - 1 && reasons[last + 1] === null) last++;
  }
  // an error page ("Access Denied", "Reference #18.…") has no article
  if (/\b(?:access denied|reference #|403 forbidden|404 not found|page not found|just a moment|enable javascript|are you a robot)\b/i.test(text) && text.replace(/[^\p{L}]/gu, '').length < 400) {
    paragraphs.forEach((p, i) => result.boilerplate.push({ start: p.start, end: p.end, reason: reasons[i] ?? 'error-page' }));
    return result;
  }

  // 2. Before the body: headline (the title line that best announces the body), kicker, byline.
  const bodyWords = contentWords(lines.slice(first, Math.min(last + 1, first + 4)).join(' ').slice(0, 900));
  // a page repeats its title (the browser tab's "Title | Site" and the on-page headline)
  const titleKeys = lines.map((l) => contentWords(stripSiteSuffix(l)));
  const repeated = (i: number) => titleKeys[i]!.size >= 2 && titleKeys.some((k, j) => j !== i && similarity(k, titleKeys[i]!) >= 0.6);
  let headlineIdx = -1;
  let bestScore = 0;
  const lookBack = Math.max(0, first - 60);
  for (let i = first - 1; i >= lookBack; i--) {
    const l = lines[i]!;
    if (!isHeadlineCandidate(l, reasons[i]!)) continue;
    const words = wordCount(l);
    const shared = [...contentWords(l)].filter((w) => bodyWords.has(w)).length;
    const rep = repeated(i);
    // a short menu-like title must share words with the body or be repeated
    if (shared < 2 && !rep && (words <= 4 || i < first - 3)) continue;
    const near = i === first - 1 || (i >= first - 3 && lines.slice(i + 1, first).every((x, k) => isByline(x) || isTimestamp(x) || isNameLine(x) || isCaption(x) || reasons[i + 1 + k] !== null || wordCount(x) <= 2));
    const score = shared * 2 + (rep ? 3 : 0) + (words >= 5 ? 1 : 0) + (near ? 2 : 0) - (first - 1 - i) * 0.05 - (/[|]/.test(l) ? 2 : 0);
    if (score > bestScore) {
      bestScore = score;
      headlineIdx = i;
    }
  }
  // the nearest title above the body stands in when nothing shares words with the body
  if (headlineIdx < 0) {
    for (let i = first - 1; i >= Math.max(0, first - 3); i--) {
      if (isHeadlineCandidate(lines[i]!, reasons[i]!) && wordCount(lines[i]!) >= 4 && !isTitleCase(lines[i]!)) {
        headlineIdx = i;
        break;
      }
    }
    if (headlineIdx < 0 && first > 0 && isHeadlineCandidate(lines[first - 1]!, reasons[first - 1]!) && wordCount(lines[first - 1]!) >= 3) headlineIdx = first - 1;
  }
  const pre = new Set<number>();
  if (headlineIdx >= 0) {
    result.headline = paragraphs[headlineIdx]!;
    pre.add(headlineIdx);
    if (headlineIdx > 0 && isKickerLike(lines[headlineIdx - 1]!) && !reasons[headlineIdx - 1] && !isTimestamp(lines[headlineIdx - 1]!) && !isByline(lines[headlineIdx - 1]!)) {
      result.kicker = paragraphs[headlineIdx - 1]!;
      pre.add(headlineIdx - 1);
    }
  }
  for (let i = Math.max(0, headlineIdx + 1); i < first; i++) {
    if (isByline(lines[i]!) || (isNameLine(lines[i]!) && headlineIdx >= 0)) {
      result.byline = paragraphs[i]!;
      pre.add(i);
      break;
    }
  }
  // no byline above: the wire's "Reporting by …" credit after the body names the reporters
  if (!result.byline) {
    const credit = lines.findIndex((l, i) => i > last && i <= last + 3 && isReportingCredit(l));
    if (credit >= 0) result.byline = paragraphs[credit]!;
  }

  result.bodyFirst = first;
  result.bodyLast = last;
  result.scopeFirst = plainCopy ? 0 : headlineIdx >= 0 ? Math.min(headlineIdx, first) : first;
  const bodyStart = dateline && dateline.paragraph === first ? dateline.start : paragraphs[first]!.start;
  result.body = { start: bodyStart, end: paragraphs[last]!.end };

  // 3. Boilerplate: furniture lines anywhere, and everything outside head and body.
  paragraphs.forEach((p, i) => {
    if (pre.has(i)) return;
    if (reasons[i]) result.boilerplate.push({ start: p.start, end: p.end, reason: reasons[i]! });
    else if (i > last) result.boilerplate.push({ start: p.start, end: p.end, reason: 'after-article' });
    else if (i < first && (isTimestamp(lines[i]!) || !plainCopy)) result.boilerplate.push({ start: p.start, end: p.end, reason: isTimestamp(lines[i]!) ? 'timestamp' : 'before-article' });
  });
  return result;
}
