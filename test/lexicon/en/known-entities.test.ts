/** The knowledge list's data: well-formed rows, each form owned by one entry. */
import { describe, expect, it } from 'vitest';
import { KNOWN_ENTITIES } from '../../../src/lexicon/en/known-entities.js';
import { isCommonWord } from '../../../src/lexicon/index.js';

const forms = (e: (typeof KNOWN_ENTITIES)[number]) => [e.name, ...(e.acronym ? [e.acronym] : []), ...e.aliases];

describe('KNOWN_ENTITIES', () => {
  it('holds a few hundred entries of every kind, people typed as people', () => {
    expect(KNOWN_ENTITIES.length).toBeGreaterThan(300);
    const kinds = new Set(KNOWN_ENTITIES.map((e) => e.kind));
    for (const k of ['agency', 'broadcaster', 'international', 'armed-force', 'security-service', 'armed-group', 'party', 'parliament', 'company', 'club', 'person']) expect(kinds.has(k as never), k).toBe(true);
    expect(KNOWN_ENTITIES.filter((e) => (e.kind === 'person') !== (e.type === 'person'))).toEqual([]);
  });
  it('writes every form with a capital or digit first (or a lower-case particle: "al-Qaeda"), acronyms in capitals', () => {
    const bad = KNOWN_ENTITIES.flatMap(forms).filter((f) => !/^(?:[\p{Lu}\d]|al[- ]|el-|bin |dpa$|von )/u.test(f));
    expect(bad).toEqual([]);
    expect(KNOWN_ENTITIES.filter((e) => e.acronym && !/^[\p{Lu}\d][\p{L}\d&/+.-]*$/u.test(e.acronym)).map((e) => e.acronym)).toEqual([]);
  });
  it('names each entity once, and leaves out one-word forms that are ordinary English words', () => {
    const names = KNOWN_ENTITIES.map((e) => e.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    // capitalised at a sentence's start they would be read as the organisation; these few
    // name it whenever news capitalises them (and the rules strip a sentence's opening word)
    const capitalisedNames = new Set(['Univision', 'Fed', 'Senate', 'Republicans', 'Labour', 'Oracle', 'Arsenal']);
    const common = KNOWN_ENTITIES.flatMap(forms).filter((f) => /^\p{Lu}\p{Ll}+$/u.test(f) && isCommonWord(f.toLowerCase()) && !capitalisedNames.has(f));
    expect(common).toEqual([]);
  });
});
