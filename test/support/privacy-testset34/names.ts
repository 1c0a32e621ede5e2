import { keptCultures, type TypedCulture } from '../earlier-test-sets.js';

export type Culture = TypedCulture;

/** A culture typed as two `|`-separated lists (given names, family names). */
const c = (given: string, family: string): Culture => ({ given: given.split('|'), family: family.split('|') });

/**
 * Set 34's own name lists, typed by hand for this set: farmers, pet owners, vets, livestock traders and
 * inspectors of many countries (rare given and family names of each culture, since 33 earlier sets drew
 * from many of the same cultures). At load every name sharing a word with a PERSON label of an earlier set
 * (or the development set or corpus) is dropped, and a culture left with fewer than four of either is
 * dropped too (the shared `keptCultures` rules).
 */
const TYPED: Record<string, Culture> = {
  danish: c(
    'Hjalte|Thyge|Valborg|Esbern|Rigmor|Ejvind|Sofus|Malthe|Jytte|Agnete|Palle',
    'Brøndum|Lykkegaard|Damsgaard|Hvidbjerg|Skovbølling|Thorhauge|Krogsgaard|Nørgaard|Kjeldsen|Munkholm|Søndergaard|Vestbjerg|Bækgaard|Hedegaard',
  ),
  norwegian: c(
    'Gudveig|Åsta|Borghild|Torleiv|Herbjørn|Olaug|Torunn|Sigbjørn|Aslaug|Vebjørn',
    'Grønnevik|Støylen|Kvamme|Sætre|Lægreid|Torvund|Haugsbakk|Vågsether|Ulvestad|Brekkhus|Langeland|Hovdenak',
  ),
  czech: c(
    'Přemysla|Radomír|Ctislav|Květoslav|Vítězslav|Jaroměř|Blahoslav',
    'Mach|Rybová|Křivánek|Zelinková|Šindelář|Bartůněk|Podhajský|Vrbenský|Chadima|Šafránková|Jelínková|Vodseďálek|Kotrbatý',
  ),
  croatian: c(
    'Zvjezdana|Višnja|Blaženka|Jakov|Dragica|Mladenka|Ozren|Jadranka|Stjepan-Ivo',
    'Bjelovučić|Radočaj|Mlinarić|Bašić|Vukovac|Žganjer|Kovačina|Šoštarić|Hrženjak|Vrbanec|Cindrić|Pintarić|Brezovec',
  ),
  argentine: c(
    'Ezequiel|Candelaria|Gervasio|Itatí|Eliseo|Maitena|Elvira|Rufina|Florencia|Nehuén|Celestino|Ramona-Delia',
    'Etchebarne|Iturraspe|Goyechea|Sarasola|Echeverrigaray|Irigoyen|Urquiza|Arrechea|Lasa|Beltrán|Landaburu|Oyhenart|Errecalde|Inchauspe',
  ),
  chilean: c(
    'Galvarino|Huenchullán|Ailín|Antonella|Lefxaru|Pelantaro|Quilapán|Millaleo|Liwen',
    'Antileo|Curinao|Huaiquimilla|Lienlaf|Colipi|Huenchucoy|Ancamil|Maripangui|Nahuelhual|Caniupán|Railaf',
  ),
  yoruba: c(
    'Babatunji|Titilope|Olúwadámilọ́lá|Omotayo',
    'Akinwunmi|Fadeyibi|Ojediran|Salami|Adesanoye|Akintoye|Adeosun-Ige|Oduwole',
  ),
  igbo: c(
    'Chukwunonso|Adaobi|Ikemefuna|Uzoamaka|Ebelechukwu|Nkemdilim',
    'Nwaigwe|Ikeotuonye|Onwuachu|Ezeanyika|Anyaoku|Ugwuoke|Nnadozie|Ezenwafor|Okolie',
  ),
  kikuyu: c('Gachanja|Mugambi|Wahome|Mumbi', 'Gakuya|Kahura|Kimotho|Gatimu|Kibathi'),
  indonesian: c(
    'Haryanto|Wirasena|Sekarini|Prameswari|Gandasari|Anindita|Kusumo|Setyaningsih|Dyah|Cahyadi',
    'Hadiningrat|Suryadiningrat|Tjokroaminoto|Joyohadikusumo|Mangkubumi|Reksodiputro|Sosrodiningrat|Martodihardjo|Purbonegoro|Darmokusumo|Wiradinata|Atmodjo',
  ),
  japanese: c(
    'Kazuhisa|Mitsuko|Tatsunori|Norihiro|Sachiyo|Yoshimasa|Kiyotaka|Michitaka|Fusae|Hidenobu|Masuyo|Tomokazu',
    'Hirabayashi|Tsutsumi|Shimazaki|Nakagawara|Inokuchi|Kamiyama|Takenouchi|Funabashi|Ozawa|Higurashi|Sakakibara|Torikai',
  ),
  korean: c('Byung-chul|Seul-gi|Kyung-soon|Chang-wook|Bo-ra|Geon-u|Ye-seul|Mi-ok', 'Seokgang|Gwon|Mun|Ok|Pi'),
  pashto: c(
    'Zarghuna|Shafiqullah|Nazaneen|Gulbuddin|Mirwais|Mahjabeen|Asadullah|Lailuma|Torpekai|Hamidullah|Shaista',
    'Khel|Zaman|Wazir|Orakzai|Jadran|Safi|Noorzai|Alokozai',
  ),
  punjabi: c(
    'Simranjeet|Harbhajan|Harjot|Amandeep|Parminder|Sukhjinder|Baljit|Daljeet|Karamjit|Lakhvir',
    'Khehra|Mahal|Sangha|Hundal|Nijjar',
  ),
  flemish: c(
    'Godelieve|Remi|Gommaar|Hilde|Jef|Miel',
    'Vanderhaeghen|Verstraeten|Van Hecke|Goossenaerts|Ceulemans|De Smedt|Lauwers|Mertens|Buys|Dewulf|Vanhoutte|Vandenbroucke|Van Damme|Soenens|Verhelst',
  ),
  hungarian: c(
    'Borbála|Töhötöm|Jolán|Aladár',
    'Bodrogközi|Kisvárdai|Hajdúnánási|Tiszafüredi|Vámosi|Szakolczai|Bükkszéki|Mezőcsáti|Nyírbátori|Szentkirályi|Somogyvári|Pásztori|Bácskai',
  ),
  persian: c(
    'Siyamak|Bahareh|Anoushiravan|Goli|Ferdows',
    'Golestaneh|Ghaffarzadeh|Rezvani|Nabavi|Zarrinkoob|Ashrafi|Davoudi|Pourhashemi|Hejazi',
  ),
  irish: c(
    'Donnacha|Ultán|Treasa|Seosamh|Máirín|Eimear|Pádraic',
    'Ó hUiginn|Ó Laoire|Ó Muircheartaigh|Ní Fhearghail|Ó Donnabháin|Ní Mhaoláin|Ó Flaithearta|Ó Catháin|Ó Gallchóir|Ó Méalóid',
  ),
  bavarian: c(
    'Reserl|Fritzi|Gustl|Annamirl|Steffl',
    'Stadlhuber|Rieglhofer|Angerer-Pöll|Kammerlander|Scharnagl|Trinkl|Staudinger|Oberndorfer|Eichberger',
  ),
  frisian: c('Gerlof|Antsje|Janke|Sjoerdtje', 'Nauta|Bergsma|Kingma|Tuinstra|Wouda|Dotinga|Hoogterp'),
  polish: c(
    'Dobromiła|Mszczuj|Ludomiła|Gościsław',
    'Szczęsny|Grzęda|Kłosowska|Bednarczuk|Skrzypczak|Wawrzyniak|Kulczycka|Majchrzak|Rzepecki',
  ),
  greek: c(
    'Sotiria|Chrysanthos|Pantelis|Efstathios',
    'Papageorgopoulou|Karagiannidis|Hatzistavrou|Mitsotakou|Bourdakis|Kourkoulakou|Stefanidou|Anagnostopoulos',
  ),
  occitan: c(
    'Théophile|Ferréol|Aymeric|Léonce|Radegonde',
    'Chastagner|Boudou|Vaysse|Roumegoux|Espitalier|Delpech|Bouscarel|Cabanes|Rieutord|Malbec',
  ),
  welsh: c('Dyfrig|Caryl|Elin-Mair|Gwydion|Ithel|Olwen|Cynog|Einir', 'Griffiths-Owain|Madoc|Meredudd|Hopcyn|Llwyd'),
  icelandic: c(
    'Halldóra|Ásgeir|Brynjólfur|Kolbrún',
    'Guðmundsson|Ásmundsdóttir|Hafsteinsson|Sveinbjörnsson|Jónasson|Steingrímsdóttir|Gunnlaugsdóttir',
  ),
  estonian: c(
    'Leida|Helju|Enno|Maimu|Sirje',
    'Saarmets|Kõrvits|Tammaru|Pärtel|Rüütel|Laansoo|Varik|Hallik|Saluveer|Kärner|Põldma',
  ),
  latvian: c('Andrejs|Gundars|Juris|Sarmite', 'Vītola|Pētersons|Strautiņa|Āboliņš|Jansone'),
};

/** Particles are not name words of their own for the overlap checks. */
export const PARTICLES: ReadonlySet<string> = new Set(['van', 'der', 'de', 'da', 'mac', 'ní', 'nic', 'le', 'el']);

export const { words, cultures, sharedWithEarlierSets, keptCounts, keptNames, sharedTyped } = keptCultures(
  34,
  TYPED,
  PARTICLES,
);
