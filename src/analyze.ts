/**
 * analyzeArticle: the whole pipeline, in order —
 * normalise → segment → dateline → furniture → quotes → entities → attribution → language → assemble.
 * Each stage is a pure function of the document and the earlier stages' annotations.
 */
import { ArticleAnalysisError } from './errors.js';
import { AnalyzeOptionsSchema, ArticleAnalysisSchema, type AnalyzeOptions, type ArticleAnalysis, type ResolvedOptions } from './schema.js';
import { trimRange, type Doc, type DocDiagnostic, type TextRange } from './document.js';
import { normalize } from './stages/normalize.js';
import { segment } from './stages/segment.js';
import { findDateline, loneDatelinePlace } from './stages/dateline/index.js';
import { findFurniture, furnitureReason } from './stages/furniture.js';
import { findHeadlineQuote, findQuotes } from './stages/quotes/index.js';
import { findEntities } from './stages/entities/index.js';
import { NerModelUnavailableError } from './stages/entities/ner-model-file.js';
import { attributeQuotes, withoutTopicLabels } from './stages/attribution.js';
import { detectLanguage, languageSample, letterCount, MAX_SAMPLE, pinnedLanguage, segmentLanguageOf } from './stages/language.js';
import { assemble } from './assemble.js';
import { isLetter, isSpace, isUpper, runStart, someCodePoint } from './tails.js';

/** Shortest quote whose own language is detected (shorter ones take the article's). */
const QUOTE_LANGUAGE_MIN = 40;
/** Shortest paragraph whose own language is detected. */
const PARAGRAPH_LANGUAGE_MIN = 40;

/**
 * Analyse the text of one news article. Synchronous, pure and deterministic; never throws
 * for a string (problems become `diagnostics`), throws ArticleAnalysisError for a non-string
 * input or invalid options.
 */
export function analyzeArticle(text: string, options?: AnalyzeOptions): ArticleAnalysis {
  if (typeof text !== 'string') throw new ArticleAnalysisError('input/not-a-string', `analyzeArticle expects a string, got ${text === null ? 'null' : typeof text}`);
  const parsed = AnalyzeOptionsSchema.safeParse(options ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ code: i.code, path: i.path, message: i.message }));
    throw new ArticleAnalysisError('options/invalid', `invalid options: ${issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`, issues);
  }
  try {
    return analyze(text, parsed.data);
  } catch (e) {
    // The tagger's weights file missing or unreadable: the install is broken, not the
    // article; say which file and how to analyse without it.
    if (e instanceof NerModelUnavailableError) return emptyAnalysis(e.code, `analysis abandoned: ${e.message}`);
    // A bug in a stage must not break a batch of a million articles: report it as data.
    return emptyAnalysis('internal/error', `internal error, analysis abandoned: ${(e as Error)?.message ?? String(e)}`);
  }
}

/** The record of an article that could not be analysed, with the diagnostic that says why. */
function emptyAnalysis(code: string, message: string): ArticleAnalysis {
  return {
    schemaVersion: 1, headline: null, dateline: null, language: { iso6393: 'und', iso6391: null, confidence: 0, reliable: false },
    people: [], organizations: [], quotes: [], body: null, boilerplate: [], diagnostics: [{ code, message, severity: 'warning' }],
  };
}

function analyze(text: string, opts: ResolvedOptions): ArticleAnalysis {
  const diagnostics: DocDiagnostic[] = [];
  let input = text;
  if (input.length > opts.maxLength) {
    // never cut a surrogate pair
    let cut = opts.maxLength;
    if (/[\ud800-\udbff]/.test(input[cut - 1] ?? '')) cut--;
    diagnostics.push({ code: 'input/truncated', message: `input of ${text.length} characters analysed up to maxLength ${opts.maxLength}`, severity: 'warning' });
    input = input.slice(0, cut);
  }

  const doc = normalize(input);
  if (!/\S/.test(doc.text)) diagnostics.push({ code: 'input/empty', message: 'the input has no text to analyse', severity: 'warning' });
  const controls = controlCharacters(input);
  if (controls >= 8 && controls > input.length / 100) diagnostics.push({ code: 'input/binary', message: `the input does not look like text: ${controls} control characters (NUL and the like) in ${input.length}`, severity: 'warning' });
  const { paragraphs, dateline, furniture, inBody, quoteResult, entitySentences, bodySentences, exclude, anchors } = readStructure(doc);
  diagnostics.push(...quoteResult.diagnostics);
  const clusters = findEntities(doc.text, [...entitySentences, ...bodySentences], exclude, anchors, dateline, opts.names);
  const attributed = withoutTopicLabels(quoteResult.quotes, attributeQuotes(doc.text, quoteResult.quotes, clusters));
  quoteResult.quotes = attributed.quotes;
  const speakers = attributed.speakers;

  // Language: the body without quotes and names (names mislead trigram models); an article
  // that is mostly quotes keeps them; a snippet with no body is read whole.
  const bodyParagraphs = paragraphs.filter(inBody).map((p) => (dateline && dateline.paragraph === p.index ? { start: dateline.end, end: p.end } : { start: p.start, end: p.end }));
  const names = clusters.flatMap((c) => c.mentions.filter((m) => m.kind === 'name'));
  const directQuotes = quoteResult.quotes.filter((q) => q.kind === 'direct').map((q) => q.content);
  let sample = languageSample(doc.text, bodyParagraphs, [...directQuotes, ...names]);
  if (letterCount(sample) < 40) sample = languageSample(doc.text, bodyParagraphs, names);
  const informative = letterCount(sample);
  if (informative < 20) sample = doc.text.slice(0, MAX_SAMPLE);
  const detect = { ...(opts.languages ? { only: opts.languages } : {}) };
  const language = opts.language ? pinnedLanguage(opts.language, sample) : detectLanguage(sample, detect);
  // mostly names: franc read little real language, say so
  if (!opts.language && informative < 40 && language.iso6393 !== 'und') {
    language.reliable = false;
    language.confidence = Math.round(language.confidence * Math.max(informative, 5) / 40 * 1000) / 1000;
  }
  if (language.iso6393 === 'und') diagnostics.push({ code: 'language/undetermined', message: 'too little text to determine the language', severity: 'info' });
  // quotes and paragraphs: the article's language unless their own text says otherwise
  const segmentLanguage = segmentLanguageOf(doc.text, language, opts.languages);
  const quoteLanguages = quoteResult.quotes.map((q) => segmentLanguage(q.content, QUOTE_LANGUAGE_MIN));
  const paragraphLanguages = bodyParagraphs.map((p) => ({ range: p, language: segmentLanguage(p, PARAGRAPH_LANGUAGE_MIN) }));

  const result = assemble(doc, { furniture, dateline, clusters, quotes: quoteResult.quotes, speakers, language, quoteLanguages, paragraphLanguages, diagnostics });
  if (opts.validate) ArticleAnalysisSchema.parse(result);
  return result;
}

