/**
 * furniture: the parts of a page that are not the article — kicker, headline, byline before
 * the body; menus, share buttons, related links, comment forms, cookie and newsletter
 * prompts, copyright and credit lines around it — and the body range itself.
 */
import type { Doc, TextRange } from '../document.js';
import type { Paragraph } from './segment.js';

export interface FurnitureLine extends TextRange {
  reason: string;
}

export interface Furniture {
  kicker: TextRange | null;
  headline: TextRange | null;
  byline: TextRange | null;
  body: TextRange | null;
  /** Index of the first and last body paragraph (inclusive), or -1. */
  bodyFirst: number;
  bodyLast: number;
  boilerplate: FurnitureLine[];
}

// Credit lines: "Reporting by A; Editing by B", "Photo: AFP", "Source USA Today". The keyword is
// matched case-insensitively and the capital that must follow it case-sensitively, in two steps:
// under the /i flag \p{Lu} matches any letter, which made prose ("Sources said …", "Video
// games …", "Writing in the Guardian, …") a credit line and dropped it from the body.
const CREDIT_KEYWORD = /^\(?(?:reporting|writing|editing|additional reporting|compiled|edited|translated|photo(?:graph)?s?|image|video|source|sources)(?:\s+(?:credit|courtesy(?:\s+of)?))?(?:\s+by)?\s*:?\s+/iu;
function isCreditLine(t: string): boolean {
  const m = CREDIT_KEYWORD.exec(t);
  return m !== null && /^[\p{Lu}\d@]/u.test(t.slice(m[0].length));
}

// Line-level patterns, tried in order; each names the reason reported to the user.
const LINE_RULES: Array<[reason: string, test: RegExp | ((line: string) => boolean)]> = [
  ['related-links', /^(?:related(?: news| articles?| stories| posts| content| coverage| topics)?|read (?:more|also|next)|see also|also read|more (?:news|stories|from|on this)\b.*|you (?:may|might) also (?:like|be interested in)|recommended(?: for you)?|most (?:read|popular|viewed)|trending(?: now)?|latest (?:news|stories|articles)|top stories|editor'?s picks|what to read next)\s*:?$/i],
  ['comment-form', /^(?:leave a (?:reply|comment)|your email address will not be published\b.*|required fields are marked\b.*|(?:\d+\s+)?comments?(?:\s*\(\d+\))?|post (?:a )?comment|add (?:a )?comment|(?:name|email|e-mail|website|comment)\s*\*?|save my name\b.*|submit(?: comment)?|log in to (?:comment|reply)|cancel reply|reply|join the conversation|be the first to comment\b.*)$/i],
  ['share', /^(?:share(?: this(?: article| story| post| page)?)?(?: on)?(?: (?:facebook|twitter|x|linkedin|whatsapp|telegram|email))?|facebook|twitter|x|linkedin|whatsapp|telegram|e-?mail|print|copy link|pinterest|reddit|vk|vkontakte|ok|tweet|messenger|viber|share via\b.*|share:?)$/i],
  ['follow-us', /^(?:follow us\b.*|join (?:us|our channel) on\b.*|subscribe to (?:our|the) (?:channel|telegram)\b.*|find us on\b.*)$/i],
  ['back-to-top', /^(?:back to top(?: button)?|scroll to top|to top|top)\s*[↑^]?$/i],
  ['cookie', /^(?:.*\bcookies?\b.*\b(?:accept|consent|agree|policy|settings|preferences|use|experience)\b.*|accept(?: all)?(?: cookies)?|reject all|manage (?:cookies|preferences|settings)|i agree|got it)$/i],
  ['newsletter', /^(?:.*\bnewsletters?\b.*|subscribe(?: now)?\b.{0,80}|sign up\b.{0,80}|get the latest\b.{0,80}\binbox\b.*)$/i],
  ['copyright', /^(?:©|copyright\b|\(c\)\s*\d{4}|all rights reserved\b).*$|^.{0,80}\ball rights reserved\.?$/i],
  ['tags', /^(?:tags?|topics?|keywords?|filed under|categories)\s*:.*$/i],
  ['advertisement', /^(?:advertisement|advertising|sponsored(?: content)?|ad|advert|promoted|partner content|story continues below(?: advertisement)?)$/i],
  ['credit', isCreditLine],
  ['navigation', /^(?:home|menu|search|skip to (?:main )?content|main menu|navigation|sections|log ?in|sign ?in|register|my account|subscribe|contact us|about us|privacy policy|terms(?: of (?:use|service))?|site ?map|rss|archive|all news|more|next|previous|prev|load more|show more|close|open menu)$/i],
];


/** Reason a single line is page furniture, or null. */
export function furnitureReason(line: string): string | null {
  const t = line.trim();
  if (!t) return null;
  for (const [reason, rule] of LINE_RULES) if (typeof rule === 'function' ? rule(t) : rule.test(t)) return reason;
  // "English | Русский | Қазақша", "Home > World > Asia": menus and breadcrumbs
  // separators stand between spaced items; a slash inside a word ("/PRNewswire/") is no menu
  const parts = t.split(/\s*[|•·]\s*|\s+[›»>/]\s+/).filter(Boolean);
  if (parts.length >= 3 && parts.every((p) => p.length <= 30 && !/[.!?]$/.test(p))) return /[>›»]/.test(t) ? 'breadcrumb' : 'navigation';
  return null;
}

const BYLINE = /^(?:by|por|von|par|від|автор:?)\s+[\p{Lu}][\p{L}.'’-]*(?:[\s,]+(?:and\s+)?[\p{Lu}][\p{L}.'’-]*){0,8}(?:\s*[,|]\s*.{0,60})?$/iu;
const TIMESTAMP = /^(?:(?:published|updated|posted|last updated)\s*:?\s*)?(?:\p{L}+,?\s+)?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:[\sT,|-]+\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|gmt|utc|[+-]\d{2}:?\d{2}))?)?.{0,40}$/iu;

