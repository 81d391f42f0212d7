/**
 * language: the article's language from its body with quotes and furniture left out (franc
 * reads at most 2,048 characters, so a long body costs no more than a short one), and each
 * quote's own language when it is long enough to tell.
 */
import { rankLanguages } from '../adapters/franc.js';
import type { Language } from '../schema.js';

/** ISO 639-3 -> ISO 639-1 for the languages franc knows that have a two-letter code. */
const ISO6391: Record<string, string> = {
  eng: 'en', rus: 'ru', kaz: 'kk', uzn: 'uz', uzb: 'uz', kir: 'ky', tur: 'tr', cmn: 'zh', zho: 'zh', arb: 'ar', ara: 'ar', pes: 'fa', fas: 'fa', prs: 'fa',
  ukr: 'uk', deu: 'de', fra: 'fr', spa: 'es', ita: 'it', por: 'pt', pol: 'pl', nld: 'nl', swe: 'sv', dan: 'da', nob: 'nb', nno: 'nn', fin: 'fi',
  ces: 'cs', slk: 'sk', slv: 'sl', hrv: 'hr', srp: 'sr', bos: 'bs', bul: 'bg', mkd: 'mk', ron: 'ro', hun: 'hu', ell: 'el', lit: 'lt', lav: 'lv',
  est: 'et', bel: 'be', aze: 'az', azj: 'az', tgk: 'tg', tuk: 'tk', khk: 'mn', mon: 'mn', hye: 'hy', kat: 'ka', heb: 'he', hin: 'hi', urd: 'ur',
  ben: 'bn', tam: 'ta', tel: 'te', mar: 'mr', guj: 'gu', pan: 'pa', jpn: 'ja', kor: 'ko', vie: 'vi', tha: 'th', ind: 'id', zlm: 'ms', zsm: 'ms',
  msa: 'ms', tgl: 'tl', swh: 'sw', swa: 'sw', amh: 'am', hau: 'ha', yor: 'yo', ibo: 'ig', som: 'so', afr: 'af', cat: 'ca', glg: 'gl', eus: 'eu',
  gle: 'ga', cym: 'cy', isl: 'is', sqi: 'sq', als: 'sq', epo: 'eo', lat: 'la', tat: 'tt', bak: 'ba', kmr: 'ku', ckb: 'ku', pbu: 'ps', nep: 'ne',
  sin: 'si', mya: 'my', khm: 'km', lao: 'lo', uig: 'ug', yid: 'yi', ltz: 'lb', fao: 'fo', mlt: 'mt',
};

/** Two-letter code of a franc code, or null. */
export const toIso6391 = (iso6393: string): string | null => ISO6391[iso6393] ?? null;

const UNDETERMINED: Language = { iso6393: 'und', iso6391: null, confidence: 0, reliable: false };

/** Detect the language of a text; `und` when it is too short or has no letters. */
export function detectLanguage(sample: string): Language {
  const letters = sample.replace(/[^\p{L}]/gu, '').length;
  if (letters < 3) return UNDETERMINED;
  const ranked = rankLanguages(sample.slice(0, 2048));
  const top = ranked[0];
  if (!top || top[0] === 'und') return UNDETERMINED;
  const second = ranked[1]?.[1] ?? 0;
  // franc's best score is always 1: the margin to the runner-up is the usable confidence
  const margin = Math.max(0, Math.min(1, top[1] - second));
  const lengthFactor = Math.min(1, letters / 200);
  const confidence = Math.round(Math.min(1, margin * 4) * (0.5 + 0.5 * lengthFactor) * 1000) / 1000;
  return {
    iso6393: top[0],
    iso6391: toIso6391(top[0]),
    confidence,
    reliable: letters >= 50 && margin >= 0.05,
    alternatives: ranked.slice(1, 4).map(([code, score]) => ({ iso6393: code, score: Math.round(score * 1000) / 1000 })),
  };
}
