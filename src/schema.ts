/**
 * Zod schemas: the single source of the record's types and of the published JSON Schema.
 * Field names follow ../shared/CONTRACT.md; fields marked "extension" are additions.
 *
 * Each object's fields are a named shape whose every property has a one-line JSDoc: editors
 * show it on hover of the inferred types, and scripts/build-json-schema.mjs copies it into the
 * JSON Schema as the property's `description` (one text for both). Each schema is annotated as
 * `z.ZodObject<typeof shape>` because the published .d.ts keeps the comments of a shape only
 * where its type is written by name (an inferred ZodObject type drops them); an object inside a
 * field is a named schema too, for the same reason.
 *
 * The schemas are built when first used, not when the package is imported (loading zod was a
 * third to a half of the import, and an analysis with default options never needs it): they
 * are defined in one function, and each export is a proxy that builds them on its first touch
 * (src/deferred-schemas.ts). The types are derived from the same definitions.
 */
import type { z } from 'zod';
import { loadZod } from './adapters/zod.js';
import { deferSchemas, type Expose } from './deferred-schemas.js';
import { SPEAKER_METHODS } from './stages/attribution/index.js';
import { BOILERPLATE_REASONS } from './stages/layout/furniture.js';
import { DIAGNOSTIC_CODES } from './document.js';
import { ENTITY_METHODS, ORGANIZATION_METHODS, PERSON_METHODS } from './stages/entities/index.js';

/** Version of the record's shape; a field renamed or removed makes a new one. */
export const SCHEMA_VERSION = 1 as const;

/** The options' defaults: what AnalyzeOptionsSchema.parse({}) gives, known without building it
 *  (analyzeArticle without options never loads zod). */
export const OPTION_DEFAULTS = Object.freeze({ maxLength: 2_000_000, validate: false, names: 'rules+tagger' } as const);

