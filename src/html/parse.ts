/**
 * parse: the page's HTML as a DOM (linkedom: a fast parser with no native code). linkedom
 * does not rebuild the tree the way browsers do when a page opens its body twice or writes
 * body content inside <head>; such a page gets a body that holds its content again.
 */
import { parseHTML } from 'linkedom';
import { TEXT_NODE, isElement, tagOf, type DomDocument, type DomElement, type DomNode } from './dom.js';

/** Elements that stay in <head> when a broken page's body is rebuilt. */
const HEAD_ONLY = new Set(['title', 'meta', 'link', 'style', 'script', 'base', 'noscript', 'template']);

/** Parse a page; its body holds the page's content even when the markup misplaces it. */
export function parsePage(html: string): DomDocument {
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  repairBody(document);
  return document;
}

/**
 * When the body holds less than a third of the page's text (markup that opens <body> twice,
 * or writes content in <head>), gather every node that browsers would put in the body — the
 * head's content elements, every body's children and the nodes between — into one body.
 */
export function repairBody(document: DomDocument): void {
  const root = document.documentElement;
  if (!root) return;
  // (reading the text of the whole page costs as much as parsing it: only a page whose tree
  // is not <head> of head elements then one <body> is looked at)
  if (isPlainTree(root)) return;
  // text outside the body: in other children of <html> (a second body, stray elements) and
  // in the head's content elements
  const bodyText = textLength(document.body);
  let outside = contentInHead(document.head);
  for (const c of childNodes(root)) if (isElement(c) && c !== document.body && tagOf(c) !== 'head' && !HEAD_ONLY.has(tagOf(c))) outside += textLength(c);
  if (outside < 200 || bodyText * 2 >= outside) return;
  const body = document.createElement('body');
  const moved: DomNode[] = [];
  for (const child of Array.from(childNodes(root))) {
    if (!isElement(child)) {
      moved.push(child);
      continue;
    }
    const tag = tagOf(child);
    if (tag === 'head') {
      for (const c of Array.from(childNodes(child))) if (!isElement(c) || !HEAD_ONLY.has(tagOf(c))) moved.push(c);
    } else if (tag === 'body') {
      moved.push(...Array.from(childNodes(child)));
      child.remove();
    } else moved.push(child);
  }
  for (const n of moved) body.appendChild(n);
  root.appendChild(body);
}

/** <html> holds <head> (of head elements only, white space aside) and one <body>, nothing else with text. */
function isPlainTree(root: DomElement): boolean {
  let bodies = 0;
  for (let c = root.firstChild; c; c = c.nextSibling) {
    if (!isElement(c)) {
      if (c.nodeType === TEXT_NODE && /\S/.test(c.textContent ?? '')) return false;
      continue;
    }
    const tag = tagOf(c);
    if (tag === 'body') bodies++;
    else if (tag === 'head') {
      for (let h = c.firstChild; h; h = h.nextSibling) if (isElement(h) ? !HEAD_ONLY.has(tagOf(h)) : h.nodeType === TEXT_NODE && /\S/.test(h.textContent ?? '')) return false;
    } else if (!HEAD_ONLY.has(tag)) return false;
  }
  return bodies === 1;
}

function childNodes(n: DomNode): DomNode[] {
  const out: DomNode[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

const textLength = (e: DomElement | null): number => (e ? (e.textContent ?? '').replace(/\s+/g, '').length : 0);

/** Text in <head> outside the elements that belong there. */
function contentInHead(head: DomElement | null): number {
  if (!head) return 0;
  let n = 0;
  for (const c of childNodes(head)) if (isElement(c) && !HEAD_ONLY.has(tagOf(c))) n += textLength(c);
  return n;
}