/** How many C0 control characters but tab and line breaks, and DEL, `s` holds. */
function controlCharacters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) n++;
  }
  return n;
}

/** A capitalised word, then an opening mark, at the end of `s` ("RTK “"): as
 *  /[\p{Lu}][\p{L}\d.&-]*\s?["“«„]\s?$/u tests, scanning back once. */
export function namedBeforeMark(s: string): boolean {
  let i = s.length;
  if (i && isSpace(s[i - 1]!)) i--;
  if (!i || !'"“«„'.includes(s[i - 1]!)) return false;
  i--;
  if (i && isSpace(s[i - 1]!)) i--;
  const start = runStart(s, i, (cp) => isLetter(cp) || /[\d.&-]/.test(cp));
  return someCodePoint(s, start, i, isUpper);
}

/**
 * The stages before the names: segments, dateline, furniture, quotes, and what the entity
 * stage reads (its sentences, the ranges that are not names, the speaker phrases). Also used
 * by scripts/train-ner.ts, so the tagger learns from the rules as they run here.
 */
export function readStructure(doc: Doc) {
  const { paragraphs, sentences } = segment(doc);

  let dateline = findDateline(doc, paragraphs, (p) => furnitureReason(doc.text.slice(p.start, p.end)) !== null);
  let furniture = findFurniture(doc, paragraphs, dateline);
  // a page: the dateline may open the body only after its navigation
  if (!dateline && furniture.bodyFirst >= 0) {
    const before = paragraphs[furniture.bodyFirst - 1];
    const late =
      findDateline(doc, paragraphs.slice(furniture.bodyFirst, furniture.bodyFirst + 1), (p) => furnitureReason(doc.text.slice(p.start, p.end)) !== null) ??
      (before ? loneDatelinePlace(doc, before) : null);
    if (late && (late.paragraph === furniture.bodyFirst || late.paragraph === furniture.bodyFirst - 1)) {
      dateline = late;
      furniture = findFurniture(doc, paragraphs, dateline);
    }
  }

  const boiler = new Set(furniture.boilerplate.map((b) => b.start));
  const inBody = (p: { index: number; start: number }) => p.index >= furniture.bodyFirst && p.index <= furniture.bodyLast && !boiler.has(p.start);
  // the dateline is not part of the first sentence
  // names before the body — the headline, and in plain copy its slug and table lines — are
  // mentions too (quotes there are not: a headline paraphrases)
  const frontMatter = new Set([furniture.byline?.start, furniture.kicker?.start]);
  const entitySentences = sentences.filter((s) => s.paragraph >= furniture.scopeFirst && s.paragraph < furniture.bodyFirst && !boiler.has(paragraphs[s.paragraph]!.start) && !frontMatter.has(paragraphs[s.paragraph]!.start));
  const bodySentences = sentences
    .filter((s) => inBody(paragraphs[s.paragraph]!) && !(dateline && s.end <= dateline.end && s.start >= dateline.start))
    .map((s) => (dateline && s.start < dateline.end && s.end > dateline.end ? { ...s, start: trimRange(doc.text, dateline.end, s.end).start } : s));

  const quoteResult = findQuotes(doc.text, paragraphs, bodySentences, inBody);
  // a headline that attributes ("Starmer: …", "…, minister says") reports its speaker's claim
  const headlineParagraph = furniture.headline ? paragraphs.findIndex((p) => p.start <= furniture.headline!.start && p.end >= furniture.headline!.end) : -1;
  const headlineQuote = furniture.headline && headlineParagraph >= 0 ? findHeadlineQuote(doc.text, furniture.headline, headlineParagraph) : null;
  if (headlineQuote) quoteResult.quotes.unshift(headlineQuote);

  // Titles in marks are not names ("the law “On Mass Media”"), except a quoted name right
  // after an acronym or capitalised word, which is part of an organisation: RTK “Qazaqstan”.
  const exclude: TextRange[] = quoteResult.titles.filter(
    (t) => !namedBeforeMark(doc.text.slice(Math.max(0, t.start - 30), t.start)) && !/^\s?["”»]?\s[\p{Lu}]/u.test(doc.text.slice(t.end, t.end + 4)),
  );
  if (dateline) exclude.push(dateline);
  const anchors = quoteResult.quotes.flatMap((q) => (q.speaker && q.speaker.kind === 'name' ? [q.speaker] : []));
  return { paragraphs, sentences, dateline, furniture, inBody, quoteResult, entitySentences, bodySentences, exclude, anchors };
}
