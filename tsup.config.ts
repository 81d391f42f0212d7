import { copyFileSync, readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const define = { __VERSION__: JSON.stringify(version) };
// The language level, not 'node20': esbuild's table for Node rewrites every regular
// expression literal with \p{…} outside brackets (/^\p{Lu}/u) into `new RegExp("…")`, a
// call evaluated each time the line runs (136 of them, several per token); Node 20 runs
// ES2022 as written, and the bundles differ only in those literals (~5 % of an analysis).
const target = 'es2022';
// JSON files (the lexicon snapshot, src/lexicon/index.ts) go in as their text, parsed on first
// use: a 360 KB object literal was parsed and built at every import.
const loader = { '.json': 'text' } as const;

// Library: ESM + CJS with declarations for both (.d.ts / .d.cts); the html subpath likewise.
// CLI: ESM only, with a shebang; the library is bundled into it (one file to load).
// The tagger's weights are one file beside the bundles, dist/ner-model.bin, which all four
// read on first use (src/stages/entities/ner-model-file.ts).
/** Chunk files named after their config: the configs build at the same time into dist/, and two
 *  of them once wrote a chunk of the same name (same modules, other platform) at once, leaving
 *  a file of one with the tail of the other. */
const chunksOf = (config: string): NonNullable<Options['esbuildOptions']> => (options) => {
  options.chunkNames = `${config}-[name]-[hash]`;
};

/** A library entry: ESM + CJS with declarations. */
const library = {
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: false,
  target,
  loader,
  platform: 'neutral',
  treeshake: true,
  define,
  // CommonJS has no import.meta (esbuild would warn and leave it empty): the loader
  // reads __filename there
  esbuildOptions(options, { format }) {
    if (format === 'cjs') options.define = { ...options.define, 'import.meta.url': 'undefined' };
  },
} satisfies Options;

/** A library entry whose chunks are named after it (see chunksOf). */
const libraryEntry = (config: string, entry: Record<string, string>, more: Partial<Options> = {}): Options => ({
  ...library,
  entry,
  clean: false,
  ...more,
  esbuildOptions(options, context) {
    library.esbuildOptions(options, context);
    chunksOf(config)(options, context);
  },
});

export default defineConfig([
  libraryEntry('index', { index: 'src/index.ts' }, {
    clean: true,
    // after `clean`, which empties dist/
    onSuccess: async () => copyFileSync('src/generated/ner-model.bin', 'dist/ner-model.bin'),
  }),
  // article-anatomy/html: a bundle of its own, so that the main entry never loads its parser
  // dependencies (linkedom and @mozilla/readability stay external: they are dependencies)
  libraryEntry('html', { html: 'src/html/index.ts' }),
  // article-anatomy/server and article-anatomy/queue: the service and the queue workers as
  // libraries, for Node only; fastify, bullmq and ioredis stay external (optional peer
  // dependencies, installed by those who use these entries)
  libraryEntry('service', { server: 'src/server/index.ts', queue: 'src/queue/index.ts' }, { platform: 'node' }),
  {
    entry: { cli: 'src/cli/index.ts' },
    esbuildOptions: chunksOf('cli'),
    format: ['esm'],
    dts: false,
    clean: false,
    target,
    loader,
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    define,
  },
  {
    // the analysis pool's worker threads (batch, serve, worker) load dist/worker.js (self-contained, like the CLI)
    entry: { worker: 'src/pool/worker.ts' },
    esbuildOptions: chunksOf('worker'),
    format: ['esm'],
    dts: false,
    clean: false,
    target,
    loader,
    platform: 'node',
    define,
  },
  {
    // the coverage report's page script (article-anatomy report inlines it into the page,
    // with d3 and Plot, which scripts/build-report-assets.mjs copies beside it): a browser
    // script that reads Plot and d3 as globals; the library never loads it
    entry: { 'report/client': 'src/report/client/index.ts' },
    format: ['iife'],
    dts: false,
    clean: false,
    target: 'es2020',
    platform: 'browser',
    minify: true,
  },
]);
