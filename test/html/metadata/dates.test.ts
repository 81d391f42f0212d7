import { describe, expect, it } from 'vitest';
import { isoDate, urlDate } from '../../../src/html/metadata/dates.js';

describe('isoDate', () => {
  it('gives ISO 8601 with the zone the page writes', () => {
    expect(isoDate('2019-11-19T10:48:00Z')).toBe('2019-11-19T10:48:00Z');
    expect(isoDate('2019-11-19T10:48:00.000+0100')).toBe('2019-11-19T10:48:00+01:00');
    expect(isoDate('2019-11-19 10:48')).toBe('2019-11-19T10:48:00');
    expect(isoDate('2019-11-19')).toBe('2019-11-19');
    expect(isoDate('20191119')).toBe('2019-11-19');
  });

  it('reads dates written with month names, and RFC 2822', () => {
    expect(isoDate('November 19, 2019')).toBe('2019-11-19');
    expect(isoDate('Nov. 19, 2019 4:05 PM')).toBe('2019-11-19T16:05:00');
    expect(isoDate('19 November 2019')).toBe('2019-11-19');
    expect(isoDate('Tue, 19 Nov 2019 10:48:00 +0000')).toBe('2019-11-19T10:48:00+00:00');
    expect(isoDate('Tue, 19 Nov 2019 10:48:00 GMT')).toBe('2019-11-19T10:48:00Z');
  });

  it('refuses placeholders, impossible days and what is no date', () => {
    for (const bad of ['0001-01-01T00:00:00Z', '2019-02-30', '2019-13-01', 'yesterday', '', null, undefined, '1899-12-31']) expect(isoDate(bad), String(bad)).toBeNull();
    expect(isoDate('2020-02-29')).toBe('2020-02-29');
    expect(isoDate('2100-01-01')).toBe('2100-01-01');
  });
});

describe('urlDate', () => {
  it('reads the day an article\'s address files it under', () => {
    expect(urlDate('https://paper.example/story/news/2019/11/19/bus-routes/123/')).toBe('2019-11-19');
    expect(urlDate('https://paper.example/statements/2019/nov/18/jane-roe/')).toBe('2019-11-18');
    expect(urlDate('https://paper.example/2019-11-20/bus-routes')).toBe('2019-11-20');
  });

  it('gives null for an address without a real day', () => {
    for (const u of ['https://paper.example/news/12345', 'https://paper.example/2019/13/40/x', 'https://paper.example/a?d=2019/11/19', null]) expect(urlDate(u), String(u)).toBeNull();
  });
});
