// Copy into dist/report/ what `article-anatomy report` inlines into its page besides its own
// script: the minified UMD builds of d3 and Observable Plot (devDependencies: users install
// nothing for them) and their licence texts (ISC: the notice goes with every copy). Run by
// `npm run build` after tsup; the library entries never read these files.
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const out = new URL('dist/report/', root);
mkdirSync(out, { recursive: true });
const ASSETS = [
  ['node_modules/d3/dist/d3.min.js', 'd3.min.js'],
  ['node_modules/d3/LICENSE', 'd3.LICENSE.txt'],
  ['node_modules/@observablehq/plot/dist/plot.umd.min.js', 'plot.umd.min.js'],
  ['node_modules/@observablehq/plot/LICENSE', 'plot.LICENSE.txt'],
];
for (const [from, to] of ASSETS) copyFileSync(fileURLToPath(new URL(from, root)), fileURLToPath(new URL(to, out)));
console.log(`dist/report/: ${ASSETS.map(([, to]) => to).join(', ')} copied`);
