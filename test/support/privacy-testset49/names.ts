import { keptCultures, type TypedCulture } from '../earlier-test-sets.js';

export type Culture = TypedCulture;

/** One culture typed as two `|`-separated lists: given names, then family names. */
const c = (given: string, family: string): Culture => ({ given: given.split('|'), family: family.split('|') });

/**
 * Set 49's own name lists, typed by hand for this set: voters, poll workers, postal-vote applicants, candidates and
 * their proposers, petitioners, objectors in planning consultations, lay-judge nominees and election staff, from
 * many countries. None of the main cultures of sets 45 to 48. At load every name that shares a word with a PERSON
 * label of an earlier set (or the development set or corpus) is dropped, and a culture left with fewer than four of
 * either list is dropped too (the shared `keptCultures` rules).
 */
const TYPED: Record<string, Culture> = {
  galician: c(
    'Xiana-Uxía|Braisiño|Antía-Lois|Xurxiño|Iriaxela|Breixomar|Noeliña-Sabela|Roiciño',
    'Outeiriño-Lalín|Vilariñaxe|Carballeiraz|Penedouro|Souteliño-Ribas|Fragaxeira|Castriñeiros|Barreiroubas',
  ),
  catalan: c(
    'Jordineta|Montserratina|Pauet-Arnau|Núriana|Oriolet|Meritxelleta|Quimet-Blai|Roserola',
    'Puigdollers-Vall|Casademuntet|Rovirosaire|Vilaplanella|Ferrerdebò|Serrallonga-Coll|Bosquerolles|Masdeuvell',
  ),
  latvian: c(
    'Austrīte|Ilgvarsis|Laimdota-Zane|Jānelis|Dzintrīte|Vilhelmiņa-Ieva|Ojārdis|Sarmīte-Lija',
    'Ozoliņkalns|Bērziņlauka|Kalniņupe|Zariņmuiža|Liepiņsils|Krūmiņgrava|Priedīškalns|Vītoliņupe',
  ),
  lithuanian: c(
    'Dainorėlė|Gediminukas|Rūtelija|Vytautėlis|Aušrinėja|Mindaugėlis|Gintarėlė|Žygimantėlis',
    'Kazlauskaitėlė|Petrauskienytė|Jankauskėlis|Žemaitėnas|Butkevičiūtėlė|Paulauskėnas|Stankevičiukas|Vasiliauskėlis',
  ),
  estonian: c(
    'Kadrilinn|Tõnissoo|Helgimaa|Jaaniksoo|Pillerkaar|Margusaar|Liivikene|Tarmokivi',
    'Tamsaluvere|Kivirähkla|Sepamäe-Lõo|Rebasemets|Pärnapuuste|Kasemaajõe|Laanesaar-Tõ|Mägiveski',
  ),
  livonian: c(
    'Pētõrlī|Ańnõmari|Jāņõrlīza|Kaŗlõmõ|Līzõbet|Mikkõlnõ|Ēdgõrlõ|Vīļõmzõ',
    'Stalteŗvīț|Kūolkakīlas|Pizāvīț|Sīkrõgzõ|Īraizõmõ|Vaidõrāndõ|Mustānumā|Ūžkīlaszõ',
  ),
  romani: c(
    'Lulujaka|Ćirikloj|Šukarjanka|Papušniko|Rupunjela|Balvalino|Kalinkaja|Ţorutino',
    'Lovarifeld|Sintengrubel|Kalderašič|Ruvengar|Bašaligro|Lindarikos|Ursarimo|Gurbetanis',
  ),
  chechen: c(
    'Zelimkhanbek|Maretkhaza|Ayubkhadzhi|Liziyatkhan|Adlanbiy|Kheddakhaza|Turpalkhan|Zaremkhazi',
    'Gakayevkhoy|Dudurkhanov|Bisultanovaya|Mazhievkhoy|Albakovgoy|Tsentaroyev|Benoyevkhan|Zumsoyeva',
  ),
  ossetian: c(
    'Zaurbeg|Fatimæ-Dzerassæ|Soslanbeg|Madinætæ|Khetægdur|Zalinæ|Alanbekdzi|Satanæ-Ira',
    'Dzagoyty|Kokoytæ|Tsallagovty|Gagloytæ|Bagaevty|Kozyrevty|Dzhioevtæ|Kaloevty',
  ),
  bashkir: c(
    'Zölfiyaryn|Salawatbek|Gölnazira|Rämilbay|Aygöldär|Ildusbay|Rezedagöl|Yuldashbay',
    'Yulayeva-Salawat|Kinzyabulat|Aytuganova-Uchaly|Baymakbayev|Ishmurzina-Sibay|Davletbirdin|Akmullaeva-Ufa|Yanbulatova',
  ),
  cebuano: c(
    'Lourdesita-Bb|Jovelyndita|Rubilyn-Mae|Ponciano-Ryl|Gemmalyn|Dodongito|Marivicita|Nonoyito',
    'Cabahugan|Pacaldoña|Bacalsoy|Tabaloc-Ong|Cuizonera|Villacastin-Bo|Lapingcao|Dumaguing',
  ),
  tuareg: c(
    'Tinhinanet|Akhamukan|Tamaghlatt|Intalladan|Tadellaght|Ghissadan|Tiddaghit|Amastanar',
    'Ag Ghalladan|Welt Akhamouk|Ag Intallakan|Ag Arahmatt|Welt Ibrahaddan|Ag Assalmak|Ag Tamakast|Welt Elkhiran',
  ),
  cree: c(
    'Pimâtisiwin|Kisikowew|Nipiyskwew|Mihkwâpew|Wâpastimwa|Sîsîpisis|Kâmiyosit|Pîsimohkwew',
    'Kâ-nîpitêhtêw|Wâpimostos|Misatimwâs|Kinosewsîpiy|Peyasiw-Awasis|Mistanaskwew|Osâwâsiw|Kihiwpimâtis',
  ),
  ingush: c(
    'Magomedgiri|Khavakhaza|Isabekhadzh|Lidiyakhaz|Bekkhanovik|Raisakhaza|Ibragimkhan|Zalikhatta',
    'Evloyevgiri|Oskanovkhoy|Kostoyevgiri|Yandievkhoy|Barakhoyevg|Ozdoyevkhoy|Malsagovgiri|Tsechoyevkh',
  ),
  adyghe: c(
    'Nafsetiko|Aslanchery|Saidaneko|Murdinbiy|Goshnaguko|Kazbechiko|Nurietanag|Tembotiko',
    'Khatkhoqo|Shkhalakhuq|Teuchezhiko|Chuyakhiko|Brantukhiko|Nekhayqo|Tkhagushiko|Khuadokoqo',
  ),
  kalaallisut: c(
    'Naasunnguaq|Aqqaluartaa|Ivalunnguaq|Kuupikkunnguaq|Pipaluaraq|Nukappiaaluk|Saqqaaraq|Arnakkuluk',
    'Kleist-Ilulissat|Qujaukitsoq|Petrussennguaq|Lyberthinnguaq|Kristiansenngu|Motzfeldtillu|Inuusuttuaraq|Berthelsennguaq',
  ),
  kyrgyz: c(
    'Aizhamalkyz|Kubanychbek|Cholponaiym|Talantbekuly|Nurzhamalkyz|Ermekbekuly|Bermetaiym|Azamatbekov-Osh',
    'Sydykbekova-Naryn|Osmonalievkyz|Dzhumabaeva-Talas|Akmatbekuly|Toktogulova-Batken|Isakovkyzy|Sarybaevuly|Moldokulovkyz',
  ),
  tajik: c(
    'Farrukhjon|Mehrangezoi|Dilovarjon|Nigorakhon|Sherzodjon|Zarinakhon|Behruzjon|Tahminakhon',
    'Rahmonzoda-Hisor|Nazarzoda-Kulob|Saidzoda-Khujand|Davlatzoda-Vahdat|Sharifzoda-Panj|Qodirzoda-Rasht|Mirzozoda-Isfara|Hakimzoda-Darvoz',
  ),
  gujarati: c(
    'Hetalben|Jigneshbhai|Falguniben|Ketanbhai|Dharaben|Hiteshbhai|Krupaliben|Mihirbhai',
    'Vaghelawala|Solankiwala|Parmarbhatt|Chavdawala|Rathodbhatt|Makwanawala|Zalawadiya|Bhanushaliya',
  ),
  tamil: c(
    'Kayalvizhiyan|Thamizhselvi|Ilanchezhiyan|Mugilarasi|Senthamizhan|Vennilavu|Kathiravan-Ko|Poonguzhali',
    'Thirunavukkarasu|Arumugasamy|Ponnambalavanar|Kandasamyar|Velayuthampillai|Subramaniyanar|Sivagnanaseelan|Muthukumarasamy',
  ),
  lao: c(
    'Keomanivanh|Souksavathdy|Phetsamone|Bounthavongsy|Vilaykhamphet|Chanthaphonh|Noukhamsy|Sengdavongsy',
    'Phommachanhsy|Sisouphanthong|Vongphachanh|Keovilayvong|Inthavongsa|Luangrathvong|Xaysomphouth|Southammavong',
  ),
  tahitian: c(
    'Teuraiterai|Hinatea-Vai|Manaarii|Heirauarii|Tehotuarii|Moeatiti|Raiarii-Teva|Vaiheitua',
    'Teriitahiarii|Tetuanui-Pare|Temauriterai|Tauraatua|Teriierooiterai|Maiarii-Taputu|Tefaatau|Raapotoarii',
  ),
  xhosa: c(
    'Nomvuselelo|Siyabongelo|Ntombizodwa-Ze|Luvuyolwethu|Nokwandisa|Mthunziwethu|Zintlekhaya|Lwandilezwe',
    'Mgqwetho-Qwabe|Ntsebezankosi|Mqhayi-Tshawe|Jongilangaza|Madikizelwana|Sobukwezwe|Hlathuyinkosi|Gcabashela',
  ),
  bambara: c(
    'Fatoumatakadi|Bakaribou|Kadiatoumina|Seydoukanté|Assitandiou|Moussakanda|Mariamasira|Drissakoro',
    'Diabatékoro|Coulibalyba|Traoréwélé|Konatésira|Kéitakanda|Sidibéba|Dembélékoro|Doumbiakela',
  ),
  dinka: c(
    'Acholnyandeng|Garangdeng|Nyanbolakuei|Mayenakol|Adhieuchol|Makuacdut|Nyakuerngor|Thonjokmach',
    'Bolmayardit|Deengkuol|Akuecthiik|Majakgarang|Makueithon|Ngorakeer|Chollgoor|Ajakmalual',
  ),
  chewa: c(
    'Chimwemwe-Ta|Tiwonge-Lusa|Kondwanile|Chikondiwe|Tadalikira|Mphatsowa|Thokozanile|Madalitsowa',
    'Banda-Mzimba|Phiriyamwala|Mwalewanji|Chirwaninga|Nyirendawa|Kamwendolika|Mkandawirewa|Chisiziyala',
  ),
  kiche: c(
    'Ixchelkaqa|Tecúnumaj|Ixmukanéja|Balamqitzé|Ixkik-Naab|Kaqchiketz|Ixbalanké|Junajpuyaj',
    'Tzunún-Chuj|Xiloj-Pérez|Ajpacajá|Cuxilikan|Tzoc-Xicay|Ixcotoyac|Chiyalqatz|Sacalxoy',
  ),
  ojibwe: c(
    'Nimkiikwe|Waaboozoons|Giizhigookwe|Makoonsag|Ogimaakwens|Binesiiwens|Zhaawanookwe|Migiziwens',
    'Bezhigwaabik|Niizhoogiizhik|Wiigwaasens|Asinigaabo|Makwaajiwan|Ogichidaans|Zhingwaakoons|Mishiikenh',
  ),
  papiamento: c(
    'Shurendy|Giandrieno|Ruthmilda|Jurgenline|Shudayenne|Elvisandro|Quensyline|Rignaldo-Yu',
    'Martijnalia|Doraniëlla|Vlijtigwa|Rosariosol|Kleinmoedig|Girigoriana|Cijntjesol|Wawoeroes',
  ),
  azeri: c(
    'Aygünəl|Elvinbəy|Səbinəxanım|Tural-Rəşad|Günelnaz|Orxanbəy|Nərmin-Ülviyyə|Fərhadbəy',
    'Əliyevli-Şəki|Məmmədlizadə|Hüseynqızı-Gəncə|Quliyevbəyli|Həsənzadəli|Rzaqulubəyli|Cəfərlizadə|Babayevqızı',
  ),
  bengali: c(
    'Rituparnadi|Shubhankarda|Moumitadi|Anirbanda|Sharmisthadi|Debashishda|Paromitadi|Sayantanda',
    'Chattopadhyayda|Bandyopadhyaydi|Mukhopadhyayda|Gangopadhyaydi|Bhattacharjeeda|Sengupta-Barasat|Dasgupta-Howrah|Roychowdhurydi',
  ),
};

/** Short words and particles of several cultures' names, not counted as overlap. */
export const PARTICLES: ReadonlySet<string> = new Set(['ag', 'welt', 'bb', 'ko', 'ta', 'ze', 'yu', 'bo', 'ong']);

export const { words, cultures, sharedWithEarlierSets, keptCounts, keptNames, sharedTyped } = keptCultures(
  49,
  TYPED,
  PARTICLES,
);
