/** One test per attribution sieve: with every sieve the quote goes to the expected speaker by
 *  that sieve; without it, to someone else or to nobody (the sieve is what decides). */
import { describe, expect, it } from 'vitest';
import { AnalyzeOptionsSchema } from '../../../src/schema.js';
import { normalize } from '../../../src/stages/normalize.js';
import { runPipeline } from '../../../src/pipeline.js';
import { attributeQuotes, SIEVES, SPEAKER_METHODS } from '../../../src/stages/attribution/index.js';

/** The speakers of a text's quotes as [text of the quote, speaker name, method], with the sieves given. */
function speakers(input: string, sieves = SIEVES as readonly (typeof SIEVES)[number][]) {
  const doc = normalize(input);
  const a = runPipeline(doc, AnalyzeOptionsSchema.parse({}), { until: 'entities' });
  const { speakers: s } = attributeQuotes(doc.text, a.quotes.quotes, a.entities, sieves);
  return a.quotes.quotes.map((q, i) => [doc.text.slice(q.content.start, q.content.end), s[i]?.name ?? null, s[i]?.method ?? null]);
}
const without = (name: string) => SIEVES.filter((s) => s.name !== name);

const CASES: Array<{ sieve: string; text: string; quote: string; speaker: string }> = [
  { sieve: 'continues', text: '“The harvest is late this year,” said Marat Zhunusov, “but the grain is good.”', quote: 'but the grain is good.', speaker: 'Marat Zhunusov' },
  { sieve: 'explicit', text: '“The budget for the new school is approved,” said Asel Karaulova.', quote: 'The budget for the new school is approved,', speaker: 'Asel Karaulova' },
  { sieve: 'according-to', text: 'Farmers met in Kostanay on Monday.\n\nAccording to Marat Zhunusov, the storage capacity of the region will double by 2030.', quote: 'the storage capacity of the region will double by 2030', speaker: 'Marat Zhunusov' },
  { sieve: 'colon-intro', text: 'Director General Dmitry Lapshin named the main task: “We must double our exports of grain by 2030.”', quote: 'We must double our exports of grain by 2030.', speaker: 'Dmitry Lapshin' },
  { sieve: 'dash-credit', text: '“Rules that nobody enforces protect nobody at all.” — Jane Okafor, spokeswoman', quote: 'Rules that nobody enforces protect nobody at all.', speaker: 'Jane Okafor' },
  { sieve: 'pronoun', text: '“The budget for the new school is approved,” Sarah Collins said.\n\n“We will hire twenty new teachers,” she said.', quote: 'We will hire twenty new teachers,', speaker: 'Sarah Collins' },
  { sieve: 'description', text: 'Officials of the Ministry of Energy met the workers to discuss fuel prices.\n\n“Prices will remain stable through the winter,” the ministry said.', quote: 'Prices will remain stable through the winter,', speaker: 'Ministry of Energy' },
  { sieve: 'digest', text: 'Minister Aidar Saparov spoke to reporters in Astana on Friday.\n\nBelow are Saparov’s key statements that our agency put together.\n\nGrain exports will double by 2030. “We have the land and the water for it.”', quote: 'We have the land and the water for it.', speaker: 'Aidar Saparov' },
  { sieve: 'carry-forward', text: '“The budget for the new school is approved,” Sarah Collins said on Monday.\n\n“Twenty new teachers will start in September.”', quote: 'Twenty new teachers will start in September.', speaker: 'Sarah Collins' },
  { sieve: 'paragraph-subject', text: 'Terry Chapman has worked as a paramedic in the county for twenty years.\n\n“We cannot keep losing people while ambulances wait at the door.”', quote: 'We cannot keep losing people while ambulances wait at the door.', speaker: 'Terry Chapman' },
];

describe('attribution sieves', () => {
  it.each(CASES)('$sieve decides "$quote"', ({ sieve, text, quote, speaker }) => {
    const all = speakers(text).find((r) => r[0] === quote);
    expect(all, `quote not found in ${JSON.stringify(speakers(text))}`).toBeDefined();
    expect(all!.slice(1)).toEqual([speaker, sieve]);
    const alone = speakers(text, without(sieve)).find((r) => r[0] === quote)!;
    expect(alone.slice(1)).not.toEqual([speaker, sieve]);
  });

  it.each([
    ['a possessive owner', 'Workers at the plant voted to join the Northern Food Workers Union on Thursday.\n\nMost of them backed the move, according to the union\'s Friday release.', 'Northern Food Workers Union'],
    ['a possessive pronoun', 'Dana Morales sued the league in March.\n\nHer lawsuit said the club had broken its contract with the players.', 'Dana Morales'],
    ['a name before the document noun', 'Officers of the Royal Harbour Police arrested two men on Friday.\n\nThe Royal Harbour Police statement said both men were released on bail.', 'Royal Harbour Police'],
    ['"from" and its issuer', 'The Lakeland Water Board met on Monday.\n\nA statement from the Lakeland Water Board said the reservoir was full.', 'Lakeland Water Board'],
    ['the subject of the sentence that introduced the document', 'The Kelowna Rockets filed a lawsuit against the league on Monday.\n\nThe lawsuit says the league broke its own rules on player transfers.', 'Kelowna Rockets'],
  ])('document-owner: %s', (_, text, owner) => {
    const last = speakers(text).at(-1)!;
    expect(last.slice(1)).toEqual([owner, 'document-owner']);
    expect(speakers(text, without('document-owner')).at(-1)![1]).not.toBe(owner);
  });

  it('document-owner: a spokesman is no document; only a possessive names whom he speaks for', () => {
    const text = 'A Lakeland Water Board spokesman spoke to reporters.\n\nThe reservoir will be full by May, the spokesman said.';
    expect(speakers(text).at(-1)![2]).not.toBe('document-owner');
  });

  it('headline: "…, minister says" goes to the person of the story with that role', () => {
    const text = 'Grain exports will double by 2030, minister says\n\nASTANA – Agriculture Minister Aidarbek Saparov told farmers in Astana on Tuesday that exports of grain would double by 2030.\n\nThe ministry plans new storage in the north.';
    const first = speakers(text)[0]!;
    expect(first.slice(1)).toEqual(['Aidarbek Saparov', 'headline']);
    expect(speakers(text, without('headline'))[0]![2]).not.toBe('headline');
  });

  it('every sieve has a summary and confidences within 0..1; the methods are the sieves that report themselves', () => {
    for (const s of SIEVES) {
      expect(s.summary.length).toBeGreaterThan(10);
      for (const c of Object.values(s.confidence) as number[]) {
        expect(c).toBeGreaterThan(0);
        expect(c).toBeLessThanOrEqual(1);
      }
    }
    expect(SPEAKER_METHODS).toEqual(['continues', 'explicit', 'according-to', 'colon-intro', 'dash-credit', 'document-owner', 'headline', 'pronoun', 'description', 'digest', 'narration-subject', 'carry-forward', 'paragraph-subject']);
  });
});
