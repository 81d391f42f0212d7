import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/stages/normalize.js';
import { toInputRange } from '../../src/document.js';

describe('normalize', () => {
  it('folds CRLF, no-break spaces and runs of spaces, keeping a map to the input', () => {
    const input = 'ASTANA.\u00a0KAZINFORM  –\r\nText\there.';
    const doc = normalize(input);
    expect(doc.text).toBe('ASTANA. KAZINFORM –\nText here.');
    const at = doc.text.indexOf('KAZINFORM');
    const r = toInputRange(doc, { start: at, end: at + 9 });
    expect(input.slice(r.start, r.end)).toBe('KAZINFORM');
    const t = doc.text.indexOf('here');
    const r2 = toInputRange(doc, { start: t, end: t + 4 });
    expect(input.slice(r2.start, r2.end)).toBe('here');
  });

  it('decodes HTML entities and maps a span over one back to the whole entity', () => {
    const input = 'It&rsquo;s &quot;fine&quot;, he said &amp; left.';
    const doc = normalize(input);
    expect(doc.text).toBe('It’s "fine", he said & left.');
    const q = doc.text.indexOf('"fine"');
    const r = toInputRange(doc, { start: q, end: q + 6 });
    expect(input.slice(r.start, r.end)).toBe('&quot;fine&quot;');
  });

  it('drops zero-width characters and replaces lone surrogates, keeping pairs whole', () => {
    const input = 'a\u200bb \ud83d\ude00 c\ud800d';
    const doc = normalize(input);
    expect(doc.text).toBe('ab \ud83d\ude00 c\ufffdd');
    expect(doc.toInput.length).toBe(doc.text.length + 1);
    expect(doc.toInput[doc.text.length]).toBe(input.length);
  });

  it('keeps blank lines that separate paragraphs and trims trailing spaces', () => {
    expect(normalize('One.   \n\n  Two.').text).toBe('One.\n\nTwo.');
  });
  it("reads '' and `` written for a double quote as one mark, mapped back to both characters", () => {
    const input = "''This isn't reform,'' he said. ``Fine.''";
    const doc = normalize(input);
    expect(doc.text).toBe('"This isn\'t reform," he said. "Fine."');
    const r = toInputRange(doc, { start: 0, end: 1 });
    expect(input.slice(r.start, r.end)).toBe("''");
  });

  it('leaves a lone apostrophe and a run of three alone', () => {
    const s = "the players' union, rock'n'roll and '''";
    expect(normalize(s).text).toBe(s);
  });
});
