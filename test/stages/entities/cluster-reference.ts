/**
 * The specification of clusterCandidates: the plain algorithm that scans every cluster for
 * every candidate (quadratic; the shipped one answers from indexes). cluster.test.ts holds
 * the two equal on generated candidates.
 */
import type { Candidate } from '../../../src/stages/entities/candidates.js';
import { genderOfName, isLoneWord } from '../../../src/stages/entities/candidates.js';
import { initialsOf, samePerson, shortNameOf, tokensOf, type EntityCluster, type EntityMention } from '../../../src/stages/entities/cluster.js';
import { ORG_DESCRIPTION_HEADS } from '../../../src/lexicon/en/organisations.js';
import { canonicalAgency } from '../../../src/lexicon/shared/agencies.js';
import { isFirstName } from '../../../src/lexicon/index.js';

/** Cluster candidates (in text order). Single-word person candidates only join a cluster. */
export function clusterCandidatesNaive(text: string, candidates: readonly Candidate[]): EntityCluster[] {
  const clusters: EntityCluster[] = [];
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const mention = (c: Candidate): EntityMention => ({ start: c.start, end: c.end, kind: 'name', text: c.text });
  const newCluster = (c: Candidate): EntityCluster => {
    const agency = c.type === 'organization' ? canonicalAgency(c.text) : null;
    const cl: EntityCluster = { type: c.type, name: agency ?? c.text, mentions: [mention(c)], titles: c.title ? [c.title] : [], roles: [], gender: null, method: c.method, fixedName: !!agency };
    clusters.push(cl);
    return cl;
  };

  // 1. multi-word people and all organisations
  for (const c of sorted) {
    const toks = tokensOf(c.text);
    if (c.type === 'person' && toks.length >= 2) {
      const hit = clusters.find((cl) => cl.type === 'person' && cl.mentions.some((m) => m.kind === 'name' && samePerson(tokensOf(m.text), toks)));
      if (hit) {
        hit.mentions.push(mention(c));
        if (c.title) hit.titles.push(c.title);
      } else newCluster(c);
    } else if (c.type === 'organization' && c.method === 'org-alias' && clusters.length) {
      // "X Bank ( Afreximbank )": the bracketed short name is the organisation just named
      const before = clusters.filter((cl) => cl.type === 'organization' && cl.mentions.some((m) => m.end <= c.start && c.start - m.end <= 4));
      if (before.length) before[before.length - 1]!.mentions.push(mention(c));
      else newCluster(c);
    } else if (c.type === 'organization') {
      const key = toks.join(' ');
      const agency = canonicalAgency(c.text);
      const hit = clusters.find(
        (cl) =>
          cl.type === 'organization' &&
          ((agency && cl.name === agency) ||
            cl.mentions.some((m) => tokensOf(m.text).join(' ') === key) ||
            (/^[\p{Lu}]{2,8}$/u.test(c.text) && initialsOf(cl.name) === c.text) ||
            (/^[\p{Lu}]{2,8}$/u.test(cl.name) && initialsOf(c.text) === cl.name) ||
            // a short name is the first word of a full one, either named first
            (toks.length === 1 && !/^[\p{Lu}]{2,8}$/u.test(c.text) && !agency && cl.mentions.some((m) => shortNameOf(tokensOf(m.text)) === toks[0])) ||
            (shortNameOf(toks) !== null && cl.mentions.some((m) => tokensOf(m.text).join(' ') === shortNameOf(toks)))),
      );
      if (hit) {
        hit.mentions.push(mention(c));
        // the expansion is the better name: "Korea Trade Association" over "KTA"
        if (!hit.fixedName && /^[\p{Lu}]{2,8}$/u.test(hit.name) && !/^[\p{Lu}]{2,8}$/u.test(c.text)) hit.name = c.text;
      } else newCluster(c);
    }
  }
  // 2. single words: the surname (or East Asian family name) of exactly one person; a single
  // word with a title or speaker anchor and no such person starts its own cluster
  for (const c of sorted) {
    if (c.type !== 'person' || tokensOf(c.text).length !== 1) continue;
    const tok = tokensOf(c.text)[0]!;
    const multi = (cl: EntityCluster) => cl.mentions.filter((m) => m.kind === 'name' && tokensOf(m.text).length >= 2).map((m) => tokensOf(m.text));
    const byLast = clusters.filter((cl) => cl.type === 'person' && multi(cl).some((t) => t.slice(1).includes(tok)));
    const byFirst = clusters.filter((cl) => cl.type === 'person' && multi(cl).some((t) => t[0] === tok));
    const bySingle = clusters.filter((cl) => cl.type === 'person' && cl.mentions.some((m) => m.kind === 'name' && tokensOf(m.text).join(' ') === tok));
    // "Daebo" after "Daebo Microsystems": the organisation's short name
    const byOrg = clusters.filter((cl) => cl.type === 'organization' && cl.mentions.some((m) => m.kind === 'name' && tokensOf(m.text)[0] === tok));
    // two people share the surname (Enoch and Randall Pokiak) or the family name written first: the one named last before it
    const latestBefore = (cls: EntityCluster[]) => {
      let best: EntityCluster | undefined;
      let at = -1;
      for (const cl of cls) for (const m of cl.mentions) if (m.kind === 'name' && m.end <= c.start && m.start > at && tokensOf(m.text).length >= 2) [best, at] = [cl, m.start];
      return best;
    };
    const choose = (): EntityCluster | undefined => {
      // a surname-only word: a family name written first ("Wang" of Wang Donghai), never a given name ("in Paris" is not Paris Hilton)
      if (c.method === 'single-surname') return byLast.length ? latestBefore(byLast) : isFirstName(tok) ? undefined : latestBefore(byFirst);
      if (byLast.length) return byLast.length === 1 ? byLast[0] : latestBefore(byLast);
      if (byFirst.length) return byFirst.length === 1 ? byFirst[0] : latestBefore(byFirst);
      if (bySingle.length) return bySingle.length === 1 ? bySingle[0] : undefined;
      return byOrg.length === 1 ? byOrg[0] : undefined;
    };
    const pick = choose();
    if (pick) {
      pick.mentions.push(mention(c));
      if (c.title) pick.titles.push(c.title);
    } else if (!isLoneWord(c) && byLast.length + byFirst.length === 0) newCluster(c);
  }
  // 3. "the Association": a definite head noun naming exactly one organisation
  const DEF = /\b[Tt]he\s+([\p{Lu}][\p{Ll}]+)\b/gu;
  for (let m = DEF.exec(text); m; m = DEF.exec(text)) {
    const head = m[1]!.toLowerCase();
    if (!ORG_DESCRIPTION_HEADS.has(head)) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    if (clusters.some((cl) => cl.mentions.some((x) => x.start <= start && x.end >= end - m![1]!.length))) continue;
    const orgs = clusters.filter((cl) => cl.type === 'organization' && cl.mentions[0]!.start < start && tokensOf(cl.name).includes(head));
    if (orgs.length === 1) orgs[0]!.mentions.push({ start, end, kind: 'description', text: m[0] });
  }
  for (const cl of clusters) {
    cl.mentions.sort((a, b) => a.start - b.start);
    if (!cl.fixedName) {
      const names = cl.mentions.filter((m) => m.kind === 'name');
      let best = names[0]!;
      for (const n of names) if (tokensOf(n.text).length > tokensOf(best.text).length) best = n;
      cl.name = best.text;
    }
    if (cl.type === 'person') cl.gender = genderOfName(cl.name);
  }
  return clusters;
}
