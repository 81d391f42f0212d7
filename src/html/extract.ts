/**
 * extract: the article of a parsed page as blocks — Readability finds the article element,
 * then the block rules (rules.ts) take out what it keeps that is not the article: captions,
 * related links, teasers, bylines, share and newsletter boxes. When Readability finds nothing,
 * or a scrap much shorter than the page's longest run of prose, that run is the article
 * (prose-window.ts).
 */
import { Readability } from '@mozilla/readability';
import { ELEMENT_NODE, type DomDocument, type DomElement, type DomNode } from './dom.js';
import { readBlocks, type Block } from './blocks.js';
import { classifyBlocks, isComment, type BlockVerdict } from './rules.js';
import { parsePage } from './parse.js';
import { proseWindow } from './prose-window.js';
import { ERROR_PAGE_PHRASES } from '../lexicon/shared/page-markup.js';
import { alternation } from '../lexicon/registry.js';

/** What the extraction finds in a page. */
export interface Extraction {
  /** every block of the article element, with the rule's verdict */
  blocks: Array<Block & BlockVerdict>;
  /** Readability's title and byline */
  title: string | null;
  byline: string | null;
  /** which finder gave the blocks: Readability, the page's prose window, or none */
  source: 'readability' | 'prose-window' | 'none';
}

/** Under this many words of body, Readability's pick is checked against the page's prose window. */
const SHORT_ARTICLE_WORDS = 150;
/** Deeper than this, Readability is not run: its time grows with the cube of the depth (7 s at
 *  1,000 levels), and news pages are at most 50 deep (the Zyte and L3S pages). */
const MAX_READABILITY_DEPTH = 150;
/** More elements than this, Readability stops (its maxElemsToParse); the page's prose window stands in. */
const MAX_READABILITY_ELEMENTS = 50_000;

/** Under this many words of body, a page has no article (a section front of teasers, a notice). */
const MIN_ARTICLE_WORDS = 20;
/** A short page saying it is an error, a block or a bot check. */
const ERROR_PAGE = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(ERROR_PAGE_PHRASES)})(?:[^\\p{L}]|$)`, 'iu');
/** The expressions built here, for the ReDoS check (scripts/redos.mjs). */
export const BUILT_PATTERNS = [{ pattern: ERROR_PAGE }];

const bodyWords = (blocks: ReadonlyArray<Block & BlockVerdict>): number => blocks.reduce((n, b) => n + (b.reason ? 0 : b.words), 0);

/**
 * Find the article of a parsed page. Readability changes the document: read metadata first.
 * @param html the page, parsed again only when Readability's pick is short
 * @param url the page's address (tells the site's own links from others)
 */
export function extractArticle(document: DomDocument, html: string, url: string | null = null): Extraction {
  let article: ReturnType<Readability<DomElement>['parse']> = null;
  if (document.body && depthOver(document.body, MAX_READABILITY_DEPTH)) {
    // (Readability left out: the prose window below reads the page)
  } else try {
    // keepClasses: the rules read the classes; the serializer hands back the element itself
    // (no HTML string to parse again); disableJSONLD: the metadata is read already, and
    // Readability's byline is then the one the page prints, not the JSON-LD author
    article = new Readability<DomElement>(document as never, { keepClasses: true, disableJSONLD: true, maxElemsToParse: MAX_READABILITY_ELEMENTS, serializer: (el) => el as unknown as DomElement }).parse();
  } catch {
    // (Readability throws past maxElemsToParse)
    article = null;
  }
  const root = article?.content ?? null;
  let blocks = root ? classifyBlocks(readBlocks(root, { url }), { url }) : [];
  let source: Extraction['source'] = blocks.length ? 'readability' : 'none';
  const words = bodyWords(blocks);
  if (words < SHORT_ARTICLE_WORDS) {
    const page = parsePage(html).body;
    // (readers' comments are prose too, and no article)
    const all = page ? readBlocks(page, { url }).filter((b) => !isComment(b)) : [];
    const window = proseWindow(all);
    if (window) {
      const found = classifyBlocks(all.slice(window.first, window.last + 1), { url });
      // the window holds Readability's pick: Readability's is the closer cut of it; a pick
      // outside the page's run of prose (a poll, a teaser box) is not the article
      const inWindow = new Set(found.map((b) => b.text));
      const picked = blocks.filter((b) => !b.reason);
      const shared = picked.filter((b) => inWindow.has(b.text)).length;
      if (shared * 2 < picked.length || !picked.length) {
        if (bodyWords(found) > Math.max(2 * words, 40)) {
          blocks = found;
          source = 'prose-window';
        }
      }
    }
  }
  // an error page, or too little to be an article: no body
  const body = blocks.filter((b) => !b.reason);
  const total = bodyWords(blocks);
  if (total < MIN_ARTICLE_WORDS || (total < SHORT_ARTICLE_WORDS && ERROR_PAGE.test(body.map((b) => b.text).join('\n')))) {
    for (const b of body) b.reason = 'no-article';
  }
  return { blocks, title: article?.title ?? null, byline: article?.byline ?? null, source };
}

/** Is some element more than `limit` levels below `root`? (An iterative walk that stops there.) */
function depthOver(root: DomNode, limit: number): boolean {
  const stack: Array<[DomNode, number]> = [[root, 0]];
  while (stack.length) {
    const [n, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (let c = n.firstChild; c; c = c.nextSibling) if (c.nodeType === ELEMENT_NODE) stack.push([c, depth + 1]);
  }
  return false;
}
