/**
 * parse: the page's HTML as a DOM (linkedom: a fast parser with no native code). linkedom
 * does not rebuild the tree the way browsers do when a page opens its body twice, writes head
 * elements between head and body, or body content inside <head>; such a page gets one body
 * that holds its content again.
 */
import { parseHTML } from 'linkedom';
import { TEXT_NODE, isElement, tagOf, type DomDocument, type DomElement, type DomNode } from './dom.js';

/** Elements that stay in <head> when a broken page's body is rebuilt. */
const HEAD_ONLY = new Set(['title', 'meta', 'link', 'style', 'script', 'base', 'noscript', 'template']);

/** Elements whose text starts a block of its own: white space beside their tags is no text of the page. */
const BLOCK_TAGS = new Set([
  'html', 'head', 'body', 'meta', 'link', 'title', 'script', 'style', 'noscript', 'div', 'p', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'section', 'article', 'header', 'footer',
  'nav', 'aside', 'main', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'form', 'blockquote', 'hr', 'br', 'option', 'select', 'svg', 'path', 'g',
]);
/** A tag, the white space after it, and the name of the tag that follows. */
const SPACE_BETWEEN_TAGS = /(<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>)\s+(?=<\/?([a-zA-Z][a-zA-Z0-9]*))/g;

/**
 * The page without the white space between tags where one of the two is a block's: a page's
 * indentation is about half of its text nodes, and linkedom's cost is per node. Pages with
 * <pre> or <textarea>, whose white space is text, are left as they are.
 */
export function withoutIndentation(html: string): string {
  if (/<(?:pre|textarea|plaintext|xmp)\b/i.test(html)) return html;
  return html.replace(SPACE_BETWEEN_TAGS, (m, tag: string, before: string, after: string) => (BLOCK_TAGS.has(before.toLowerCase()) || BLOCK_TAGS.has(after.toLowerCase()) ? tag : m));
}

/** Parse a page; its body holds the page's content even when the markup misplaces it. */
export function parsePage(html: string): DomDocument {
  let { document } = parseHTML(withoutIndentation(html)) as unknown as { document: DomDocument };
  // a fragment ("<p>…</p>", text, nothing): linkedom makes its first element the root, or has
  // none; in an <html> of its own it is a page
  if (document.documentElement?.tagName !== 'HTML') document = (parseHTML(`<html><head></head><body>${html}</body></html>`) as unknown as { document: DomDocument }).document;
  repairBody(document);
  return document;
}

/**
 * A page whose <html> does not hold exactly <head> (of head elements) then <body> gets one
 * body holding every node that browsers would put there — the head's content elements, every
 * body's children, the elements and text between — right after the head (linkedom's
 * `document.body` is the element after the head, or a new empty one).
 */
export function repairBody(document: DomDocument): void {
  const root = document.documentElement;
  if (!root || isPlainTree(root)) return;
  const body = document.createElement('body');
  const moved: DomNode[] = [];
  let head: DomElement | null = null;
  for (const child of childNodes(root)) {
    if (!isElement(child)) {
      if (child.nodeType === TEXT_NODE) moved.push(child);
      continue;
    }
    const tag = tagOf(child);
    if (tag === 'head' && !head) {
      head = child;
      for (const c of childNodes(child)) if (isElement(c) ? !HEAD_ONLY.has(tagOf(c)) : c.nodeType === TEXT_NODE && /\S/.test(c.textContent ?? '')) moved.push(c);
    } else if (tag === 'body') {
      moved.push(...childNodes(child));
      child.remove();
    } else if (!HEAD_ONLY.has(tag)) moved.push(child);
  }
  for (const n of moved) body.appendChild(n);
  if (!head) {
    // (no <head>: linkedom's document.head would make one in front, and then a new empty body after it)
    head = document.createElement('head');
    (root as DomElement & { prepend(n: DomNode): void }).prepend(head);
  }
  (head as DomElement & { after(n: DomNode): void }).after(body);
}

/** <html> holds <head> (of head elements only) then right after it <body>, and after that
 *  head elements only (scripts); no text outside them. */
function isPlainTree(root: DomElement): boolean {
  const tags: string[] = [];
  for (let c = root.firstChild; c; c = c.nextSibling) {
    if (!isElement(c)) {
      if (c.nodeType === TEXT_NODE && /\S/.test(c.textContent ?? '')) return false;
      continue;
    }
    const tag = tagOf(c);
    if (tag === 'head') {
      for (let h = c.firstChild; h; h = h.nextSibling) if (isElement(h) ? !HEAD_ONLY.has(tagOf(h)) : h.nodeType === TEXT_NODE && /\S/.test(h.textContent ?? '')) return false;
    }
    tags.push(tag);
  }
  return tags[0] === 'head' && tags[1] === 'body' && tags.slice(2).every((t) => HEAD_ONLY.has(t));
}

function childNodes(n: DomNode): DomNode[] {
  const out: DomNode[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}
