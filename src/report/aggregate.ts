/**
 * The coverage report's one pass over the lines of `article-anatomy batch`: each line is
 * counted and forgotten, into counters of bounded size (BoundedCounter), so any number of
 * records is read in bounded memory. Speakers and entities are counted by the resolved
 * entity's name and type, never by the words a quote's cue happened to use.
 */
import { BoundedCounter } from './bounded-counter.js';

/** Keys kept per counter (see BoundedCounter): names of speakers, people and organisations;
 *  pairs of them; small categories (places, agencies, languages, outlets, error codes); and
 *  the speakers by outlet and by period. About 100 bytes a key: tens of MB at the most. */
export const CAPACITY = { entities: 20_000, pairs: 50_000, categories: 5_000, crossed: 20_000 } as const;

/** Entities of one article paired for co-occurrence: its most mentioned ones (the pairs grow
 *  with the square of the entities; a long list names many in passing). */
export const PAIRED_PER_ARTICLE = 12;

/** A speaker's or entity's kind. */
export type EntityType = 'person' | 'organisation';

/** A person's gender as the text states it (Person.genderStatedBy), else 'not stated'. */
export type StatedGender = 'female' | 'male' | 'not stated';
/** The stated genders, in the order the report shows them. */
export const STATED_GENDERS: readonly StatedGender[] = ['female', 'male', 'not stated'];

/** The counter key of an entity: its name, then its type (so that equal counts list by name). */
export const entityKey = (type: EntityType, name: string): string => `${name}\t${type === 'person' ? 'p' : 'o'}`;
/** Whether an entity key is a person's. */
export const isPersonKey = (key: string): boolean => key.endsWith('\tp');
/** The type and name of an entity key. */
export const readEntityKey = (key: string): { type: EntityType; name: string } => ({ type: isPersonKey(key) ? 'person' : 'organisation', name: key.slice(0, -2) });

/** Joins two parts of a crossed key (outlet and speaker, period and speaker, two entities). */
export const JOIN = '\u0001';

/** A calendar day read from a line's `date`. */
export interface Day {
  /** YYYY-MM-DD */
  day: string;
  /** the Monday of its week (ISO weeks), YYYY-MM-DD */
  week: string;
  /** YYYY-MM */
  month: string;
}

/** The day an ISO date or date-time ("2026-03-02", "2026-03-02T08:00:00Z", "2026-03-02 08:00")
 *  names, as written (no time zone shift: the outlet's own date); null for anything else. */
export function readDay(value: unknown): Day | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const date = new Date(t);
  // Date.UTC rolls "2026-02-31" over into March: such a day does not exist
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  const monday = new Date(t - ((date.getUTCDay() + 6) % 7) * 86_400_000);
  return { day: m[0].slice(0, 10), week: isoDay(monday), month: m[0].slice(0, 7) };
}