/** Every schema of the record and of the options, built with zod (loaded then). */
function defineSchemas(expose: Expose) {
  const z = loadZod();
  const spanShape = {
    /** UTF-16 code-unit index into the original input where the span starts */
    start: z.number().int().nonnegative(),
    /** UTF-16 code-unit index where the span ends, exclusive: input.slice(start, end) === text */
    end: z.number().int().nonnegative(),
    /** the spanned text, exactly as in the input */
    text: z.string(),
  };
  const SpanSchema: z.ZodObject<typeof spanShape> = expose('SpanSchema', z.object(spanShape).meta({ id: 'Span' }));

  const rangeShape = {
    /** UTF-16 code-unit index into the original input where the range starts */
    start: z.number().int().nonnegative(),
    /** UTF-16 code-unit index where the range ends, exclusive */
    end: z.number().int().nonnegative(),
  };
  const RangeSchema: z.ZodObject<typeof rangeShape> = expose('RangeSchema', z.object(rangeShape).meta({ id: 'Range' }));

  const datelineDateShape = {
    /** the date as written ("November 26", "Aug 30") */
    text: z.string(),
    /** YYYY-MM-DD, or --MM-DD when the year is not written; null when the date cannot be read */
    iso: z.string().nullable(),
  };
  /** The date of a dateline. */
  const DatelineDateSchema: z.ZodObject<typeof datelineDateShape> = z.object(datelineDateShape);

  const datelineShape = {
    ...spanShape,
    /** the place, title-cased ("Astana", "Washington", "St. Petersburg, Fla."); null when the dateline names none */
    location: z.string().nullable(),
    /** canonical agency name, e.g. "AP", "Reuters", "TASS"; null when no agency is credited */
    agency: z.string().nullable(),
    /** the date the dateline carries; null when it carries none */
    date: DatelineDateSchema.nullable(),
    /** extension: the agency credit as written; null when there is none */
    agencyText: z.string().nullable().optional(),
  };
  const DatelineSchema: z.ZodObject<typeof datelineShape> = expose('DatelineSchema', z.object(datelineShape).meta({ id: 'Dateline' }));

  const languageAlternativeShape = {
    /** ISO 639-3 code of the runner-up */
    iso6393: z.string(),
    /** its score, 0..1, where the best language scores 1 */
    score: z.number().min(0).max(1),
  };
  /** A runner-up language. */
  const LanguageAlternativeSchema: z.ZodObject<typeof languageAlternativeShape> = z.object(languageAlternativeShape);

  const languageShape = {
    /** ISO 639-3 code from franc ("eng", "kaz"); "und" when undetermined */
    iso6393: z.string(),
    /** ISO 639-1 code ("en"); null when the language has none or is undetermined */
    iso6391: z.string().nullable(),
    /** margin over the runner-up, 0..1; a heuristic, not a probability (1 when the language option pins it) */
    confidence: z.number().min(0).max(1),
    /** whether there was enough text, with a clear enough margin, to trust the code */
    reliable: z.boolean(),
    /** extension: ISO 15924 script of the text ("Latn", "Cyrl", "Arab", "Hans", "Jpan", …) */
    script: z.string().nullable().optional(),
    /** extension: BCP-47 tag, with the script where the language is written in several ("uz-Cyrl", "sr-Latn", "kk-Latn") */
    bcp47: z.string().nullable().optional(),
    /** extension: runner-up languages, best first */
    alternatives: z.array(LanguageAlternativeSchema).optional(),
  };
  const LanguageSchema: z.ZodObject<typeof languageShape> = expose('LanguageSchema', z.object(languageShape).meta({ id: 'Language' }));

  const partLanguageShape = {
    /** ISO 639-3 code */
    iso6393: z.string(),
    /** ISO 639-1 code; null when the language has none */
    iso6391: z.string().nullable(),
  };
  /** The language of a quote or paragraph. */
  const PartLanguageSchema: z.ZodObject<typeof partLanguageShape> = z.object(partLanguageShape);

  const mentionShape = {
    ...spanShape,
    /** how the entity is referred to: by a name, a pronoun ("she") or a description ("the minister") */
    kind: z.enum(['name', 'pronoun', 'description']),
  };
  const MentionSchema: z.ZodObject<typeof mentionShape> = expose('MentionSchema', z.object(mentionShape).meta({ id: 'Mention' }));

  const roleShape = {
    /** the role: a title before the name ("Foreign Minister") or a role phrase next to it ("president of the Kazakhstan Press Club") */
    title: z.string(),
    /** id of the organisation the role names ("o2"); null when it names none that was found */
    organizationId: z.string().nullable(),
    /** extension: where the role is written */
    mention: SpanSchema.optional(),
  };
  const RoleSchema: z.ZodObject<typeof roleShape> = expose('RoleSchema', z.object(roleShape).meta({ id: 'Role' }));

  const entityShape = {
    /** "p1", "o3": stable within one result */
    id: z.string(),
    /** canonical name: the fullest name mention */
    name: z.string(),
    /** the other names the article writes for it (whitespace folded) */
    aliases: z.array(z.string()),
    /** every mention by position: its names, and the pronouns and descriptions that refer to it */
    mentions: z.array(MentionSchema),
  };

  const personShape = {
    ...entityShape,
    /** extension: the rule that recognised the person ("first-name", "title", …), or "model" (the name tagger) */
    method: z.enum(PERSON_METHODS),
    /** the roles the article gives the person; empty when none */
    roles: z.array(RoleSchema),
    /** extension: from the first name or surname ending (a guess), else from a pronoun that refers to the person; null when unknown (genderStatedBy says whether the text states it) */
    gender: z.enum(['female', 'male']).nullable(),
    /** extension: how the text states `gender`: "honorific" (Mrs, Ms, Sir … before the name) or "pronoun" (she, he … referring to the person); null when the gender is only a first name's guess, unknown, or contradicted by the text */
    genderStatedBy: z.enum(['honorific', 'pronoun']).nullable(),
  };
  const PersonSchema: z.ZodObject<typeof personShape> = expose('PersonSchema', z.object(personShape).meta({ id: 'Person' }));

  const organizationShape = {
    ...entityShape,
    /** extension: the rule that recognised the organisation ("org-head", "agency", …), "model" (the name tagger), or "<rule>+model": a person rule's name the tagger surely reads as an organisation */
    method: z.enum(ORGANIZATION_METHODS),
  };
  const OrganizationSchema: z.ZodObject<typeof organizationShape> = expose('OrganizationSchema', z.object(organizationShape).meta({ id: 'Organization' }));

  const entityCompatShape = {
    ...entityShape,
    /** a person's roles (Person.roles); absent for an organisation */
    roles: z.array(RoleSchema).optional(),
    /** extension: a person's gender (Person.gender); absent for an organisation */
    gender: z.enum(['female', 'male']).nullable().optional(),
    /** extension: how the text states a person's gender (Person.genderStatedBy); absent for an organisation */
    genderStatedBy: z.enum(['honorific', 'pronoun']).nullable().optional(),
    /** extension: the rule that recognised the entity (Person.method, Organization.method) */
    method: z.enum(ENTITY_METHODS).optional(),
  };
  const EntitySchema: z.ZodObject<typeof entityCompatShape> = expose('EntitySchema', z.object(entityCompatShape).meta({ id: 'Entity' }));

  const speakerShape = {
    /** the resolved entity's canonical name, or the mention as written when unresolved */
    name: z.string(),
    /** id of the entity in people or organizations; null when unresolved */
    entityId: z.string().nullable(),
    /** where the speaker is named or referred to; null when no phrase names it (carry-forward, paragraph-subject) */
    mention: SpanSchema.nullable(),
    /** the sieve that decided: explicit, according-to, colon-intro, pronoun, description, carry-forward, … */
    method: z.enum(SPEAKER_METHODS),
    /** heuristic score of the sieve, 0..1, not a probability */
    confidence: z.number().min(0).max(1),
  };
  const SpeakerSchema: z.ZodObject<typeof speakerShape> = expose('SpeakerSchema', z.object(speakerShape).meta({ id: 'Speaker' }));

  const quoteMarksShape = {
    /** the opening mark (“ " « „ …) */
    open: z.string(),
    /** the closing mark; null when the quote is not closed in its paragraph */
    close: z.string().nullable(),
  };
  /** The quotation marks of a direct quote. */
  const QuoteMarksSchema: z.ZodObject<typeof quoteMarksShape> = z.object(quoteMarksShape);

  const quoteShape = {
    ...spanShape,
    /** "q1", "q2", …: in text order, stable within one result */
    id: z.string(),
    /** direct: in quotation marks; indirect: reported speech ("X said that …"); mixed: a quoted fragment within reported speech */
    kind: z.enum(['direct', 'indirect', 'mixed']),
    /** the words that attribute it: "said", "according to", "added", ":"; null when there are none */
    cue: SpanSchema.nullable(),
    /** who said it; null when no sieve decided */
    speaker: SpeakerSchema.nullable(),
    /** the quote's language: its own when it is long enough to tell (40 characters), else the article's; absent when neither is known */
    language: PartLanguageSchema.optional(),
    /** extension: the quotation marks of a direct or mixed quote; null for an indirect one */
    marks: QuoteMarksSchema.nullable().optional(),
  };
  const QuoteSchema: z.ZodObject<typeof quoteShape> = expose('QuoteSchema', z.object(quoteShape).meta({ id: 'Quote' }));

  const boilerplateShape = {
    ...spanShape,
    /** why this is page furniture: "related-links", "comment-form", "navigation", …, or where it stands ("before-article", "after-article") */
    reason: z.enum(BOILERPLATE_REASONS),
  };
  const BoilerplateSchema: z.ZodObject<typeof boilerplateShape> = expose('BoilerplateSchema', z.object(boilerplateShape).meta({ id: 'Boilerplate' }));

  const diagnosticShape = {
    /** stable code, e.g. "quote/unclosed", "input/truncated" */
    code: z.enum(DIAGNOSTIC_CODES),
    /** what happened, for people (the wording may change; the code does not) */
    message: z.string(),
    /** UTF-16 code-unit index into the original input where the problem starts, when it has a place */
    start: z.number().int().nonnegative().optional(),
    /** UTF-16 code-unit index where that place ends, exclusive */
    end: z.number().int().nonnegative().optional(),
    /** extension: "warning" when part of the record may be missing or wrong, "info" otherwise */
    severity: z.enum(['info', 'warning']).optional(),
  };
  const DiagnosticSchema: z.ZodObject<typeof diagnosticShape> = expose('DiagnosticSchema', z.object(diagnosticShape).meta({ id: 'Diagnostic' }));

  const paragraphShape = {
    ...rangeShape,
    /** the paragraph's language: its own when it is long enough to tell (40 characters) and its text says so, else the article's; null when neither is known */
    language: PartLanguageSchema.nullable(),
  };
  const ParagraphSchema: z.ZodObject<typeof paragraphShape> = expose('ParagraphSchema', z.object(paragraphShape).meta({ id: 'Paragraph' }));


  const articleAnalysisShape = {
    /** version of the record's shape: SCHEMA_VERSION */
    schemaVersion: z.literal(SCHEMA_VERSION),
    /** the title line, when the text carries one */
    headline: SpanSchema.nullable(),
    /** extension: the section label above the headline */
    kicker: SpanSchema.nullable().optional(),
    /** extension: the "By …" line */
    byline: SpanSchema.nullable().optional(),
    /** extension: the sentence under the headline that sums up the story, above the body (its quotes are read with the body's) */
    standfirst: SpanSchema.nullable().optional(),
    /** the dateline that opens the body; null when there is none */
    dateline: DatelineSchema.nullable(),
    /** the article's language */
    language: LanguageSchema,
    /** the people the article names (ids p1, p2, …) */
    people: z.array(PersonSchema),
    /** the organisations the article names (ids o1, o2, …) */
    organizations: z.array(OrganizationSchema),
    /** direct, indirect and mixed quotes, in text order */
    quotes: z.array(QuoteSchema),
    /** the article body proper, without furniture; null when there is none */
    body: RangeSchema.nullable(),
    /** extension: the body's paragraphs, each with its language (the article's unless its own text says otherwise) */
    paragraphs: z.array(ParagraphSchema).optional(),
    /** page furniture that is not the article (menus, share buttons, related links, …), each with its reason */
    boilerplate: z.array(BoilerplateSchema),
    /** problems met on the way (an unclosed quotation mark, a truncated input, …) */
    diagnostics: z.array(DiagnosticSchema),
  };
  const ArticleAnalysisSchema: z.ZodObject<typeof articleAnalysisShape> = expose('ArticleAnalysisSchema', z.object(articleAnalysisShape).meta({ id: 'ArticleAnalysis', title: 'article-anatomy analysis record' }));

  /** An ISO 639-3 code such as "eng" or "kaz". */
  const iso6393Code = z.string().regex(/^[a-z]{3}$/, 'an ISO 639-3 code such as "eng" or "kaz"');

  const analyzeOptionsShape = {
    /** characters analysed at most (default 2,000,000); beyond it the text is cut with an input/truncated diagnostic */
    maxLength: z.number().int().positive().default(OPTION_DEFAULTS.maxLength),
    /** parse the result with ArticleAnalysisSchema before returning it (default false) */
    validate: z.boolean().default(OPTION_DEFAULTS.validate),
    /** how people and organisations are found (default "rules+tagger"): the rules with the name tagger adding what it is sure of, the rules alone (faster), or the tagger alone */
    names: z.enum(['rules+tagger', 'rules', 'tagger']).default(OPTION_DEFAULTS.names),
    /** pin the article language (ISO 639-3): no detection, confidence 1; quotes and paragraphs are still checked */
    language: iso6393Code.optional(),
    /** candidate languages (ISO 639-3) for the article, its quotes and paragraphs; default: the 51 newsroom languages */
    languages: z.array(iso6393Code).min(1).optional(),
  };
  const AnalyzeOptionsSchema: z.ZodObject<typeof analyzeOptionsShape, z.core.$strict> = expose('AnalyzeOptionsSchema', z.strictObject(analyzeOptionsShape).meta({ id: 'AnalyzeOptions' }));
  return { SpanSchema, RangeSchema, DatelineSchema, LanguageSchema, MentionSchema, RoleSchema, PersonSchema, OrganizationSchema, EntitySchema, SpeakerSchema, QuoteSchema, BoilerplateSchema, DiagnosticSchema, ParagraphSchema, ArticleAnalysisSchema, AnalyzeOptionsSchema };
}

