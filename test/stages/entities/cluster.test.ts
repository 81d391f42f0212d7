/** clusterCandidates against its specification (the plain quadratic scan) on generated articles. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Candidate } from '../../../src/stages/entities/candidates.js';
import { clusterCandidates, SPELLING_WINDOW } from '../../../src/stages/entities/cluster.js';
import { clusterCandidatesNaive } from './cluster-reference.js';

// names that collide on purpose: spelling variants, shared surnames and given names,
// acronyms and expansions, agencies, a short organisation name, hyphenated names
const PEOPLE = ['Lorena Paz Akin', 'Paz Akin', 'Asel Karaulova', 'Assel Karaulova', 'Aigul Karaulova', 'Erlan Suleimenov', 'Yerlan Suleimenov', 'Wang Donghai', 'Xia Baolong', 'Xia-Baolong', 'Xia - Baolong', 'Enoch Pokiak', 'Randall Pokiak', "Karaulova's"];
const ORGS = ['Korea Trade Association', 'KTA', 'Kazinform', 'Reuters', 'Daebo Microsystems', 'Daebo', 'National Bank', 'The Bank of Astana', 'Afreximbank'];
const SINGLES = ['Karaulova', 'Asel', 'Pokiak', 'Wang', 'Daebo', 'Suleimenov', 'Paris'];
const SEPARATORS = [' met ', ' said. ', ' and the Association said ', ' ( ', ' ) ', '. The Bank added that ', ', head of ', '. '];

const piece = fc.oneof(
  fc.record({ text: fc.constantFrom(...PEOPLE), type: fc.constant('person' as const), method: fc.constantFrom('title', 'name-shape', 'first-name') }),
  fc.record({ text: fc.constantFrom(...ORGS), type: fc.constant('organization' as const), method: fc.constantFrom('org-head', 'lexicon', 'org-alias', 'agency') }),
  fc.record({ text: fc.constantFrom(...SINGLES), type: fc.constant('person' as const), method: fc.constantFrom('single', 'single-surname', 'title', 'speaker-anchor') }),
);

/** An article made of the pieces between separators, and the candidates the pieces are. */
const article = fc.array(fc.tuple(piece, fc.constantFrom(...SEPARATORS), fc.boolean()), { maxLength: 40 }).map((parts) => {
  let text = '';
  const candidates: Candidate[] = [];
  for (const [p, sep, titled] of parts) {
    const start = text.length;
    text += p.text;
    candidates.push({ start, end: text.length, text: p.text, type: p.type, method: p.method, title: titled ? { start, end: start + 1 } : null, sentenceInitial: false });
    text += sep;
  }
  return { text, candidates };
});

describe('clusterCandidates', () => {
  it('clusters as the plain scan of every cluster does (its indexes change no result)', () => {
    // fewer distinct names than the spelling window: the comparison is exact
    expect(PEOPLE.length).toBeLessThan(SPELLING_WINDOW);
    fc.assert(
      fc.property(article, ({ text, candidates }) => {
        expect(clusterCandidates(text, candidates)).toEqual(clusterCandidatesNaive(text, candidates));
      }),
      { numRuns: 400, seed: 7 },
    );
  });
});
