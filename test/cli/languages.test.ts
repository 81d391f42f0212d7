import { describe, expect, it } from 'vitest';
import { unknownLanguagesMessage } from '../../src/cli/languages.js';
import { DEFAULT_LANGUAGES } from '../../src/stages/language/detect.js';

describe('unknownLanguagesMessage', () => {
  it('accepts every default language and other codes franc knows', () => {
    expect(unknownLanguagesMessage(DEFAULT_LANGUAGES)).toBeNull();
    expect(unknownLanguagesMessage(['eng', 'rus', 'kaz', 'cmn', 'kor', 'yor'])).toBeNull();
  });
  it('names the unknown codes and the valid form', () => {
    expect(unknownLanguagesMessage(['eng', 'foo', 'english'])).toBe('--languages: unknown language codes foo, english: give ISO 639-3 codes, comma-separated, e.g. --languages eng,rus,kaz');
    expect(unknownLanguagesMessage(['en'])).toMatch(/unknown language code en:/);
  });
});