type Schemas = ReturnType<typeof defineSchemas>;
const schemas = deferSchemas<Schemas>(
  ['SpanSchema', 'RangeSchema', 'DatelineSchema', 'LanguageSchema', 'MentionSchema', 'RoleSchema', 'PersonSchema', 'OrganizationSchema', 'EntitySchema', 'SpeakerSchema', 'QuoteSchema', 'BoilerplateSchema', 'DiagnosticSchema', 'ParagraphSchema', 'ArticleAnalysisSchema', 'AnalyzeOptionsSchema'],
  defineSchemas,
);

/** A span of the original input: UTF-16 code-unit offsets, end exclusive. */
export const SpanSchema: Schemas['SpanSchema'] = schemas.SpanSchema;
export type Span = z.infer<typeof SpanSchema>;

/** A range of the original input without its text. */
export const RangeSchema: Schemas['RangeSchema'] = schemas.RangeSchema;
export type Range = z.infer<typeof RangeSchema>;

/** The dateline that opens the body ("ASTANA. KAZINFORM –", "MOSCOW, November 26. /TASS/."). */
export const DatelineSchema: Schemas['DatelineSchema'] = schemas.DatelineSchema;
export type Dateline = z.infer<typeof DatelineSchema>;

/** The language of the article. */
export const LanguageSchema: Schemas['LanguageSchema'] = schemas.LanguageSchema;
export type Language = z.infer<typeof LanguageSchema>;

