/**
 * Roles of people: titles stripped from the name ("Foreign Minister"), role phrases right
 * before it ("president of the Chief Editors’ Club Bibigul Zheksenbay", "Senator, journalist
 * Nurtore Zhusip") and appositions after it ("Asel Karaulova, president of X and head of Y").
 */
import type { TextRange } from '../../document.js';
import { lowerBound } from '../../ranges.js';
import { windowStart } from '../../tails.js';
import { HEAD_FUNCTION_WORDS, ROLE_COMPLEMENT_WORDS as COMPLEMENT_WORDS, ROLE_MODIFIERS, ROLE_NOUNS, isRoleWordInAnyForm as isRoleWord } from '../../lexicon/en/roles.js';
import { ARTICLE_START, ARTICLE_WORD, RELATIVE_CLAUSE_START, ROLE_COMPLEMENT as COMPLEMENT, ROLE_DETERMINER_WORD as DETERMINER } from '../../lexicon/patterns.js';
import type { EntityCluster, RoleAnnotation } from './cluster.js';

// (each pattern below starts a match only where a whitespace run starts: linear, same matches)

/** Is this phrase a role ("president of the Kazakhstan Press Club", "journalist", "Senator",
 *  "a glaciologist at the X Institute")? Its head — the words before "of/at/for …" — is at
 *  most a determiner, three modifiers and a role noun at the end: "The mayor met" is not. */
export function isRolePhrase(phrase: string): boolean {
  const p = phrase.trim();
  if (!p || p.length > 160) return false;
  let head = p.split(COMPLEMENT)[0]!.split(/\s+/);
  if (DETERMINER.test(head[0]!)) head = head.slice(1);
  if (!head.length || head.length > 4) return false;
  if (!isRoleWord(head[head.length - 1]!)) return false;
  // modifiers may be verb forms ("lead author", "acting director"), never function words
  return head.slice(0, -1).every((w) => !HEAD_FUNCTION_WORDS.has(w.toLowerCase()));
}

/** The longest role phrase ending at `end` inside [from, end), or null ("… opened by the
 *  president of the Chief Editors’ Club" -> "president of the Chief Editors’ Club"). */
function rolePhraseBefore(text: string, from: number, end: number): TextRange | null {
  const starts: number[] = [];
  const words = /[\p{L}\p{N}][^\s]*/gu;
  // a role phrase is at most 160 characters (isRolePhrase): words starting further back never
  // count, so the scan starts after a space within reach (the whole sentence per mention was
  // quadratic in a megabyte-long sentence)
  from = windowStart(text, from, end, 200);
  const seg = text.slice(from, end);
  // no role word at all: no role phrase (one set lookup per word, not a phrase test per start;
  // a phrase may start inside a token after its punctuation: "(president")
  if (!seg.split(/\s+/).some((w) => w && (isRoleWord(w) || isRoleWord(w.replace(/^[^\p{L}\p{N}]+/u, ''))))) return null;
  for (let m = words.exec(seg); m; m = words.exec(seg)) starts.push(from + m.index);
  // A phrase from starts[k] can be a role only if its head - its white-space tokens before the
  // first complement word ("of", "at", … not the last token) - is at most five tokens and
  // ends in a role word: tested from the tokens first, isRolePhrase decides.
  const tokens = [...seg.matchAll(/\S+/g)].map((m) => ({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] }));
  const complementAfter: number[] = new Array<number>(tokens.length).fill(tokens.length);
  for (let i = tokens.length - 2; i >= 0; i--) complementAfter[i] = i + 1 < tokens.length - 1 && COMPLEMENT_WORDS.has(tokens[i + 1]!.text) ? i + 1 : complementAfter[i + 1]!;
  let t = tokens.length - 1;
  const couldBeRole = (start: number): boolean => {
    while (t > 0 && tokens[t]!.start > start) t--;
    const c = complementAfter[t]!;
    const last = c - 1 === t ? text.slice(start, tokens[t]!.end) : tokens[c - 1]!.text;
    return c - t <= 5 && isRoleWord(last);
  };
  // the shortest role phrase ending here ("president", "president of the X Club") …
  let at = -1;
  for (let k = starts.length - 1; k >= 0; k--) {
    if (couldBeRole(starts[k]!) && isRolePhrase(text.slice(starts[k]!, end))) {
      at = k;
      break;
    }
  }
  if (at < 0) return null;
  // … widened over the titles and adjectives before it ("deputy", "Palestinian", "First Deputy")
  while (at > 0) {
    const w = text.slice(starts[at - 1]!, starts[at]!).trim().toLowerCase();
    if (!(ROLE_MODIFIERS.has(w) || ROLE_NOUNS.has(w) || /^\p{Lu}/u.test(text[starts[at - 1]!]!) && /(?:an|ian|ese|ish|i|ic)$/.test(w)) || !isRolePhrase(text.slice(starts[at - 1]!, end))) break;
    at--;
  }
  return { start: starts[at]!, end };
}

