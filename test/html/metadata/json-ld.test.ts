import { describe, expect, it } from 'vitest';
import { cleanJson, findArticleNode, ldNames, ldNodes, ldText, ldTypes, parseJsonLd } from '../../../src/html/metadata/json-ld.js';

describe('parseJsonLd', () => {
  it('reads valid JSON as it is', () => {
    expect(parseJsonLd('{"@type":"NewsArticle","headline":"A"}')).toEqual({ '@type': 'NewsArticle', headline: 'A' });
  });

  it('mends the faults pages write: comments, CDATA and HTML comment wrappers, trailing commas, raw line breaks in strings', () => {
    const block = `<!--
      { "@type": "NewsArticle", // a template comment
        /* a block comment */ "headline": "Line one
line two", "keywords": ["a", "b",], }
    -->`;
    expect(parseJsonLd(block)).toEqual({ '@type': 'NewsArticle', headline: 'Line one\nline two', keywords: ['a', 'b'] });
    expect(parseJsonLd('//<![CDATA[\n{"headline":"B"};\n//]]>')).toEqual({ headline: 'B' });
  });

  it('reads two objects written one after the other as a list', () => {
    expect(parseJsonLd('{"@type":"WebSite"} {"@type":"NewsArticle"}')).toEqual([{ '@type': 'WebSite' }, { '@type': 'NewsArticle' }]);
  });

  it('gives null for what cannot be mended', () => {
    expect(parseJsonLd('{"headline": "unterminated')).toBeNull();
    expect(parseJsonLd('')).toBeNull();
  });

  it('does not touch // or commas inside strings', () => {
    expect(cleanJson('{"url": "https://a.example/x", "t": "a,}"}')).toBe('{"url": "https://a.example/x", "t": "a,}"}');
  });
});

describe('walking JSON-LD', () => {
  const graph = parseJsonLd(JSON.stringify({
    '@context': 'https://schema.org',
    '@graph': [{ '@type': 'WebPage', name: 'Page' }, { '@type': ['Thing', 'schema:NewsArticle'], headline: 'H', author: [{ '@type': 'Person', name: 'Ann Lee' }, 'Bo Chan'] }],
  }));

  it('finds the article object inside @graph, by a type given as a list or a prefixed name', () => {
    const nodes = ldNodes(graph);
    const article = findArticleNode(nodes)!;
    expect(ldTypes(article)).toContain('NewsArticle');
    expect(ldText(article.headline)).toBe('H');
    expect(ldNames(article.author)).toEqual(['Ann Lee', 'Bo Chan']);
  });

  it('falls back to a web page object when no article is there', () => {
    expect(ldText(findArticleNode(ldNodes({ '@type': 'WebPage', name: 'P' }))?.name)).toBe('P');
    expect(findArticleNode(ldNodes({ '@type': 'Organization' }))).toBeNull();
  });

  it('reads an image as its url, a list as its first value', () => {
    expect(ldText({ '@type': 'ImageObject', url: 'https://a.example/i.jpg' }, 'url')).toBe('https://a.example/i.jpg');
    expect(ldText(['', 'second'])).toBe('second');
  });
});
