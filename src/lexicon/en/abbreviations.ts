/** Abbreviations: those after whose period a sentence goes on, those a company's or person's
 *  name ends with, and capital-letter words that are no organisation's acronym. */
import { derivedList, joinLists, wordList, wordPick } from '../registry.js';
import { MONTH_FORMS } from '../shared/months.js';
import { ORG_HEADS } from './organisations.js';
import { HONORIFICS, TITLE_ABBREVIATIONS } from './roles.js';
import { PLACE_PREFIXES } from './places.js';
import { SLUGS_AND_LABELS, STORY_LABELS } from './furniture.js';

/** Abbreviations that end no sentence although compromise's list lacks them: titles, months,
 *  legal forms, street and measure words, US states (lower case, no period). */
export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = derivedList('en/abbreviations.NON_FINAL_ABBREVIATIONS', new Set(joinLists(
  wordPick('en/abbreviations.NON_FINAL_TITLES', TITLE_ABBREVIATIONS, ['mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'capt', 'lt', 'sgt', 'adm', 'rev', 'hon', 'sr']),
  wordPick('en/abbreviations.NON_FINAL_HONORIFICS', HONORIFICS, ['mme', 'mlle']),
  wordPick('en/abbreviations.NON_FINAL_MONTHS', MONTH_FORMS, ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']),
  wordPick('en/abbreviations.NON_FINAL_LEGAL_FORMS', ORG_HEADS, ['inc', 'corp', 'ltd', 'co']),
  wordPick('en/abbreviations.NON_FINAL_PLACE_PREFIXES', PLACE_PREFIXES, ['st', 'mt']),
  wordList('en/abbreviations.OTHER_NON_FINAL_ABBREVIATIONS', [
    'no', 'vs', 'jr', 'ft', 'ave', 'blvd', 'dept', 'approx', 'messrs',
    'calif', 'fla', 'mass', 'mich', 'wash', 'ariz', 'conn', 'ill', 'ind', 'minn', 'tenn', 'okla',
    'ore', 'pa', 'va', 'wis', 'ky', 'la', 'md', 'mo', 'neb', 'nev', 'colo', 'ala', 'ark', 'del', 'ga',
    'kan', 'miss', 'mont', 'vt', 'wyo',
  ]),
)));

const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
const upper = (w: string): string => w.toUpperCase();

/** Abbreviations the name tagger's tokenizer keeps with their period ("Mr.", "Corp.", "Jan."),
 *  as written (capitalised), in the order its pattern tries them. */
export const TOKEN_ABBREVIATIONS: readonly string[] = wordPick('en/abbreviations.TOKEN_ABBREVIATIONS', NON_FINAL_ABBREVIATIONS, ['mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'co', 'corp', 'inc', 'ltd', 'gen', 'gov', 'sen', 'rep', 'lt', 'col', 'capt', 'sgt', 'prof', 'rev', 'no', 'vs', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']).map(capitalise);

/** "Bros" (Brothers) of a company's name ("Warner Bros."), as written. */
const BROTHERS = wordList('en/abbreviations.BROTHERS', ['Bros'], { wordCase: 'as-written' });

/** Abbreviations of companies and of a name's generation, as written ("Inc", "LLC", "Jr"),
 *  whose period before a comma ends no sentence ("… Consulting Inc., told"). */
export const ABBREVIATIONS_BEFORE_COMMA: readonly string[] = joinLists(
  wordPick('en/abbreviations.COMPANY_AND_GENERATION_ABBREVIATIONS', NON_FINAL_ABBREVIATIONS, ['inc', 'ltd', 'corp', 'co', 'jr', 'sr']).map(capitalise),
  BROTHERS,
  wordPick('en/abbreviations.CAPITAL_LEGAL_FORMS', ORG_HEADS, ['llc', 'plc']).map(upper),
  wordList('en/abbreviations.DOTTED_LEGAL_FORMS', ['S.A', 'N.V'], { wordCase: 'as-written' }),
);

/** Abbreviations whose period belongs to an organisation's name ("Apple Inc.", "First Albany
 *  Corp."), as written. */
export const ORGANISATION_ABBREVIATIONS: readonly string[] = joinLists(
  wordPick('en/abbreviations.ORGANISATION_ABBREVIATIONS', NON_FINAL_ABBREVIATIONS, ['inc', 'corp', 'co', 'ltd', 'dept']).map(capitalise),
  BROTHERS,
  wordList('en/abbreviations.ORGANISATION_ONLY_ABBREVIATIONS', ['Cos', 'Assn', 'Univ'], { wordCase: 'as-written' }),
);

/** Capital-letter words that are no organisation's acronym: countries and blocs, titles,
 *  units, currencies, Roman numerals, wire slugs ("US", "CEO", "GDP", "XXI", "UPDATE"), upper case. */
const NOT_ACRONYM_WORDS = wordList('en/abbreviations.NOT_ACRONYMS', ['US', 'UK', 'USA', 'EU', 'UAE', 'USSR', 'TV', 'OK', 'AM', 'GMT', 'UTC', 'GDP', 'COVID', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'XX', 'XXI', 'ID', 'PC', 'IT', 'AI', 'PR', 'HR', 'VIP', 'FAQ', 'PDF', 'SMS', 'GPS', 'DNA', 'HIV', 'AIDS', 'CO2', 'KM', 'KG', 'MW', 'KW', 'GW', 'USD', 'EUR', 'KZT', 'RUB', 'CNY', 'JPY', 'GBP', 'BC', 'AD', 'I', 'A', 'END', 'DRAM', 'NAND', 'LNG', 'LPG', 'GMO', 'SUV', 'EV', 'EVS', 'IPO', 'VAT', 'CPI', 'PMI', 'FDI', 'R&D', 'ICT', 'IOT', 'LED', 'LCD', 'CCTV', 'ATM', 'NGO', 'NGOS', 'MPS', 'UN', 'NSR'], { wordCase: 'any-case' });
export const NOT_ACRONYMS: ReadonlySet<string> = new Set(joinLists(
  NOT_ACRONYM_WORDS,
  wordPick('en/abbreviations.TITLES_NOT_ACRONYMS', HONORIFICS, ['pm', 'ceo', 'cfo', 'mp']).map(upper),
  wordPick('en/abbreviations.LABELS_NOT_ACRONYMS', STORY_LABELS, ['update', 'photo', 'video']).map(upper),
  wordPick('en/abbreviations.SLUGS_NOT_ACRONYMS', SLUGS_AND_LABELS, ['lead']).map(upper),
));

/** Words of NOT_ACRONYMS that do name an organisation or a place ("UN", "EU", "US"): no
 *  organisation's acronym for the rules, but no thing either. */
export const ACRONYMS_OF_BODIES_OR_PLACES: ReadonlySet<string> = new Set(wordPick('en/abbreviations.ACRONYMS_OF_BODIES_OR_PLACES', NOT_ACRONYM_WORDS, ['UN', 'EU', 'US', 'UK', 'USA', 'UAE', 'USSR', 'NGO', 'NGOS', 'MPS']));
