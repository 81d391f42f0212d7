import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/html/parse.js';
import { absoluteUrl, readMetadata } from '../../../src/html/metadata/index.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../../fixtures/html', name), 'utf8');
const metadataOf = (html: string, url: string | null = null) => readMetadata(parsePage(html), url);

describe('readMetadata', () => {
  it('reads a JSON-LD article inside @graph, its authors given by @id reference, and Open Graph', () => {
    const m = metadataOf(fixture('wire-on-local-site.html'), 'https://courier.example/news/2024/03/flood-barrier-plan-wins-approval/?utm=x');
    expect(m.headline).toBe('Flood barrier plan wins state approval');
    expect(m.published).toBe('2024-03-12T09:30:00-05:00');
    expect(m.modified).toBe('2024-03-12T11:05:00-05:00');
    expect(m.authors).toEqual(['Dana Whitfield', 'Marco Ellery', 'Associated Press']);
    expect(m.publisher).toBe('Millbrook Courier');
    expect(m.section).toBe('State News');
    expect(m.url).toBe('https://courier.example/news/2024/03/flood-barrier-plan-wins-approval/?utm=x');
    // relative addresses are made absolute against the page's
    expect(m.canonicalUrl).toBe('https://courier.example/news/2024/03/flood-barrier-plan-wins-approval/');
    expect(m.image).toBe('https://courier.example/images/barrier.jpg');
    expect(m.language).toBe('en-US');
  });

  it('reads a malformed JSON-LD block leniently and refuses a placeholder date', () => {
    const m = metadataOf(fixture('paywalled.html'));
    expect(m.headline).toBe('Inside the quiet collapse of a regional airline');
    // "0001-01-01T00:00:00Z" is no date; nothing else on the page says when it was published
    expect(m.published).toBeNull();
    expect(m.modified).toBe('2024-05-02');
    expect(m.authors).toEqual(['Helen Park']);
    expect(m.section).toBe('Business');
    expect(m.description).toBe('How Skylane Regional ran out of cash in eighteen months.');
  });

  it('reads microdata and <time> on a page without JSON-LD (an AMP page)', () => {
    const m = metadataOf(fixture('amp-page.html'));
    expect(m.headline).toBe('El puerto de Valmar abre una nueva terminal');
    expect(m.published).toBe('2024-06-03T10:00:00+02:00');
    expect(m.authors).toEqual(['Lucía Ferrer']);
    expect(m.canonicalUrl).toBe('https://noticias.example/economia/puerto-valmar-terminal.html');
    expect(m.url).toBe(m.canonicalUrl);
    expect(m.language).toBe('es');
  });

  it('reads meta tags: author, article:published_time', () => {
    const m = metadataOf(fixture('live-blog.html'));
    expect(m.headline).toBe('Harbour city marathon: live updates');
    expect(m.published).toBe('2024-04-21T07:00:00+01:00');
    expect(m.authors).toEqual(['Priya Raman']);
  });

  it('falls back to <h1>, then to <title> without the site name, and to the first <time>', () => {
    expect(metadataOf('<html><head><title>Rain floods the valley | Valley News</title></head><body><p>x</p></body></html>').headline).toBe('Rain floods the valley');
    const m = metadataOf('<html><head><title>T | Site</title></head><body><h1>The real headline</h1><time datetime="2023-01-05">Jan 5</time></body></html>');
    expect(m.headline).toBe('The real headline');
    expect(m.published).toBe('2023-01-05');
  });

  it('gives nulls and an empty author list for a page that says nothing', () => {
    const m = metadataOf('<html><head></head><body></body></html>');
    expect(m).toEqual({ headline: null, published: null, modified: null, authors: [], publisher: null, section: null, url: null, canonicalUrl: null, language: null, image: null, description: null });
  });
});

describe('absoluteUrl', () => {
  it('resolves against the page and keeps only http(s) addresses', () => {
    expect(absoluteUrl('/a/b.jpg', 'https://x.example/news/1')).toBe('https://x.example/a/b.jpg');
    expect(absoluteUrl('javascript:void(0)', 'https://x.example/')).toBeNull();
    expect(absoluteUrl('/relative', null)).toBeNull();
  });
});
