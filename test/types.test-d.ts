/**
 * Type-level tests, checked by `npm run typecheck` (vitest does not run this file): the open
 * fields of the record are literal unions, so a misspelt method, reason or code fails to
 * compile; people and organisations are different types.
 */
import { expectTypeOf } from 'vitest';
import type { ArticleAnalysis, ArticleAnalysisErrorCode, BatchErrorCode, BatchResult, BoilerplateReason, DiagnosticCode, Entity, Organization, OrganizationMethod, Person, PersonMethod, SpeakerMethod } from '../src/index.js';

declare const record: ArticleAnalysis;
declare const errorCode: ArticleAnalysisErrorCode;
declare const batchErrorCode: BatchErrorCode;
const quote = record.quotes[0]!;
const person = record.people[0]!;
const organization = record.organizations[0]!;

/** Comparisons with a misspelt value: each must fail to compile (no overlap with the union). */
export const misspelt = [
  // @ts-expect-error -- no sieve is called "explicitt"
  quote.speaker?.method === 'explicitt',
  // @ts-expect-error -- the furniture reason is "related-links"
  record.boilerplate[0]?.reason === 'related-link',
  // @ts-expect-error -- the diagnostic is "quote/unclosed"
  record.diagnostics[0]?.code === 'quotes/unclosed',
  // @ts-expect-error -- the person rule is "first-name"
  person.method === 'firstname',
  // @ts-expect-error -- an organisation's rule is "org-head"
  organization.method === 'org-heads',
  // @ts-expect-error -- a lone word never begins a person: "single" is no person's method
  person.method === 'single',
  // @ts-expect-error -- the error code is "options/invalid"
  errorCode === 'option/invalid',
  // @ts-expect-error -- the batch error code is "input/invalid-json"
  batchErrorCode === 'input/bad-json',
];

/** The same comparisons spelt right compile. */
export const spelt = [
  quote.speaker?.method === 'explicit',
  record.boilerplate[0]?.reason === 'related-links',
  record.diagnostics[0]?.code === 'quote/unclosed',
  person.method === 'first-name',
  organization.method === 'org-head',
  organization.method === 'name-shape+model',
  errorCode === 'options/invalid',
  batchErrorCode === 'input/invalid-json',
];

// no union is widened to string (which would accept any spelling)
expectTypeOf<string>().not.toExtend<SpeakerMethod>();
expectTypeOf<string>().not.toExtend<BoilerplateReason>();
expectTypeOf<string>().not.toExtend<DiagnosticCode>();
expectTypeOf<string>().not.toExtend<PersonMethod>();
expectTypeOf<string>().not.toExtend<OrganizationMethod>();
expectTypeOf<string>().not.toExtend<NonNullable<Entity['method']>>();
expectTypeOf<string>().not.toExtend<ArticleAnalysisErrorCode>();
expectTypeOf<string>().not.toExtend<BatchErrorCode>();

// a person has roles and a gender (possibly null), an organisation neither
expectTypeOf(person.roles).toBeArray();
expectTypeOf(person.gender).toEqualTypeOf<'female' | 'male' | null>();
expectTypeOf(person.genderStatedBy).toEqualTypeOf<'honorific' | 'pronoun' | null>();
expectTypeOf<Organization>().not.toHaveProperty('roles');
expectTypeOf<Organization>().not.toHaveProperty('gender');
// both are still Entities (the type from before the split)
expectTypeOf<Person>().toExtend<Entity>();
expectTypeOf<Organization>().toExtend<Entity>();

// a batch result's error code is the union too, derived from BatchErrorSchema's z.enum
declare const batchResult: BatchResult;
if ('error' in batchResult) expectTypeOf(batchResult.error.code).toEqualTypeOf<BatchErrorCode>();
expectTypeOf<'input/empty'>().toExtend<BatchErrorCode>();
