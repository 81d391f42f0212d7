/** according-to: the name after "according to" ("According to Omran, …"). */
import { namedSieve } from './named.js';

export const accordingTo = namedSieve('according-to', 0.9, 'the name after "according to": According to Omran, the plan …');