/** Looks like running prose: long enough, several words, ends like a sentence. */
function isProse(s: string): boolean {
  const words = s.split(/\s+/).length;
  return words >= 8 && /[.!?…"”»’)]$/.test(s.trim());
}

/** Looks like a title: a few words, no sentence ending other than ? or ! (or an all-caps line). */
function isTitleLike(s: string): boolean {
  const t = s.trim();
  const words = t.split(/\s+/).length;
  if (words < 2 || words > 40 || t.length > 300) return false;
  if (/[.:;,]$/.test(t) && !(t === t.toUpperCase() && /\p{Lu}{3}/u.test(t))) return false;
  return /^[\p{Lu}\d"“‘«(]/u.test(t) || /^\p{L}/u.test(t);
}

/** Kicker: a one-to-three-word section label ("News", "World | Asia"). */
function isKickerLike(s: string): boolean {
  const t = s.trim();
  return t.length <= 40 && t.split(/\s+/).length <= 4 && !/[.!?]$/.test(t) && /^[\p{Lu}]/u.test(t);
}

/**
 * Split the paragraphs into furniture and body.
 * @param bodyStartHint paragraph index where the body must start (the dateline's), or -1
 */
export function findFurniture(doc: Doc, paragraphs: readonly Paragraph[], bodyStartHint: number, datelineStart: number | null): Furniture {
  const text = doc.text;
  const lineText = (p: TextRange) => text.slice(p.start, p.end);
  const reasons = paragraphs.map((p) => furnitureReason(lineText(p)));
  const result: Furniture = { kicker: null, headline: null, byline: null, body: null, bodyFirst: -1, bodyLast: -1, boilerplate: [] };
  if (!paragraphs.length) return result;

  // 1. Body start: the dateline's paragraph, else the first prose paragraph.
  let first = bodyStartHint;
  if (first < 0) {
    first = paragraphs.findIndex((p, i) => !reasons[i] && isProse(lineText(p)));
    if (first < 0) first = paragraphs.findIndex((_, i) => !reasons[i]);
    if (first < 0) first = 0;
  }

  // 2. Before the body: byline, headline, kicker, then furniture.
  const pre = new Map<number, string>();
  let headlineIdx = -1;
  for (let i = first - 1; i >= 0; i--) {
    const s = lineText(paragraphs[i]!);
    if (reasons[i]) continue;
    if (!result.byline && BYLINE.test(s.trim())) {
      result.byline = paragraphs[i]!;
      pre.set(i, 'byline');
      continue;
    }
    if (TIMESTAMP.test(s.trim())) continue;
    if (headlineIdx < 0 && isTitleLike(s) && !isProse(s)) {
      headlineIdx = i;
      continue;
    }
    if (headlineIdx >= 0 && i === headlineIdx - 1 && isKickerLike(s)) {
      result.kicker = paragraphs[i]!;
      pre.set(i, 'kicker');
      break;
    }
    if (headlineIdx >= 0) break;
  }
  // A standfirst between headline and dateline (TASS) is prose: the headline is above it.
  if (headlineIdx < 0 && first > 0) {
    for (let i = first - 1; i >= 0; i--) {
      const s = lineText(paragraphs[i]!);
      if (!reasons[i] && isTitleLike(s) && !isProse(s) && !pre.has(i)) {
        headlineIdx = i;
        break;
      }
    }
  }
  // No dateline and a short first line over prose: that line is the headline.
  if (headlineIdx < 0 && first === 0 && bodyStartHint < 0 && paragraphs.length > 1) {
    const s = lineText(paragraphs[0]!);
    if (isTitleLike(s) && !isProse(s) && s.length <= 200 && isProse(lineText(paragraphs[1]!))) {
      headlineIdx = 0;
      first = 1;
    }
  }
  if (headlineIdx >= 0) result.headline = paragraphs[headlineIdx]!;

  // 3. Body end: before the first article-ending furniture line after the start.
  let last = first;
  for (let i = first; i < paragraphs.length; i++) {
    const r = reasons[i];
    if (r && r !== 'advertisement' && r !== 'credit') {
      // furniture: the body ended unless prose resumes soon after (an inline share bar)
      const resumes = paragraphs.slice(i + 1, i + 3).some((p, k) => !reasons[i + 1 + k] && isProse(lineText(p)) && lineText(p).length > 200);
      if (!resumes) break;
      continue;
    }
    if (!r) last = i;
  }
  // A trailing run of non-prose lines after the last prose line is furniture too.
  while (last > first && !isProse(lineText(paragraphs[last]!)) && lineText(paragraphs[last]!).length < 120 && !/[.!?"”»]$/.test(lineText(paragraphs[last]!))) last--;

  result.bodyFirst = first;
  result.bodyLast = last;
  const bodyStart = datelineStart ?? paragraphs[first]!.start;
  result.body = { start: bodyStart, end: paragraphs[last]!.end };

  // 4. Boilerplate: furniture lines anywhere, and everything outside head and body.
  paragraphs.forEach((p, i) => {
    const inBody = i >= first && i <= last;
    if (i === headlineIdx || pre.has(i)) return;
    if (reasons[i]) result.boilerplate.push({ start: p.start, end: p.end, reason: reasons[i]! });
    else if (i > last) result.boilerplate.push({ start: p.start, end: p.end, reason: 'after-article' });
    else if (!inBody && i < first && !isProse(lineText(p))) result.boilerplate.push({ start: p.start, end: p.end, reason: TIMESTAMP.test(lineText(p).trim()) ? 'timestamp' : 'before-article' });
  });
  return result;
}
