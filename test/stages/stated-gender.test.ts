import { describe, expect, it } from 'vitest';
import { genderOfHonorific, genderOfPronoun, genderStatedBy } from '../../src/stages/stated-gender.js';

describe('genderOfHonorific', () => {
  it('reads one honorific, with or without its period, in any case', () => {
    expect(['Mrs.', 'Ms', 'MISS', 'Dame', 'Frau'].map(genderOfHonorific)).toEqual(['female', 'female', 'female', 'female', 'female']);
    expect(['Mr.', 'Sir', 'Herr', 'Monsieur'].map(genderOfHonorific)).toEqual(['male', 'male', 'male', 'male']);
  });

  it('reads none in an office, a neutral honorific or a longer title', () => {
    expect(['Dr', 'Mx', 'Minister', 'Lord Mayor', 'president of the club'].map(genderOfHonorific)).toEqual([null, null, null, null, null]);
  });
});

describe('genderOfPronoun', () => {
  it('reads he/him/his and she/her, not they or it', () => {
    expect(['He', 'his', 'she', 'Her', 'they', 'it', 'the minister'].map(genderOfPronoun)).toEqual(['male', 'male', 'female', 'female', null, null, null]);
  });
});

describe('genderStatedBy', () => {
  it('is the honorific when one says the gender, over a pronoun', () => {
    expect(genderStatedBy('female', ['Mrs.'], ['she'])).toBe('honorific');
    expect(genderStatedBy('male', ['minister', 'Sir'], [])).toBe('honorific');
  });

  it('is the pronoun when no honorific says it', () => {
    expect(genderStatedBy('male', ['minister'], ['he', 'they'])).toBe('pronoun');
  });

  it('is null for a gender the text does not state (a first name\'s guess) or does not have', () => {
    expect(genderStatedBy('female', [], [])).toBeNull();
    expect(genderStatedBy('female', ['Dr'], ['they'])).toBeNull();
    expect(genderStatedBy(null, ['Mrs'], ['she'])).toBeNull();
  });

  it('is null when the text says the other gender anywhere', () => {
    expect(genderStatedBy('male', ['Ms'], ['he'])).toBeNull();
    expect(genderStatedBy('male', [], ['he', 'she'])).toBeNull();
  });
});
