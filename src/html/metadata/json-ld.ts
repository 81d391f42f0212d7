/**
 * json-ld: the schema.org objects of a page's <script type="application/ld+json"> blocks.
 * Pages write them carelessly — comments, CDATA wrappers, trailing commas, raw line breaks
 * inside strings, two objects one after the other — so a block that JSON.parse refuses is
 * cleaned and read again. Objects are walked through arrays, @graph and nested values.
 */

/** A JSON-LD object (schema.org node). */
export type LdNode = { [key: string]: unknown };

/** Parse one JSON-LD block; null when even the cleaned text is no JSON. */
export function parseJsonLd(source: string): unknown {
  const text = source.trim();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    // fall through to the lenient reading
  }
  const cleaned = cleanJson(text);
  try {
    return JSON.parse(cleaned);
  } catch {
    // two or more objects one after the other: read them as a list
    try {
      return JSON.parse(`[${cleaned.replace(/\}\s*\{/g, '},{')}]`);
    } catch {
      return null;
    }
  }
}

/**
 * The usual faults of hand-written JSON-LD mended: an HTML comment or CDATA wrapper, // and
 * block comments outside strings, raw control characters inside strings, commas before a
 * closing bracket, a semicolon at the end.
 */
export function cleanJson(text: string): string {
  const s = text.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '').replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '').trim().replace(/;\s*$/, '');
  let out = '';
  let inString = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (inString) {
      if (c === '\\') {
        out += c + (s[i + 1] ?? '');
        i++;
      } else if (c === '"') {
        inString = false;
        out += c;
      } else if (c === '\n' || c === '\r' || c === '\t') out += c === '\t' ? '\\t' : '\\n';
      else out += c;
      continue;
    }
    if (c === '"') {
      inString = true;
      out += c;
    } else if (c === ',' && /^\s*[}\]]/.test(s.slice(i + 1, i + 64))) {
      // a comma before a closing bracket: left out
    } else if (c === '/' && s[i + 1] === '/') {
      while (i < s.length && s[i] !== '\n') i++;
    } else if (c === '/' && s[i + 1] === '*') {
      const end = s.indexOf('*/', i + 2);
      i = end < 0 ? s.length : end + 1;
    } else out += c;
  }
  return out;
}

/** Every object of a parsed block: itself, the items of arrays and @graph, nested objects. */
export function ldNodes(value: unknown, out: LdNode[] = [], depth = 0): LdNode[] {
  if (depth > 12 || value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    for (const v of value) ldNodes(v, out, depth + 1);
    return out;
  }
  const node = value as LdNode;
  out.push(node);
  for (const [key, v] of Object.entries(node)) if (key !== '@context' && typeof v === 'object') ldNodes(v, out, depth + 1);
  return out;
}

/** The node's @type names ("NewsArticle"; a list is allowed; "schema:NewsArticle" → "NewsArticle"). */
export function ldTypes(node: LdNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:#]/, ''));
}

/** Types of an article, best first: a news article, then other articles and posts. */
const ARTICLE_TYPE = /^(?:(?:News|Reportage|Analysis|Opinion|Review|Background|Satirical|Advertiser|Scholarly|Tech)?Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting|Report|Posting)$/;
const WEB_PAGE_TYPE = /^(?:WebPage|ItemPage|AboutPage|CollectionPage)$/;

/** The page's article object: the first of an article type, else the first web page; null when none. */
export function findArticleNode(nodes: readonly LdNode[]): LdNode | null {
  return nodes.find((n) => ldTypes(n).some((t) => ARTICLE_TYPE.test(t))) ?? nodes.find((n) => ldTypes(n).some((t) => WEB_PAGE_TYPE.test(t))) ?? null;
}

/** A value as text: a string, a number, or the name / @value / url of an object; the first of a list. */
export function ldText(value: unknown, key: 'name' | 'url' = 'name'): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    for (const v of value) {
      const t = ldText(v, key);
      if (t) return t;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    const o = value as LdNode;
    return ldText(o[key] ?? o['@value'] ?? (key === 'name' ? null : o['@id']), key);
  }
  return null;
}

/** The names of a value that lists people or organisations (a string, an object with a name, or a list). */
export function ldNames(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) => ldText(v, 'name')).filter((x): x is string => x !== null);
}
