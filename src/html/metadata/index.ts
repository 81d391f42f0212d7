/**
 * metadata: what a page says about its article, from the sources news sites write — JSON-LD
 * (schema.org NewsArticle and kin, found through @graph), Open Graph and `article:` meta tags,
 * other meta tags (author, parsely, Dublin Core), microdata (itemprop) and <time> elements —
 * the first source that gives a valid value winning, in that order (for the publication date,
 * the day in the article's address comes last). Read before Readability,
 * which changes the document.
 */
import type { DomDocument, DomElement } from '../dom.js';
import { foldSpace } from '../dom.js';
import { findArticleNode, ldNames, ldNodes, ldText, parseJsonLd, type LdNode } from './json-ld.js';
import { isoDate, urlDate } from './dates.js';
import { authorNames } from './authors.js';
import { stripSiteName } from '../../stages/layout/line-shapes.js';
import type { PageMetadata } from '../schema.js';

/** The page's <meta> elements (one walk of the tree: linkedom walks it for each query). */
function metaElements(document: DomDocument): DomElement[] {
  const list = document.getElementsByTagName('meta');
  const out: DomElement[] = [];
  for (let i = 0; i < list.length; i++) out.push(list[i]!);
  return out;
}

/** Meta tags by lower-case name or property: the first content of each. */
function metaTags(metas: readonly DomElement[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i]!;
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? m.getAttribute('http-equiv'))?.trim().toLowerCase();
    const content = m.getAttribute('content');
    if (key && content && content.trim() && !out.has(key)) out.set(key, content.trim());
  }
  return out;
}

/** Every meta content for a key (article:author may be written several times). */
function metaAll(metas: readonly DomElement[], key: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i]!;
    if ((m.getAttribute('property') ?? m.getAttribute('name'))?.trim().toLowerCase() === key) {
      const c = m.getAttribute('content')?.trim();
      if (c) out.push(c);
    }
  }
  return out;
}

/** The JSON-LD objects of the page, every block parsed leniently. */
function jsonLdNodes(document: DomDocument): LdNode[] {
  const nodes: LdNode[] = [];
  const scripts = document.querySelectorAll('script[type="application/ld+json"], script[type="application/json+ld"]');
  for (let i = 0; i < scripts.length; i++) ldNodes(parseJsonLd(scripts[i]!.textContent ?? ''), nodes);
  return nodes;
}

/** Microdata values by itemprop: the first of each (content, datetime, href or src, else the text). */
function microdata(document: DomDocument, props: readonly string[]): Map<string, { value: string; element: DomElement }> {
  const out = new Map<string, { value: string; element: DomElement }>();
  const els = document.querySelectorAll('[itemprop]');
  for (let i = 0; i < els.length; i++) {
    const e = els[i]!;
    for (const prop of (e.getAttribute('itemprop') ?? '').split(/\s+/)) {
      if (!props.includes(prop) || out.has(prop)) continue;
      const value = e.getAttribute('content') ?? e.getAttribute('datetime') ?? (prop === 'image' ? e.getAttribute('src') ?? e.getAttribute('href') : null) ?? foldSpace(e.textContent ?? '');
      if (value) out.set(prop, { value, element: e });
    }
  }
  return out;
}

/** An address made absolute against the page's (null when it is no http(s) address). */
export function absoluteUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  try {
    const u = base ? new URL(href.trim(), base) : new URL(href.trim());
    return /^https?:$/.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}

/** "en_US" → "en-US"; null for anything that is no language tag. */
function languageTag(value: string | null | undefined): string | null {
  const t = (value ?? '').trim().replace(/_/g, '-').split(/[,;\s]/)[0] ?? '';
  return /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(t) ? t : null;
}

const first = <T>(...values: Array<T | null | undefined>): T | null => values.find((v) => v !== null && v !== undefined && v !== '') ?? null;
const firstDate = (...values: Array<string | null | undefined>): string | null => first(...values.map((v) => isoDate(v)));

