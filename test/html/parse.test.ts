import { describe, expect, it } from 'vitest';
import { parsePage, withoutIndentation } from '../../src/html/parse.js';

const bodyText = (html: string) => (parsePage(html).body?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('parsePage', () => {
  it('leaves a well-formed page as it is', () => {
    const doc = parsePage('<html><head><title>T</title></head><body><p>Hello there.</p></body></html>');
    expect(bodyText('<html><head><title>T</title></head><body><p>Hello there.</p></body></html>')).toBe('Hello there.');
    expect(doc.head?.querySelector('title')?.textContent).toBe('T');
  });

  it('gives a page that opens its body twice one body with all its text', () => {
    const html = '<html><head><title>T</title></head><body></body><script>x()</script><body><p>The story is here.</p></body></html>';
    expect(bodyText(html)).toBe('The story is here.');
  });

  it('finds the body when head elements stand between head and body (linkedom reads the element after <head>)', () => {
    const html = '<html><head><title>T</title></head><meta name="a" content="b"><style>p{}</style><body><p>Story text.</p></body></html>';
    expect(bodyText(html)).toBe('Story text.');
  });

  it('gives a page with no <head> and body content among head elements a body', () => {
    const html = '<html><!-- old page --><title>T</title><meta name="k" content="v"><body><p>Old story text.</p></body></html>';
    expect(bodyText(html)).toBe('Old story text.');
  });
});

describe('parsePage on fragments', () => {
  it('reads a fragment, plain text or nothing as a page with a body', () => {
    expect(bodyText('<p>Just a paragraph.</p>')).toBe('Just a paragraph.');
    expect(bodyText('<!doctype html><p>x</p>')).toBe('x');
    expect(bodyText('plain words')).toBe('plain words');
    expect(bodyText('')).toBe('');
  });
});

describe('withoutIndentation', () => {
  it('drops the white space beside block tags and keeps the space between inline elements', () => {
    expect(withoutIndentation('<div>\n  <p>One <b>two</b> <i>three</i></p>\n  <p>Four</p>\n</div>')).toBe('<div><p>One <b>two</b> <i>three</i></p><p>Four</p></div>');
  });

  it('leaves a page with <pre> as it is, and gives the same text as the page with its indentation', () => {
    const pre = '<div>\n <pre>a  <b>b</b>\n  c</pre>\n</div>';
    expect(withoutIndentation(pre)).toBe(pre);
    const page = '<html><head></head><body>\n  <article>\n    <p>Buses <a href="/a">reach</a> <em>the</em> suburbs.</p>\n  </article>\n</body></html>';
    expect(parsePage(withoutIndentation(page)).body!.textContent!.trim()).toBe('Buses reach the suburbs.');
  });
});
