/**
 * Which attributes of an office document's XML hold the FORMAT'S OWN values (fonts, style ids and names, revision
 * ids, language codes, sizes, colours, numbering, measurements): a finding of the document read as written inside
 * such an attribute's value is markup, not a person's. Every other attribute keeps its findings, privacy first: alt
 * text (`wp:docPr descr`), tooltips (`w:tooltip`, `a:hlinkClick tooltip`), a content control's `w:tag`/`w:alias`, a
 * comment's `w:author`/`w:initials`, a link (`xlink:href="mailto:…"`), a sheet hyperlink's `display`, an attribute
 * no specification knows — an allowlist, so that an attribute it does not name fails closed.
 */

/** Attributes of XML itself and of markup compatibility (ECMA-376 Part 3 §10: `mc:Ignorable`). */
const XML_OWN = new Set([
  'xml:space',
  'xml:lang',
  'mc:Ignorable',
  'mc:Requires',
  'mc:ProcessContent',
  'mc:MustUnderstand',
]);

/**
 * WordprocessingML attributes that are the format's own wherever they stand (ECMA-376 Part 1 §17): revision save
 * ids (`w:rsidR`, `w:rsidRPr`, `w:rsidRDefault`, `w:rsidP`, `w:rsidDel`, `w:rsidSect`, `w:rsidTr`: ST_LongHexNumber,
 * §17.3.1.29 and others), Word 2010's `w14:paraId`/`w14:textId`, the font slots of `w:rFonts` (§17.3.2.26: `w:ascii`,
 * `w:hAnsi`, `w:eastAsia`, `w:cs` and their `…Theme`), the language slots of `w:lang` (§17.3.2.20: `w:eastAsia`,
 * `w:bidi`), measurements of spacing (§17.3.1.33), indentation (§17.3.1.12), page size and margins (§17.6.13,
 * §17.6.11), widths (ST_TblWidth `w:w`, `w:type`), shading and colours (§17.3.5: `w:fill`, `w:color`, `w:themeColor`
 * …), borders (`w:sz`, `w:space`), and a decimal id (`w:id`: ST_DecimalNumber of a bookmark, comment or change).
 */
const WORDPROCESSING_OWN = new Set([
  'w:ascii',
  'w:hAnsi',
  'w:eastAsia',
  'w:cs',
  'w:asciiTheme',
  'w:hAnsiTheme',
  'w:eastAsiaTheme',
  'w:cstheme',
  'w:hint',
  'w:bidi',
  'w:before',
  'w:after',
  'w:beforeLines',
  'w:afterLines',
  'w:beforeAutospacing',
  'w:afterAutospacing',
  'w:line',
  'w:lineRule',
  'w:left',
  'w:right',
  'w:start',
  'w:end',
  'w:firstLine',
  'w:hanging',
  'w:top',
  'w:bottom',
  'w:header',
  'w:footer',
  'w:gutter',
  'w:orient',
  'w:code',
  'w:w',
  'w:h',
  'w:type',
  'w:fill',
  'w:color',
  'w:themeColor',
  'w:themeFill',
  'w:themeShade',
  'w:themeTint',
  'w:themeFillShade',
  'w:themeFillTint',
  'w:sz',
  'w:space',
  'w:shadow',
  'w:frame',
  'w:pos',
  'w:leader',
  'w:num',
  'w:equalWidth',
  'w:linePitch',
  'w:charSpace',
  'w:id',
  'w:displacedByCustomXml',
  'w:colFirst',
  'w:colLast',
  'w:firstRow',
  'w:lastRow',
  'w:firstColumn',
  'w:lastColumn',
  'w:noHBand',
  'w:noVBand',
  'w:styleId',
  'w:default',
  'w:customStyle',
  'w:abstractNumId',
  'w:numId',
  'w:ilvl',
  'w:tplc',
  'w14:paraId',
  'w14:textId',
  'w:spelling',
  'w:grammar',
  'r:id',
  'r:embed',
  'r:link',
  'w:history',
  'w:uri',
]);

