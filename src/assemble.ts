/**
 * assemble: turn the stages' ranges over the normalised text into the contract's record,
 * with spans of the ORIGINAL input (text always equals input.slice(start, end)).
 */
import type { Doc, DocDiagnostic, TextRange } from './document.js';
import { toInputRange } from './document.js';
import type { ArticleAnalysis, Diagnostic, Language, Organization, Person, Quote, Span } from './schema.js';
import { SCHEMA_VERSION } from './schema.js';
import type { DatelineAnnotation } from './stages/dateline/index.js';
import type { EntityCluster, OrganizationMethod, PersonMethod } from './stages/entities/index.js';
import type { Furniture } from './stages/furniture.js';
import type { QuoteAnnotation } from './stages/quotes/index.js';
import type { ResolvedSpeaker } from './stages/attribution.js';

export interface Annotations {
  furniture: Furniture;
  dateline: DatelineAnnotation | null;
  clusters: EntityCluster[];
  quotes: QuoteAnnotation[];
  speakers: Array<ResolvedSpeaker | null>;
  language: Language;
  quoteLanguages: Array<{ iso6393: string; iso6391: string | null } | null>;
  paragraphLanguages: Array<{ range: TextRange; language: { iso6393: string; iso6391: string | null } | null }>;
  diagnostics: DocDiagnostic[];
}

/** Build the record. */
export function assemble(doc: Doc, a: Annotations): ArticleAnalysis {
  const span = (r: TextRange): Span => {
    const o = toInputRange(doc, r);
    return { start: o.start, end: o.end, text: doc.input.slice(o.start, o.end) };
  };
  const maybe = (r: TextRange | null): Span | null => (r ? span(r) : null);

  const ids = new Map<EntityCluster, string>();
  const people = a.clusters.filter((c) => c.type === 'person' && c.mentions.some((m) => m.kind === 'name'));
  const orgs = a.clusters.filter((c) => c.type === 'organization');
  people.forEach((c, i) => ids.set(c, `p${i + 1}`));
  orgs.forEach((c, i) => ids.set(c, `o${i + 1}`));

  /** The name mentions by position, and the other names than the canonical one. */
  const namesOf = (c: EntityCluster) => {
    // (properties written out: an object spread per mention showed in profiles of long inputs)
    const mentions = [...c.mentions].sort((x, y) => x.start - y.start).map((m) => {
      const s = span(m);
      return { start: s.start, end: s.end, text: s.text, kind: m.kind };
    });
    const aliases = [...new Set(mentions.filter((m) => m.kind === 'name').map((m) => m.text.replace(/\s+/g, ' ')))].filter((t) => t !== c.name);
    return { aliases, mentions };
  };
  // The casts: a cluster's method is typed as any candidate's. A person begins with a name
  // rule's candidate or the tagger's (never a lone word's); an organisation's may read
  // `${string}+model`, where mergeWithModel retypes a weak person rule's name. PERSON_METHODS and
  // ORGANIZATION_METHODS list exactly these (the schema's enums check every record in the tests).
  const person = (c: EntityCluster): Person => {
    const { aliases, mentions } = namesOf(c);
    const roles = c.roles.map((r) => ({ title: r.title, organizationId: r.organization ? ids.get(r.organization) ?? null : null, mention: span(r.range) }));
    return { id: ids.get(c)!, name: c.name, aliases, mentions, method: c.method as PersonMethod, roles, gender: c.gender };
  };
  const organization = (c: EntityCluster): Organization => {
    const { aliases, mentions } = namesOf(c);
    return { id: ids.get(c)!, name: c.name, aliases, mentions, method: c.method as OrganizationMethod };
  };

  const quotes: Quote[] = a.quotes.map((q, i) => {
    const s = a.speakers[i] ?? null;
    const c = span(q.content);
    const out: Quote = {
      start: c.start,
      end: c.end,
      text: c.text,
      id: `q${i + 1}`,
      kind: q.kind,
      cue: maybe(q.cue),
      speaker: s ? { name: s.name, entityId: s.entity ? ids.get(s.entity) ?? null : null, mention: maybe(s.mention), method: s.method, confidence: s.confidence } : null,
      marks: q.marks,
    };
    const lang = a.quoteLanguages[i];
    if (lang) out.language = lang;
    return out;
  });

  const d = a.dateline;
  const diagnostics: Diagnostic[] = a.diagnostics.map((x) => {
    const { range, ...rest } = x;
    if (!range) return rest;
    const o = toInputRange(doc, range);
    return { ...rest, start: o.start, end: o.end };
  });

  return {
    schemaVersion: SCHEMA_VERSION,
    headline: maybe(a.furniture.headline),
    kicker: maybe(a.furniture.kicker),
    byline: maybe(a.furniture.byline),
    dateline: d ? { ...span(d), location: d.location, agency: d.agency, date: d.date, agencyText: d.agencyText } : null,
    language: a.language,
    people: people.map(person),
    organizations: orgs.map(organization),
    quotes,
    body: a.furniture.body ? (({ start, end }) => ({ start, end }))(toInputRange(doc, a.furniture.body)) : null,
    paragraphs: a.paragraphLanguages.map((p) => {
      const o = toInputRange(doc, p.range);
      return { start: o.start, end: o.end, language: p.language };
    }),
    boilerplate: a.furniture.boilerplate.map((b) => {
      const o = span(b);
      return { start: o.start, end: o.end, text: o.text, reason: b.reason };
    }),
    diagnostics,
  };
}
