import { analyzeArticle } from 'article-anatomy';

const text = `Economy

Steppe farmers win water deal

BISHKEK, Nov. 25 (Kabar) - Kyrgyzstan and Kazakhstan agreed on Tuesday to share irrigation water from the Chu river, officials said.

"This agreement protects thousands of small farms on both sides of the border," said Aigul Temirova, deputy minister of agriculture of Kyrgyzstan.

According to her, the first releases will begin in April.

Related news`;

const result = analyzeArticle(text);
console.log(JSON.stringify({
  headline: result.headline?.text,
  dateline: result.dateline && { text: result.dateline.text, location: result.dateline.location, agency: result.dateline.agency, date: result.dateline.date },
  people: result.people.map((p) => ({ name: p.name, roles: p.roles.map((r) => r.title) })),
  organizations: result.organizations.map((o) => o.name),
  quotes: result.quotes.map((q) => ({ kind: q.kind, text: q.text, cue: q.cue?.text, speaker: q.speaker?.name, method: q.speaker?.method })),
  language: result.language.iso6391,
  boilerplate: result.boilerplate.map((b) => `${b.text} (${b.reason})`),
}, null, 2));