/** Add roles to the people clusters. `sentenceOf` gives the sentence range around a position. */
export function attachRoles(text: string, clusters: EntityCluster[], sentenceOf: (pos: number) => TextRange | undefined): void {
  const people = clusters.filter((c) => c.type === 'person');
  // name mentions by start, for binary search (a scan per role was quadratic on long texts)
  const byStart = (list: readonly EntityCluster[]) => list.flatMap((c) => c.mentions.filter((m) => m.kind === 'name').map((m) => ({ start: m.start, end: m.end, c }))).sort((a, b) => a.start - b.start);
  const personNames = byStart(people);
  const orgNames = byStart(clusters.filter((c) => c.type === 'organization'));
  const firstInside = <T extends TextRange>(sorted: readonly T[], r: TextRange): T | undefined => {
    for (let i = lowerBound(sorted, r.start); i < sorted.length && sorted[i]!.start < r.end; i++) if (sorted[i]!.end <= r.end) return sorted[i];
    return undefined;
  };
  const orgIn = (r: TextRange) => firstInside(orgNames, r)?.c ?? null;
  const titlesOf = new Map<EntityCluster, Set<string>>();
  const add = (cl: EntityCluster, r: TextRange) => {
    const title = text.slice(r.start, r.end).trim();
    const seen = titlesOf.get(cl) ?? new Set(cl.roles.map((x) => x.title));
    titlesOf.set(cl, seen);
    // (roles come in text order: an overlapping one is among the last few)
    if (!title || seen.has(title) || cl.roles.slice(-8).some((x) => x.range.start < r.end && r.start < x.range.end)) return;
    seen.add(title);
    const role: RoleAnnotation = { title, range: r, organization: orgIn(r) };
    cl.roles.push(role);
  };
  for (const cl of people) {
    for (const t of cl.titles) add(cl, t);
    for (const m of cl.mentions) {
      if (m.kind !== 'name') continue;
      const s = sentenceOf(m.start);
      if (!s) continue;
      // before: comma-separated role phrases ending right before the name
      let end = m.start;
      while (end > s.start && text[end - 1] === ' ') end--;
      // "The prosecutor, Svetlana Tarasova, said": a role in apposition before the name
      if (text[end - 1] === ',' && /^,(?:[^,]{1,81},|\s*\p{Ll})/u.test(text.slice(m.end, m.end + 82))) end--;
      for (let guard = 0; guard < 4; guard++) {
        // (a role phrase is short: the comma is looked for in the 300 characters before)
        const floor = Math.max(s.start, end - 300);
        const comma = text.slice(floor, end).lastIndexOf(',');
        const from = comma >= 0 ? floor + comma + 1 : floor;
        let segStart = from;
        // "…, and deputy chairman of X Name": the list's "and" is not part of the role
        const and = /^\s*and\s+/.exec(text.slice(from, end));
        if (and) segStart += and[0].length;
        const role = rolePhraseBefore(text, segStart, end);
        if (!role || firstInside(personNames, role)) break;
        add(cl, role);
        // an earlier comma-separated role counts only when this one filled the segment
        if (role.start > segStart + 1 && text.slice(segStart, role.start).trim() && !ARTICLE_WORD.test(text.slice(segStart, role.start).trim())) break;
        if (from <= s.start) break;
        end = from - 1;
      }
      // after: ", president of X and head of Y," — not when a name follows (then it is theirs)
      const after = text.slice(m.end, s.end);
      const ap = /^,\s+([^,;.]{2,200}?)(?=[,;.]|$)/.exec(after);
      if (ap) {
        let apStart = m.end + ap[0].indexOf(ap[1]!);
        let apText = ap[1]!;
        // "a hydrologist at X who was not involved": the relative clause is not the role
        const rel = RELATIVE_CLAUSE_START.exec(apText);
        if (rel) apText = apText.slice(0, rel.index);
        const det = ARTICLE_START.exec(apText);
        if (det) {
          apStart += det[0].length;
          apText = apText.slice(det[0].length);
        }
        const apRange = { start: apStart, end: apStart + apText.length };
        const hasPerson = !!firstInside(personNames, apRange);
        if (!hasPerson) {
          const parts = splitRoles(text, apRange);
          if (parts.length && parts.every((p) => isRolePhrase(text.slice(p.start, p.end)))) for (const p of parts) add(cl, p);
        }
      }
    }
  }
}

/** "president of X and head of Y" -> two ranges; "and" inside a name stays. */
function splitRoles(text: string, r: TextRange): TextRange[] {
  const s = text.slice(r.start, r.end);
  const out: TextRange[] = [];
  let from = 0;
  const re = /(?<!\s)\s+and\s+/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const next = s.slice(m.index + m[0].length);
    const w = next.split(/\s+/).slice(0, 3).join(' ');
    if (isRolePhrase(w) || isRolePhrase(next)) {
      out.push({ start: r.start + from, end: r.start + m.index });
      from = m.index + m[0].length;
    }
  }
  out.push({ start: r.start + from, end: r.end });
  return out;
}
