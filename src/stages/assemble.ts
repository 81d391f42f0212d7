/**
 * assemble: turn the stages' ranges over the normalised text into the contract's record,
 * with spans of the ORIGINAL input (text always equals input.slice(start, end)).
 */
import type { Doc, DocDiagnostic, TextRange } from '../document.js';
import { toInputRange } from '../document.js';
import type { Annotations } from '../pipeline.js';
import type { ArticleAnalysis, Diagnostic, Organization, Person, Quote, Span } from '../schema.js';
import { SCHEMA_VERSION } from '../schema.js';
import type { EntityCluster, OrganizationMethod, PersonMethod } from './entities/index.js';
// (a sieve names itself or hands on another's decision: every method is a sieve's name; the
// schema's enum checks every record in the tests)
import type { SpeakerMethod } from './attribution/index.js';
import { INVISIBLE_CHARACTERS } from './normalize.js';
import { genderStatedBy } from './stated-gender.js';

/** Build the record from the stages' annotations; `diagnostics` are the input's own (truncation, …). */
export function assemble(doc: Doc, a: Annotations, diagnostics: readonly DocDiagnostic[] = []): ArticleAnalysis {
  const span = (r: TextRange): Span => {
    const o = toInputRange(doc, r);
    return { start: o.start, end: o.end, text: doc.input.slice(o.start, o.end) };
  };
  const maybe = (r: TextRange | null): Span | null => (r ? span(r) : null);
  const { furniture } = a.layout;
  const { speakers } = a.attribution;

  const ids = new Map<EntityCluster, string>();
  const people = a.entities.filter((c) => c.type === 'person' && c.mentions.some((m) => m.kind === 'name'));
  const orgs = a.entities.filter((c) => c.type === 'organization');
  people.forEach((c, i) => ids.set(c, `p${i + 1}`));
  orgs.forEach((c, i) => ids.set(c, `o${i + 1}`));

  /** The name mentions by position, and the other names than the canonical one. */
  const namesOf = (c: EntityCluster) => {
    // (properties written out: an object spread per mention showed in profiles of long inputs)
    // (the entity's own mentions, then those attribution linked to it: a stable sort keeps that order among equals)
    const mentions = [...c.mentions, ...(a.attribution.mentions.get(c) ?? [])].sort((x, y) => x.start - y.start).map((m) => {
      const s = span(m);
      return { start: s.start, end: s.end, text: s.text, kind: m.kind };
    });
    // aliases as the name is read: the input's invisible characters (soft hyphens, zero-width
    // joiners) make no other name, as normalize drops them from the text the stages read
    const aliases = [...new Set(mentions.filter((m) => m.kind === 'name').map((m) => m.text.replace(INVISIBLE_CHARACTERS, '').replace(/\s+/g, ' ')))].filter((t) => t !== c.name);
    return { aliases, mentions };
  };
  // The casts: a cluster's method is typed as any candidate's. A person begins with a name
  // rule's candidate or the tagger's (never a lone word's); an organisation's may read
  // `${string}+model`, where mergeWithModel retypes a weak person rule's name. PERSON_METHODS and
  // ORGANIZATION_METHODS list exactly these (the schema's enums check every record in the tests).
  const person = (c: EntityCluster): Person => {
    const { aliases, mentions } = namesOf(c);
    const roles = c.roles.map((r) => ({ title: r.title, organizationId: r.organization ? ids.get(r.organization) ?? null : null, mention: span(r.range) }));
    const gender = a.attribution.genders.get(c) ?? c.gender;
    // what the text says of the gender: the honorifics before the name (read as roles, or as
    // titles of its mentions) and the pronouns attribution tied to the person
    const titles = [...roles.map((r) => r.title), ...c.titles.map((t) => span(t).text)];
    const pronouns = mentions.filter((m) => m.kind === 'pronoun').map((m) => m.text);
    return { id: ids.get(c)!, name: c.name, aliases, mentions, method: c.method as PersonMethod, roles, gender, genderStatedBy: genderStatedBy(gender, titles, pronouns) };
  };
  const organization = (c: EntityCluster): Organization => {
    const { aliases, mentions } = namesOf(c);
    return { id: ids.get(c)!, name: c.name, aliases, mentions, method: c.method as OrganizationMethod };
  };

  const quotes: Quote[] = a.attribution.quotes.map((q, i) => {
    const s = speakers[i] ?? null;
    const c = span(q.content);
    const out: Quote = {
      start: c.start,
      end: c.end,
      text: c.text,
      id: `q${i + 1}`,
      kind: q.kind,
      cue: maybe(q.cue),
      speaker: s ? { name: s.name, entityId: s.entity ? ids.get(s.entity) ?? null : null, mention: maybe(s.mention), method: s.method as SpeakerMethod, confidence: s.confidence } : null,
      marks: q.marks,
    };
    const lang = a.language.quoteLanguages[i];
    if (lang) out.language = lang;
    return out;
  });

  const d = a.layout.dateline;
  // the input's, then each stage's, in pipeline order
  const all = [...diagnostics, ...a.quotes.diagnostics, ...a.language.diagnostics];
  const outDiagnostics: Diagnostic[] = all.map((x) => {
    const { range, ...rest } = x;
    if (!range) return rest;
    const o = toInputRange(doc, range);
    return { ...rest, start: o.start, end: o.end };
  });

  return {
    schemaVersion: SCHEMA_VERSION,
    headline: maybe(furniture.headline),
    kicker: maybe(furniture.kicker),
    byline: maybe(furniture.byline),
    standfirst: maybe(furniture.standfirst),
    dateline: d ? { ...span(d), location: d.location, agency: d.agency, date: d.date, agencyText: d.agencyText } : null,
    language: a.language.language,
    people: people.map(person),
    organizations: orgs.map(organization),
    quotes,
    body: furniture.body ? (({ start, end }) => ({ start, end }))(toInputRange(doc, furniture.body)) : null,
    paragraphs: a.language.paragraphLanguages.map((p) => {
      const o = toInputRange(doc, p.range);
      return { start: o.start, end: o.end, language: p.language };
    }),
    boilerplate: furniture.boilerplate.map((b) => {
      const o = span(b);
      return { start: o.start, end: o.end, text: o.text, reason: b.reason };
    }),
    diagnostics: outDiagnostics,
  };
}
