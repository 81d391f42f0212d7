/**
 * Shared by the coverage report's browser test, its screenshot (scripts/report-screenshot.mjs)
 * and the bench: batch input lines made of the invented fixture articles, each given invented
 * dates and outlets (no real article's data), and how to start Debian's Chromium headless on
 * a machine without network.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/** Invented outlets. */
export const OUTLETS = ['The Morning Ledger', 'Harbour Daily', 'Steppe Wire Service', 'Valley Courier'];

/** The fixture articles' texts, by folder name. */
export function fixtureTexts() {
  const dir = join(root, 'fixtures', 'articles');
  return readdirSync(dir)
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name, 'input.txt'), 'utf8') }));
}

/** Batch input lines ({id, date, source, text}): every fixture `copies` times, each copy with
 *  its own id, a date in the 12 weeks from Monday 5 January 2026 and one of OUTLETS. */
export function fixtureBatchLines(copies = 3) {
  const texts = fixtureTexts();
  const lines = [];
  for (let c = 0; c < copies; c++)
    texts.forEach(({ name, text }, i) => {
      const day = new Date(Date.UTC(2026, 0, 5) + ((i * 5 + c * 29) % 84) * 86_400_000).toISOString().slice(0, 10);
      lines.push({ id: `${name}-${c + 1}`, date: day, source: OUTLETS[(i + c) % OUTLETS.length], text });
    });
  return lines;
}

/** Debian's chromium package. */
export const CHROMIUM = '/usr/bin/chromium';

/** Chromium's flags for a headless run on a closed network (without them it waits on the
 *  network: QUIC, component updates, sync); a fresh profile in `userDataDir`. */
export function chromiumArgs(userDataDir) {
  return ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${userDataDir}`];
}
