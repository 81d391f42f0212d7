/**
 * Roles of people: titles stripped from the name ("Foreign Minister"), role phrases right
 * before it ("president of the Chief Editors’ Club Bibigul Zheksenbay", "Senator, journalist
 * Nurtore Zhusip") and appositions after it ("Asel Karaulova, president of X and head of Y").
 */
import type { TextRange } from '../../document.js';
import { ROLE_NOUNS, HONORIFICS } from '../../lexicon/tables.js';
import type { EntityCluster, RoleAnnotation } from './cluster.js';

const ROLE_HEAD = /^(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)(?:\s+(?:of|at|for|to|in|with)\s+.+)?$/u;

/** Is this phrase a role ("president of the Kazakhstan Press Club", "journalist", "Senator")? */
export function isRolePhrase(phrase: string): boolean {
  const p = phrase.trim();
  if (!p || p.length > 160) return false;
  const m = ROLE_HEAD.exec(p);
  if (!m) return false;
  const words = p.split(/\s+(?:of|at|for|to|in|with)\s+/)[0]!.split(/\s+/);
  return words.some((w) => ROLE_NOUNS.has(w.toLowerCase()) || HONORIFICS.has(w.toLowerCase().replace(/\.$/, '')) || ROLE_NOUNS.has(w.toLowerCase().replace(/s$/, '')));
}

/** Add roles to the people clusters. `sentenceOf` gives the sentence range around a position. */
export function attachRoles(text: string, clusters: EntityCluster[], sentenceOf: (pos: number) => TextRange | undefined): void {
  const people = clusters.filter((c) => c.type === 'person');
  const orgs = clusters.filter((c) => c.type === 'organization');
  const allNames = clusters.flatMap((c) => c.mentions.filter((m) => m.kind === 'name'));
  const orgIn = (r: TextRange) => orgs.find((o) => o.mentions.some((m) => m.start >= r.start && m.end <= r.end)) ?? null;
  const add = (cl: EntityCluster, r: TextRange) => {
    const title = text.slice(r.start, r.end).trim();
    if (!title || cl.roles.some((x) => x.title === title)) return;
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
      let first = true;
      for (let guard = 0; guard < 4; guard++) {
        const from = Math.max(s.start, text.lastIndexOf(',', end - 1) + 1);
        const seg = { start: from, end };
        let phrase = text.slice(seg.start, seg.end);
        // "…, and deputy chairman of X Name": the list's "and" is not part of the role
        const and = /^\s*and\s+/.exec(phrase);
        if (and) {
          seg.start += and[0].length;
          phrase = phrase.slice(and[0].length);
        }
        if (!phrase.trim() || !isRolePhrase(phrase) || allNames.some((n) => n.start >= seg.start && n.end <= seg.end && clusters.find((c) => c.mentions.includes(n))?.type === 'person')) break;
        if (!first && from === s.start && /[.!?]\s*$/.test(text.slice(0, from))) {
          // a sentence-opening segment is fine
        }
        const trimmed = { start: seg.start + (phrase.length - phrase.trimStart().length), end: seg.end };
        add(cl, trimmed);
        first = false;
        if (from <= s.start) break;
        end = from - 1;
      }
      // after: ", president of X and head of Y," — not when a name follows (then it is theirs)
      const after = text.slice(m.end, s.end);
      const ap = /^,\s+([^,;.]{2,200}?)(?=[,;.]|$)/.exec(after);
      if (ap) {
        const apStart = m.end + ap[0].indexOf(ap[1]!);
        const apRange = { start: apStart, end: apStart + ap[1]!.length };
        const hasPerson = allNames.some((n) => n.start >= apRange.start && n.end <= apRange.end && people.some((p) => p.mentions.includes(n)));
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
  const re = /\s+and\s+/g;
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
