import { describe, expect, it } from 'vitest';
import { belowHeadMatter, findStandfirst, isHeadLine } from '../../../src/stages/layout/page-head.js';

const SUMMARY = 'The city is adding four stations and a link to the airport, the biggest change to its metro since the network opened.';
const PROSE = ['The Almaty metro opened four new stations on Tuesday, extending its third line to the airport.', 'Trains will run every eight minutes at peak hours, the operator said in a statement.'];

describe('isHeadLine', () => {
  it('is a byline, a date line, a name, a label or furniture, not a sentence', () => {
    for (const l of ['By Dana Seitova', 'Dana Seitova', 'Feb 24, 2026 3:44 p.m.', 'Updated', 'Senior Writer, Central Asia', 'By']) expect(isHeadLine(l, null), l).toBe(true);
    expect(isHeadLine('Share', 'share')).toBe(true);
    expect(isHeadLine(PROSE[0]!, null)).toBe(false);
  });
});

describe('belowHeadMatter', () => {
  it('starts the body at the first prose under the last byline or date line, on a page', () => {
    const lines = [SUMMARY, 'By experts and staff', 'Updated', 'Feb 24, 2026 3:44 p.m.', 'By', 'Dana Seitova', 'Share', ...PROSE];
    const reasons = lines.map((l) => (l === 'Share' ? 'share' : null));
    expect(belowHeadMatter(lines, reasons, 0, lines.length - 1, -1, false)).toBe(7);
    // plain copy keeps its "Name" / "PLACE 1996-08-30" lines in the story
    expect(belowHeadMatter(lines, reasons, 0, lines.length - 1, -1, true)).toBe(0);
  });

  it('starts the body at a dateline under the standfirst and head lines, in plain copy too', () => {
    const lines = [SUMMARY, 'Dana Seitova |', '24.02.2026 - Update : 24.02.2026', 'ALMATY', ...PROSE];
    expect(belowHeadMatter(lines, lines.map(() => null), 0, lines.length - 1, 3, true)).toBe(3);
  });

  it('keeps the window when a second sentence stands before the byline (the first is the lede, not a standfirst)', () => {
    const lines = [PROSE[0]!, SUMMARY, 'By Dana Seitova', PROSE[1]!];
    expect(belowHeadMatter(lines, lines.map(() => null), 0, lines.length - 1, -1, false)).toBe(0);
  });
});

describe('findStandfirst', () => {
  it('is the first sentence under the headline above the body', () => {
    const lines = ['Almaty metro extends its third line to the airport', SUMMARY, 'By Dana Seitova', ...PROSE];
    expect(findStandfirst(lines, lines.map(() => null), 0, 3, false)).toBe(1);
  });

  it('with no headline, a standfirst-shaped line right above the body, or a long sentence over the dateline', () => {
    const shaped = ['The minister said the harbour would reopen in spring after the repairs to the old quay', ...PROSE];
    expect(findStandfirst(shaped, shaped.map(() => null), -1, 1, false)).toBe(0);
    const long = [SUMMARY, ...PROSE];
    expect(findStandfirst(long, long.map(() => null), -1, 1, true)).toBe(0);
    expect(findStandfirst(long, long.map(() => null), -1, 1, false)).toBe(-1);
    const title = ['Metro extends its third line to the new airport terminal.', ...PROSE];
    expect(findStandfirst(title, title.map(() => null), -1, 1, true)).toBe(-1);
  });

  it('is no line that links broke', () => {
    const lines = ['Almaty metro extends its third line to the airport', 'The prime minister opened the line on\nthe fourth anniversary of the network', 'By Dana Seitova', ...PROSE];
    expect(findStandfirst(lines, lines.map(() => null), 0, 3, false)).toBe(-1);
  });
});
