/**
 * attribution: resolve each quote's speaker phrase to an entity, by ordered sieves (the
 * sieve that decided is reported as `method`, CoreNLP-style):
 *   1. continues     "A," he said, "B."        B takes A's speaker
 *   2. explicit      a name next to the cue    the entity named there
 *   3. according-to  "according to X"          as 2, or 5/6 for pronouns and descriptions
 *   4. colon-intro   "X …: “…”"                as 2 (also dash-credit "“…” -X", headline "X: …")
 *   5. pronoun       he / she / her / they     a person of that gender named as a subject since
 *                                              the previous quote, else the previous speaker if
 *                                              the gender agrees, else the last of that gender
 *   6. description   "the speaker", "the minister", "the ministry": previous speaker, the last
 *                    person whose role has that noun, the organisation with that head noun,
 *                    else ("the company") the organisation named last; "the union's release"
 *                    is the union's;
 *                    an indefinite one ("a police spokesman") stays as written, unlinked
 *   7. carry-forward a quote with no cue in the same or next paragraph as the previous quote
 *   7b. paragraph-subject  a quote paragraph with no cue after a paragraph of narration: the
 *                    person that paragraph names last as a subject ("Chapman admits …")
 *   8. none          speaker null
 */
import { isLetter, isUpper, runStart, spaceStart } from '../tails.js';
import type { TextRange } from '../document.js';
import { lowerBound } from '../ranges.js';
import { DOCUMENT_NOUNS, endsWithDocumentNoun, ORG_DESCRIPTION_HEADS, PRONOUNS, ROLE_NOUNS } from '../lexicon/tables.js';
import { speechVerbBase } from '../lexicon/cues.js';
import { isVerbForm } from '../lexicon/index.js';
import type { EntityCluster } from './entities/index.js';
import type { QuoteAnnotation } from './quotes/index.js';
import { isSpeakerHead, type SpeakerNP } from './quotes/speaker-np.js';

/** Every `speaker.method`: the sieve that decided (the cue rules of the quotes stage, then the
 *  sieves above; "headline" is a headline's speaker, "dash-credit" a “…” -X credit). */
export const SPEAKER_METHODS = ['explicit', 'according-to', 'colon-intro', 'dash-credit', 'headline', 'continues', 'pronoun', 'description', 'carry-forward', 'paragraph-subject'] as const;
/** One of SPEAKER_METHODS. */
export type SpeakerMethod = (typeof SPEAKER_METHODS)[number];

export interface ResolvedSpeaker {
  name: string;
  entity: EntityCluster | null;
  mention: SpeakerNP | null;
  method: SpeakerMethod;
  confidence: number;
}

const CONFIDENCE: Record<string, number> = {
  headline: 0.8, 'dash-credit': 0.9, explicit: 0.95, 'according-to': 0.9, 'colon-intro': 0.8, pronoun: 0.8, description: 0.75, 'carry-forward': 0.7, 'paragraph-subject': 0.5, continues: 0.9, unresolved: 0.5,
};

const AUXILIARIES = /^(?:is|was|has|had|have|will|would|can|could|did|does|do|also|then|now|who|later|still|never|only|may|might|must|should|shall|remains|became|began|went|got|took|made|gave|saw|came|knew|thought|felt)$/;

/** A name mention that is the subject of its clause: it opens the sentence (after title words)
 *  or a verb follows it (after an apposition "X, a doctor, said"); not "Tory's", not "tell X". */
