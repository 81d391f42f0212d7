/**
 * The little of the DOM that the HTML path reads, as structural types: the project compiles
 * without the browser's DOM library (its globals would leak into every other module), and
 * linkedom's documents satisfy these.
 */

/** Node types the walkers tell apart (the DOM's numbers). */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** A node of a parsed page. */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly parentNode: DomNode | null;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  textContent: string | null;
}

/** A text node. */
export interface DomText extends DomNode {
  readonly data: string;
}

/** An element. */
export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly children: ArrayLike<DomElement>;
  readonly parentElement: DomElement | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
  appendChild(node: DomNode): DomNode;
  remove(): void;
}

/** A parsed page. */
export interface DomDocument {
  readonly documentElement: DomElement;
  readonly body: DomElement | null;
  readonly head: DomElement | null;
  createElement(tag: string): DomElement;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
}

/** True for an element node. */
export const isElement = (n: DomNode): n is DomElement => n.nodeType === ELEMENT_NODE;

/** The lower-case tag name of an element. */
export const tagOf = (e: DomElement): string => e.tagName.toLowerCase();

/** Text with white space folded as a browser renders it (runs of spaces, tabs, line breaks
 *  and no-break spaces are one space), trimmed. */
export const foldSpace = (s: string): string => s.replace(/\s+/g, ' ').trim();
