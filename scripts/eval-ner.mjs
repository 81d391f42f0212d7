// Exact-span PER/ORG scoring (the ner-conll suite's rules) on any CoNLL-format file, for the
// sets the shared scorer has no suite for: node scripts/eval-ner.mjs [--impl dist/index.js] FILE…
// (../shared/data/ner/worldwide-newswire/worldwide-newswire.conll, ../shared/data/ner/gum-news/gum-news.conll)
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { readConll } from '../../shared/eval/suites/ner-conll.mjs';

const args = process.argv.slice(2);
const implAt = args.indexOf('--impl');
const impl = implAt >= 0 ? args.splice(implAt, 2)[1] : 'dist/index.js';
const { analyzeArticle } = await import(pathToFileURL(resolve(impl)).href);
if (!args.length) {
  process.stderr.write('usage: node scripts/eval-ner.mjs [--impl FILE] CONLL-FILE…\n');
  process.exit(2);
}
for (const file of args) {
  const docs = readConll(file, file.split('/').pop());
  const c = { PER: { tp: 0, pred: 0, gold: 0 }, ORG: { tp: 0, pred: 0, gold: 0 } };
  for (const d of docs) {
    const r = analyzeArticle(d.text);
    for (const [type, list] of [['PER', r.people], ['ORG', r.organizations]]) {
      const pred = new Set(list.flatMap((e) => e.mentions.filter((m) => m.kind === 'name' && m.end > m.start).map((m) => `${m.start}:${m.end}`)));
      const gold = new Set(d.gold.filter((g) => g.type === type).map((g) => `${g.start}:${g.end}`));
      c[type].pred += pred.size;
      c[type].gold += gold.size;
      for (const k of pred) if (gold.has(k)) c[type].tp++;
    }
  }
  const f = (x) => {
    const p = x.pred ? x.tp / x.pred : 0;
    const r = x.gold ? x.tp / x.gold : 0;
    return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  const per = f(c.PER);
  const org = f(c.ORG);
  console.log(`${file.split('/').pop()}: docs=${docs.length} per_f1=${per.f1.toFixed(3)} org_f1=${org.f1.toFixed(3)} per_p=${per.p.toFixed(3)} per_r=${per.r.toFixed(3)} org_p=${org.p.toFixed(3)} org_r=${org.r.toFixed(3)}`);
}
