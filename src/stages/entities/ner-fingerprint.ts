/**
 * The fingerprint of what the name tagger's features consult: the names of the feature
 * templates and the words of every list a feature reads (ner-features.ts). Computed from
 * their content, sorted: moving a list to another file or reordering it changes nothing;
 * adding, removing or renaming a word or a template does, and the shipped weights then no
 * longer match the features (a stale model). scripts/train-ner.ts writes it into the model;
 * test/stages/ner-model-asset.test.ts recomputes it from the code.
 * Training and test time only (it hashes with node:crypto): the runtime never imports it.
 */
import { createHash } from 'node:crypto';
import data from '../../generated/lexicon.json';
import { SPEECH_VERB_FORMS } from '../../lexicon/en/speech.js';
import { HONORIFICS, ROLE_NOUNS } from '../../lexicon/en/roles.js';
import { ORG_HEADS } from '../../lexicon/en/organisations.js';
import { PLACE_HEADS } from '../../lexicon/en/places.js';
import { AGENCY_CREDITS } from '../../lexicon/shared/agencies.js';
import { KNOWN_ENTITIES } from '../../lexicon/en/known-entities.js';
import { TEMPLATES } from './ner-features.js';
import { TAGGER_NAME_JOINERS } from '../../lexicon/en/names.js';
import { TITLE_CASE_SMALL_WORDS } from '../../lexicon/en/clauses.js';
import { LOCATIVE_PREPOSITIONS } from '../../lexicon/en/places.js';
import { JOINED_NAME_PARTICLES } from '../../lexicon/shared/names.js';

/** The content the features consult, by part (in any order: fingerprintParts sorts it). */
export function fingerprintSources(): Record<string, Iterable<string>> {
  return {
    templates: TEMPLATES.map((t) => t.prefix),
    // lexClass: compromise's flags of a word are the feature's value
    lexicon: Object.entries(data.words as Record<string, string[]>).flatMap(([flags, words]) => words.map((word) => `${word}\t${flags}`)),
    orgHeads: ORG_HEADS,
    roleNouns: ROLE_NOUNS,
    honorifics: HONORIFICS,
    placeHeads: PLACE_HEADS,
    // readableTokens, docWords and casingOf: the small words they read
    connectors: TAGGER_NAME_JOINERS,
    joinedParticles: JOINED_NAME_PARTICLES,
    placePrepositions: LOCATIVE_PREPOSITIONS,
    titleSmallWords: TITLE_CASE_SMALL_WORDS,
    // speechVerbBase: which forms are speech verbs
    speechVerbForms: SPEECH_VERB_FORMS.keys(),
    // canonicalAgency: which credits are agencies
    agencyCredits: AGENCY_CREDITS.keys(),
    // knownTags: the knowledge list's forms, types and kinds
    knownEntities: KNOWN_ENTITIES.map((e) => [e.name, e.type, e.kind, e.acronym ?? '', ...e.aliases].join('\t')),
  };
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** The fingerprint of each part: 16 hex digits of SHA-256 over its distinct strings, sorted. */
export function fingerprintParts(sources: Record<string, Iterable<string>> = fingerprintSources()): Record<string, string> {
  return Object.fromEntries(Object.entries(sources).map(([part, words]) => [part, hash(JSON.stringify([...new Set(words)].sort()))]));
}

/** The fingerprint of the whole: of every part's, by part name. */
export function nerFingerprint(parts: Record<string, string> = fingerprintParts()): string {
  return hash(JSON.stringify(Object.keys(parts).sort().map((k) => [k, parts[k]])));
}
