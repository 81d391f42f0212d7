/** A character class read from its table answers as its pattern does, for every code unit. */
import { describe, expect, it } from 'vitest';
import { codeUnitClass } from '../src/code-unit-class.js';

describe('codeUnitClass', () => {
  it.each([/\p{L}/u, /[\p{L}\p{N}]/u, /\p{Script=Latin}/u, /\p{Lu}/u])('answers as %s on every unit of the Basic Multilingual Plane', (cls) => {
    const inClass = codeUnitClass(cls);
    const wrong: string[] = [];
    for (let u = 0; u <= 0xffff; u++) if (inClass(u) !== cls.test(String.fromCharCode(u))) wrong.push(u.toString(16));
    expect(wrong).toEqual([]);
  });

  it('keeps one table per class: two classes do not share answers', () => {
    const upper = codeUnitClass(/\p{Lu}/u);
    const lower = codeUnitClass(/\p{Ll}/u);
    expect([upper(0x416), lower(0x416), upper(0x436), lower(0x436)]).toEqual([true, false, false, true]);
  });
});