/** A place where an entity is named or referred to. */
export const MentionSchema: Schemas['MentionSchema'] = schemas.MentionSchema;
export type Mention = z.infer<typeof MentionSchema>;

/** A person's role. */
export const RoleSchema: Schemas['RoleSchema'] = schemas.RoleSchema;
export type Role = z.infer<typeof RoleSchema>;

/** A person the article names (roles and gender always present). */
export const PersonSchema: Schemas['PersonSchema'] = schemas.PersonSchema;
export type Person = z.infer<typeof PersonSchema>;

/** A person's method: the rule that recognised the person, or "model". */
export type PersonMethod = Person['method'];

/** An organisation the article names (no roles, no gender). */
export const OrganizationSchema: Schemas['OrganizationSchema'] = schemas.OrganizationSchema;
export type Organization = z.infer<typeof OrganizationSchema>;

/** An organisation's method: its rule, "model", or "<rule>+model". */
export type OrganizationMethod = Organization['method'];

/**
 * Either kind of entity, as before Person and Organization were separate: roles, gender and
 * method optional. Kept for compatibility (every Person and Organization is an Entity); the
 * record itself uses PersonSchema and OrganizationSchema.
 */
export const EntitySchema: Schemas['EntitySchema'] = schemas.EntitySchema;
export type Entity = z.infer<typeof EntitySchema>;

