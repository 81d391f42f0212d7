/**
 * furniture: the parts of a page that are not the article — kicker, headline, byline before
 * the body; menus, share buttons, related links, comment forms, cookie and newsletter
 * prompts, copyright and credit lines around it — and the body range itself.
 */
import type { Doc, TextRange } from '../../document.js';
import { trimRange } from '../../document.js';
import type { Paragraph } from '../segment.js';
import { fewerLettersThan, letterDigitRuns as wordCount } from '../../words.js';
import {
  isByline, isBylineKeyword, isCaption, isCookieLine, isKickerLike, isNameLine, isNewsletterLine, isProse, isTeaserLink, isTimestamp, isTitleCase, isTitleLike,
  SENTENCE_WORDS, STANDFIRST_MIN_WORDS, standfirstShape, stripSiteName,
} from './line-shapes.js';
import { belowHeadMatter, findStandfirst, HEAD_ZONE, isHeadLine } from './page-head.js';
import { gluedTrailer, wireSignOff } from './story-end.js';
import { STOP_WORDS as STOP } from '../../lexicon/en/function-words.js';

export interface FurnitureLine extends TextRange {
  reason: BoilerplateReason;
}

export interface Furniture {
  kicker: TextRange | null;
  headline: TextRange | null;
  /** The sentence under the headline that sums up the story, above the body. */
  standfirst: TextRange | null;
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
const CREDIT_KEYWORD = /^[(*]?(?:reporting|writing|editing|additional reporting|compiled|edited|translated|photo(?:graph)?s?|image|video|source|sources)(?:\s+(?:credit|courtesy(?:\s+of)?))?(?:\s+by)?\s*:?\s+/iu;
function isCreditLine(t: string): boolean {
  if (isPictureCopyright(t)) return true;
  const m = CREDIT_KEYWORD.exec(t);
  if (m !== null && /^[\p{Lu}\d@]/u.test(t.slice(m[0].length))) return true;
  // "CNN's Maria Estévez contributed to this report."
  if (t.length >= 200) return false;
  // "CNN's Maria Estévez contributed to this report.", "Lena Moss created the graphic for this explainer."
  if (/\b(?:contributed(?: reporting)? to|(?:created|produced|drew|designed) the (?:graphics?|maps?|charts?|illustrations?) for) this (?:report|story|article|piece|explainer|in brief)\.?\)?$/i.test(t)) return true;
  // the AP's "Novikov reported from Kyiv, Ukraine." (names, then the place)
  return /^[\p{Lu}][\p{L}'’-]+(?:(?:,| and) [\p{Lu}][\p{L}'’-]+)* reported from [\p{Lu}][^.]{0,60}\.$/u.test(t);
}

/** A picture's copyright credit, inside an article: "© River Trust, 2025 (photographer: Ana Lind)",
 *  "© Harbour Board, 2024" — an owner and a year, or a photographer clause. A site's footer
 *  ("© 2026 Example Media. All rights reserved.") puts the year first or says more. */
