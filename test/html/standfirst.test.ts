import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/html/parse.js';
import { findStandfirst } from '../../src/html/standfirst.js';

const page = (body: string) => parsePage(`<html><head></head><body>${body}</body></html>`);
const STORY = '<p>The council voted on Tuesday to expand the bus network, adding eleven routes to the northern suburbs.</p>';

describe('findStandfirst', () => {
  it('finds the sentence marked as the standfirst under the headline', () => {
    const doc = page(`<article><header><h1>Buses reach the suburbs</h1><p class="article-dek">Eleven new routes will run from September, the council decided.</p></header>${STORY}</article>`);
    expect(findStandfirst(doc)).toBe('Eleven new routes will run from September, the council decided.');
  });

  it('leaves out a summary far from the headline, a short label, a box of links and a date line', () => {
    expect(findStandfirst(page(`<div><div><div><h1>Buses reach the suburbs</h1></div></div></div>${STORY}<aside><div><div><p class="summary">Another story of the day, told in a sentence of its own here.</p></div></div></aside>`))).toBeNull();
    expect(findStandfirst(page(`<header><h1>Buses reach the suburbs</h1><p class="subtitle">Transport</p></header>${STORY}`))).toBeNull();
    expect(findStandfirst(page(`<header><h1>Buses reach the suburbs</h1><ul class="summary"><li><a href="/a">Fares frozen for another year</a></li><li><a href="/b">New depot opens in the east</a></li></ul></header>${STORY}`))).toBeNull();
    expect(findStandfirst(page(`<header><h1>Buses reach the suburbs</h1><p class="subtitle">Jane Roe Nov. 20, 2019 Updated: Nov. 20, 2019 1:35 a.m.</p></header>${STORY}`))).toBeNull();
  });

  it('finds none on a page without a headline element', () => {
    expect(findStandfirst(page(`<p class="dek">Eleven new routes will run from September, the council decided.</p>${STORY}`))).toBeNull();
  });
});
