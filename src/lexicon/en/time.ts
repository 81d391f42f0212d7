/** Time words: weekdays and the words for days and parts of them. Lower case. */
import { wordList } from '../registry.js';

/** The days of the week. */
export const WEEKDAYS = wordList('en/time.WEEKDAYS', ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Days named from today ("yesterday", "tonight"). */
export const DAY_WORDS = wordList('en/time.DAY_WORDS', ['yesterday', 'today', 'tonight']);

/** Units and parts of time after "this", "last" ("this week", "last night"). */
export const TIME_NOUNS = wordList('en/time.TIME_NOUNS', ['week', 'month', 'year', 'morning', 'evening', 'afternoon', 'night']);

/** Words that place a time ("last week", "late Monday", "early on"). */
export const TIME_QUALIFIERS = wordList('en/time.TIME_QUALIFIERS', ['last', 'late', 'early']);

/** Weekdays as written in text ("Monday"). */
export const CAPITALISED_WEEKDAYS: readonly string[] = WEEKDAYS.map((d) => d.charAt(0).toUpperCase() + d.slice(1));
