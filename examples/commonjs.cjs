// CommonJS: require() loads the package's CJS build (dist/index.cjs), with the same types
const { analyzeArticle } = require('article-anatomy');

const { dateline, quotes } = analyzeArticle('MOSCOW, June 3 (TASS) - Grain exports grew by a fifth in May, the agriculture ministry said on Tuesday.');
console.log(dateline.agency, dateline.date.iso, quotes[0].kind, quotes[0].speaker.name);
