import { analyzeMany } from 'article-anatomy';

const items = [
  { id: 'tass-1', text: 'MOSCOW, June 3 (TASS) - Grain exports grew by a fifth in May, the agriculture ministry said.' },
  'ASTANA. KAZINFORM - "The new line opens in July," said Dana Sarsen, head of the city transport office.',
  { id: 'broken', text: 42 },
];

// any iterable or async iterable (an array, a generator, lines of a file): one result per item, in order
for await (const r of analyzeMany(items)) {
  if ('error' in r) console.log(r.index, r.id, 'error', r.error.code);
  else console.log(r.index, r.id, r.result.dateline?.agency, r.result.quotes.map((q) => q.speaker?.name).join(', '));
}