export function isSubject(text: string, m: TextRange): boolean {
  const after = text.slice(m.end, m.end + 120);
  if (/^['’]s\b/.test(after)) return false;
  const next = /^(?:\s*,[^,.;:"“”]{1,80},)?\s+([\p{Ll}]+)/u.exec(after)?.[1];
  if (next && (speechVerbBase(next) || AUXILIARIES.test(next) || isVerbForm(next) || /[^s]s$|ed$/.test(next))) return true;
  const before = text.slice(Math.max(0, m.start - 80), m.start);
  return opensClause(before) && !/\b(?:[Tt]o|[Ww]ith|[Ff]or|[Bb]y|[Oo]f|[Aa]t|[Ii]n|[Oo]n|[Ff]rom)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u.test(before);
}

const NAME_PART = (cp: string) => isLetter(cp) || cp === '.' || cp === "'" || cp === '’' || cp === '-';

/**
 * Whether `before` ends where a clause opens, after at most four capitalised words: the text's
 * start, a sentence end ('. ', '!” ') or a line break, then "Foreign Minister " and the like.
 * As /(?:^|[.!?]["”’]?\s+|\n\s*|^\s*)(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u tests, scanning
 * back word by word (each word is a whole run of name characters, so one reading only).
 */
export function opensClause(before: string): boolean {
  let i = before.length;
  for (let words = 0; ; words++) {
    // the opening before position i
    const ws = spaceStart(before, i);
    if (ws === 0) return true;
    if (ws < i) {
      if (before.slice(ws, i).includes('\n')) return true;
      const c = before[ws - 1]!;
      if ('.!?'.includes(c) || ('"”’'.includes(c) && ws >= 2 && '.!?'.includes(before[ws - 2]!))) return true;
    }
    if (words === 4 || ws === i) return false;
    // one more capitalised word, followed by the space just read
    const start = runStart(before, ws, NAME_PART);
    if (start === ws || !isUpper(String.fromCodePoint(before.codePointAt(start)!))) return false;
    i = start;
  }
}

/** How far back (characters) a pronoun or description looks for its person. */
const LOOKBACK = 30_000;
/** Longest name mention looked for around a speaker phrase. */
const MAX_NAME = 200;

const clean = (s: string): string => s.replace(/['’]s$/, '').trim();

/**
 * The quotes and their speakers without headline labels that name nobody of the story:
 * "Ukraine: …", "Markets: …" are topics, not speakers (a headline quote whose named speaker
 * resolved to no person or organisation).
 */
export function withoutTopicLabels(quotes: readonly QuoteAnnotation[], speakers: ReadonlyArray<ResolvedSpeaker | null>): { quotes: QuoteAnnotation[]; speakers: Array<ResolvedSpeaker | null> } {
  const topic = quotes.map((q, i) => q.method === 'headline' && q.speaker?.kind === 'name' && !speakers[i]?.entity);
  return { quotes: quotes.filter((_, i) => !topic[i]), speakers: speakers.filter((_, i) => !topic[i]) };
}

/** Resolve the speakers of all quotes (in text order); adds pronoun/description mentions. */
export function attributeQuotes(text: string, quotes: readonly QuoteAnnotation[], clusters: EntityCluster[]): Array<ResolvedSpeaker | null> {
  const out: Array<ResolvedSpeaker | null> = [];
  const people = clusters.filter((c) => c.type === 'person');
  const orgs = clusters.filter((c) => c.type === 'organization');
  let previous: { speaker: ResolvedSpeaker; quote: QuoteAnnotation } | null = null;

  // name mentions sorted by start: every lookup below is a binary search and a short walk,
  // so a text with 30,000 quotes and names costs no more per quote than a short story
  const names = clusters.flatMap((c) => c.mentions.filter((m) => m.kind === 'name').map((m) => ({ start: m.start, end: m.end, c }))).sort((a, b) => a.start - b.start);
  // organisations by the words of their names, by where they were first named: "the company
  // said" looks among those with that word first named within LOOKBACK before it (a filter of
  // all organisations per description was quadratic in a text of thousands)
  const orgsByWord = new Map<string, Array<{ o: EntityCluster; n: number; start: number }>>();
  orgs.forEach((o, n) => {
    for (const w of new Set(o.name.toLowerCase().split(/\s+/))) {
      const list = orgsByWord.get(w) ?? [];
      list.push({ o, n, start: o.mentions[0]!.start });
      orgsByWord.set(w, list);
    }
  });
  for (const list of orgsByWord.values()) list.sort((a, b) => a.start - b.start);
  /** Of the organisations with `word` in their name first named before `pos` (within LOOKBACK), the last created that `ok` accepts. */
  const orgNamedBefore = (word: string, pos: number, ok: (o: EntityCluster) => boolean): EntityCluster | null => {
    const list = orgsByWord.get(word) ?? [];
    let best: { o: EntityCluster; n: number } | null = null;
    for (let i = lowerBound(list, pos) - 1; i >= 0 && pos - list[i]!.start <= LOOKBACK; i--) if ((!best || list[i]!.n > best.n) && ok(list[i]!.o)) best = list[i]!;
    return best?.o ?? null;
  };

  /** The latest name mention ending by `pos`, no further back than LOOKBACK, that `ok` accepts. */
  const latestBefore = (pos: number, ok: (m: { start: number; end: number; c: EntityCluster }) => boolean) => {
    for (let i = lowerBound(names, pos) - 1; i >= 0 && pos - names[i]!.start <= LOOKBACK; i--) if (names[i]!.end <= pos && ok(names[i]!)) return names[i]!;
    return null;
  };

  const entityAt = (r: TextRange): EntityCluster | null => {
    let best: EntityCluster | null = null;
    let bestLen = 0;
    for (let i = lowerBound(names, r.start - MAX_NAME); i < names.length && names[i]!.start < r.end; i++) {
      const m = names[i]!;
      // the head of a phrase is its end: "Hanbit Robotics CEO Choi Ha-eun" is Choi
      const o = Math.min(m.end, r.end) - Math.max(m.start, r.start) + (m.end === r.end ? 1000 : 0);
      if (o > bestLen && Math.min(m.end, r.end) > Math.max(m.start, r.start)) {
        best = m.c;
        bestLen = o;
      }
    }
    return best;
  };
  const addMention = (c: EntityCluster, np: SpeakerNP) => {
    if (!c.mentions.some((m) => m.start === np.start && m.end === np.end)) c.mentions.push({ start: np.start, end: np.end, kind: np.kind === 'name' ? 'name' : np.kind, text: np.text });
  };
  const lastPersonBefore = (pos: number, fits: (c: EntityCluster) => boolean, where: (m: TextRange) => boolean = () => true): EntityCluster | null =>
    latestBefore(pos, (m) => m.c.type === 'person' && fits(m.c) && where(m))?.c ?? null;

  /** The organisation (not the wire credit) named last before `pos`, with where. */
  const lastOrgBefore = (pos: number): { c: EntityCluster; at: number } | null => {
    const m = latestBefore(pos, (x) => x.c.type === 'organization' && x.c.method !== 'agency');
    return m ? { c: m.c, at: m.start } : null;
  };

  /** A floating quote stands as its own sentence: only a mark or sentence end before it. */
  function opensSentence(q: QuoteAnnotation): boolean {
    const at = q.markRange ? q.markRange.start : q.content.start;
    const before = text.slice(Math.max(0, at - 3), at);
    return at === 0 || /(?:^|[.!?…"”»:]\s*|\n)$/.test(before) || /\n[^\S\n]*$/.test(before);
  }

  /** A quote that opens its paragraph. */
  function opensParagraph(q: QuoteAnnotation): boolean {
    const at = q.markRange ? q.markRange.start : q.content.start;
    return at === 0 || /\n[^\S\n]*$/.test(text.slice(Math.max(0, at - 4), at));
  }

  /** "Chapman admits there were fatalities. // “…”": a quote paragraph with no cue after a
   *  paragraph of narration (no quote in it) whose subject is one person: that person. */
  function previousParagraphSubject(q: QuoteAnnotation): ResolvedSpeaker | null {
    const at = q.markRange ? q.markRange.start : q.content.start;
    let end = at;
    while (end > 0 && /\s/.test(text[end - 1]!)) end--;
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (end <= start || quotes.some((o) => o !== q && o.content.start < end && o.content.end > start)) return null;
    let best: { c: EntityCluster; at: number } | null = null;
    for (const c of people) for (const m of c.mentions) if (m.kind === 'name' && m.start >= start && m.end <= end && (!best || m.start > best.at) && isSubject(text, m)) best = { c, at: m.start };
    return best ? { name: best.c.name, entity: best.c, mention: null, method: 'paragraph-subject', confidence: CONFIDENCE['paragraph-subject']! } : null;
  }

  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!;
    let r: ResolvedSpeaker | null = null;
    const prev = previous as { speaker: ResolvedSpeaker; quote: QuoteAnnotation } | null;
    if (q.continues !== null && out[q.continues]) {
      const parent = out[q.continues]!;
      r = { ...parent, method: 'continues', confidence: Math.min(parent.confidence, CONFIDENCE.continues!) };
    } else if (q.speaker) {
      r = resolveSpeaker(q.speaker, q);
    } else if (prev && q.kind === 'direct' && opensSentence(q) && q.paragraph - prev.quote.paragraphs[prev.quote.paragraphs.length - 1]! <= 1 && prev.speaker.entity) {
      r = { ...prev.speaker, mention: null, method: 'carry-forward', confidence: CONFIDENCE['carry-forward']! };
    } else if (q.kind === 'direct' && opensParagraph(q)) {
      r = previousParagraphSubject(q);
    }
    out.push(r);
    if (r) previous = { speaker: r, quote: q };
  }
  return out;

  function resolveSpeaker(np: SpeakerNP, q: QuoteAnnotation): ResolvedSpeaker | null {
    const sieve = q.method ?? 'explicit';
    if (np.kind === 'name') {
      // a headline names by surname a person the story names in full ("Obama on …: …")
      const c = entityAt(np) ?? (sieve === 'headline' ? people.find((p) => p.name.split(/\s+/).length > 1 && p.name.endsWith(` ${clean(np.text)}`)) ?? null : null);
      if (c) return { name: c.name, entity: c, mention: np, method: sieve, confidence: CONFIDENCE[sieve] ?? 0.9 };
      return { name: clean(np.text), entity: null, mention: np, method: sieve, confidence: CONFIDENCE.unresolved! };
    }
    if (np.kind === 'pronoun') {
      const p = PRONOUNS[np.text.toLowerCase()];
      if (!p || (np.text.toLowerCase() === 'it' && !previous)) return null;
      if (p.plural || np.text.toLowerCase() === 'it') {
        const prevEntity = previous?.speaker.entity;
        if (prevEntity && prevEntity.type === 'organization') {
          addMention(prevEntity, np);
          return { name: prevEntity.name, entity: prevEntity, mention: np, method: 'pronoun', confidence: 0.6 };
        }
        return { name: np.text, entity: null, mention: np, method: 'pronoun', confidence: 0.3 };
      }
      const fits = (c: EntityCluster) => c.type === 'person' && (c.gender === null || c.gender === p.gender);
      const prevEntity = previous?.speaker.entity ?? null;
      const prevAt = previous ? previous.quote.content.start : -1;
      // the last person of this gender (or of none known) named as a subject since the previous
      // quote, in this or the last paragraph: "Guest said …", not "tell Mayor John Tory"
      const recent = lastPersonBefore(np.start, (x) => x.gender === p.gender || x.gender === null, (m) => isSubject(text, m));
      const recentAt = recent ? latestBefore(np.start, (m) => m.c === recent)?.start ?? -1 : -1;
      let c: EntityCluster | null = null;
      if (recent && recent !== prevEntity && recentAt > prevAt && np.start - recentAt < 600) c = recent;
      else if (prevEntity && fits(prevEntity)) c = prevEntity;
      else c = recent ?? lastPersonBefore(np.start, fits);
      if (!c) return { name: np.text, entity: null, mention: np, method: 'pronoun', confidence: 0.3 };
      if (c.gender === null) c.gender = p.gender;
      addMention(c, np);
      return { name: c.name, entity: c, mention: np, method: 'pronoun', confidence: CONFIDENCE.pronoun! };
    }
    // descriptions
    // "the union's Friday release", "Facebook's statement": the owner of the words speaks
    const owner = /^(.+?)['’]s\s+\S/u.exec(np.text);
    if (owner && owner[1]!.split(/\s+/).length <= 6 && endsWithDocumentNoun(np.text)) {
      const o = owner[1]!;
      const kind = /^(?:the|a|an|this|that)\s/i.test(o) || !/^\p{Lu}/u.test(o) ? 'description' : 'name';
      const r = resolveSpeaker({ start: np.start, end: np.start + o.length, kind, text: o }, q);
      if (r?.entity) return { ...r, mention: np };
    }
    const all = np.text.toLowerCase().split(/\s+/);
    // "the lawyer for Animal Protection Services": the head stands before the preposition
    const prep = all.findIndex((w, k) => k > 0 && /^(?:for|of|at|with|from|in|on)$/.test(w));
    const words = prep > 0 ? all.slice(0, prep) : all;
    const head = words[words.length - 1]!.replace(/s$/, (m) => (ROLE_NOUNS.has(words[words.length - 1]!) ? m : ''));
    // "The Canadian government": capitalised modifiers the organisation's name must echo
    const modifiers = np.text.split(/\s+/).slice(1, prep > 0 ? prep : undefined).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase().replace(/['’]s$/, '').slice(0, 5));
    const echoes = (o: EntityCluster) => modifiers.every((m) => o.name.toLowerCase().split(/[\s-]+/).some((w) => w.startsWith(m)));
    // a headline drops its articles ("…, minister says"): the person of that role in the story
    if (q.method === 'headline') {
      const c = people.find((p) => p.roles.some((ro) => ro.title.toLowerCase().split(/[\s,]+/).includes(head)) || p.titles.some((t) => text.slice(t.start, t.end).toLowerCase().split(/\s+/).includes(head)));
      if (c) {
        addMention(c, np);
        return { name: c.name, entity: c, mention: np, method: 'headline', confidence: 0.6 };
      }
    }
    const definite = /^(?:the|this|that)$/.test(words[0]!);
    if (definite) {
      if (head === 'speaker' || head === 'source' || head === 'interlocutor') {
        const c = previous?.speaker.entity ?? null;
        if (c) {
          addMention(c, np);
          return { name: c.name, entity: c, mention: np, method: 'description', confidence: CONFIDENCE.description! };
        }
      }
      const orgHead = ORG_DESCRIPTION_HEADS.has(head) && !ROLE_NOUNS.has(head);
      const roleFit = (c: EntityCluster) => !orgHead && (c.roles.some((ro) => ro.title.toLowerCase().split(/[\s,]+/).includes(head)) || c.titles.some((t) => text.slice(t.start, t.end).toLowerCase().split(/\s+/).includes(head)));
      const byRole = lastPersonBefore(np.start, roleFit);
      if (byRole) {
        addMention(byRole, np);
        return { name: byRole.name, entity: byRole, mention: np, method: 'description', confidence: CONFIDENCE.description! };
      }
      const o = orgNamedBefore(head, np.start, echoes);
      if (o) {
        addMention(o, np);
        return { name: o.name, entity: o, mention: np, method: 'description', confidence: 0.7 };
      }
      // "The company said": the organisation named last, not far back (not the wire credit);
      // "the regional agriculture department", "the Agriculture Ministry" name another
      const lastOrg = orgHead && words.length === 2 ? lastOrgBefore(np.start) : null;
      if (lastOrg && np.start - lastOrg.at < 1500) {
        addMention(lastOrg.c, np);
        return { name: lastOrg.c.name, entity: lastOrg.c, mention: np, method: 'description', confidence: 0.6 };
      }
      // "the rookie defenceman said", "The 32-year-old labourer says": a person described,
      // not named, right after a paragraph about them: the person last named as a subject
      if (!orgHead && !DOCUMENT_NOUNS.has(head) && isSpeakerHead(head) && !ROLE_NOUNS.has(head)) {
        const subj = lastPersonBefore(np.start, () => true, (m) => isSubject(text, m) && np.start - m.start < 600);
        if (subj) {
          addMention(subj, np);
          return { name: subj.name, entity: subj, mention: np, method: 'description', confidence: 0.5 };
        }
      }
      // "the official added": a definite person noun with no matching role is the last speaker
      const prevEntity = previous?.speaker.entity;
      if (ROLE_NOUNS.has(head) && prevEntity && prevEntity.type === 'person') {
        addMention(prevEntity, np);
        return { name: prevEntity.name, entity: prevEntity, mention: np, method: 'description', confidence: 0.6 };
      }
    }
    return { name: np.text, entity: null, mention: np, method: 'description', confidence: 0.6 };
  }
}