/** YYYY-MM-DD of a UTC date (years 0000–9999). */
const isoDay = (d: Date): string => `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const objects = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim().replace(/\s+/g, ' ') : null);

/** An entity of one record, by its id ("p1", "o2"). */
interface RecordEntity {
  key: string;
  /** a person's stated gender, and what states it */
  gender: StatedGender;
  by: 'honorific' | 'pronoun' | null;
}

/** Counts per stated gender: [items, stated by an honorific, stated by a pronoun]. */
export type GenderCounts = Record<StatedGender, [number, number, number]>;
const genderCounts = (): GenderCounts => ({ female: [0, 0, 0], male: [0, 0, 0], 'not stated': [0, 0, 0] });

/** The gender a record's person is stated to have, and by what (null: not stated). */
function statedGenderOf(p: Obj): { gender: StatedGender; by: 'honorific' | 'pronoun' | null } {
  const by = p.genderStatedBy === 'honorific' || p.genderStatedBy === 'pronoun' ? p.genderStatedBy : null;
  return by && (p.gender === 'female' || p.gender === 'male') ? { gender: p.gender, by } : { gender: 'not stated', by: null };
}

const countGender = (c: GenderCounts, g: { gender: StatedGender; by: 'honorific' | 'pronoun' | null }): void => {
  c[g.gender][0]++;
  if (g.by === 'honorific') c[g.gender][1]++;
  if (g.by === 'pronoun') c[g.gender][2]++;
};

/** Counts over the records of a batch output, one line at a time (`add`). */
export class CoverageAggregator {
  /** records read (lines with a record) */
  records = 0;
  /** error lines of batch ({"id", "error"}), by error code */
  readonly errors = new BoundedCounter(CAPACITY.categories);
  /** lines that are neither a record nor an error line (not JSON, not an object) */
  unreadable = 0;
  /** quotes in all, and those whose speaker is no resolved entity */
  quotes = 0;
  unresolvedQuotes = 0;
  /** by entity key: [quotes, articles quoting] */
  readonly speakers = new BoundedCounter(CAPACITY.entities, 2);
  /** by entity key: [articles naming, mentions] */
  readonly people = new BoundedCounter(CAPACITY.entities, 2);
  readonly organisations = new BoundedCounter(CAPACITY.entities, 2);
  /** by "keyA JOIN keyB" (keys in order): [articles naming both] */
  readonly pairs = new BoundedCounter(CAPACITY.pairs);
  /** quote kinds: [quotes] */
  readonly kinds = new BoundedCounter(CAPACITY.categories);
  /** speaker methods ('none': no speaker): [quotes, sum of confidences] */
  readonly methods = new BoundedCounter(CAPACITY.categories, 2);
  /** dateline places and agencies: [articles]; articles with no dateline */
  readonly places = new BoundedCounter(CAPACITY.categories);
  readonly agencies = new BoundedCounter(CAPACITY.categories);
  noDateline = 0;
  /** languages (ISO 639-3, "und" when undetermined): [articles], [quotes] */
  readonly articleLanguages = new BoundedCounter(CAPACITY.categories);
  readonly quoteLanguages = new BoundedCounter(CAPACITY.categories);
  /** quotes of people by their stated gender, and people named (once per article) */
  readonly speakerGender = genderCounts();
  readonly peopleGender = genderCounts();
  /** quotes of organisations (not in the gender counts) */
  organisationQuotes = 0;
  /** by outlet: [articles, quotes]; articles without a source */
  readonly sources = new BoundedCounter(CAPACITY.categories, 2);
  unsourced = 0;
  /** by "outlet JOIN speaker key": [quotes]; by "outlet JOIN gender": [quotes of people] */
  readonly sourceSpeakers = new BoundedCounter(CAPACITY.crossed);
  readonly sourceGender = new BoundedCounter(CAPACITY.categories * 3);
  /** by week (its Monday) and by month: [articles, quotes] */
  readonly weeks = new Map<string, [number, number]>();
  readonly months = new Map<string, [number, number]>();
  /** by "period JOIN speaker key": [quotes] */
  readonly weekSpeakers = new BoundedCounter(CAPACITY.crossed);
  readonly monthSpeakers = new BoundedCounter(CAPACITY.crossed);
  /** articles with a date, without one, with one that is no ISO date; the first and last day */
  dated = 0;
  undated = 0;
  badDates = 0;
  firstDay: string | null = null;
  lastDay: string | null = null;

  /** Count a line that could not be read as JSON. */
  addUnreadable(): void {
    this.unreadable++;
  }

  /** Count one parsed line of batch output: a record ({"id", …record, "date"?, "source"?}) or
   *  an error line ({"id", "error"}); anything else is unreadable. */
  add(line: unknown): void {
    if (!isObj(line)) return this.addUnreadable();
    if ('error' in line) {
      this.errors.add(text(isObj(line.error) ? line.error.code : null) ?? 'unknown');
      return;
    }
    this.records++;
    const entities = new Map<string, RecordEntity>();
    const named = new Map<string, number>(); // entity key -> mentions in this article
    for (const [list, type, counter] of [[line.people, 'person', this.people], [line.organizations, 'organisation', this.organisations]] as const) {
      const seen = new Set<string>();
      for (const e of objects(list)) {
        const name = text(e.name);
        if (!name) continue;
        const key = entityKey(type, name);
        const gender = type === 'person' ? statedGenderOf(e) : { gender: 'not stated' as const, by: null };
        if (typeof e.id === 'string') entities.set(e.id, { key, ...gender });
        const mentions = Array.isArray(e.mentions) ? e.mentions.length : 0;
        named.set(key, (named.get(key) ?? 0) + mentions);
        counter.add(key, mentions, 1);
        // two clusters of one name in an article are one name to a reader: counted once
        if (seen.has(key)) continue;
        seen.add(key);
        counter.add(key, 1, 0);
        if (type === 'person') countGender(this.peopleGender, gender);
      }
    }
    this.countPairs(named);

    const day = line.date === undefined || line.date === null ? null : readDay(line.date);
    if (day) this.countDay(day.day);
    else if (line.date === undefined || line.date === null) this.undated++;
    else this.badDates++;
    const source = text(line.source);

    const quotes = objects(line.quotes);
    const quoted = new Set<string>();
    for (const q of quotes) {
      this.quotes++;
      this.kinds.add(text(q.kind) ?? 'unknown');
      const s = isObj(q.speaker) ? q.speaker : null;
      this.methods.add(s ? text(s.method) ?? 'unknown' : 'none');
      if (s && typeof s.confidence === 'number') this.methods.add(text(s.method) ?? 'unknown', s.confidence, 1);
      const lang = isObj(q.language) ? text(q.language.iso6393) : null;
      if (lang) this.quoteLanguages.add(lang);
      const speaker = this.speakerOf(s, entities);
      if (!speaker) {
        this.unresolvedQuotes++;
        continue;
      }
      this.speakers.add(speaker.key);
      quoted.add(speaker.key);
      if (isPersonKey(speaker.key)) countGender(this.speakerGender, speaker);
      else this.organisationQuotes++;
      if (source) {
        this.sourceSpeakers.add(source + JOIN + speaker.key);
        if (isPersonKey(speaker.key)) this.sourceGender.add(source + JOIN + speaker.gender);
      }
      if (day) {
        this.weekSpeakers.add(day.week + JOIN + speaker.key);
        this.monthSpeakers.add(day.month + JOIN + speaker.key);
      }
    }
    for (const key of quoted) this.speakers.add(key, 1, 1);

    if (source) {
      this.sources.add(source, 1, 0);
      this.sources.add(source, quotes.length, 1);
    } else this.unsourced++;
    if (day) {
      bump(this.weeks, day.week, quotes.length);
      bump(this.months, day.month, quotes.length);
    }
    const d = isObj(line.dateline) ? line.dateline : null;
    if (!d) this.noDateline++;
    else {
      const place = text(d.location);
      const agency = text(d.agency);
      if (place) this.places.add(place);
      if (agency) this.agencies.add(agency);
    }
    const language = isObj(line.language) ? text(line.language.iso6393) : null;
    if (language) this.articleLanguages.add(language);
  }

  /** The resolved entity that said a quote: the record's entity its entityId names (by that
   *  entity's name), or, when the record was written without its people and organisations
   *  (batch --fields quotes), the speaker's name, which is the entity's; null when unresolved. */
  private speakerOf(s: Obj | null, entities: ReadonlyMap<string, RecordEntity>): RecordEntity | null {
    const id = s && typeof s.entityId === 'string' ? s.entityId : null;
    if (!id) return null;
    const known = entities.get(id);
    if (known) return known;
    const name = text(s!.name);
    return name && /^[po]\d/.test(id) ? { key: entityKey(id[0] === 'p' ? 'person' : 'organisation', name), gender: 'not stated', by: null } : null;
  }

  /** Pairs of the article's most mentioned entities, each pair once. */
  private countPairs(named: ReadonlyMap<string, number>): void {
    const keys = [...named.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, PAIRED_PER_ARTICLE).map(([k]) => k).sort();
    for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) this.pairs.add(keys[i]! + JOIN + keys[j]!);
  }

  private countDay(day: string): void {
    this.dated++;
    if (this.firstDay === null || day < this.firstDay) this.firstDay = day;
    if (this.lastDay === null || day > this.lastDay) this.lastDay = day;
  }
}

/** Add an article and its quotes to a period. */
function bump(m: Map<string, [number, number]>, key: string, quotes: number): void {
  const c = m.get(key);
  if (c) {
    c[0]++;
    c[1] += quotes;
  } else m.set(key, [1, quotes]);
}
