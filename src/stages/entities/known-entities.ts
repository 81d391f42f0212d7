/**
 * The knowledge list (src/lexicon/en/known-entities.ts) as a matcher over tokens: each known
 * name, acronym and alias, tokenised as the tagger tokenises, found by longest match. Written
 * forms match as written ("Samsung", "MI6"); in a line of capitals, where case says nothing,
 * the names match in capitals ("SAMSUNG") but the acronyms do not (a headline's "ICE HOCKEY"
 * is no agency).
 */
import { KNOWN_ENTITIES, type KnownEntity } from '../../lexicon/en/known-entities.js';
import type { Token } from './ner-features.js';

/** Token texts joined by a space: the key of a form. */
const SEP = ' ';

interface Forms {
  /** Form (tokens joined) -> entity, as written. */
  exact: Map<string, KnownEntity>;
  /** The forms not written in capitals, upper-cased (for lines of capitals). */
  upper: Map<string, KnownEntity>;
  /** First token (as written and upper-cased) -> the most tokens a form starting with it has. */
  longest: Map<string, number>;
  /** Whether some form opens with a lower-case letter ("al-Qaeda", "dpa"): most tokens do,
   *  and open no form. */
  lowerFirst: boolean;
  /** The first two characters of the first tokens (`longest`'s keys), where both are ASCII:
   *  1 at [first * 128 + second] (second 0 for a token of one character). A token whose
   *  first two are ASCII and not marked opens no form, known without hashing the token
   *  (every token of every sentence is asked). */
  openers: Uint8Array;
}

/** The openers index of a token's first two characters, or -1 when either is not ASCII. */
function openerOf(t: string): number {
  const c0 = t.charCodeAt(0);
  const c1 = t.length > 1 ? t.charCodeAt(1) : 0;
  return c0 < 128 && c1 < 128 ? (c0 << 7) | c1 : -1;
}

let forms: Forms | null = null;

/** Tokens of a form as the tagger splits it (words, "'s", punctuation apart). */
const formTokens = (form: string): string[] => form.match(/[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}]|['’](?!s\b)\p{L}|[.\-&](?=[\p{L}\p{N}]))*\.?|['’]s\b|\S/gu) ?? [];

/** Build the maps on first use (not at import). */
function build(): Forms {
  const exact = new Map<string, KnownEntity>();
  const upper = new Map<string, KnownEntity>();
  const longest = new Map<string, number>();
  for (const e of KNOWN_ENTITIES) {
    for (const form of [e.name, ...(e.acronym ? [e.acronym] : []), ...e.aliases]) {
      const toks = formTokens(form);
      if (!toks.length) continue;
      const key = toks.join(SEP);
      // the first entity to claim a form keeps it (the list is ordered by kind)
      if (!exact.has(key)) exact.set(key, e);
      const up = key.toUpperCase();
      const acronym = up === key;
      if (!acronym && !upper.has(up)) upper.set(up, e);
      for (const first of acronym ? [toks[0]!] : [toks[0]!, toks[0]!.toUpperCase()]) longest.set(first, Math.max(longest.get(first) ?? 0, toks.length));
    }
  }
  const openers = new Uint8Array(128 * 128);
  for (const first of longest.keys()) {
    const o = openerOf(first);
    if (o >= 0) openers[o] = 1;
  }
  return { exact, upper, longest, lowerFirst: [...longest.keys()].some((k) => /^[a-z]/.test(k)), openers };
}

/** A known name found in a token list: tokens [first, last] and the entity. */
export interface KnownMatch {
  first: number;
  last: number;
  entity: KnownEntity;
}

/** Known names in the tokens, longest first from left to right. `capitals`: a line of
 *  capitals, where names match in upper case and acronyms not at all. */
export function knownMatches(tokens: readonly Token[], capitals: boolean): KnownMatch[] {
  forms ??= build();
  const { exact, upper, longest, lowerFirst, openers } = forms;
  const out: KnownMatch[] = [];
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!.text;
    const c = t.charCodeAt(0);
    // most tokens are lower-case words or marks, which open no form (or few: one lookup then)
    if (((c >= 97 && c <= 122) && !lowerFirst) || (c < 48 && c !== 38)) {
      i++;
      continue;
    }
    const o = openerOf(t);
    if (o >= 0 && !openers[o]) {
      i++;
      continue;
    }
    const max = Math.min(longest.get(t) ?? 0, tokens.length - i);
    let hit: KnownMatch | null = null;
    for (let len = max; len >= 1 && !hit; len--) {
      let key = t;
      for (let k = 1; k < len; k++) key += SEP + tokens[i + k]!.text;
      const e = capitals ? upper.get(key) : exact.get(key);
      if (e) hit = { first: i, last: i + len - 1, entity: e };
    }
    if (hit) {
      out.push(hit);
      i = hit.last + 1;
    } else i++;
  }
  return out;
}

/** Per token, the knowledge list's reading: "B-organization|agency", "I-person|person", or null. */
export function knownTags(tokens: readonly Token[], capitals: boolean): Array<string | null> {
  const out: Array<string | null> = new Array(tokens.length).fill(null);
  for (const m of knownMatches(tokens, capitals)) {
    for (let k = m.first; k <= m.last; k++) out[k] = `${k === m.first ? 'B' : 'I'}-${m.entity.type}|${m.entity.kind}`;
  }
  return out;
}

/** The known entity written exactly as `text` (a candidate's words), or null. */
export function knownEntity(text: string): KnownEntity | null {
  forms ??= build();
  return forms.exact.get(formTokens(text).join(SEP)) ?? null;
}
