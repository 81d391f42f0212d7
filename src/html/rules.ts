/**
 * rules: which blocks of the article element are not the article. Readability finds the
 * element that holds the article; what it loses is precision inside it — captions, credit
 * lines, related links, teasers, bylines, share and newsletter boxes. The rules read the
 * block's markup (the elements and classes around it, its link text) and its text, with the
 * line shapes the plain-text layout stage knows (furniture lines, bylines, captions).
 */
import { hostOf, type Block, type Frame } from './blocks.js';
import { furnitureReason } from '../stages/layout/furniture.js';
import { isCaption, isNameList } from '../stages/layout/line-shapes.js';
import { monthNumber } from '../lexicon/shared/months.js';
import { BYLINE_WORD_ANY_CASE } from '../lexicon/patterns.js';
import { WEEKDAYS } from '../lexicon/en/time.js';
import { trimEndOf } from './text.js';
import {
  AD_CLASS_WORDS, AUTHOR_CLASS_WORDS, BREADCRUMB_CLASS_WORDS, IMAGE_CLASS_WORDS, BIO_CLASS_WORDS, BYLINE_CLASS_WORDS, CAPTION_CLASS_WORDS, COMMENT_CLASS_WORDS, DATE_LINE_WORDS, NEWSLETTER_CLASS_WORDS,
  APPEAL_OPENERS, PORTUGUESE_MONTHS, PROMO_OPENERS, RELATED_CLASS_WORDS, SHARE_CLASS_WORDS, WIDGET_LABELS,
} from '../lexicon/shared/page-markup.js';
import { alternation } from '../lexicon/registry.js';

/** The verdict on a block: null when it is the article's body; 'front' for the headline,
 *  standfirst, byline and date above the body; else why it is page furniture. */
export interface BlockVerdict {
  reason: string | null;
}

/** The words of a class or id ("article__image-caption" → article, image, caption;
 *  "articleBylineContainer" → article, byline, container). */
