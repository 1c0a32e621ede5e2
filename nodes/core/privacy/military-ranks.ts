/**
 * Military ranks written between a courtesy title or a label and a person's name ("Herrn Oberfeldwebel d.R. Jana
 * Okafor", "Dienstgrad/Name: Stabsunteroffizier Okafor", a chat's "[11/11/26, 18:02] Sgt Jana Okafor:"), with the
 * reserve's or the retired's mark after them ("d.R.", "d.Res.", "a.D.", "(retd)"). A rank there is no name: the name
 * readers step over it to the name after it. German (Bundeswehr, Bundesheer, Swiss Army) and British and Irish ranks
 * and their usual abbreviations. The pattern is sticky; it matches the rank, its mark and the blanks after them.
 */
const GERMAN_RANKS = [
  'Soldat(?:in)?',
  'Rekrut(?:in)?',
  '(?:Ober|Haupt|Stabs|Oberstabs)?[Gg]efreite[rn]?',
  'Gefreite[rn]?',
  '(?:Stabs)?[Kk]orporal',
  '(?:Stabs)?[Uu]nteroffizier(?:in)?',
  'Unteroffizier(?:in)?',
  'Fahnenjunker(?:in)?',
  '(?:Ober|Haupt|Stabs|Oberstabs)?[Ff]eldwebel',
  'Feldwebel',
  '(?:Haupt|Ober|Stabs)?[Ww]achtmeister(?:in)?',
  'Wachtmeister(?:in)?',
  'Zugsführer(?:in)?',
  'Vizeleutnant',
  '(?:Ober)?[Ff]ähnrich',
  'Fähnrich',
  '(?:Ober)?[Ll]eutnant',
  'Leutnant',
  '(?:Stabs)?[Hh]auptmann',
  'Hauptmann',
  'Major(?:in)?',
  'Oberst(?:leutnant)?',
  '(?:Brigade|Divisions)?[Gg]eneral(?:major|leutnant)?',
  '(?:Ober)?[Mm]aat',
  '(?:Ober|Haupt|Stabs|Oberstabs)?[Bb]ootsmann',
  'Kapitänleutnant',
  'Korvettenkapitän',
  'Fregattenkapitän',
  'Flottillenadmiral',
];
const ENGLISH_RANKS = [
  'Private',
  'Pte',
  'Lance[ \\t]+Corporal',
  'L/?Cpl',
  'Corporal',
  'Cpl',
  '(?:Staff|Colour|Color|Flight)[ \\t]+Sergeant',
  'Sergeant',
  'S/?Sgt',
  'C/?Sgt',
  'Sgt',
  'WO[12]',
  'Warrant[ \\t]+Officer(?:[ \\t]+Class[ \\t]+[12])?',
  'Second[ \\t]+Lieutenant',
  '2/?Lt',
  'Lieutenant(?:[ \\t]+Colonel|[ \\t]+Commander)?',
  'Lt(?:[ \\t]+Col|[ \\t]+Cdr)?',
  'Captain',
  'Capt',
  'Maj',
  'Colonel',
  'Col',
  'Brigadier',
  'Brig',
  'Gunner',
  'Gnr',
  'Sapper',
  'Spr',
  'Trooper',
  'Tpr',
  'Rifleman',
  'Rfn',
  'Guardsman',
  'Gdsm',
  'Craftsman',
  'Cfn',
  'Signaller',
  'Petty[ \\t]+Officer',
  'CPO',
  'Flight[ \\t]+Lieutenant',
  'Flt[ \\t]+Lt',
  'Squadron[ \\t]+Leader',
  'Sqn[ \\t]+Ldr',
  'Wing[ \\t]+Commander',
  'Wg[ \\t]+Cdr',
];

/** A rank and its reserve or retired mark, with the blanks after them; sticky. */
export const MILITARY_RANK = new RegExp(
  `(?:${[...GERMAN_RANKS, ...ENGLISH_RANKS].join('|')})\\.?(?:[ \\t]+(?:d\\.[ \\t]?R(?:es)?\\.|a\\.[ \\t]?D\\.|\\(retd?\\.?\\)|retd\\.?|\\(rtd\\.?\\)))?[ \\t]+`,
  'uy',
);

/** Where the name after a rank at `at` starts (a capital follows the rank), or `at` when no rank stands there. */
export function afterMilitaryRank(text: string, at: number): number {
  MILITARY_RANK.lastIndex = at;
  if (!MILITARY_RANK.test(text)) return at;
  const next = MILITARY_RANK.lastIndex;
  return /\p{Lu}/u.test(text[next] ?? '') ? next : at;
}
