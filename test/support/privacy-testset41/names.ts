import { keptCultures, type TypedCulture } from '../earlier-test-sets.js';

export type Culture = TypedCulture;

/** One culture typed as two `|`-separated lists: given names, then family names. */
const c = (given: string, family: string): Culture => ({ given: given.split('|'), family: family.split('|') });

/**
 * Set 41's own name lists, typed by hand for this set: keyholders, guards, stewards, locksmiths' customers, badge
 * holders, banned persons, footage requesters, investigators' subjects and cash couriers from many countries. None
 * of set 39's or set 40's cultures. At load every name that shares a word with a PERSON label of an earlier set
 * (or the development set or corpus) is dropped, and a culture left with fewer than four of either list is dropped
 * too (the shared `keptCultures` rules).
 */
const TYPED: Record<string, Culture> = {
  fula: c(
    'Hamadou|Diariatou|Thierno-Ousmane|Kadiatou-Dalanda|Alhassane|Mamadou-Saliou|Aissatou-Hawa|Djenabou|Oumou-Kalsoum|Abdourahmane',
    'Baldé-Sidibé|Diaw|Kane-Tall|Wane|Boiro|Dicko|Sall-Bâ|Tounkara|Djigo|Bokoum',
  ),
  congolese: c(
    'Dieumerci|Fiston|Nsona|Mbombo|Lukusa|Kiese|Masika|Ngalula|Tshilanda|Bienvenu-Kasongo',
    'Mbuyi-Kanda|Nkongolo|Lukoki|Kabeya-Mwamba|Ngandu|Mayamba|Tshibangu|Kazadi-Mutombo|Mbiya|Lwamba',
  ),
  malayalam: c(
    'Sreekumar|Anjali-Devi|Unnikrishnan|Lakshmikutty|Bindu-Mol|Jithin|Smitha-Rani|Harikrishnan|Aswathy|Gopakumar',
    'Puthenveettil|Kizhakkedath|Thekkumpuram|Vadakkanchery|Moolayil|Edappilly|Kottarathil|Valiyaparambil|Chirayil|Pazhayidom',
  ),
  telugu: c(
    'Lakshmi-Prasanna|Srinivasulu|Sowmya|Chaitanya|Harika|Mallikarjun|Pavani|Raghavendra|Tejaswini|Bhaskara',
    'Kotagiri|Yerramilli|Pasupuleti|Bommireddy|Gadiraju|Chilukuri|Nandigam|Vemulapalli|Kondapalli|Tummala',
  ),
  javanese: c(
    'Wahyuningsih|Sutrisno|Suharti|Bambang-Wicaksono|Ratna-Sari|Joko-Susilo|Endang|Sumarni|Purwanto|Kristiyanto',
    'Hadiprojo|Soerjodiningrat|Wirjosoemarto|Kartodirdjo|Notosusanto|Mangunwijaya|Sastrowardoyo|Prawirohardjo|Tjokrosuseno|Darmodjo',
  ),
  kyrgyz: c(
    'Bakyt|Cholpon|Nurlanbek|Aizada|Jyldyz|Kubanychbek|Temirlan|Mairamkul|Sooronbai|Baktygul',
    'Toktomushev|Abdyldaev|Sultanbekova|Asanaliev|Mamytov|Karabaev|Sydykova|Tursunbaev|Jumabekov|Kasymaliev',
  ),
  turkmen: c(
    'Annaguly|Ogulgerek|Maral|Gurbanmyrat|Aýna|Jemal|Nurmuhammet|Gözel|Atamyrat|Orazgeldi',
    'Annamuhammedow|Orazberdiýew|Gurbanow|Atayew|Nepesowa|Hojamuradow|Saparow|Amanmyradowa|Durdyýew|Kakajanow',
  ),
  azerbaijani: c(
    'Elnur|Günay|Tural|Aysel|Vüsal|Nigar|Elchin|Sevinj|Ilgar|Könül',
    'Mammadli|Hasanzade|Gurbanli|Rustamzade|Nasibova|Huseynli|Abdullayeva|Safarli|Jafarzade|Ismayilli',
  ),
  chuvash: c(
    'Nerkhi|Ukhtiv|Tavrat|Elentey|Ilempi|Sentti|Salampi|Narspi|Uhsay|Kĕtĕrnĕ',
    'Sespel|Yandush|Elkener|Tenkeri|Palkha|Vurnar|Sarpi|Tuptash|Kĕsĕr|Ashmarin',
  ),
  asturian: c(
    'Xuan|Llucía|Xandru|Marién|Iyán|Fonsu|Covadonga|Pelayo|Xenaro|Aurina',
    'Arbesú|Menéndez-Llera|Valdés-Vigil|Fueyo|Llaneza|Cuesta-Pidal|Tuñón|Riaño-Suárez|Miranda-Quirós|Granda-Solís',
  ),
  yiddish: c(
    'Mendel|Shprintse|Zelig|Rivke|Feivel|Tsirl|Gitl|Yankel|Frumet|Leybl',
    'Pomerantz|Grinshpan|Feigenbaum|Lewkowicz|Wexler-Nudel|Himmelfarb|Tsukerman|Kvitko|Shlaifer|Nirenberg',
  ),
  romani: c(
    'Tshilaba|Luludja|Bavol|Pesha|Shofranka|Kizzy|Tsura|Nanosh|Simza|Vadoma',
    'Lakatos|Sztojka|Rézműves|Kolompár|Daróczi|Orsós|Sárközi|Rostás|Bogdán-Gaz|Kállai',
  ),
  mohawk: c(
    'Kahentiiosta|Tekaronhiake|Kawennahere|Tehoniehtathe|Karonhienhawi|Wahiakeron|Konwatsitsawi|Sakoieta|Ionatakwas|Kanenhariyo',
    'Two-Axe|Sky-Deer|Montour|Diabo|Goodleaf|Deer-Jacobs|Kanenhiio|Lazare-Horn|Tekarontake|Tarbell-Mitchell',
  ),
  zapotec: c(
    'Bidxaa|Guendaliza|Naxhieli|Yatzil|Itandehui|Tonatiuh|Cuauhtli|Yaretzi|Nayeli|Xunaxi',
    'Matus|Cazarín|Marcial-Nolasco|Vicente-Ordaz|Regalado-Pineda|Gijón|Nelio|Sumano|Aquino-Jarquín|Ordaz-Chacón',
  ),
  tlingit: c(
    'Kaaxkwei|Shaadaax|Keixwnei|Kaalkaawu|Seigeigei|Tlaxaneis|Kaasteen|Daxkilatch|Aankaawu|Yeidikook',
    'Dangeli|Kookesh|Jacquot|Hotch|Soboleff|Kadashan|Klanott|Katzeek|Shotridge|Bremner-Ebona',
  ),
  blackfoot: c(
    'Aapiiniikaa|Naatoyiinaa|Kainaikoan|Piitaakii|Sikapiikwan|Iinisskimmaa|Otsapinaakii|Natoisaapi|Mekaisto|Isstsiinaa',
    'Crowshoe|Weasel-Head|Many-Fingers|Bruised-Head|Eagle-Speaker|Heavy-Runner|Calf-Robe|Yellow-Horn|Scout-Shot|Wolf-Leg',
  ),
  ojibwe: c(
    'Nimkii|Migizi|Waabooz|Zhaawan|Giizhig|Noodin|Mahingan|Binesi|Ziigwan|Makoons',
    'Kakegamic|Meekis|Fiddler-Rae|Keesick|Moonias|Sakanee|Kenequanash|Wassaykeesic|Mamakwa|Nanokeesic',
  ),
  ainu: c(
    'Iyoshi|Pirika|Sikerpe|Apefuchi|Upopo|Ruyka|Kinatuye|Sarakka|Mukkuri|Tonkori',
    'Kaizawa|Hikawa|Urakawa|Akibe|Kawanano|Sunazawa|Kayano-Shiro|Toyookawa|Shiranuka|Nibutani',
  ),
  newar: c(
    'Bekha|Kulman|Dhanalaxmi|Ratnakaji|Jujuman|Purnakaji|Herakaji|Tejratna|Chinimaiju|Nhuchhe',
    'Kansakar|Tamrakar|Sthapit|Manandhar|Dangol|Chitrakar|Rajbhandari|Tuladhar|Bajracharya|Prajapati',
  ),
  kabardian: c(
    'Nalbi|Khazret|Zamirat|Lyuan|Zhantemir|Bzhikhan|Daut|Inver|Mazhid|Sultanbek',
    'Kodzokov|Khatazhukov|Shogentsukov|Ashkhotov|Kokov|Kardanov|Tlekhugov|Bekanov|Nagoev|Khuazhev',
  ),
  nenets: c(
    'Khadne|Yaderei|Nyaruy|Siyako|Pedava|Nyaki|Ngarka|Mamycha|Yangi|Tasiko',
    'Laptsui|Serotetto|Khudi|Vanuito|Yaptunai|Okotetto|Tibichi|Salinder|Yando|Pyrerka',
  ),
  wayuu: c(
    'Jayaliyuu|Kamaash|Pulowi|Jepirra|Juya|Meetsa|Aliita|Kashi|Sashai|Wale-Kerú',
    'Epinayú|Uriana|Pushaina|Ipuana|Epieyú|Jayariyú|Sapuana|Uliana|Jusayú|Wouliyú',
  ),
  maasai: c(
    'Lemayian|Naserian|Saitoti|Nashipae|Lekishon|Parsimei|Noonkipa|Kakuta|Naisenya|Leteipa',
    'Ole-Sankale|Nkoitiko|Ole-Ntimama|Lenkoina|Kisemei|Ole-Moiko|Parkesian|Naiputari|Ole-Turere|Meitamei',
  ),
  tswana: c(
    'Otsile|Boikanyo|Tshireletso|Gaone|Keletso|Onkarabile|Kelebogile|Oratile|Botlhale|Itumeleng',
    'Motswagole|Kgosietsile|Molefhe|Sebego|Modise-Tlhabane|Ramotswa|Kebonang|Mmusi|Seitshiro|Tlhalerwa',
  ),
  venda: c(
    'Mpfariseni|Thifhelimbilu|Rudzani|Takalani|Ndivhuwo|Tshilidzi|Mashudu|Vhutshilo|Khathu|Livhuwani',
    'Nemakonde|Ramabulana|Mudau|Netshitenzhe|Mphephu|Nemavhola|Tshivhase|Ravele|Munzhedzi|Mulaudzi',
  ),
  tsonga: c(
    'Nyiko|Hlulani|Tsakani|Ntsako|Rhandzu|Xikombiso|Vutomi|Tinyiko|Ripfumelo|Nhlamulo',
    'Baloyi|Chauke|Maluleke|Mathebula|Shirinda|Ngobeni|Hlungwani|Mabasa|Novela|Rikhotso',
  ),
  efik: c(
    'Edidiong|Ekemini|Ubong|Uduak|Mfon|Aniekan|Idongesit|Ekaette|Nsikak|Imaobong',
    'Effiong|Udoh|Okon-Bassey|Etim|Ekpenyong|Essien-Udom|Asuquo|Inyang|Umoh|Ekanem',
  ),
  iban: c(
    'Jugah|Entingi|Ngumbang|Sumbang|Rentap|Kumang|Lulong|Mawar|Sengalang|Linggi',
    'Anyi|Barieng|Nyandang|Jimbun|Ugak|Tugang|Rambai|Lingoh|Sandai|Empaling',
  ),
};

/** Short words and particles of several cultures' names, not counted as overlap. */
export const PARTICLES: ReadonlySet<string> = new Set(['de', 'la', 'del', 'van', 'bin', 'ole']);

export const { words, cultures, sharedWithEarlierSets, keptCounts, keptNames, sharedTyped } = keptCultures(
  41,
  TYPED,
  PARTICLES,
);
