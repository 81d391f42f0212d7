import { analyzeArticle } from 'article-anatomy';

const { dateline, quotes, people } = analyzeArticle('BISHKEK, Nov. 25 (Kabar) - "We will share the water," said Aigul Temirova, deputy minister of agriculture.');

console.log(dateline?.location, dateline?.agency, dateline?.date?.iso);
console.log(quotes[0]?.kind, quotes[0]?.text, quotes[0]?.speaker?.name, quotes[0]?.speaker?.method);
console.log(people[0]?.name, people[0]?.roles[0]?.title);
