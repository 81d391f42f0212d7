/**
 * blocks: the text of a DOM subtree as the blocks a reader sees — paragraphs, headings, list
 * items, table rows, captions — each with what its markup says about it (the elements it sits
 * in, their classes, how much of it is link text). The extraction's rules read these.
 */
import { TEXT_NODE, isElement, tagOf, type DomElement, type DomNode, type DomText } from './dom.js';

/** An element around a block: its tag and its class and id words, lower case. */
export interface Frame {
  tag: string;
  /** class and id, lower case, space-separated, with a space at both ends (" wp-caption-text caption-1 ") */
  marks: string;
}

/** A block of text as a reader sees it. */
export interface Block {
  /** the text, white space folded; a line break where the markup has <br> */
  text: string;
  /** how many words (runs of letters and digits) the text has */
  words: number;
  /** tag of the element that makes the block ("p", "li", "h2", "figcaption", "tr", "div", …) */
  tag: string;
  /** the elements from the walked root (excluded) down to the block's own element */
  path: readonly Frame[];
  /** characters of the text that are link text (a link whose text is an address aside) */
  linkChars: number;
  /** of those, the characters of links to the page's own site (relative, or the same host) */
  internalLinkChars: number;
  /** characters of the text in bold or strong type */
  strongChars: number;
}

/** Inline elements: their text continues the block around them (and custom elements, whose
 *  names have a hyphen: "hl-trusted-source" marks a footnote inside a sentence). */
const INLINE = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'img', 'ins', 'kbd',
  'label', 'mark', 'nobr', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u',
  'var', 'wbr', 'td', 'th',
]);
/** Elements whose text no reader sees. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'select', 'option', 'textarea', 'button', 'input', 'iframe', 'object', 'embed', 'canvas', 'head', 'title', 'meta', 'link']);
const BOLD = new Set(['b', 'strong']);

/** A step of the walk: enter a node, or leave an element (closing its block when it opened one). */
type Step = { node: DomNode; exit: false } | { node: DomElement; exit: true; block: boolean; prevTag: string };

/** The marks of an element: " class id ", as written (rules.ts splits "articleByline" at its capital). */
export function marksOf(e: DomElement): string {
  const cls = e.getAttribute('class');
  const id = e.getAttribute('id');
  return cls || id ? ` ${cls ?? ''} ${id ?? ''} ` : ' ';
}

/** The host of an address without "www.", or null ("https://www.example.com/a" → "example.com"). */
export function hostOf(url: string | null | undefined): string | null {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(url ?? '');
  return m ? m[1]!.toLowerCase().replace(/^www\./, '') : null;
}

/** Is a link's target on the page's own site: relative, or the same host (null host: any absolute link is foreign). */
function isInternal(href: string | null, host: string | null): boolean {
  if (!href) return false;
  const target = hostOf(href.startsWith('//') ? `http:${href}` : href);
  if (!target) return !/^[a-z][a-z0-9+.-]*:/i.test(href) || /^(?:javascript|about):/i.test(href);
  return target === host;
}

/** Options of readBlocks. */
export interface ReadOptions {
  /** the page's address (its host tells the site's own links from others) */
  url?: string | null;
}

/** The blocks of an element's subtree, in document order; blocks with no letter or digit are left out. */
export function readBlocks(root: DomElement, options: ReadOptions = {}): Block[] {
  const host = hostOf(options.url);
  const out: Block[] = [];
  const path: Frame[] = [];
  let text = '';
  let linkChars = 0;
  let internalLinkChars = 0;
  let strongChars = 0;
  let inLink = 0;
  // (the innermost link's: whether it points to the site, and whether its text is an address)
  const links: Array<{ internal: boolean; start: number }> = [];
  let inBold = 0;
  let inPre = 0;
  let blockTag = tagOf(root);
  const flush = () => {
    if (/[\p{L}\p{N}]/u.test(text)) {
      const folded = text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
      out.push({ text: folded, words: (folded.match(/[\p{L}\p{N}]+/gu) ?? []).length, tag: blockTag, path: path.slice(), linkChars: Math.min(linkChars, folded.length), internalLinkChars: Math.min(internalLinkChars, folded.length), strongChars: Math.min(strongChars, folded.length) });
    }
    text = '';
    linkChars = internalLinkChars = strongChars = 0;
  };
  // iterative walk: a page nested thousands of elements deep must not overflow the stack
  const stack: Step[] = [];
  pushChildren(stack, root);
  while (stack.length) {
    const step = stack.pop()!;
    if (step.exit) {
      const tag = tagOf(step.node);
      if (tag === 'a') {
        inLink--;
        const link = links.pop();
        // a link whose text is an address is a citation written out, not a teaser
        if (link) {
          const shown = text.slice(Math.min(link.start, text.length)).replace(/\s+/g, ' ').trim();
          const n = shown.length;
          if (/^(?:https?:\/\/|www\.)\S+$/i.test(shown)) linkChars -= Math.min(linkChars, n);
          else if (link.internal) internalLinkChars += n;
        }
      }
      if (BOLD.has(tag)) inBold--;
      if (tag === 'pre') inPre--;
      if (step.block) {
        flush();
        path.pop();
        blockTag = step.prevTag;
      } else path.pop();
      continue;
    }
    const n = step.node;
    if (n.nodeType === TEXT_NODE) {
      // (a line break in the markup is a space on the page, but in <pre>)
      const data = inPre ? (n as DomText).data : (n as DomText).data.replace(/\s+/g, ' ');
      text += data;
      if (inLink) linkChars += data.replace(/\s+/g, ' ').length;
      if (inBold) strongChars += data.replace(/\s+/g, ' ').length;
      continue;
    }
    if (!isElement(n)) continue;
    const tag = tagOf(n);
    if (SKIP.has(tag) || n.hasAttribute('hidden')) continue;
    if (tag === 'br') {
      text += '\n';
      continue;
    }
    if (tag === 'td' || tag === 'th') text += ' \t ';
    const block = !INLINE.has(tag) && !tag.includes('-');
    if (block) flush();
    path.push({ tag, marks: marksOf(n) });
    if (tag === 'a') {
      inLink++;
      links.push({ internal: isInternal(n.getAttribute('href'), host), start: text.length });
    }
    if (BOLD.has(tag)) inBold++;
    if (tag === 'pre') inPre++;
    stack.push({ node: n, exit: true, block, prevTag: blockTag });
    if (block) blockTag = tag;
    pushChildren(stack, n);
  }
  flush();
  return out;
}

/** Push a node's children so that the first is popped first. */
function pushChildren(stack: Step[], n: DomNode): void {
  const at = stack.length;
  for (let c = n.firstChild; c; c = c.nextSibling) stack.push({ node: c, exit: false });
  // (reversed in place: the stack pops from the end)
  for (let i = at, j = stack.length - 1; i < j; i++, j--) [stack[i], stack[j]] = [stack[j]!, stack[i]!];
}
