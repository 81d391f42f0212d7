import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/html/parse.js';
import { hostOf, readBlocks } from '../../src/html/blocks.js';

const blocksOf = (body: string, url?: string) => readBlocks(parsePage(`<html><head><title>t</title></head><body>${body}</body></html>`).body!, { url });

describe('readBlocks', () => {
  it('gives one block per paragraph, heading and list item, in order, with its elements', () => {
    const b = blocksOf('<div class="story"><h2>A heading here</h2><p>First <b>bold</b> paragraph.</p><ul><li>One item</li><li>Two items</li></ul></div>');
    expect(b.map((x) => x.text)).toEqual(['A heading here', 'First bold paragraph.', 'One item', 'Two items']);
    expect(b.map((x) => x.tag)).toEqual(['h2', 'p', 'li', 'li']);
    expect(b[1]!.path.map((f) => f.tag)).toEqual(['div', 'p']);
    expect(b[1]!.path[0]!.marks).toContain('story');
    expect(b[1]!.words).toBe(3);
    expect(b[1]!.strongChars).toBe(4);
  });

  it('folds white space, keeps <br> as a line break and leaves out scripts, styles, hidden elements and empty blocks', () => {
    const b = blocksOf('<p>  Line   one<br>line\n two </p><script>var x = 1;</script><style>p{}</style><p hidden>Hidden text</p><p>\u200b</p>');
    expect(b.map((x) => x.text)).toEqual(['Line one\nline two']);
  });

  it('reads a custom element inside a sentence as part of it (a footnote mark is no block)', () => {
    const b = blocksOf('<p>Rates rose<hl-note>1</hl-note> in May.</p>');
    expect(b.map((x) => x.text)).toEqual(['Rates rose1 in May.']);
  });

  it('counts link text, and the share of it that points to the page’s own site', () => {
    const [own, other, address] = blocksOf('<p><a href="/news/other-story">Another story on this site</a></p><p><a href="https://shop.example.org/x">Buy it at the shop</a></p><p><a href="https://docs.example.org/report">https://docs.example.org/report</a></p>', 'https://www.paper.example/news/a');
    expect(own!.linkChars).toBe(own!.text.length);
    expect(own!.internalLinkChars).toBe(own!.text.length);
    expect(other!.linkChars).toBe(other!.text.length);
    expect(other!.internalLinkChars).toBe(0);
    // an address written out as the link's text is a citation, not a teaser
    expect(address!.linkChars).toBe(0);
  });

  it('joins the cells of a table row into one block', () => {
    const b = blocksOf('<table><tr><td>Team</td><td>Points</td></tr><tr><td>Lions</td><td>12</td></tr></table>');
    expect(b.map((x) => x.text)).toEqual(['Team Points', 'Lions 12']);
  });

  it('walks a page nested thousands of elements deep without overflowing the stack', () => {
    const deep = '<div>'.repeat(5000) + '<p>Deep text here.</p>' + '</div>'.repeat(5000);
    expect(blocksOf(deep).map((x) => x.text)).toEqual(['Deep text here.']);
  });
});

describe('hostOf', () => {
  it('is the host without www., or null for a relative or missing address', () => {
    expect(hostOf('https://www.Paper.example/a?b=c')).toBe('paper.example');
    expect(hostOf('/relative/path')).toBeNull();
    expect(hostOf(null)).toBeNull();
  });
});
