import { describe, expect, it } from 'vitest';
import { authorNames } from '../../../src/html/metadata/authors.js';

describe('authorNames', () => {
  it('splits a byline into names without "By"', () => {
    expect(authorNames(['By Jane Roe, John Doe and Ann Lee'])).toEqual(['Jane Roe', 'John Doe', 'Ann Lee']);
    expect(authorNames(['Por Lucía Ferrer'])).toEqual(['Lucía Ferrer']);
  });

  it('leaves out dates glued on, roles, addresses and repeats', () => {
    expect(authorNames(['Regan September 15, 2014'])).toEqual(['Regan']);
    expect(authorNames(['Jane Roe, Staff Writer'])).toEqual(['Jane Roe']);
    expect(authorNames(['https://www.facebook.com/someone', 'Jane Roe', 'jane roe'])).toEqual(['Jane Roe']);
    expect(authorNames(['Sakib Ali/Hindustan Times'])).toEqual(['Sakib Ali', 'Hindustan Times']);
  });

  it('cuts a date the markup glued on without a space, and leaves out a part that is only a date', () => {
    expect(authorNames(['Carrie ArnoldNovember 18, 2019'])).toEqual(['Carrie Arnold']);
    expect(authorNames(['Jeff FoustMonday, November 18, 2019'])).toEqual(['Jeff Foust']);
    expect(authorNames(['April Ross, June 3'])).toEqual(['April Ross']);
    expect(authorNames(['Courier wire services Published 10:48 p.m.'])).toEqual(['Courier wire services']);
  });

  it('gives nothing for empty values', () => {
    expect(authorNames([null, undefined, '', 'By'])).toEqual([]);
  });
});