/** Read what a page says about its article. */
export function readMetadata(document: DomDocument, url: string | null = null): PageMetadata {
  const metas = metaElements(document);
  const meta = metaTags(metas);
  const nodes = jsonLdNodes(document);
  const article = findArticleNode(nodes);
  // (a reference {"@id": …} is a node too: the definition is the first node with more than its id)
  const byId = new Map<string, LdNode>();
  for (const n of nodes) if (typeof n['@id'] === 'string' && Object.keys(n).length > 1 && !byId.has(n['@id'])) byId.set(n['@id'], n);
  /** an author or publisher given by reference ({"@id": "#jane"}) is read where it is defined */
  const resolve = (v: unknown): unknown => (Array.isArray(v) ? v.map(resolve) : v && typeof v === 'object' && !('name' in v) && typeof (v as LdNode)['@id'] === 'string' ? byId.get((v as LdNode)['@id'] as string) ?? v : v);
  const ld = (key: string): unknown => (article ? resolve(article[key]) : undefined);
  const md = microdata(document, ['headline', 'datePublished', 'dateModified', 'author', 'articleSection', 'image', 'publisher', 'inLanguage']);
  const time = timeElement(document);

  const canonicalHref = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const canonicalUrl = first(absoluteUrl(canonicalHref, url), absoluteUrl(meta.get('og:url'), url));
  const base = url ?? canonicalUrl;

  const ldAuthors = ldNames(ld('author'));
  const metaAuthors = ['article:author', 'author', 'parsely-author', 'sailthru.author', 'dc.creator'].flatMap((key) => metaAll(metas, key));
  const mdAuthor = md.get('author');
  const mdAuthorName = mdAuthor ? foldSpace(mdAuthor.element.querySelector('[itemprop="name"]')?.textContent ?? mdAuthor.value) : null;
  const authors = first(...[ldAuthors, metaAuthors, mdAuthorName ? [mdAuthorName] : []].map((list) => {
    const names = authorNames(list);
    return names.length ? names : null;
  })) ?? [];

  // "Title | Site", "Title - The Washington Post": the browser tab's title names the site too
  const titleTag = stripSiteName(foldSpace(document.querySelector('title')?.textContent ?? ''));
  const siteName = clean(meta.get('og:site_name'));
  const ogTitle = clean(meta.get('og:title'));
  const h1 = foldSpace(document.querySelector('h1')?.textContent ?? '');
  return {
    headline: first(clean(ldText(ld('headline'))), ogTitle && siteName && ogTitle.endsWith(siteName) ? stripSiteName(ogTitle) : ogTitle, clean(meta.get('twitter:title')), clean(md.get('headline')?.value), clean(h1), clean(titleTag)),
    published: firstDate(ldText(ld('datePublished')), meta.get('article:published_time'), meta.get('og:published_time'), meta.get('datepublished'), meta.get('pubdate'), meta.get('publishdate'), meta.get('publish-date'),
      meta.get('parsely-pub-date'), meta.get('sailthru.date'), meta.get('dc.date'), meta.get('dc.date.issued'), meta.get('dcterms.created'), meta.get('date'), md.get('datePublished')?.value, ldText(ld('dateCreated')), time) ?? urlDate(url ?? canonicalUrl),
    modified: firstDate(ldText(ld('dateModified')), meta.get('article:modified_time'), meta.get('og:updated_time'), meta.get('datemodified'), meta.get('dcterms.modified'), md.get('dateModified')?.value),
    authors,
    publisher: first(clean(ldText(ld('publisher'))), siteName, clean(meta.get('application-name')), clean(md.get('publisher')?.value)),
    section: first(clean(ldText(ld('articleSection'))), clean(meta.get('article:section')), clean(meta.get('section')), clean(meta.get('parsely-section')), clean(md.get('articleSection')?.value)),
    url: first(absoluteUrl(url, null), canonicalUrl),
    canonicalUrl,
    language: first(languageTag(document.documentElement?.getAttribute('lang')), languageTag(meta.get('content-language')), languageTag(meta.get('og:locale')), languageTag(ldText(ld('inLanguage'))), languageTag(md.get('inLanguage')?.value)),
    image: first(absoluteUrl(ldText(ld('image'), 'url'), base), absoluteUrl(meta.get('og:image'), base), absoluteUrl(meta.get('twitter:image'), base), absoluteUrl(md.get('image')?.value, base)),
    description: first(clean(ldText(ld('description'))), clean(meta.get('og:description')), clean(meta.get('description'))),
  };
}

/** A text value folded, with entities a page double-encoded decoded; null when empty. */
function clean(value: string | null | undefined): string | null {
  if (!value) return null;
  const t = foldSpace(value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#0?39;|&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
  return t || null;
}

/** The datetime of the page's publication <time>: one marked as such (pubdate, itemprop, a
 *  class word "published"), else the first <time datetime> of the page. */
function timeElement(document: DomDocument): string | null {
  const times = document.querySelectorAll('time[datetime]');
  let fallback: string | null = null;
  for (let i = 0; i < times.length; i++) {
    const t = times[i]!;
    const dt = t.getAttribute('datetime');
    if (!isoDate(dt)) continue;
    if (t.hasAttribute('pubdate') || /publish|posted|created/i.test(`${t.getAttribute('class') ?? ''} ${t.getAttribute('itemprop') ?? ''}`)) return dt;
    fallback ??= dt;
  }
  return fallback;
}
