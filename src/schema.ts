/**
 * Zod schemas: the single source of the record's types and of the published JSON Schema.
 * Field names follow ../shared/CONTRACT.md; fields marked "extension" are additions.
 */
import { z } from 'zod';
import { SPEAKER_METHODS } from './stages/attribution.js';
import { BOILERPLATE_REASONS } from './stages/furniture.js';
import { DIAGNOSTIC_CODES } from './document.js';
import { ENTITY_METHODS, ORGANIZATION_METHODS, PERSON_METHODS } from './stages/entities/index.js';

/** A span of the original input: UTF-16 code-unit offsets, end exclusive. */
export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative().describe('UTF-16 code-unit index into the original input'),
    end: z.number().int().nonnegative().describe('end, exclusive; input.slice(start, end) === text'),
    text: z.string(),
  })
  .meta({ id: 'Span' });
export type Span = z.infer<typeof SpanSchema>;

/** A range of the original input without its text. */
export const RangeSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .meta({ id: 'Range' });
export type Range = z.infer<typeof RangeSchema>;

export const DatelineSchema = SpanSchema.extend({
  location: z.string().nullable(),
  agency: z.string().nullable().describe('canonical agency name, e.g. "AP", "Reuters", "TASS"'),
  date: z
    .object({
      text: z.string(),
      iso: z.string().nullable().describe('YYYY-MM-DD, or --MM-DD when the year is not written'),
    })
    .nullable(),
  agencyText: z.string().nullable().optional().describe('extension: the credit as written'),
}).meta({ id: 'Dateline' });
export type Dateline = z.infer<typeof DatelineSchema>;

export const LanguageSchema = z
  .object({
    iso6393: z.string().describe('ISO 639-3 code from franc; "und" when undetermined'),
    iso6391: z.string().nullable(),
    confidence: z.number().min(0).max(1).describe('margin over the runner-up, 0..1; a heuristic, not a probability'),
    reliable: z.boolean(),
    script: z.string().nullable().optional().describe('extension: ISO 15924 script of the text ("Latn", "Cyrl", "Arab", "Hans", "Jpan", …)'),
    bcp47: z.string().nullable().optional().describe('extension: BCP-47 tag, with the script where the language is written in several ("uz-Cyrl", "sr-Latn", "kk-Latn")'),
    alternatives: z
      .array(z.object({ iso6393: z.string(), score: z.number().min(0).max(1) }))
      .optional()
      .describe('extension: runner-up languages'),
  })
  .meta({ id: 'Language' });
export type Language = z.infer<typeof LanguageSchema>;

export const MentionSchema = SpanSchema.extend({
  kind: z.enum(['name', 'pronoun', 'description']),
}).meta({ id: 'Mention' });
export type Mention = z.infer<typeof MentionSchema>;

export const RoleSchema = z
  .object({
    title: z.string(),
    organizationId: z.string().nullable(),
    mention: SpanSchema.optional().describe('extension: where the role is written'),
  })
  .meta({ id: 'Role' });
export type Role = z.infer<typeof RoleSchema>;

/** What people and organisations share. */
const entityShape = {
  id: z.string().describe('"p1", "o3": stable within one result'),
  name: z.string().describe('canonical name: the fullest name mention'),
  aliases: z.array(z.string()),
  mentions: z.array(MentionSchema),
};

/** A person: roles and gender present (empty, null when unknown). */
export const PersonSchema = z
  .object({
    ...entityShape,
    method: z.enum(PERSON_METHODS).describe('extension: the rule that recognised the entity'),
    roles: z.array(RoleSchema),
    gender: z.enum(['female', 'male']).nullable().describe('extension: from pronouns, honorifics and first names'),
  })
  .meta({ id: 'Person' });
export type Person = z.infer<typeof PersonSchema>;

/** An organisation: no roles, no gender. */
export const OrganizationSchema = z
  .object({
    ...entityShape,
    method: z.enum(ORGANIZATION_METHODS).describe('extension: the rule that recognised the entity'),
  })
  .meta({ id: 'Organization' });
export type Organization = z.infer<typeof OrganizationSchema>;

/**
 * Either kind of entity, as before Person and Organization were separate: roles, gender and
 * method optional. Kept for compatibility (every Person and Organization is an Entity); the
 * record itself uses PersonSchema and OrganizationSchema.
 */
export const EntitySchema = z
  .object({
    ...entityShape,
    roles: z.array(RoleSchema).optional(),
    gender: z.enum(['female', 'male']).nullable().optional().describe('extension: people only, from pronouns, honorifics and first names'),
    method: z.enum(ENTITY_METHODS).optional().describe('extension: the rule that recognised the entity'),
  })
  .meta({ id: 'Entity' });
