import { describe, expect, it } from 'vitest';
import { Reading } from '../../../src/stages/language/reading.js';

describe('Reading', () => {
  it('reads a text in lower case and its words as runs of letters ("l’Homme" is "l" and "homme")', () => {
    const r = new Reading('L’Homme ET la Femme, 2024: Қазақ тілі');
    expect(r.text).toBe('L’Homme ET la Femme, 2024: Қазақ тілі');
    expect(r.lower).toBe('l’homme et la femme, 2024: қазақ тілі');
    expect(r.words).toEqual(['l', 'homme', 'et', 'la', 'femme', 'қазақ', 'тілі']);
  });

  it('makes each reading once: the same list is handed to every test that asks', () => {
    const r = new Reading('One text, read twice.');
    expect(r.words).toBe(r.words);
  });
});
