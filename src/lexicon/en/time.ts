/** Time words: weekdays and the words for days and parts of them. Lower case. */
import { wordList } from '../registry.js';

export const WEEKDAYS = wordList('en/time.WEEKDAYS', ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Days named from today ("yesterday", "tonight"). */
export const DAY_WORDS = wordList('en/time.DAY_WORDS', ['yesterday', 'today', 'tonight']);

/** Weekdays as written in text ("Monday"). */
export const CAPITALISED_WEEKDAYS: readonly string[] = WEEKDAYS.map((d) => d.charAt(0).toUpperCase() + d.slice(1));