/**
 * WordprocessingML property elements whose `w:val` is the format's own (ECMA-376 Part 1 §17.3.1 paragraph and
 * §17.3.2 run properties, §17.4 table, §17.6 section, §17.7 style, §17.9 numbering, §17.15 settings): style
 * references, language, size, colour, alignment, numbering, toggles. Not among them: `w:tag` and `w:alias` of a
 * content control (§17.5.2.42, §17.5.2.1: an author's own text), a bookmark's `w:name`, a field's data.
 */
const WORDPROCESSING_VAL_OWN = new Set(
  (
    'pStyle rStyle tblStyle basedOn next link name uiPriority qFormat semiHidden unhideWhenUsed autoRedefine locked ' +
    'lang sz szCs color highlight jc numId ilvl b bCs i iCs u strike dstrike caps smallCaps vertAlign kern spacing ' +
    'position w shd vanish webHidden noProof outlineLvl keepNext keepLines widowControl pageBreakBefore ' +
    'suppressAutoHyphens suppressLineNumbers textAlignment tblLook gridSpan vMerge hMerge tblLayout effect emboss ' +
    'imprint outline shadow rtl cs specVanish em bidi snapToGrid contextualSpacing adjustRightInd mirrorIndents ' +
    'textDirection vAlign tblStyleRowBandSize tblStyleColBandSize hideMark noWrap tcFitText cantSplit tblHeader ' +
    'titlePg type pgNumType numFmt lvlText start lvlJc suff multiLevelType nsid tmpl zoom defaultTabStop ' +
    'characterSpacingControl compatSetting rsid rsidRoot proofErr autoSpaceDE autoSpaceDN kinsoku wordWrap ' +
    'overflowPunct topLinePunct framePr lvlRestart isLgl legacy pStyle tblInd tblW tcW tblCellSpacing ' +
    'decimalSymbol listSeparator themeFontLang doNotTrackMoves defaultTableStyle'
  )
    .split(' ')
    .map((n) => `w:${n}`),
);

/**
 * DrawingML attributes (ECMA-376 Part 1 §20.1, §21.1), written without a prefix: run properties (`lang`, `altLang`,
 * `sz`, `b`, `i`, `u`, `kern`, `spc`, `baseline`, `dirty`, `err`, `noProof`, `smtClean`), fonts (`typeface`,
 * `panose`, `pitchFamily`, `charset` of `a:latin`, `a:ea`, `a:cs`, `a:sym`), paragraph properties (`algn`, `lvl`,
 * `marL`, `indent`), text body and shape geometry (`x`, `y`, `cx`, `cy`, `rot`, insets, `anchor`, `wrap`, `prst`),
 * placeholders (`type`, `idx`, `orient`) and a shape's numeric `id`.
 */
const DRAWINGML_OWN = new Set(
  (
    'lang altLang sz b i u strike kern cap spc baseline dirty err noProof smtClean smtId bmk typeface panose ' +
    'pitchFamily charset lastClr algn lvl marL marR indent defTabSz rtl eaLnBrk latinLnBrk hangingPunct fontAlgn ' +
    'x y cx cy rot flipH flipV w cmpd prst wrap lIns tIns rIns bIns anchor anchorCtr rtlCol vert numCol spcCol ' +
    'fontScale lnSpcReduction upright compatLnSpc forceAA id idx type orient hasCustomPrompt userDrawn ' +
    'noGrp noChangeAspect noMove noResize noRot noSelect noTextEdit txBox pos'
  ).split(' '),
);
/** DrawingML colour elements, whose `val` is a colour or a percentage (§20.1.2.3). */
const DRAWINGML_COLOUR =
  /^a:(?:srgbClr|schemeClr|sysClr|prstClr|scrgbClr|hslClr|lumMod|lumOff|alpha|tint|shade|satMod|satOff|hueMod|hueOff|gamma|invGamma|spcPct|spcPts|buSzPct|buSzPts|buFont)$/;