export type Entity = z.infer<typeof EntitySchema>;

export const SpeakerSchema = z
  .object({
    name: z.string().describe("the resolved entity's canonical name, or the mention as written"),
    entityId: z.string().nullable(),
    mention: SpanSchema.nullable(),
    method: z.enum(SPEAKER_METHODS).describe('the sieve that decided: explicit, according-to, colon-intro, pronoun, description, carry-forward, …'),
    confidence: z.number().min(0).max(1).describe('heuristic score of the sieve, not a probability'),
  })
  .meta({ id: 'Speaker' });
export type Speaker = z.infer<typeof SpeakerSchema>;

export const QuoteSchema = SpanSchema.extend({
  id: z.string(),
  kind: z.enum(['direct', 'indirect', 'mixed']),
  cue: SpanSchema.nullable(),
  speaker: SpeakerSchema.nullable(),
  language: z.object({ iso6393: z.string(), iso6391: z.string().nullable() }).optional(),
  marks: z
    .object({ open: z.string(), close: z.string().nullable() })
    .nullable()
    .optional()
    .describe('extension: the quotation marks of a direct quote'),
}).meta({ id: 'Quote' });
export type Quote = z.infer<typeof QuoteSchema>;

export const BoilerplateSchema = SpanSchema.extend({
  reason: z.enum(BOILERPLATE_REASONS).describe('why this is page furniture, e.g. "related-links", "comment-form"'),
}).meta({ id: 'Boilerplate' });
export type Boilerplate = z.infer<typeof BoilerplateSchema>;

export const DiagnosticSchema = z
  .object({
    code: z.enum(DIAGNOSTIC_CODES).describe('stable code, e.g. "quote/unclosed"'),
    message: z.string(),
    start: z.number().int().nonnegative().optional(),
    end: z.number().int().nonnegative().optional(),
    severity: z.enum(['info', 'warning']).optional().describe('extension'),
  })
  .meta({ id: 'Diagnostic' });
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

export const ParagraphSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    language: z.object({ iso6393: z.string(), iso6391: z.string().nullable() }).nullable().describe("the paragraph's language; the article's when it is too short to tell"),
  })
  .meta({ id: 'Paragraph' });
export type Paragraph = z.infer<typeof ParagraphSchema>;

export const SCHEMA_VERSION = 1 as const;

export const ArticleAnalysisSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    headline: SpanSchema.nullable(),
    kicker: SpanSchema.nullable().optional().describe('extension: section label above the headline'),
    byline: SpanSchema.nullable().optional().describe('extension: "By …" line'),
    dateline: DatelineSchema.nullable(),
    language: LanguageSchema,
    people: z.array(PersonSchema),
    organizations: z.array(OrganizationSchema),
    quotes: z.array(QuoteSchema),
    body: RangeSchema.nullable().describe('the article body proper, without furniture'),
    paragraphs: z
      .array(ParagraphSchema)
      .optional()
      .describe("extension: the body's paragraphs, each with its language (the article's unless its own text says otherwise)"),
    boilerplate: z.array(BoilerplateSchema),
    diagnostics: z.array(DiagnosticSchema),
  })
  .meta({ id: 'ArticleAnalysis', title: 'article-anatomy analysis record' });
export type ArticleAnalysis = z.infer<typeof ArticleAnalysisSchema>;

/** Options of analyzeArticle; unknown keys are rejected so typos surface. */
export const AnalyzeOptionsSchema = z
  .strictObject({
    maxLength: z
      .number()
      .int()
      .positive()
      .default(2_000_000)
      .describe('characters analysed at most; beyond it the text is cut with an input/truncated diagnostic'),
    validate: z.boolean().default(false).describe('parse the result with ArticleAnalysisSchema before returning it'),
    names: z
      .enum(['rules+tagger', 'rules', 'tagger'])
      .default('rules+tagger')
      .describe('how people and organisations are found: the rules with the name tagger adding what it is sure of, the rules alone (faster), or the tagger alone'),
    language: z
      .string()
      .regex(/^[a-z]{3}$/, 'an ISO 639-3 code such as "eng" or "kaz"')
      .optional()
      .describe('pin the article language (ISO 639-3): no detection, confidence 1; quotes and paragraphs are still checked'),
    languages: z
      .array(z.string().regex(/^[a-z]{3}$/, 'an ISO 639-3 code such as "eng" or "kaz"'))
      .min(1)
      .optional()
      .describe('candidate languages (ISO 639-3) for the article, its quotes and paragraphs; default: the 51 newsroom languages'),
  })
  .meta({ id: 'AnalyzeOptions' });
export type AnalyzeOptions = z.input<typeof AnalyzeOptionsSchema>;
export type ResolvedOptions = z.output<typeof AnalyzeOptionsSchema>;
