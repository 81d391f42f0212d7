/**
 * Whether a UTF-16 code unit is in a character class, answered from a table: the class's
 * pattern is tested once for each unit of a block of 256, the first time a text reaches the
 * block (an English text fills none past ASCII, a Russian one one), where testing each
 * character built a string and ran the pattern.
 */

/** A test of one code unit of the Basic Multilingual Plane against `cls` (a pattern of one
 *  code point, flag u, not global): what `cls.test(String.fromCharCode(unit))` answers. */
export function codeUnitClass(cls: RegExp): (unit: number) => boolean {
  const blocks: Array<Uint8Array | undefined> = [];
  return (c) => {
    const hi = c >> 8;
    let block = blocks[hi];
    if (!block) {
      block = blocks[hi] = new Uint8Array(256);
      for (let i = 0; i < 256; i++) block[i] = cls.test(String.fromCharCode((hi << 8) | i)) ? 1 : 0;
    }
    return block[c & 255] === 1;
  };
}
