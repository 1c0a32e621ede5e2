/**
 * Which attributes of a web page's HTML hold the PAGE'S OWN values (class names, ids, styles, paths of links,
 * scripts and images, link relations, ARIA roles and states, form plumbing, table layout): a finding of the page
 * read as written inside such an attribute's value is markup, not a person's — a CSS class "kowalski-card", an id,
 * a content hash in a file name. An allowlist, like `office-own-attributes.ts`: an attribute it does not name keeps
 * its findings, privacy first (a placeholder, an inline event handler, an attribute a page made up). The attributes
 * that carry a value the page SAYS (`value`, `content`, `data-*`, `alt`, `title`, a `mailto:`/`tel:` link) are read
 * as text by `html-source.ts` and are never the page's own.
 */
const HTML_OWN = new Set([
  'class',
  'id',
  'style',
  'src',
  'srcset',
  'sizes',
  'href',
  'rel',
  'type',
  'lang',
  'charset',
  'name',
  'for',
  'method',
  'action',
  'enctype',
  'target',
  'width',
  'height',
  'loading',
  'decoding',
  'async',
  'defer',
  'crossorigin',
  'integrity',
  'referrerpolicy',
  'nonce',
  'role',
  'tabindex',
  'colspan',
  'rowspan',
  'scope',
  'headers',
  'align',
  'valign',
  'border',
  'cellpadding',
  'cellspacing',
  'media',
  'as',
  'hreflang',
  'dir',
  'http-equiv',
  'property',
  'itemprop',
  'itemtype',
  'itemscope',
  'itemid',
  'itemref',
  'autocomplete',
  'inputmode',
  'maxlength',
  'minlength',
  'pattern',
  'size',
  'rows',
  'cols',
  'min',
  'max',
  'step',
  'required',
  'disabled',
  'readonly',
  'checked',
  'selected',
  'multiple',
  'hidden',
  'open',
  'accept',
  'autofocus',
  'draggable',
  'spellcheck',
  'translate',
  'xmlns',
  'viewbox',
  'fill',
  'stroke',
  'd',
  'version',
]);

/**
 * ARIA attributes that hold TEXT the page says to a screen reader ("Call Anna Berg", a value's spoken form), not a
 * state: read as text by `html-source.ts`, never the page's own.
 */
const ARIA_TEXT = new Set([
  'aria-label',
  'aria-description',
  'aria-valuetext',
  'aria-placeholder',
  'aria-roledescription',
  'aria-braillelabel',
]);

/** Whether an attribute holds text the page says to a screen reader (`aria-label` …). */
export function isAriaText(attribute: string): boolean {
  return ARIA_TEXT.has(attribute.toLowerCase());
}

/** Whether the attribute's value is the page's own (case-insensitive, as HTML names attributes; every `aria-*` state). */
export function isHtmlOwnAttribute(attribute: string): boolean {
  const name = attribute.toLowerCase();
  return HTML_OWN.has(name) || (name.startsWith('aria-') && !ARIA_TEXT.has(name)) || name.startsWith('xmlns:');
}