export function markParts(marks: string): string[] {
  return marks
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const wordsOf = (s: string): string[] => s.match(/[\p{L}\p{N}]+/gu) ?? [];

const partsCache = new WeakMap<Frame, readonly string[]>();
function partsOf(f: Frame): readonly string[] {
  let p = partsCache.get(f);
  if (!p) partsCache.set(f, (p = f.marks === ' ' ? [] : markParts(f.marks)));
  return p;
}
/** The elements of a block's path that may be a box of furniture: those that do not hold
 *  half of the article's words or more (a wrapper's class says nothing of one paragraph). */
let boxes: (b: Block) => readonly Frame[] = (b) => b.path;
/** The host of the page being classified (classifyBlocks sets it), or null. */
let pageHost: string | null = null;
/** Some element around the block has a class or id word of the list. */
const inFrame = (b: Block, words: ReadonlySet<string>): boolean => boxes(b).some((f) => partsOf(f).some((p) => words.has(p)));
/** Some element around the block has a class or id word of both lists. */
const inFrameBoth = (b: Block, a: ReadonlySet<string>, c: ReadonlySet<string>): boolean => boxes(b).some((f) => partsOf(f).some((p) => a.has(p)) && partsOf(f).some((p) => c.has(p)));
/** The block's own element or its parent has a class or id word of the list. */
const nearFrame = (b: Block, words: ReadonlySet<string>): boolean => {
  const box = boxes(b);
  return b.path.slice(-2).some((f) => box.includes(f) && partsOf(f).some((p) => words.has(p)));
};
const inTag = (b: Block, tags: ReadonlySet<string>): boolean => b.path.some((f) => tags.has(f.tag));
const linkShare = (b: Block): number => b.linkChars / Math.max(1, b.text.length);

const FIGURE = new Set(['figure', 'figcaption']);
const HEADER = new Set(['header']);
const NAV = new Set(['nav']);

/** Text shapes of a caption or credit ("Image copyright Getty Images", "Credit...Doug Mills",
 *  "(Image: GETTY)", "FILE PHOTO: …", "© Lucy Nicholson / …"). */
const CAPTION_TEXT = /^(?:image (?:copyright|caption)|credit\.{3}|file photo:|photo:|picture:|image:|©\s*\p{Lu}[^/]{2,40}\s\/)|\((?:image|photo|picture|pic|credit)s?:[^()]*\)$/iu;
/** A picture's credit at the end of a short line: a © ("… photos © Inexhibit, 2018"), or
 *  sources in parentheses with slashes ("… map of Titan. (NASA/JPL-Caltech/ASU)"). */
const CREDIT_END_TEXT = /©|\([\p{L}\p{N} .&-]+(?:\/[\p{L}\p{N} .&-]+)+\)$/u;
/** "Also on rt.com …", "SEE MORE: …", "[Related: …]", "Related: …". */
const RELATED_TEXT = /^\[?(?:related(?: post| article| story| content)?|see more|read more|more|also read|read also|also|also see|see also|don'?t miss|recommended|watch|listen)\s*[:|]|^also on [\w.]+\s/iu;
/** A heading over links to other stories without a colon: "More Great WIRED Stories", "More Business News", "More from the Guardian". */
const RELATED_HEADING_TEXT = /^(?:more|latest|top)(?: [\p{L}\p{N}'’&-]+){0,3} (?:stories|news|articles|coverage|headlines|videos|reads)$|^more (?:from|on) [\p{L}\p{N}'’&.-]+(?: [\p{L}\p{N}'’&.-]+){0,3}$/iu;
/** A block that is nothing but an address: a link written out ("https://site.example/…",
 *  "twitter.com/jroe", "jroe@paper.example"). */
const ADDRESS_TEXT = /^(?:https?:\/\/\S+|www\.\S+)$/iu;
/** An author's contact written out: a social profile or a mail address ("twitter.com/jroe", "jroe@paper.example"). */
const CONTACT_TEXT = /^(?:(?:www\.)?(?:twitter|facebook|instagram)\.com\/\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$/iu;
/** A call to action ("Follow us on Twitter @site", "Join our Space Forums …") … */
const PROMO_TEXT = new RegExp(`^(?:${alternation(PROMO_OPENERS)})\\b`, 'iu');
/** An appeal to the reader ("If you enjoyed this article, …"). */
const APPEAL_TEXT = new RegExp(`^(?:${alternation(APPEAL_OPENERS)})\\b`, 'iu');
/** … that points somewhere: a link, an address or a handle. */
const POINTS_AWAY = /https?:\/\/|www\.|@[\w.-]+|\.com\b/iu;
/** A line of the author’s box at the story’s end: "… Follow him on Twitter @jroe." ("Write to Jane Roe at …" is a call to action). */
const AUTHOR_CONTACT_TEXT = /\bfollow (?:him|her|them|me) on (?:twitter|facebook|instagram|linkedin)\b/iu;
/** A copyright or citation notice inside the article element ("Citation: … retrieved … from
 *  https://…", "This document is subject to copyright.", "Via SyndiGate.info"). */
const NOTICE_TEXT = /^citation:.{0,300}\bretrieved\b|^this (?:document|article|material|content) is (?:subject to|protected by) copyright\b|^via [\w-]+\.[a-z]{2,6}$/iu;
/** The expressions built here, for the ReDoS check (scripts/redos.mjs). */
export const BUILT_PATTERNS = [{ pattern: PROMO_TEXT }, { pattern: APPEAL_TEXT }];
/** A widget's label alone on its line ("Caption", "Loading content ..."). */
const isWidgetLabel = (text: string): boolean => text.length <= 60 && WIDGET_LABELS.has(trimEndOf(text, '.…:').toLowerCase());

/** "Follow Newsbeat on Instagram", "Like this story? Share it with a friend!" */
const SOCIAL_TEXT = /^(?:follow\b.{0,60}\bon (?:twitter|facebook|instagram|linkedin|youtube)|like this (?:story|article)\?|share (?:this|it)\b.{0,40}!?$)/iu;
/** "This post may contain affiliate links", "… may earn an affiliate commission …". */
const AFFILIATE_TEXT = /\baffiliate (?:(?:and|or|and\/or) (?:referral|sponsored) )?(?:links?|commission)\b/iu;
/** A post's meta line: who posted it and under which category or tags ("05/10/2018 - Publicado por: Ana Lima - Categoria: Saúde - Tags: …"). */
const POST_META_OPENER = /\b(?:posted by|published by|publicado por|filed under)\b/iu;
const POST_META_LABEL = /\b(?:categor(?:y|ia|ies|ias)|tags?)\s*:/iu;
/** (a category or tags label within this many characters after the opener) */
const POST_META_SPAN = 160;
const isPostMeta = (text: string): boolean => {
  const m = POST_META_OPENER.exec(text);
  return !!m && POST_META_LABEL.test(text.slice(m.index, m.index + POST_META_SPAN));
};
/** A note on how readers' comments are moderated ("Note: we are moderating all comments …", "ATENÇÃO: Comentários com … não serão aprovados"). */
const COMMENT_NOTE_TEXT = /^(?:note|nota|atenção|attention|aviso)\s*:.{0,80}\b(?:comments?|comentários?|commentaires?)\b/iu;
/** A count alone on its line (a page's views or shares counter: "2.289", "1,204"). */
const COUNT_TEXT = /^\d{1,3}(?:[.,]\d{3})*$/u;
/** "By Jane Doe and John Roe", "Por Lucía Ferrer", or the byline word alone (its names were a
 *  link that Readability took as the byline). */
function isBylineText(text: string): boolean {
  const m = BYLINE_WORD_ANY_CASE.exec(`${text} `);
  if (!m) return false;
  const rest = text.slice(m[0].length).trim().replace(/^[\s/:]+/, '');
  return !rest || isNameList(rest);
}

const WEEKDAY_SET: ReadonlySet<string> = new Set(WEEKDAYS);

/** A line that is a date or time: a month or a clock time or a numeric date, and little else. */
export function isDateLine(text: string): boolean {
  const words = wordsOf(text);
  if (!words.length || words.length > 16) return false;
  const dated = /\b\d{1,2}:\d{2}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/.test(text) || words.some((w) => monthNumber(w) !== null || PORTUGUESE_MONTHS.has(w.toLowerCase()));
  if (!dated) return false;
  const other = words.filter((w) => !/^\d+(?:st|nd|rd|th)?$/i.test(w) && monthNumber(w) === null && !DATE_LINE_WORDS.has(w.toLowerCase()) && !WEEKDAY_SET.has(w.toLowerCase()));
  return other.length <= 2;
}

/** The rules, in order: the first that holds gives the reason. */
export const BLOCK_RULES: ReadonlyArray<readonly [reason: string, test: (b: Block) => boolean]> = [
  ['caption', (b) => b.words <= 80 && (inTag(b, FIGURE) || inFrame(b, CAPTION_CLASS_WORDS) || nearFrame(b, IMAGE_CLASS_WORDS) || CAPTION_TEXT.test(b.text) || isCaption(b.text) || (b.words <= 40 && CREDIT_END_TEXT.test(b.text)))],
  ['related-links', (b) => RELATED_TEXT.test(b.text) || (b.words <= 7 && RELATED_HEADING_TEXT.test(b.text)) || inFrame(b, RELATED_CLASS_WORDS) || (b.internalLinkChars / Math.max(1, b.text.length) >= 0.6 && b.words <= 40)],
  ['newsletter', (b) => inFrame(b, NEWSLETTER_CLASS_WORDS) && b.words <= 60],
  ['share', (b) => (inFrame(b, SHARE_CLASS_WORDS) && b.words <= 30) || SOCIAL_TEXT.test(b.text)],
  ['advertisement', (b) => (inFrame(b, AD_CLASS_WORDS) && b.words <= 60) || (AFFILIATE_TEXT.test(b.text) && b.words <= 40)],
  ['author-bio', (b) => inFrameBoth(b, AUTHOR_CLASS_WORDS, BIO_CLASS_WORDS) && !isBylineText(b.text)],
  ['timestamp', (b) => isDateLine(b.text)],
  ['widget-label', (b) => isWidgetLabel(b.text)],
  // (an address of another site is a source the story cites; one of the page's own site with a path is the page's own)
  ['address', (b) => b.words <= 20 && (CONTACT_TEXT.test(b.text) || (ADDRESS_TEXT.test(b.text) && pageHost !== null && hostOf(b.text.startsWith('www.') ? `http://${b.text}` : b.text) === pageHost && /\/\/[^/]+\/[^/\s]/.test(`//${b.text.replace(/^https?:\/\//i, '')}`)))],
  ['promo', (b) => b.words <= 50 && ((PROMO_TEXT.test(b.text) && (b.linkChars > 0 || POINTS_AWAY.test(b.text))) || APPEAL_TEXT.test(b.text))],
  ['author-contact', (b) => b.words <= 80 && AUTHOR_CONTACT_TEXT.test(b.text)],
  ['notice', (b) => b.words <= 120 && NOTICE_TEXT.test(b.text)],
  ['comments', (b) => isComment(b) || (b.words <= 40 && COMMENT_NOTE_TEXT.test(b.text))],
  ['post-meta', (b) => b.words <= 40 && isPostMeta(b.text)],
  ['counter', (b) => COUNT_TEXT.test(b.text)],
  // (a breadcrumb or a menu that Readability kept: "HomeLatest NewsNollywood …")
  ['navigation', (b) => b.words <= 40 && ((inTag(b, NAV) && linkShare(b) >= 0.5) || inFrame(b, BREADCRUMB_CLASS_WORDS))],
  ['byline', (b) => b.words <= 15 && (isBylineText(b.text) || inFrame(b, BYLINE_CLASS_WORDS))],
  ['line', (b) => b.words <= 40 && lineReason(b.text) !== null],
];

/** A reader's comment: a block in a comments box (the box may be most of the page: it is read
 *  on the whole path, which is why this rule does not use `boxes`). */
export const isComment = (b: Block): boolean => b.path.some((f) => partsOf(f).some((p) => COMMENT_CLASS_WORDS.has(p)));

/** The plain-text layout's reason for a line, its trailing dots and colon aside ("You may also like..."). */
const lineReason = (text: string): string | null => furnitureReason(trimEndOf(text, '.…:'));

/** Each block with its verdict; `url` is the page's address (its own links written out are no sources). */
export function classifyBlocks(blocks: readonly Block[], options: { url?: string | null } = {}): Array<Block & BlockVerdict> {
  pageHost = hostOf(options.url);
  const held = new Map<Frame, number>();
  let total = 0;
  for (const b of blocks) {
    const n = b.words;
    total += n;
    for (const f of b.path) held.set(f, (held.get(f) ?? 0) + n);
  }
  boxes = (b) => b.path.filter((f) => held.get(f)! * 2 < total);
  const out = blocks.map((b) => {
    for (const [reason, test] of BLOCK_RULES) if (test(b)) return { ...b, reason: reason === 'line' ? lineReason(b.text) : reason };
    return { ...b, reason: null as string | null };
  });
  // a related-links heading takes the list after it: its items up to the next paragraph of prose
  for (let i = 0; i < out.length; i++) {
    if (out[i]!.reason !== 'related-links' || out[i]!.words > 8) continue;
    for (let j = i + 1; j < out.length; j++) {
      const b = out[j]!;
      if (b.reason) continue;
      if (!(b.tag === 'li' || linkShare(b) >= 0.5)) break;
      b.reason = 'related-links';
    }
  }
  // blocks in a <header> of the article element (standfirst, kicker) stand above the body
  for (const b of out) if (!b.reason && inTag(b, HEADER)) b.reason = 'front';
  return out;
}
