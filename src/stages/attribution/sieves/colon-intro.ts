/** colon-intro: the subject of a lead-in clause that ends in a colon ("Lapshin named the task: “…”"). */
import { namedSieve } from './named.js';

export const colonIntro = namedSieve('colon-intro', 0.8, 'the subject of a lead-in ending in a colon: Lapshin named the task: "…"');
