/**
 * language: the article's language, from the body without its quotes and names (names
 * mislead trigram models), and the language of each quote and body paragraph (the article's
 * unless their own text says otherwise). Detection itself is detect.ts (franc, scripts,
 * function words); close relatives are told apart in relatives.ts.
 */
import type { Doc, DocDiagnostic, TextRange } from '../../document.js';
import { defineStage } from '../../stage.js';
import type { Language, ResolvedOptions } from '../../schema.js';
import type { Attribution } from '../attribution/index.js';
import type { EntityCluster } from '../entities/index.js';
import type { Layout } from '../layout/index.js';
import { detectLanguage, languageSample, lettersUpTo, MAX_SAMPLE, pinnedLanguage, segmentLanguageOf, type SegmentLanguage } from './detect.js';

/** Shortest quote whose own language is detected (shorter ones take the article's). */
const QUOTE_LANGUAGE_MIN = 40;
/** Shortest paragraph whose own language is detected. */
const PARAGRAPH_LANGUAGE_MIN = 40;
/** Letters of real language below which the sample is read with its quotes, then whole. */
const SAMPLE_MIN_LETTERS = 40;
const SAMPLE_FALLBACK_LETTERS = 20;

export interface LanguageAnnotations {
  language: Language;
  /** The language of each attributed quote (same order), or null. */
  quoteLanguages: Array<SegmentLanguage | null>;
  /** The body's paragraphs, each with its language. */
  paragraphLanguages: Array<{ range: TextRange; language: SegmentLanguage | null }>;
  diagnostics: DocDiagnostic[];
}

/** The language stage. */
export const languageStage = defineStage({
  name: 'language',
  needs: ['layout', 'entities', 'attribution'],
  summary: 'the language of the article, of each quote and of each body paragraph',
  run(doc: Doc, up: { layout: Layout; entities: readonly EntityCluster[]; attribution: Attribution }, opts: ResolvedOptions): LanguageAnnotations {
    const text = doc.text;
    const bodyParagraphs = up.layout.bodyParagraphs;
    const names = up.entities.flatMap((c) => c.mentions.filter((m) => m.kind === 'name'));
    const directQuotes = up.attribution.quotes.filter((q) => q.kind === 'direct').map((q) => q.content);
    // an article that is mostly quotes keeps them; a snippet with no body is read whole
    let sample = languageSample(text, bodyParagraphs, [...directQuotes, ...names]);
    // (only a count under SAMPLE_MIN_LETTERS is read: the letters are counted up to it)
    if (lettersUpTo(sample, SAMPLE_MIN_LETTERS) < SAMPLE_MIN_LETTERS) sample = languageSample(text, bodyParagraphs, names);
    const informative = lettersUpTo(sample, SAMPLE_MIN_LETTERS);
    if (informative < SAMPLE_FALLBACK_LETTERS) sample = text.slice(0, MAX_SAMPLE);
    const detect = { ...(opts.languages ? { only: opts.languages } : {}) };
    const language = opts.language ? pinnedLanguage(opts.language, sample) : detectLanguage(sample, detect);
    // mostly names: franc read little real language, say so
    if (!opts.language && informative < SAMPLE_MIN_LETTERS && language.iso6393 !== 'und') {
      language.reliable = false;
      language.confidence = Math.round(((language.confidence * Math.max(informative, 5)) / SAMPLE_MIN_LETTERS) * 1000) / 1000;
    }
    const diagnostics: DocDiagnostic[] = language.iso6393 === 'und' ? [{ code: 'language/undetermined', message: 'too little text to determine the language', severity: 'info' }] : [];
    const segmentLanguage = segmentLanguageOf(text, language, opts.languages);
    return {
      language,
      quoteLanguages: up.attribution.quotes.map((q) => segmentLanguage(q.content, QUOTE_LANGUAGE_MIN)),
      paragraphLanguages: bodyParagraphs.map((p) => ({ range: p, language: segmentLanguage(p, PARAGRAPH_LANGUAGE_MIN) })),
      diagnostics,
    };
  },
});
