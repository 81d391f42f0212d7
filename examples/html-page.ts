// Run with: npx tsx examples/html-page.ts  (after npm ci)
import { analyzeHtml } from 'article-anatomy/html';

const html = `<!doctype html>
<html lang="en"><head>
<title>Harbour ferry returns after storm repairs | The Coastal Courier</title>
<meta property="og:site_name" content="The Coastal Courier">
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
  {"@type": "NewsArticle", "headline": "Harbour ferry returns after storm repairs",
   "datePublished": "2024-05-14T08:30:00+01:00", "author": [{"@type": "Person", "name": "Mira Kell"}]}]}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/news/">News</a> <a href="/sport/">Sport</a></nav>
<article>
  <h1>Harbour ferry returns after storm repairs</h1>
  <p class="byline">By Mira Kell</p>
  <figure><img src="ferry.jpg"><figcaption>The ferry leaves Port Aldin on Monday.</figcaption></figure>
  <p>PORT ALDIN — The harbour ferry carried its first passengers in six weeks on Monday, after repairs to the hull damaged in the March storm.</p>
  <p>"We have missed it more than we expected," said Tomas Rowe, who runs the bakery on the quay.</p>
  <p>The operator said the crossing would run every hour until the end of September.</p>
  <p>Related: <a href="/news/storm-damage">Storm damage along the coast</a></p>
</article>
<footer>© 2024 The Coastal Courier</footer>
</body></html>`;

const page = analyzeHtml(html, { url: 'https://courier.example/news/ferry-returns' });
console.log(JSON.stringify({
  body: page.text.slice(page.body.start, page.body.end),
  headline: page.headline?.text,
  byline: page.byline?.text,
  dateline: page.dateline?.location,
  quotes: page.quotes.map((q) => ({ text: q.text, speaker: q.speaker?.name })),
  metadata: { published: page.metadata.published, authors: page.metadata.authors, publisher: page.metadata.publisher },
  diagnostics: page.diagnostics.map((d) => d.code),
}, null, 2));
