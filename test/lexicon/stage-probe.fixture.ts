/** A stage-like module that defines word lists, for the check in stages-define-no-lists.test.ts
 *  to find (never imported). */
export const PROBE = new Set(['alpha', 'beta', 'gamma']);
export const isSmall = (w: string): boolean => /^(?:of|for|at)$/.test(w);
export const isSuffixed = (w: string): boolean => /(?:ish|ian|ese)$/.test(w);
export const CODES = ['eng', 'rus'];
