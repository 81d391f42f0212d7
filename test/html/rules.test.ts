import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/html/parse.js';
import { readBlocks } from '../../src/html/blocks.js';
import { classifyBlocks, isDateLine, markParts } from '../../src/html/rules.js';

const PROSE = '<p>The council voted on Tuesday to expand the bus network, adding eleven routes that will reach the northern suburbs for the first time.</p><p>Officials said the first new buses would run in September, and that fares would stay the same for at least two years.</p><p>The plan was first proposed in 2019 but stalled during budget talks, according to minutes of the council meetings.</p>';

/** Each block's text with its verdict ('body' for the article's). */
function verdicts(body: string, url = 'https://paper.example/news/a') {
  const blocks = classifyBlocks(readBlocks(parsePage(`<html><head></head><body><article>${body}</article></body></html>`).body!, { url }), { url });
  return Object.fromEntries(blocks.map((b) => [b.text, b.reason ?? 'body']));
}

describe('block rules', () => {
  it('keeps the prose and takes out a figure caption and a credit', () => {
    const v = verdicts(`${PROSE}<figure><img src="a.jpg"><figcaption>Buses at the depot on Monday.</figcaption></figure><p class="photo-credit">Jane Roe/The Paper</p>`);
    expect(v['Buses at the depot on Monday.']).toBe('caption');
    expect(v['Jane Roe/The Paper']).toBe('caption');
    expect(Object.values(v).filter((r) => r === 'body')).toHaveLength(3);
  });

  it('takes out a caption by its picture box or its credit, but not the text of a card whose box higher up names a picture', () => {
    const v = verdicts(
      `${PROSE}<div class="inline-image"><p>The mayor opens the new depot on Monday morning in front of the staff.</p></div>` +
        `<p>The first map of the northern routes. (City/Transit Office)</p><p>Views of the depot, photos © The Paper, 2019</p>` +
        `<div class="card card-image"><div><ul><li>Route 12 will run every ten minutes from May.</li></ul></div></div>`,
    );
    expect(v['The mayor opens the new depot on Monday morning in front of the staff.']).toBe('caption');
    expect(v['The first map of the northern routes. (City/Transit Office)']).toBe('caption');
    expect(v['Views of the depot, photos © The Paper, 2019']).toBe('caption');
    expect(v['Route 12 will run every ten minutes from May.']).toBe('body');
  });

  it('takes out a related-links heading and the list of links after it, but not a list of the article', () => {
    const v = verdicts(`${PROSE}<h3>Read more</h3><ul><li><a href="/news/b">Fares frozen for another year</a></li><li><a href="/news/c">New depot opens in the east</a></li></ul><p>The changes need a final vote in May.</p><ul><li>Route 12 will run every ten minutes.</li></ul>`);
    expect(v['Read more']).toBe('related-links');
    expect(v['Fares frozen for another year']).toBe('related-links');
    expect(v['New depot opens in the east']).toBe('related-links');
    expect(v['The changes need a final vote in May.']).toBe('body');
    expect(v['Route 12 will run every ten minutes.']).toBe('body');
  });

  it('keeps a paragraph of links to other sites (a shopping list of deals is the article)', () => {
    const v = verdicts(`${PROSE}<ul><li><a href="https://shop.example.org/a">Get the kettle for $39.99</a></li></ul>`);
    expect(v['Get the kettle for $39.99']).toBe('body');
  });

  it('takes out bylines, date lines, newsletter and share boxes, and readers’ comments', () => {
    const v = verdicts(`<p class="byline">By Jane Roe and John Doe</p><p>Updated: 10:48 am EST, Tue, Nov 19, 2019</p>${PROSE}<div class="newsletter-box"><p>Get our morning briefing every day.</p></div><div class="share-bar"><p>Share this story</p></div><div id="comments"><p>I ride route 12 every day and it is always late, this will not fix anything at all.</p></div>`);
    expect(v['By Jane Roe and John Doe']).toBe('byline');
    expect(v['Updated: 10:48 am EST, Tue, Nov 19, 2019']).toBe('timestamp');
    expect(v['Get our morning briefing every day.']).toBe('newsletter');
    expect(v['Share this story']).toBe('share');
    expect(v['I ride route 12 every day and it is always late, this will not fix anything at all.']).toBe('comments');
  });

  it('takes out what a page prints at the story’s end: widget labels, its own address, calls to action, the author’s contact, notices', () => {
    const v = verdicts(
      `<p>Caption</p>${PROSE}<p>https://paper.example/news/buses-expand</p><p>More Great Paper Stories</p><ul><li><a href="/news/b">Fares frozen for another year</a></li></ul>` +
        `<p>Follow us on <a href="https://social.example/paper">Social</a> for more news about the city.</p><p>Dana Roe covers transport. Follow her on Twitter @danaroe.</p>` +
        `<p>Write to Dana Roe at dana.roe@paper.example</p><p>Citation: Buses expand (2019, May 2) retrieved 3 May 2019 from https://paper.example/news/a</p>` +
        `<p>http://archive.example.org/council/minutes-2019</p><p>Loading content ...</p>`,
    );
    expect(v['Caption']).toBe('widget-label');
    expect(v['Loading content ...']).toBe('widget-label');
    expect(v['https://paper.example/news/buses-expand']).toBe('address');
    expect(v['More Great Paper Stories']).toBe('related-links');
    expect(v['Fares frozen for another year']).toBe('related-links');
    expect(v['Follow us on Social for more news about the city.']).toBe('promo');
    expect(v['Dana Roe covers transport. Follow her on Twitter @danaroe.']).toBe('author-contact');
    expect(v['Write to Dana Roe at dana.roe@paper.example']).toBe('promo');
    expect(v['Citation: Buses expand (2019, May 2) retrieved 3 May 2019 from https://paper.example/news/a']).toBe('notice');
    // (another site's address is a source the story cites)
    expect(v['http://archive.example.org/council/minutes-2019']).toBe('body');
    expect(Object.values(v).filter((r) => r === 'body')).toHaveLength(4);
  });

  it('takes out a post’s meta line, a comment-moderation note, a counter, a breadcrumb, an appeal and an affiliate note', () => {
    const v = verdicts(
      `<nav class="breadcrumb"><a href="/">Home</a><a href="/news/">News</a>Buses reach the suburbs</nav><p>12/05/2019 - Posted by: Dana Roe - Category: Transport - Tags: buses</p><p>2.289</p>` +
        `<p>This post may contain affiliate and/or referral links.</p>${PROSE}<p>If you enjoyed this article, become a member of the Paper today.</p><p>Note: we are moderating all comments before they appear.</p>`,
    );
    expect(v['HomeNewsBuses reach the suburbs']).toBe('navigation');
    expect(v['12/05/2019 - Posted by: Dana Roe - Category: Transport - Tags: buses']).toBe('post-meta');
    expect(v['2.289']).toBe('counter');
    expect(v['This post may contain affiliate and/or referral links.']).toBe('advertisement');
    expect(v['If you enjoyed this article, become a member of the Paper today.']).toBe('promo');
    expect(v['Note: we are moderating all comments before they appear.']).toBe('comments');
    expect(Object.values(v).filter((r) => r === 'body')).toHaveLength(3);
  });

  it('keeps a sentence of the story that opens like a call to action but points nowhere', () => {
    const v = verdicts(`${PROSE}<p>Watch the buses closely next year, the mayor told reporters, because the routes may change again.</p>`);
    expect(v['Watch the buses closely next year, the mayor told reporters, because the routes may change again.']).toBe('body');
  });

  it('reads class words only on elements that do not hold most of the article', () => {
    // the article's own wrapper has the class word "ad" (a site's naming), its paragraphs stay
    const v = verdicts(`<div class="m-ad-free-body">${PROSE}</div>`);
    expect(Object.values(v).every((r) => r === 'body')).toBe(true);
  });

  it('puts the blocks of the article’s <header> above the body', () => {
    const v = verdicts(`<header><p>A summary of the story in one sentence, above the body.</p></header>${PROSE}`);
    expect(v['A summary of the story in one sentence, above the body.']).toBe('front');
  });
});

describe('isDateLine', () => {
  it('is true for a line that is a date or time with labels', () => {
    for (const t of ['Published 11:11 PM EST Nov 19, 2019', 'Nov. 20, 2019, 9:28 AM UTC', '18 NOV 2019', 'segunda-feira, 22 de outubro de 2010 às 20:13', 'Posted: 2019-11-19']) expect(isDateLine(t), t).toBe(true);
  });
  it('is false for prose that names a date', () => {
    for (const t of ['The council met on Nov. 19 to vote on the budget for next year.', 'Turnout was 45 percent', 'Breaking news']) expect(isDateLine(t), t).toBe(false);
  });
});

describe('markParts', () => {
  it('splits class names at separators and capitals', () => {
    expect(markParts(' articleBylineContainer wp-caption-text ')).toEqual(['article', 'byline', 'container', 'wp', 'caption', 'text']);
  });
});
