/** The pipeline's order and isolation, and cross-stage behaviour of analyzeArticle: what furniture hides from the other stages. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/index.js';
import { orderProblems, PIPELINE, runPipeline } from '../src/pipeline.js';
import { AnalyzeOptionsSchema } from '../src/schema.js';
import { normalize } from '../src/stages/normalize.js';
import { assemble } from '../src/stages/assemble.js';
import { expectValidRecord } from './invariants.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/articles');

const PAGE = [
  'Home | World | Business | Sport',
  'English | Русский | Қазақша',
  'Farmers in Kostanay expect a record wheat harvest',
  'By Dana Yerlanova',
  '12 November 2026, 09:40',
  'KOSTANAY – Farmers in the Kostanay region expect to gather a record wheat harvest this year, the regional agriculture department said on Tuesday.',
  '“The weather was on our side from sowing to harvest,” said Marat Zhunusov, head of the Kostanay Grain Union.',
  'The department said storage capacity in the region had grown by a fifth since last year.',
  'Related news',
  'Ivan Petrov: “Rail freight tariffs will not rise in 2027”',
  'Aliya Nurova elected chair of the Almaty Chess Federation',
  'Leave a Reply',
  'Your email address will not be published.',
  '© 2026 Steppe News. All rights reserved.',
].join('\n\n');

describe('page furniture is kept from the other stages', () => {
  const r = analyzeArticle(PAGE);

  it('finds headline, byline, dateline and body between the menus and the trailer', () => {
    expectValidRecord(PAGE, r);
    expect(r.headline?.text).toBe('Farmers in Kostanay expect a record wheat harvest');
    expect(r.byline?.text).toBe('By Dana Yerlanova');
    expect(r.dateline).toMatchObject({ text: 'KOSTANAY –', location: 'Kostanay', agency: null });
    const body = PAGE.slice(r.body!.start, r.body!.end);
    expect(body.startsWith('KOSTANAY –')).toBe(true);
    expect(body.endsWith('grown by a fifth since last year.')).toBe(true);
  });

  it('reports every menu and trailer line as boilerplate with a reason', () => {
    const reasons = Object.fromEntries(r.boilerplate.map((b) => [b.text, b.reason]));
    expect(reasons['Home | World | Business | Sport']).toBe('navigation');
    expect(reasons['Related news']).toBe('related-links');
    expect(reasons['Leave a Reply']).toBe('comment-form');
    expect(reasons['© 2026 Steppe News. All rights reserved.']).toBe('copyright');
    expect(reasons['Aliya Nurova elected chair of the Almaty Chess Federation']).toBe('after-article');
  });

  it('takes no quote and no entity from the furniture', () => {
    expect(r.quotes.map((q) => q.text)).not.toContain('Rail freight tariffs will not rise in 2027');
    const names = [...r.people, ...r.organizations].map((e) => e.name);
    expect(names).toContain('Marat Zhunusov');
    expect(names).not.toContain('Ivan Petrov');
    expect(names).not.toContain('Aliya Nurova');
    // the byline's author is a person of the story (the real-article gold counts bylines)
    expect(names).toContain('Dana Yerlanova');
    expect(r.quotes.find((q) => q.kind === 'direct')).toMatchObject({ speaker: { name: 'Marat Zhunusov', method: 'explicit' } });
    expect(r.quotes.find((q) => q.kind === 'indirect')).toMatchObject({ cue: { text: 'said' }, speaker: { name: 'the regional agriculture department', entityId: null } });
  });

  it('decides the language on the body, not on a multilingual menu', () => {
    expect(r.language.iso6391).toBe('en');
  });
});

describe('wire credits', () => {
  it('takes a Reuters "Reporting by" line as the byline and keeps it out of the body', () => {
    const text = 'SEOUL, Oct 14 (Reuters) - Exports of memory chips rose for a sixth month, the trade ministry said on Monday.\n\nShipments to China grew fastest.\n\nReporting by Kim Ha-eun; Editing by Tom Hogue';
    const r = analyzeArticle(text);
    expect(r.byline?.text).toBe('Reporting by Kim Ha-eun; Editing by Tom Hogue');
    expect(text.slice(r.body!.start, r.body!.end).endsWith('Shipments to China grew fastest.')).toBe(true);
    expect(r.boilerplate.map((b) => b.reason)).toContain('credit');
  });

  it('treats "X contributed to this report." as a credit line', () => {
    const text = '(CNN) -- Floodwaters rose across the valley on Sunday, officials said.\n\nRescue teams worked through the night.\n\nCNN’s Ana Ruiz contributed to this report.';
    const r = analyzeArticle(text);
    expect(r.boilerplate).toEqual([expect.objectContaining({ text: 'CNN’s Ana Ruiz contributed to this report.', reason: 'credit' })]);
  });
});

describe('the pipeline (src/pipeline.ts)', () => {
  it('runs every stage after the stages it reads', () => {
    expect(orderProblems()).toEqual([]);
    expect(orderProblems([{ name: 'quotes', needs: ['layout'] }, { name: 'layout', needs: [] }])).toEqual(['quotes needs layout, which no earlier stage produces']);
  });

  it('no stage changes another stage’s annotations: frozen between stages, every fixture gives the same record', () => {
    const options = AnalyzeOptionsSchema.parse({});
    for (const name of readdirSync(FIXTURES)) {
      const text = readFileSync(join(FIXTURES, name, 'input.txt'), 'utf8');
      const doc = normalize(text);
      const frozen = assemble(doc, runPipeline(doc, options, { freeze: true }));
      const plain = analyzeArticle(text);
      expect(frozen, name).toEqual({ ...plain, diagnostics: plain.diagnostics.filter((d) => !d.code.startsWith('input/')) });
    }
  });

  it('stops after the stage named by `until`', () => {
    const a = runPipeline(normalize(PAGE), AnalyzeOptionsSchema.parse({}), { until: 'quotes' });
    expect(Object.keys(a)).toEqual(['segment', 'layout', 'quotes']);
    expect(PIPELINE.map((s) => s.name)).toEqual(['segment', 'layout', 'quotes', 'entities', 'attribution', 'language']);
  });
});