/** Who said a quote, and which sieve decided it. */
export const SpeakerSchema: Schemas['SpeakerSchema'] = schemas.SpeakerSchema;
export type Speaker = z.infer<typeof SpeakerSchema>;

/** speaker.method: the sieve that decided. */
export type SpeakerMethod = Speaker['method'];

/** A quote: its span is the quoted content, without the enclosing quotation marks. */
export const QuoteSchema: Schemas['QuoteSchema'] = schemas.QuoteSchema;
export type Quote = z.infer<typeof QuoteSchema>;

/** A paragraph of page furniture: not the article. */
export const BoilerplateSchema: Schemas['BoilerplateSchema'] = schemas.BoilerplateSchema;
export type Boilerplate = z.infer<typeof BoilerplateSchema>;

/** boilerplate.reason: why a paragraph is page furniture. */
export type BoilerplateReason = Boilerplate['reason'];

/** A problem met on the way; the record is complete and valid all the same. */
export const DiagnosticSchema: Schemas['DiagnosticSchema'] = schemas.DiagnosticSchema;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

/** diagnostics[].code. */
export type DiagnosticCode = Diagnostic['code'];

/** A paragraph of the body, with its language. */
export const ParagraphSchema: Schemas['ParagraphSchema'] = schemas.ParagraphSchema;
export type Paragraph = z.infer<typeof ParagraphSchema>;

/** The record analyzeArticle returns. */
export const ArticleAnalysisSchema: Schemas['ArticleAnalysisSchema'] = schemas.ArticleAnalysisSchema;
export type ArticleAnalysis = z.infer<typeof ArticleAnalysisSchema>;

/** Options of analyzeArticle; unknown keys are rejected so typos surface. */
export const AnalyzeOptionsSchema: Schemas['AnalyzeOptionsSchema'] = schemas.AnalyzeOptionsSchema;
export type AnalyzeOptions = z.input<typeof AnalyzeOptionsSchema>;
export type ResolvedOptions = z.output<typeof AnalyzeOptionsSchema>;