/**
 * SpreadsheetML attributes (ECMA-376 Part 1 §18), written without a prefix: a cell's reference, style and type
 * (§18.3.1.4 `r`, `s`, `t`, `cm`, `vm`, `ph`), a row's (§18.3.1.73 `spans`, `ht`, `customHeight`, …), a column's
 * (§18.3.1.13), a formula's flags (§18.3.1.40 `t`, `ref`, `si`, `ca`, …), counts of the shared string table, and the
 * views' selection and panes; the value `val` of a font's name, family, size and scheme and a colour's (§18.8).
 */
const SPREADSHEET_OWN = new Set(
  (
    'r s t cm vm ph spans ht customHeight customFormat hidden outlineLevel collapsed thickBot thickTop x14ac:dyDescent ' +
    'min max width style customWidth bestFit count uniqueCount ref si ca aca bx dt2D dtr del1 del2 r1 r2 ' +
    'topLeftCell activeCell sqref tabSelected workbookViewId zoomScale zoomScaleNormal xSplit ySplit state ' +
    'activePane pane defaultRowHeight baseColWidth defaultColWidth left right top bottom header footer rgb theme ' +
    'indexed tint auto numFmtId fontId fillId borderId xfId applyNumberFormat applyFont applyFill applyBorder ' +
    'applyAlignment applyProtection horizontal vertical wrapText indent patternType'
  ).split(' '),
);
const SPREADSHEET_VAL_OWN = new Set(['name', 'rFont', 'family', 'sz', 'scheme', 'charset', 'b', 'i', 'u', 'vertAlign']);

/**
 * ODF attributes (ODF 1.3 Part 3): the formatting properties of the `fo:` (XSL-FO, §20) and `style:` (§19, §20)
 * namespaces — fonts, sizes, colours, margins, language and country — and `svg:` geometry (§19.5xx: `svg:x`,
 * `svg:width`, `svg:font-family`; an object's title and description are ELEMENTS, read as text); any attribute
 * naming a style or a class of styles (`text:style-name`, `table:style-name`, `draw:style-name`, …); the counts
 * and levels of the text and table vocabularies; a value's type and the document's version.
 */
const ODF_OWN_NAMESPACES = /^(?:fo|style|svg|number):/;
const ODF_OWN_SUFFIX =
  /:(?:style-name|parent-style-name|cond-style-name|class-names|list-style-name|master-page-name|data-style-name|next-style-name|default-outline-level)$/;
const ODF_OWN = new Set([
  'office:version',
  'office:value-type',
  'calcext:value-type',
  'text:c',
  'text:outline-level',
  'text:level',
  'text:anchor-type',
  'text:id',
  'xml:id',
  'draw:z-index',
  'table:number-columns-repeated',
  'table:number-rows-repeated',
  'table:number-columns-spanned',
  'table:number-rows-spanned',
  'table:number-matrix-columns-spanned',
  'table:number-matrix-rows-spanned',
  'text:start-value',
  'text:continue-numbering',
  'draw:transform',
  'draw:layer',
]);

/** Whether the attribute `attribute` of element `element` holds the office format's own value. */
export function isFormatOwnAttribute(element: string, attribute: string): boolean {
  if (attribute === 'xmlns' || attribute.startsWith('xmlns:') || XML_OWN.has(attribute)) return true;
  // Revision save ids of WordprocessingML (any `w:rsid…`).
  if (attribute.startsWith('w:rsid')) return true;
  if (attribute === 'w:val') return WORDPROCESSING_VAL_OWN.has(element);
  if (WORDPROCESSING_OWN.has(attribute)) return true;
  if (attribute === 'val') return DRAWINGML_COLOUR.test(element) || SPREADSHEET_VAL_OWN.has(element);
  if (element.startsWith('a:') || element.startsWith('p:')) return DRAWINGML_OWN.has(attribute);
  if (!element.includes(':')) return SPREADSHEET_OWN.has(attribute);
  return ODF_OWN_NAMESPACES.test(attribute) || ODF_OWN_SUFFIX.test(attribute) || ODF_OWN.has(attribute);
}
