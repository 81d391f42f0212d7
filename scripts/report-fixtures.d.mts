/** Types of scripts/report-fixtures.mjs (read by the TypeScript tests). */
export declare const OUTLETS: readonly string[];
export declare function fixtureTexts(): Array<{ name: string; text: string }>;
export declare function fixtureBatchLines(copies?: number): Array<{ id: string; date: string; source: string; text: string }>;
export declare const CHROMIUM: string;
export declare function chromiumArgs(userDataDir: string): string[];
