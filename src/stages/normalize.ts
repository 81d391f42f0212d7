/**
 * normalise: fold what varies in transport but not in meaning — CR/LF, no-break and other
 * spaces, runs of spaces, zero-width characters, HTML entities, lone surrogates, '' and ``
 * written for a double quote — into
 * `text`, keeping a map back to the input so offsets never leak.
 */
import type { Doc } from '../document.js';

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ',
  rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', sbquo: '‚', bdquo: '„',
  laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›',
  mdash: '—', ndash: '–', hellip: '…', shy: '', zwj: '', zwnj: '',
  eacute: 'é', egrave: 'è', agrave: 'à', aacute: 'á', oacute: 'ó', iacute: 'í', uacute: 'ú',
  ntilde: 'ñ', ccedil: 'ç', ouml: 'ö', uuml: 'ü', auml: 'ä', szlig: 'ß', copy: '©', reg: '®',
};

// Windows-1252 code points that leak into numeric entities (&#151; is an em dash).
const CP1252: Record<number, string> = { 145: '‘', 146: '’', 147: '“', 148: '”', 150: '–', 151: '—', 133: '…' };

const ENTITY = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/;

/** Decode one HTML entity at `i`, or return null. */
function decodeEntity(input: string, i: number): { value: string; length: number } | null {
  const m = ENTITY.exec(input.slice(i, i + 12));
  if (!m) return null;
  let value: string | undefined;
  if (m[3] !== undefined) value = NAMED_ENTITIES[m[3]] ?? NAMED_ENTITIES[m[3].toLowerCase()];
  else {
    const cp = m[1] !== undefined ? Number(m[1]) : parseInt(m[2]!, 16);
    value = CP1252[cp] ?? (cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : undefined);
  }
  return value === undefined ? null : { value, length: m[0].length };
}

const isHorizontalSpace = (c: number): boolean =>
  c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;

const isZeroWidth = (c: number): boolean => c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0xad;

/** The characters normalize drops as invisible (isZeroWidth), for text taken from the input:
 *  a soft hyphen or zero-width non-joiner inside a name makes no other name. */
export const INVISIBLE_CHARACTERS = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g;

/** Build the Document: normalised text plus its map to the input. Linear in the input. */
export function normalize(input: string): Doc {
  const n = input.length;
  // the output is never longer than the input (every rewrite shortens or keeps): code units,
  // and for each the input offsets it comes from, in buffers of the input's size
  const out = new Uint16Array(n);
  const map = new Int32Array(n + 1);
  const ends = new Int32Array(n + 1);
  let len = 0;
  const push = (s: string, at: number, end = at + 1): void => {
    for (let k = 0; k < s.length; k++) {
      out[len] = s.charCodeAt(k);
      map[len] = at;
      ends[len++] = end;
    }
  };
  const trimTrailingSpace = () => {
    while (len && out[len - 1] === 0x20) len--;
  };
  let lastWasSpace = true; // fold leading spaces of a line
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x0d) {
      const crlf = input.charCodeAt(i + 1) === 0x0a;
      trimTrailingSpace();
      push('\n', i, crlf ? i + 2 : i + 1);
      if (crlf) i++;
      lastWasSpace = true;
      continue;
    }
    if (c === 0x0a || c === 0x2028 || c === 0x2029 || c === 0x85) {
      trimTrailingSpace();
      push('\n', i);
      lastWasSpace = true;
      continue;
    }
    if (isHorizontalSpace(c) || c < 0x20 || c === 0x7f) {
      // C0 controls but tab and form feed (line breaks never get here), and DEL: binary input
      if ((c < 0x20 && c !== 0x09 && c !== 0x0c) || c === 0x7f) controls++;
      if (!lastWasSpace) push(' ', i);
      lastWasSpace = true;
      continue;
    }
    if (isZeroWidth(c)) continue;
    if (c >= 0xd800 && c <= 0xdfff) {
      const pair = c <= 0xdbff && (input.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      if (pair) {
        push(input[i]!, i);
        push(input[i + 1]!, i + 1);
        i++;
      } else push('\ufffd', i); // lone surrogate
      lastWasSpace = false;
      continue;
    }
    if (c === 0x26) {
      const e = decodeEntity(input, i);
      if (e) {
        if (e.value === ' ') {
          if (!lastWasSpace) push(' ', i);
          lastWasSpace = true;
        } else if (e.value) {
          push(e.value, i, i + e.length);
          lastWasSpace = false;
        }
        i += e.length - 1;
        continue;
      }
    }
    if ((c === 0x27 || c === 0x60) && input.charCodeAt(i + 1) === c && input.charCodeAt(i + 2) !== c && input.charCodeAt(i - 1) !== c) {
      push('"', i, i + 2);
      i++;
      lastWasSpace = false;
      continue;
    }
    out[len] = c;
    map[len] = i;
    ends[len++] = i + 1;
    lastWasSpace = false;
  }
  trimTrailingSpace();
  map[len] = n;
  ends[len] = n;
  return { input, text: decodeUnits(out, len), toInput: map.slice(0, len + 1), toInputEnd: ends.slice(0, len + 1), controls };
}

/** The string of the first `len` code units (in slices: fromCharCode takes bounded
 *  arguments; `apply` reads the typed array as is, a spread would copy it into an array). */
function decodeUnits(units: Uint16Array, len: number): string {
  const parts: string[] = [];
  for (let k = 0; k < len; k += 8192) parts.push(String.fromCharCode.apply(null, units.subarray(k, Math.min(len, k + 8192)) as unknown as number[]));
  return parts.join('');
}