const isPictureCopyright = (t: string): boolean => /^©.{0,80}\((?:photo(?:grapher)?|credit|image|picture)s?\s*:/i.test(t) || /^©\s*[\p{Lu}][^.\d]{0,60},\s*(?:19|20)\d{2}$/u.test(t);

const COPYRIGHT = /^(?:©|copyright\b|\(c\)\s*\d{4}|c\.\s?\d{4}\s|all rights reserved\b|creative commons\b|this (?:work|article|story) is licensed under\b).*$|^.{0,80}\b(?:all|some) rights reserved\.?$/i;
/** A copyright line that ends the page, not a picture's credit. */
const isCopyrightLine = (t: string): boolean => COPYRIGHT.test(t) && !isPictureCopyright(t);

/** A list's control inside an article ("Show 24 more items", "Show less"): bridged, since the
 *  list goes on under it. */
const isListControl = (t: string): boolean => /^show (?:\d+ more(?: items| stories| results| articles| events)?|all|less|fewer)$/i.test(t.trim());

/** "Reporting by A; Editing by B": a credit line that names the reporters. */
const isReportingCredit = (line: string): boolean => /^[(*]?(?:reporting|writing|additional reporting) by\s+[\p{Lu}]/iu.test(line.trim());

const DONATE = /^(?:donate\b.{0,60}|support (?:us|our|independent|free)\b.{0,80}|.{0,60}\bwon'?t survive without you\b.*|become a (?:member|patron|supporter|subscriber)\b.{0,60}|make a (?:donation|gift)\b.{0,60})$/i;
/** An appeal for money or members ("Donate", "> Support independent journalism"): the quoted
 *  form loses its "> " first (an optional ">\s*" before ".{0,60}" backtracked). */
const isDonateLine = (t: string): boolean => DONATE.test(t.replace(/^>\s*/, ''));

// Line-level patterns, tried in order; each names the reason reported to the user.
const LINE_RULES = [
  // (headings that may end in a colon; then headings that any words may follow, written apart
  // so that no ".*" meets a "\s*" before the end: the check for slow patterns)
  ['related-links', /^(?:related(?: news| articles?| stories| posts| content| coverage| topics| reading)?|read (?:more|also|next)|see also|also read|you (?:may|might) also (?:like|be interested in)|(?:other )?topics you might like|recommended(?: for you| video| stories| reading)?|most (?:read|popular|viewed)|popular now|trending(?: now| stories)?|latest (?:news|stories|articles)|top (?:stories|hits)|editor'?s picks|what to read next|useful reading|interesting reads|in other news|from our partners|show comments|view (?:story )?comments|up next|watch next)\s*:?$|^(?:more (?:news|stories|from|on this|to read|in|top reads)|more work from|original article (?:source|on)|read the full (?:story|article))\b.*$|^don'?t miss\b.{0,62}$|^(?:read more|related|also read|read also|watch(?: below| live| more)?|listen|see also)\s*:\s+\S.{2,200}$/i],
  ['donate', isDonateLine],
  ['endnotes', /^(?:references|endnotes|notes|sources|bibliography|footnotes|about the authors?|about the contributors?|authors?|author bio(?:graphy)?|contributors?)\s*:?$/i],
  ['comment-form', /^(?:leave a (?:reply|comment)|your email address will not be published\b.*|required fields are marked\b.*|(?:\d+\s+)?comments?(?:\s*\(\d+\))?|post (?:a )?comment|add (?:a )?comment|(?:name|email|e-mail|website|comment)\s*\*?|save my name\b.*|submit(?: comment)?|log in to (?:comment|reply)|cancel reply|reply|join the conversation|be the first to comment\b.*)$/i],
  ['share', /^(?:share(?: this(?: article| story| post| page)?)?(?: on)?(?: (?:facebook|twitter|x|linkedin|whatsapp|telegram|email))?|facebook|twitter|x|linkedin|whatsapp|telegram|e-?mail|print|copy link|pinterest|reddit|vk|vkontakte|ok|tweet|messenger|viber|share via\b.*|share:?)$/i],
  ['follow-us', /^(?:follow us\b.*|join (?:us|our channel) on\b.*|subscribe to (?:our|the) (?:channel|telegram)\b.*|find us on\b.*)$/i],
  ['back-to-top', /^(?:back to top(?: button)?|scroll to top|to top|top)\s*[↑^]?$/i],
  ['cookie', isCookieLine],
  ['newsletter', isNewsletterLine],
  ['copyright', isCopyrightLine],
  ['tags', /^(?:tags?|topics?|keywords?|filed under|categories)\s*:.*$/i],
  ['advertisement', /^(?:advertisement|advertising|sponsored(?: content)?|ad|advert|promoted|partner content|story continues below(?: advertisement)?)$/i],
  ['credit', isCreditLine],
  ['slug', /^(?:[A-Z0-9]{2,}(?:-[A-Z0-9]+){2,}|[A-Z]{2,5}-\d{2}-\d{2}-\d{2,4}\s+\d{3,4}\s?[A-Z]{2,4})$/],
  // wire trailers: desk codes ("PTI RKV NSD", "dpa hol yyzz n1 kr"), "(END)", a reporter's e-mail
  ['end-mark', /^(?:\(?(?:END|ENDS|ENDIT|MORE|EOS)\)?|(?:pti|dpa|ians|ani|ap|afp|efe|ansa|yonhap|tass|kabar|xinhua|apa|bta)(?:\s+[\p{L}\d]{1,6}){1,6}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$/iu],
  // an app or call-to-action prompt: "Read On The Fox News App", "Click Here To Download …"
  ['promo', /^(?:read (?:on|in) the .{2,40} app|(?:download|get) (?:the|our) .{2,40} app|click here to (?:download|read|subscribe|sign up|get)\b.{0,80})\.?$/i],
  // a page's table of contents and list controls ("Page contents", "Show 24 more items")
  ['navigation', /^(?:(?:page |table of )?contents|on this page|in this (?:article|story)|jump to(?: section)?)$/i],
  ['navigation', (t: string) => isListControl(t)],
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


/** Two of the characters that separate a menu's items, anywhere in a line. */
const TWO_MENU_SEPARATORS = /[|•·›»>/][^]*?[|•·›»>/]/;

/** Reason a single line is page furniture, or null. */
export function furnitureReason(line: string): BoilerplateReason | null {
  // (the rules write the apostrophe as ' : "won’t survive without you" is the same appeal)
  const t = line.trim().replace(/’/g, "'");
  if (!t) return null;
  for (const [reason, rule] of LINE_RULES) if (typeof rule === 'function' ? rule(t) : rule.test(t)) return reason;
  // "English | Русский | Қазақша", "Home > World > Asia": menus and breadcrumbs
  // separators stand between spaced items; a slash inside a word ("/PRNewswire/") is no menu
  // (three items need two separators: running text has none, and is not split)
  if (!TWO_MENU_SEPARATORS.test(t)) return null;
  const parts = t.split(/(?<!\s)\s*[|•·]\s*|(?<!\s)\s+[›»>/]\s+/).filter(Boolean);
  if (parts.length >= 3 && parts.every((p) => p.length <= 30 && !/[.!?]$/.test(p))) return /[>›»]/.test(t) ? 'breadcrumb' : 'navigation';
  return null;
}

/** Lines a wire story itself carries: they do not make it a web page. */
const WIRE_TRAILERS = new Set(['credit', 'copyright', 'end-mark', 'slug']);

/** A text with no page furniture, only the wire's own trailers: copy, not a page. */
const isPlainCopy = (reasons: ReadonlyArray<string | null>): boolean => reasons.every((r) => r === null || WIRE_TRAILERS.has(r));

/** Furniture after which nothing is the article any more. */
const HARD_STOPS = new Set(['endnotes', 'donate', 'comment-form', 'copyright', 'end-mark']);

/** Furniture that ends an article when it follows the body. */
const ENDS_ARTICLE = new Set(['end-mark', 'related-links', 'comment-form', 'share', 'follow-us', 'back-to-top', 'cookie', 'newsletter', 'copyright', 'tags', 'navigation', 'breadcrumb', 'donate', 'endnotes']);


/** Citations and link lists: "[1] https://…", a line that is mostly an address. */
const isCitation = (s: string): boolean => /^\s*\[\d+\]/.test(s) || (s.match(/https?:\/\/\S+|www\.\S+/g) ?? []).join('').length > s.length / 2;

/**
 * Weight of a line for the body window: prose counts by its words; a short line (a menu
 * item, a link) costs a little, so a menu of fifty items is a wall while a link or subhead
 * inside the body is bridged; furniture costs a lot.
 */
function lineWeight(s: string, reason: string | null): number {
  // a share bar or an advertisement may sit inside the article; the rest ends it
  if (reason) return reason === 'share' || reason === 'advertisement' || reason === 'promo' || reason === 'credit' || isListControl(s) ? -8 : ENDS_ARTICLE.has(reason) ? -40 : -6;
  const words = wordCount(s);
  if (isCitation(s)) return -6;
  if (isCaption(s)) return -2;
  // (the ending first: a body paragraph ends with a period, and then its words need no reading)
  if (!/[.!?]["”»’]?$/.test(s.trim()) && isTitleCase(s)) return -4; // teasers, menus, headlines
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

/** Could this line be the headline? Not furniture, a byline, a date, a caption, a label or a
 *  standfirst's sentence. */
function isHeadlineCandidate(l: string, reason: string | null): boolean {
  const t = l.trim();
  if (reason || t.includes('\n') || !isTitleLike(t) || isByline(t) || isTimestamp(t) || isNameLine(t) || isCaption(t)) return false;
  if (/^[([].*[)\]]$/.test(t)) return false; // "(Ukraine Presidential Office)"
  if ((t.match(/\d/g) ?? []).length > t.length / 3) return false; // "3.7 million"
  if (standfirstShape(t)) return false;
  return wordCount(t) >= 2;
}

/** A repeated line longer than this is a widget's copy; shorter ones ("Share", "1") repeat anyway. */
const REPEAT_MIN_LENGTH = 40;
/** The weight of a widget's repeated copy: a menu item's, bridged only by prose on both sides. */
const REPEATED_WEIGHT = -6;

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
  // A paragraph a page repeats word for word is a widget's copy (a donation box's tabs, a
  // carousel) after its first: it weighs as furniture, so five copies do not outweigh the
  // article (plain copy repeats its table notes)
  const plainCopy = isPlainCopy(reasons);
  const seen = new Set<string>();
  lines.forEach((l, i) => {
    const key = l.trim();
    if (plainCopy || key.length <= REPEAT_MIN_LENGTH) return;
    if (seen.has(key)) weights[i] = Math.min(weights[i]!, REPEATED_WEIGHT);
    seen.add(key);
  });
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
  const result: Furniture = { kicker: null, headline: null, standfirst: null, byline: null, body: null, bodyFirst: -1, bodyLast: -1, scopeFirst: -1, boilerplate: [] };
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
    // (on a page, a reporting credit, "*Writing by …", signs the story off: what follows is the site's)
    // (a related-links heading with no more than a short list under it ends the article too:
    // "Useful reading:" and two teasers written as sentences; not "Read more: <title>", a
    // link inside the article)
    if (HARD_STOPS.has(r) || (r === 'credit' && isReportingCredit(lines[i]!) && !isPlainCopy(reasons)) || (r === 'related-links' && (lines.slice(i + 1, last + 1).filter((l) => isProse(l)).length <= 1 || (isRelatedHeading(lines[i]!) && last - i <= RELATED_LIST_MAX)))) {
      last = i - 1;
      break;
    }
  }
  // a title, caption or citation at the window's edges is not body
  const edge = (i: number) => isCaption(lines[i]!) || isCitation(lines[i]!) || (!isProse(lines[i]!) && !/[.!?"”»]$/.test(lines[i]!.trim()));
  while (last > first && edge(last) && wordCount(lines[last]!) < 20) last--;
  while (first < last && edge(first) && !(dateline && dateline.paragraph === first)) first++;
  // (the headline shares words with the window's top, a standfirst included)
  const windowFirst = first;
  first = belowHeadMatter(lines, reasons, first, last, dateline?.paragraph ?? -1, isPlainCopy(reasons));
  // A text with no furniture at all is all article: tables, results and short notes after
  // the prose belong to it (wire copy, not a page).
  // (credits, copyright lines, desk codes and slugs are wire trailers, not page furniture)
  const plainCopy = isPlainCopy(reasons);
  if (plainCopy) {
    while (last < lines.length - 1 && reasons[last + 1] === null) last++;
  }
  // an error page ("Access Denied", "Reference #18.…") has no article
  // (the letters first: counting stops at the 400th, where the pattern would read the whole text)
  if (fewerLettersThan(text, 400) && /\b(?:access denied|reference #|403 forbidden|404 not found|page not found|just a moment|enable javascript|are you a robot)\b/i.test(text)) {
    paragraphs.forEach((p, i) => result.boilerplate.push({ start: p.start, end: p.end, reason: reasons[i] ?? 'error-page' }));
    return result;
  }

  // 2. Before the body: headline (the title line that best announces the body), kicker, byline.
  const bodyWords = contentWords(lines.slice(windowFirst, Math.min(last + 1, windowFirst + 4)).join(' ').slice(0, 900));
  // a page repeats its title (the browser tab's "Title | Site" and the on-page headline)
  // (read on demand: only lines above the body are weighed, and wire copy has none)
  const keys: Array<Set<string> | undefined> = new Array(lines.length);
  const titleKeys = (i: number): Set<string> => (keys[i] ??= contentWords(stripSiteSuffix(lines[i]!)));
  const repeated = (i: number) => titleKeys(i).size >= 2 && lines.some((_, j) => j !== i && similarity(titleKeys(j), titleKeys(i)) >= 0.6);
  let headlineIdx = -1;
  let bestScore = 0;
  const lookBack = Math.max(0, first - 60);
  for (let i = first - 1; i >= lookBack; i--) {
    const l = lines[i]!;
    if (!isHeadlineCandidate(l, reasons[i]!)) continue;
    const words = wordCount(l);
    // (a page title's site name is not the headline's: "Title - Site")
    const shared = [...titleKeys(i)].filter((w) => bodyWords.has(w)).length;
    const rep = repeated(i);
    // right above the body, or above the page's head: a standfirst under it, then bylines,
    // date lines, captions and labels
    const near = i === first - 1 || (i >= first - 1 - HEAD_ZONE && lines.slice(i + 1, first).every((x, k) => isHeadLine(x, reasons[i + 1 + k]!) || (k === 0 && wordCount(x) >= STANDFIRST_MIN_WORDS)));
    // a short menu-like title must share words with the body or be repeated
    if (shared < 2 && !rep && (words <= 4 || (i < first - 3 && !near))) continue;
    const score = shared * 2 + (rep ? 3 : 0) + (words >= 5 ? 1 : 0) + (near ? 2 : 0) - (first - 1 - i) * 0.05 - (/[|]/.test(l) || stripSiteSuffix(l) !== l ? 2 : 0);
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
  // a sentence-long line under a shorter title is the standfirst, the title the headline
  if (headlineIdx > 0 && wordCount(lines[headlineIdx]!) >= SENTENCE_WORDS && isHeadlineCandidate(lines[headlineIdx - 1]!, reasons[headlineIdx - 1]!) && wordCount(lines[headlineIdx - 1]!) < wordCount(lines[headlineIdx]!)) headlineIdx--;
  const pre = new Set<number>();
  if (headlineIdx >= 0) {
    result.headline = paragraphs[headlineIdx]!;
    pre.add(headlineIdx);
    // (the last of a run of short labels is a menu's item, not the story's section)
    const label = (i: number) => i >= 0 && isKickerLike(lines[i]!) && !reasons[i] && !isTimestamp(lines[i]!) && !isByline(lines[i]!);
    // (a date line may stand between the section and the headline: "Article" / "27 February 2026")
    const k = headlineIdx > 0 && isTimestamp(lines[headlineIdx - 1]!) ? headlineIdx - 2 : headlineIdx - 1;
    if (label(k) && !label(k - 1)) {
      result.kicker = paragraphs[k]!;
      pre.add(k);
    }
  }
  const standfirstIdx = findStandfirst(lines, reasons, headlineIdx, first, !!dateline && dateline.paragraph === first);
  if (standfirstIdx >= 0) {
    result.standfirst = paragraphs[standfirstIdx]!;
    pre.add(standfirstIdx);
  }
  // the byline: a "By …" line (or "By" with the name on the next line) under the headline,
  // else a bare name line there ("By Jane Doe" wins over a credit's "Example Wire" above it)
  const bylineAt = (i: number): TextRange | null => {
    if (isByline(lines[i]!)) return paragraphs[i]!;
    if (isBylineKeyword(lines[i]!) && i + 1 < first && isNameLine(lines[i + 1]!)) return { start: paragraphs[i]!.start, end: paragraphs[i + 1]!.end };
    return null;
  };
  const from = Math.max(0, headlineIdx + 1);
  let bylineIdx = lines.slice(from, first).findIndex((_, k) => bylineAt(from + k) !== null);
  if (bylineIdx >= 0) bylineIdx += from;
  else if (headlineIdx >= 0) bylineIdx = lines.slice(from, first).findIndex((l) => isNameLine(l)) + from;
  if (bylineIdx >= from) {
    result.byline = bylineAt(bylineIdx) ?? paragraphs[bylineIdx]!;
    for (const p of paragraphs) if (p.start >= result.byline.start && p.end <= result.byline.end) pre.add(p.index);
  }
  // no byline above: the wire's "Reporting by …" credit after the body names the reporters
  if (!result.byline) {
    const credit = lines.findIndex((l, i) => i > last && i <= last + 3 && isReportingCredit(l));
    if (credit >= 0) result.byline = paragraphs[credit]!;
  }

  // The end of the story's text: furniture glued to its last paragraph or on its last line
  const trailer: FurnitureLine[] = [];
  let bodyEnd = paragraphs[last]!.end;
  const signOff = last === paragraphs.length - 1 ? wireSignOff(text, paragraphs[last]!) : null;
  if (signOff && signOff.start === paragraphs[last]!.start) {
    if (last > first) last--;
    bodyEnd = paragraphs[last]!.end;
  } else if (signOff) bodyEnd = trimRange(text, paragraphs[last]!.start, signOff.start).end;
  if (signOff) trailer.push({ ...signOff, reason: 'end-mark' });
  const glued = gluedTrailer(text, { start: paragraphs[last]!.start, end: bodyEnd });
  if (glued) {
    trailer.push(...glued.lines);
    bodyEnd = glued.bodyEnd;
  }

  result.bodyFirst = first;
  result.bodyLast = last;
  result.scopeFirst = plainCopy ? 0 : headlineIdx >= 0 ? Math.min(headlineIdx, first) : first;
  const bodyStart = dateline && dateline.paragraph === first ? dateline.start : paragraphs[first]!.start;
  result.body = { start: bodyStart, end: bodyEnd };

  // a page's teaser links inside the article: boilerplate, but they do not end it; so are the
  // lines under a related-links heading the article goes on after ("More to Read" / titles / prose)
  const teasers = new Set<number>();
  if (!plainCopy) {
    for (let i = first + 1; i < last; i++) if (!reasons[i] && isTeaserLink(lines[i]!)) teasers.add(i);
    for (let i = first + 1; i < last; i++) {
      if (reasons[i] !== 'related-links' || !isRelatedHeading(lines[i]!)) continue;
      for (let j = i + 1; j < last && !reasons[j] && !isProse(lines[j]!); j++) teasers.add(j);
    }
  }

  // 3. Boilerplate: furniture lines anywhere, and everything outside head and body.
  const whole = new Set(trailer.filter((t) => paragraphs.some((p) => p.start === t.start && p.end === t.end)).map((t) => t.start));
  paragraphs.forEach((p, i) => {
    if (pre.has(i) || whole.has(p.start)) return;
    if (teasers.has(i)) result.boilerplate.push({ start: p.start, end: p.end, reason: 'related-links' });
    else if (reasons[i]) result.boilerplate.push({ start: p.start, end: p.end, reason: reasons[i]! });
    else if (i > last) result.boilerplate.push({ start: p.start, end: p.end, reason: 'after-article' });
    else if (i < first && (isTimestamp(lines[i]!) || !plainCopy)) result.boilerplate.push({ start: p.start, end: p.end, reason: isTimestamp(lines[i]!) ? 'timestamp' : 'before-article' });
  });
  result.boilerplate.push(...trailer);
  result.boilerplate.sort((a, b) => a.start - b.start);
  return result;
}

/** A related-links heading followed by this many paragraphs or fewer ends the article. */
const RELATED_LIST_MAX = 3;
/** A related-links heading alone on its line ("More to Read", "Read also:"), not a
 *  "Read more: <title>" line that carries its one link. */
const isRelatedHeading = (line: string): boolean => !/:\s+\S/.test(line.trim());

