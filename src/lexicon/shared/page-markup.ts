/**
 * Words of web pages for the HTML path (src/html/): the words of class and id names that
 * mark page furniture ("wp-caption-text", "related-posts", "articleBylineContainer" are read
 * as their words), and words of the lines a page prints around an article (dates, roles in a
 * byline). Class words are markup, not words of the text: they may be spelt like any word of
 * another list. Lower case.
 */
import { wordList, wordSet } from '../registry.js';

/** Class words of a caption or a picture credit. */
export const CAPTION_CLASS_WORDS = wordSet('shared/page-markup.CLASS.CAPTION', ['caption', 'captions', 'figcaption', 'credit', 'credits', 'photocredit', 'imagecredit', 'copyright']);
/** Class words of a picture's box ("InlineImage-imageEmbed", "photo-wrap"): read on the block's
 *  own element and its parent only, since a recipe card or a gallery that holds text may carry them higher up. */
export const IMAGE_CLASS_WORDS = wordSet('shared/page-markup.CLASS.IMAGE', ['image', 'photo', 'img', 'picture']);
/** Class words of a box of links to other articles. */
export const RELATED_CLASS_WORDS = wordSet('shared/page-markup.CLASS.RELATED', ['related', 'recirc', 'recirculation', 'outbrain', 'taboola', 'teaser', 'teasers', 'promo', 'readmore', 'trending', 'recommended', 'recommendations', 'morestories']);
/** Class words of a breadcrumb trail ("Home › News › …"). */
export const BREADCRUMB_CLASS_WORDS = wordSet('shared/page-markup.CLASS.BREADCRUMB', ['breadcrumb', 'breadcrumbs', 'crumbs']);
/** Class words of a newsletter or subscription box. */
export const NEWSLETTER_CLASS_WORDS = wordSet('shared/page-markup.CLASS.NEWSLETTER', ['newsletter', 'signup', 'subscribe', 'subscription']);
/** Class words of share buttons and social links. */
export const SHARE_CLASS_WORDS = wordSet('shared/page-markup.CLASS.SHARE', ['share', 'sharing', 'social', 'sharebar', 'sharetools']);
/** Class words of a byline or the article's date line. */
export const BYLINE_CLASS_WORDS = wordSet('shared/page-markup.CLASS.BYLINE', ['byline', 'bylines', 'author', 'authors', 'contributor', 'dateline', 'timestamp', 'published', 'pubdate', 'date', 'time']);
/** The class word of an author's box … */
export const AUTHOR_CLASS_WORDS = wordSet('shared/page-markup.CLASS.AUTHOR', ['author']);
/** … and the words that make it a biography rather than a byline ("author-bio", "post-author", "authorBox"). */
export const BIO_CLASS_WORDS = wordSet('shared/page-markup.CLASS.BIO', ['bio', 'biography', 'box', 'info', 'about', 'description', 'details', 'profile', 'post']);
/** Class words of advertising, sponsorship and disclaimers. */
export const AD_CLASS_WORDS = wordSet('shared/page-markup.CLASS.AD', ['ad', 'ads', 'advert', 'advertisement', 'advertising', 'sponsored', 'dfp', 'disclaimer', 'affiliate']);
/** Class words of readers' comments. */
export const COMMENT_CLASS_WORDS = wordSet('shared/page-markup.CLASS.COMMENT', ['comment', 'comments', 'reply', 'replies', 'disqus', 'respond']);

/** Words of a page's date line besides the date itself: labels, clock and zone words,
 *  short weekdays (the full ones are en/time.WEEKDAYS), Portuguese weekday names and the
 *  little words between ("Published", "Updated: 10:48 am EST", "segunda-feira, 22 de outubro
 *  de 2010 às 20:13"). */
export const DATE_LINE_WORDS = wordSet('shared/page-markup.DATE_LINE_WORDS', [
  'published', 'updated', 'posted', 'last', 'modified', 'on', 'at', 'am', 'pm', 'a', 'm', 'p',
  'est', 'edt', 'cst', 'cdt', 'pst', 'pdt', 'mst', 'mdt', 'et', 'pt', 'ct', 'gmt', 'utc', 'bst', 'cet', 'cest', 'ist', 'amt', 'msk',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun',
  'segunda', 'terça', 'quarta', 'quinta', 'sexta', 'sábado', 'domingo', 'feira', 'de', 'às', 'le', 'à', 'el', 'del', 'um', 'den',
  'ago', 'hours', 'hour', 'minutes', 'min', 'mins', 'st', 'nd', 'rd', 'th', 'and',
]);
/** Portuguese month names, which the shared month list does not hold. */
export const PORTUGUESE_MONTHS = wordSet('shared/page-markup.PORTUGUESE_MONTHS', ['janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro']);

/** Words of a role or a desk in an author value, which no name holds ("Staff Writer", "Reporter"). */
export const AUTHOR_ROLE_WORDS = wordSet('shared/page-markup.AUTHOR_ROLE_WORDS', [
  'staff', 'writer', 'reporter', 'correspondent', 'editor', 'editors', 'contributor', 'columnist', 'desk', 'admin', 'administrator', 'guest', 'author',
]);

/** Phrases of a page that has no article: an error, a block or a bot check ("Page not found",
 *  "Access denied", "Enable JavaScript"). */
export const ERROR_PAGE_PHRASES = wordList('shared/page-markup.ERROR_PAGE_PHRASES', [
  'page not found', 'access denied', '403 forbidden', 'error 404', '404 error', 'page you requested', 'page you are looking for', 'page you were looking for',
  'no longer available', 'enable javascript', 'are you a robot', 'just a moment', 'reference #', 'subscribe to continue reading',
]);

/** Labels of a page's widgets printed alone on a line inside the article element ("Caption",
 *  "Print Article", "Loading content ..."): the whole line, its trailing dots aside. */
export const WIDGET_LABELS = wordSet('shared/page-markup.WIDGET_LABELS', [
  'caption', 'highlights', 'loading content', 'loading', 'print article', 'print', 'order reprints', 'reprints', 'text size', 'this slideshow requires javascript',
  'tell us what you think', 'advertisement', 'story continues below advertisement', 'continue reading below', 'show comments', 'hide caption', 'toggle caption', 'enlarge this image',
]);

/** Calls to action that open a promotion box at the end of an article ("Follow us on …",
 *  "Join our forums", "Subscribe to our channel", "Listen to … live"): with a link or an
 *  address in the line, it is no sentence of the story. */
export const PROMO_OPENERS = wordList('shared/page-markup.PROMO_OPENERS', [
  'follow us', 'follow', 'join our', 'join us', 'subscribe to', 'sign up for', 'sign up to', 'listen to', 'watch', 'download our', 'get our', 'like us on',
  'write to', 'send us', 'send your', 'have a news tip', 'got a news tip', 'contact us',
]);

/** Openers of an appeal to the reader at an article's end, with or without a link ("If you enjoyed this article, … join"). */
export const APPEAL_OPENERS = wordList('shared/page-markup.APPEAL_OPENERS', ['if you enjoyed this article', 'if you liked this article', 'if you enjoyed this story', 'if you value our journalism', 'support our journalism']);

/** Class words of the standfirst under a headline ("article-dek", "c-standfirst", "entry-subtitle"). */
export const STANDFIRST_CLASS_WORDS = wordSet('shared/page-markup.CLASS.STANDFIRST', ['standfirst', 'dek', 'deck', 'subtitle', 'subheadline', 'subhead', 'strapline', 'summary', 'excerpt', 'lede']);
