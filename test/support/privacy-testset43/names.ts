import { keptCultures, type TypedCulture } from '../earlier-test-sets.js';

export type Culture = TypedCulture;

/** One culture typed as two `|`-separated lists: given names, then family names. */
const c = (given: string, family: string): Culture => ({ given: given.split('|'), family: family.split('|') });

/**
 * Set 43's own name lists, typed by hand for this set: prisoners, remand prisoners, probationers, young people,
 * visitors, victims, officers, chaplains and probation staff from many countries. None of set 41's or set 42's
 * cultures. At load every name that shares a word with a PERSON label of an earlier set (or the development set or
 * corpus) is dropped, and a culture left with fewer than four of either list is dropped too (the shared
 * `keptCultures` rules).
 */
const TYPED: Record<string, Culture> = {
  chuukese: c(
    'Eperiam|Kinioshy|Sopwaur|Wesonkei|Merleen|Kesoluk|Anirwin|Tomsie|Ririntei|Sipenuk|Winimei|Oneirik',
    'Sirenimwaur|Kofaipin|Nedlikup|Aisekiin|Mwarechuk|Wiirooch|Enekkes|Chipwenu|Sowaien|Ruusop|Akapito|Nemwaaro',
  ),
  palauan: c(
    'Ngiraked|Dirrabang|Obakrairur|Techitong|Kodep|Ngirchoimei|Ebiltulik|Rengulbai|Mekreos|Dirngulbai|Uchelkeiukl|Sisior',
    'Ngirmekur|Rechelbang|Tellei-Basilius|Ngiraklang|Ulengchong|Rengiil|Obichang|Sadang-Mesebeluu|Kloulechad|Ngiratregd|Tmetuchl|Olkeriil',
  ),
  kashubian: c(
    'Kaszëbka|Gùstaw|Zbrzëch|Òlëmpia|Jerzëk|Mariélka|Bòżena|Klemãs|Gùscëk|Felcjô|Tómk|Wòjcech',
    'Kòstka-Mùżk|Szczëpańsczi|Żmùda-Trzebiatowsczi|Bòrzëszkòwsczi|Kùrlëk|Pëpka|Grzëmk|Rekòwsczi|Stolpińszczi|Bùlczik|Dzëwùlsczi|Ceynowa-Kwidzk',
  ),
  rusyn: c(
    'Vasyľ|Olenka|Mychal-Ivan|Hafija|Dymytrij|Marťa|Ondrej-Fedor|Justyna|Petro-Havrylo|Anyčka|Hryc|Pelahija',
    'Kostiľ|Ščerbej|Matyško|Hrynyšyn|Lemkovčak|Rusnačko|Fedorčak-Bilyj|Zozuľak|Hucuľak|Plišivčan|Durkovyč|Stryšenec',
  ),
  erzya: c(
    'Tyushtya|Vezhav|Kastoron|Ineshke|Syreskeeva|Ozais|Alyanya|Piyanyai|Kudyava|Varezhke|Ozhana|Ervelya',
    'Kirdyashkin|Alyamkin-Tyushtin|Kuzhemyakin|Pinyaev|Vedyashkin|Shtyrkin|Ryabaikin|Chindyaskin|Paksyaev|Kalmykov-Erzyan|Ozhayev|Syulyaev',
  ),
  veps: c(
    'Nikolai-Nastoi|Jelii|Ohvonja|Mandoi|Tanja-Eudokei|Vaseli|Ondrei|Palagei|Tuomas|Fekla-Marei|Sen’ka|Zinoi',
    'Abramovskii|Kalinin-Sinkarev|Pahomov-Ahtoi|Ryzhjakov|Kirjanova|Ahtijev|Hrapeinen|Zaicevoi|Sirmoi|Ozhegoi|Lahtinoi|Pelguzoi',
  ),
  nogai: c(
    'Aqbilek|Ediyge|Qazbek-Tolqin|Suyumbike|Mambet|Qarlyghash|Nuraly|Toqtamys|Aysylu|Yamgurshi|Orazgul|Bayram-Kadyr',
    'Kapaev-Saidov|Bekmurzaev|Ibraimov-Qyzylay|Kerimbaev|Toqumov|Zhanibekov|Sultanmuratov|Mollaev|Kapayev|Kulunchaqov|Ismagulov|Yamanbaev',
  ),
  tabasaran: c(
    'Makhach|Saigid|Zhavgarat|Khalilbek|Tamilla|Shakhvalad|Ummupazil|Murtazali|Khanum-Gyulli|Dzhalaludin|Saniyat|Rustamkhan',
    'Gyulmagomedov|Dzhabrailov-Tsikhe|Kurbanmagomedov|Khanmurzaev|Shikhragimov|Ashurbekov|Gyudzhaev|Seyidov-Khuchni|Mirzekhanov|Abdulkerimov|Ragimkhanov|Tagirbekov',
  ),
  laz: c(
    'Lazuri|Nuri-Temel|Kezban|Cemil-Xasan|Fadime|Ğazi|Nazmiye|Remzi|Sebahat|Xuseyni|Mençi|Oxori',
    'Kolxoğlu|Şuşaneli-Xopuli|Mzeğli|Çxalani|Ardeşenli-Pazar|Vicelu|Ğoreli|Kemerli-Lazi|Çamlihemşinli|Fındıklıoğlu-Arxavi|Xemşineli|Mapavreli',
  ),
  talysh: c(
    'Alakbar|Shahnaz|Mirzali-Gulu|Sabuhi|Nazakat|Elshad|Rukhsara|Vahid-Taleh|Gulshan|Nizami|Sevindzh|Taleh',
    'Mamedalizade|Lerikli-Abbasov|Astaraly|Hummetov-Jalilabad|Mirzaliyev-Lenkoranly|Talyshkhanli|Zuvandly|Alaskarov|Babaguluyev|Masallyzade|Yardymly|Veravuli',
  ),
  wakhi: c(
    'Shahzada|Bibi-Gulnoz|Mirzobek|Gulbahor|Davlatsho|Nazokat|Khushbakht|Shirinbek|Zarangez|Amirsho|Bakhtigul|Lalmir',
    'Wakhani-Shoev|Ishkashimi|Mamadsaidov|Pamirov-Langari|Khorogzoda|Zebakhi|Goyanov|Ptupi|Shitkharvi|Yamchuni|Vrangzoda|Sarhaddi',
  ),
  ladakhi: c(
    'Stanzin|Padma-Dolkar|Tsewang|Rigzin|Nawang-Tundup|Skarma|Deskit|Thinles|Chosdol|Sonam-Angmo|Phuntsog|Yangchan',
    'Namgyal-Thiksey|Spalzes|Mutup-Ladakhi|Stobdan|Dorjay-Hemis|Lamdon|Tsering-Likir|Gyalson|Chospel|Lobzang-Stok|Rinchen-Alchi|Dachen',
  ),
  lepcha: c(
    'Sonyit|Nyumit|Rongkup|Pempa|Tshering-Sonam|Mayalmit|Karmit|Norbu-Lhendup|Nandamit|Sangkit|Ongmu|Pemkit',
    'Rongong|Lepcha-Tamsang|Kabokmu|Zongmu|Sangdermu|Lamhimu|Namchumu|Sadamu|Foning|Karthak-Rong|Simikmu|Lucksom',
  ),
  santali: c(
    'Sagram|Phulmani|Sido-Kanhu|Chandmuni|Baijnath|Duli|Dhunu|Salkhan|Jhano|Budhan|Dhaneshwari|Raghunath',
    'Hembrom-Soren|Murmu-Tudu|Baskey|Marndi|Kisku|Besra-Hansdah|Hansdak|Tudu-Baske|Pauria|Bedia|Chonre|Soren-Hembrom',
  ),
  tulu: c(
    'Koti|Chennaya|Siri-Abbaga|Daruka|Kantabare|Boodabare|Abbaga|Kodaddabbu|Kalkuda|Kallurti|Tanniya|Mayandala',
    'Bangera-Poojary|Salian|Kotian|Kunder-Suvarna|Amin-Karkera|Shriyan|Kanchan|Bangera|Mendon|Putran|Gujaran|Kulal',
  ),
  kiribati: c(
    'Teburoro|Tekarei|Nei-Tabera|Taneti|Kourabi|Tebao|Tiarite|Roniti|Teiraoi|Kautu|Tianeti|Nei-Baare',
    'Tetabo|Maamau-Anote|Tong-Teburoro|Kaiea|Teekoa|Atanraoi|Tabane|Kirata|Ioane-Tebuke|Taberannang|Beniamina|Rimon',
  ),
  niuean: c(
    'Togiavalu|Talagi|Sisilia|Mititaiagimene|Vaitoa|Pule|Hima|Lagaaga|Fakaotimanava|Moka|Limaua|Tagaloa',
    'Tukuitonga|Pulehetoa|Vivian-Lagavalu|Heka|Togahai|Funaki-Alofi|Tauevihi|Pihigia|Hekau|Makaia|Talagi-Hetutu|Lipitoa',
  ),
  rotuman: c(
    'Fatiaki|Sakimi|Tausia|Hanfakpoi|Gagaj|Mamatuki|Ravai|Fonmanu|Rejieli|Faga|Tokaniua|Maraia',
    'Vafoou|Kaurasi|Aisake-Ieli|Fatafehi|Managreve|Rigamoto|Varea|Tiu-Hanfakpoi|Iosefo|Atalifo|Fesaitu|Penjueli',
  ),
  yazidi: c(
    'Xidir|Gule|Pîr-Xelef|Nadiye|Kheyri|Zeyneb|Dexil|Hêzan|Şêxo|Tûrko|Xate|Berçem',
    'Şingalî|Qaidî|Bashiqî-Bahzanî|Xaltî|Mêrkanî|Hesinî|Dinaî|Şerqî|Rekanî|Bedrî|Çêlkî|Mendikanî',
  ),
  zaza: c(
    'Hesen|Zeynê|Memed-Ali|Xece|Dilşa|Bava|Gulê|Sılêman|Hawa|Mısto|Perişan|Welatê',
    'Ezgun-Pilvenk|Kılıçgedik|Pîranî|Mamekî|Dêrsimî|Xarpêtî|Pali-Çewlik|Sêwregî|Gımgımî|Hêni|Licokî|Zazaki-Aqil',
  ),
  mingrelian: c(
    'Temur|Dudana|Bondo|Nargiza|Gogita|Nunu|Malkhaz|Tsira|Kakhaber|Ina-Natela|Ushangi|Mzevinar',
    'Zhvania-Todua|Kvaratskhelia|Pipia|Gogokhia|Jojua|Chikovani-Tsulaia|Kharchilava|Khurtsidze|Kvekveskiri|Shengelia-Bokuchava|Mikava|Sichinava',
  ),
  ladin: c(
    'Ujöp|Cristl|Tita|Erica-Lena|Giuani|Moidl|Vigile|Gretl|Fabian-Stina|Ojöp|Nane|Rosalia',
    'Irsara|Pescollderungg|Crazzolara|Palfrader|Verginer|Obwexer|Ploner-Costa|Comploj|Runggaldier|Demetz-Kasslatter|Insam|Pitscheider',
  ),
  cornish: c(
    'Kerensa|Tresek|Jago|Morwenna-Lowen|Pasco|Demelza|Bryok|Elowen|Kenwyn|Talan|Tamsin-Rosen|Ythel',
    'Trewhella|Penhaligon|Polglaze|Nancarrow|Trezise-Hocking|Chegwidden|Pengelly|Tregenza|Rowe-Angwin|Bolitho|Pascoe-Teague|Vosper',
  ),
  livonian: c(
    'Gustav-Pētõr|Ūlde|Jānõ|Vilhelmīne|Kārli|Līza|Edgõr|Mārja|Andrõs|Katrīn|Pētõr|Annõ',
    'Damberg|Stalte|Sarkangs|Ernštreit|Kļaviņa-Pūļs|Mednis|Šulca|Bertholds|Vaļģis|Kalnkāja|Pūliņš|Ozolnieks',
  ),
  sami: c(
    'Ánde|Máret|Nilla|Elle-Sunná|Jovnna|Sárá|Issát|Ristin|Piera|Ánne|Mikkal|Gáddji',
    'Somby-Eira|Gaup|Hætta|Balto-Utsi|Sara-Bongo|Turi|Valkeapää|Magga|Oskal|Bals|Eira-Buljo|Kemi',
  ),
  lezgin: c(
    'Ferid|Gulizar|Zaur-Suleyman|Eminat|Nariman|Sevil|Rizvan|Gulnara-Seyfi|Kerim|Ayshat|Shikhrag|Zeynab',
    'Emirbekov|Gadzhimuradov|Alimirzoev|Rasulov-Kurbanov|Shikhkerimov|Ramazanov-Tagi|Kaziakhmedov|Gasanaliev|Agaragimov|Nasrulaev|Mirzabekov|Sefikhanov',
  ),
  tuvan: c(
    'Aldynay|Ayas|Chechek|Sholban|Aylana-Choduraa|Mergen|Saglay|Artysh|Olcheyana|Buyan|Dolaana|Kezhik',
    'Mongush-Ondar|Kuular|Saryglar|Oorzhak|Dongak|Khovalyg-Salchak|Tülüsh|Kara-Sal|Sat-Bady|Irgit|Kombu|Choodu',
  ),
  uyghur: c(
    'Abdurehim|Gulnigar|Memetjan|Nurbiye|Ekrem-Tursun|Dilnur|Yusupjan|Mahire|Abliz|Reyhangül|Parhat|Zulpiye',
    'Tursunniyaz|Qadirjan|Abliz-Eziz|Memtimin|Sawut|Niyazi-Rozi|Ghopur|Imin-Hoshur|Tokhti|Barat|Qurban-Jappar|Obul',
  ),
  tajik: c(
    'Farrukh|Mehrangez|Shodmon|Dilafruz|Parviz-Jamshed|Nigina|Bakhtovar|Zarrina|Firuz|Manizha|Sughdiyon|Tahmina',
    'Rahmonzoda|Nazarzoda-Sharipov|Qurbonov|Saidzoda|Shukurzoda|Davlatov-Rasul|Khudoyorov|Boboev|Sharifzoda|Mirzoev|Azimzoda|Odinaev',
  ),
  nahuatl: c(
    'Xóchitl|Cuauhtli|Citlali|Yaotl|Itzel-Nenetl|Tlaloc|Yolotzin|Coatl|Metztli|Ehécatl|Nayeli|Tonatiuh',
    'Tecuapetla|Xicoténcatl|Coyotzi-Tlapalli|Ixtlilxóchitl|Tepoztécatl|Cuahutle|Tlaxcaltécatl|Ocotitla|Huitzil|Zacatecuhtli|Tzompantzi|Acatzin',
  ),
  cree: c(
    'Kihiw|Waseskwan|Piyesiw|Mahihkan-Moses|Nipiy|Sakihitowin|Kisikaw|Pisim|Maskwa|Wapan|Misko|Osawask',
    'Kakakaway|Okimasis-Sunchild|Wuttunee|Ahenakew|Kennedy-Muskego|Cardinal-Ahtahkakoop|Kinequon|Sasakamoose|Minoose|Pahtayken|Kayseas|Wapass',
  ),
  hawaiian: c(
    'Keoni|Leilani|Kanoa-Makoa|Noelani|Kawika|Kalena|Ikaika|Pualani|Makana|Alohilani|Kekoa|Kaiulani',
    'Kahananui|Kealoha-Akana|Kamakau|Nakamaʻu|Kanahele|Kaʻaihue|Keawe-Kalani|Mahoe|Kaleikini|Naone|Kaniho|Haleamau',
  ),
};

/** Short words and particles of several cultures' names, not counted as overlap. */
export const PARTICLES: ReadonlySet<string> = new Set(['le', 'mar', 'adi', 'sat', 'kara']);

export const { words, cultures, sharedWithEarlierSets, keptCounts, keptNames, sharedTyped } = keptCultures(
  43,
  TYPED,
  PARTICLES,
);
