import { keptCultures, type TypedCulture } from '../earlier-test-sets.js';

export type Culture = TypedCulture;

/** One culture typed as two `|`-separated lists: given names, then family names. */
const c = (given: string, family: string): Culture => ({ given: given.split('|'), family: family.split('|') });

/**
 * Set 46's own name lists, typed by hand for this set: clients of translation and interpreting agencies, people whose
 * birth, marriage and school certificates are translated, interpreters and translators themselves, learners of
 * language schools and integration courses and their teachers, from many countries. None of set 43's, 44's or 45's
 * cultures. At load every name that shares a word with a PERSON label of an earlier set (or the development set or
 * corpus) is dropped, and a culture left with fewer than four of either list is dropped too (the shared
 * `keptCultures` rules).
 */
const TYPED: Record<string, Culture> = {
  sardinian: c(
    'Baingiedda|Tzipporedda|Efisiedda|Bachisiu|Larentzedda|Giuannicheddu|Sarbadoredda|Gavineddu',
    'Piredduzzu|Mureddugia|Sattaporcheddu|Cossuedda|Pintoreddu|Fadderis|Sannaeddu|Mannuzzedda',
  ),
  faroese: c(
    'Rannvásól|Heðinvør|Sjúrðvin|Turiðlív|Bárðurvin|Gunnvørlin|Jógvanvør|Marjunnvá',
    'Joensenvík|Hansenstovu|Dalsgarðvík|Poulsenhús|Mikkelsenvørð|Niclasenoy|Olsengjógv|Heinesenfjall',
  ),
  seto: c(
    'Hilanõ|Ülläkene|Miikulõ|Vassõlinõ|Tatjanõ|Ivvõkõnõ|Palagõlinõ|Oudõkõnõ',
    'Hõrakõsõ|Pahkapuusõ|Kõivokõsõ|Leimanõ|Pettäjõ|Vasarõ|Tsirgukõsõ|Lillõpuu',
  ),
  udmurt: c(
    'Ondrejvozh|Akilinochka|Vaskalyon|Dariyatchi|Ortemiy|Kuzebayka|Lyubovitchi|Pislegurt',
    'Kuzebayev-Vyl|Gerdolyshev|Vozhegurtov|Pychasova|Kuchnorov|Zurinovna|Alnashina|Ludzhinov',
  ),
  chuvash: c(
    'Ilempike|Narspika|Yanteryk|Salampika|Ukhtibay|Setnerka|Tukhtaman|Pinerkke',
    'Ivanovkasi|Sespelov-Tal|Yakovlerkke|Uyarpuch|Kiskasov|Talvirin|Khvedertal|Sentervar',
  ),
  sakha: c(
    'Kyunneiye|Sardaanika|Nyurgustana|Tuyaaryna|Ayhalyna|Erchimeena|Kuoruna|Sahaayaana',
    'Sleptsovaan|Botulunyakh|Ergisovaan|Omuktaakhov|Tuimaadyna|Nyurbakhov|Ammosovyaan|Khangalaskaya',
  ),
  khakas: c(
    'Chalbaktai|Ayanaris|Khurtaaika|Soibonai|Chatyrkai|Akpeike|Tigirbek|Sulbabay',
    'Chebodayev|Kyzlasova|Tudabayev|Borgoyakova|Kilchichakovyn|Sagalakova|Topoyev|Chaptykova',
  ),
  kalmyk: c(
    'Badmakhan|Bulgunchi|Delyashka|Erdniyash|Gerelmaa|Kermenchik|Mergenche|Tsagankhan',
    'Basangoverd|Ochirovabem|Mandzhiyev|Sangadzhiyeva|Kikeyev|Ulyumdzhiyeva|Dordzhiyev|Nimgirov',
  ),
  pashto: c(
    'Zarlashta|Spozhmaiga|Malalaiqa|Palwashagul|Zmaryalai|Shinwargul|Naziboo|Wazhmaya',
    'Khattakzaiwal|Shinwarigul|Mohmandzai|Yusufzaiwal|Afridikhelwal|Wardakzai|Orakzaiwal|Kakarzai',
  ),
  baloch: c(
    'Gwaharam|Bibigulmah|Dostainjan|Shahmurad|Mahgunj|Banadi|Shehmureedjan|Mahnaazbibi',
    'Bizenjozai|Marrizai|Rindbaloch|Buledizai|Gichkizai|Mengalzai|Raisanizai|Bugtizai',
  ),
  sindhi: c(
    'Sassuibai|Marvibai|Kalpanaben|Jhamandas|Gobindram|Sundaribai|Lekhrajdev|Mohanibai',
    'Advanidas|Bhagnanibai|Hingoranidas|Kriplanibhai|Lalwanidas|Mirchandanibai|Sippydas|Vaswanibhai',
  ),
  odia: c(
    'Sasmitarani|Biswajitkumar|Jyotsnarani|Pradyumnakumar|Sanghamitrarani|Rabinarayan|Laxmipriya|Debabratakumar',
    'Mohapatrapur|Panigrahy|Pattanaik-Das|Satapathy|Mishrapur|Nayakpur|Tripathyrani|Dashsharma',
  ),
  karen: c(
    'Nawpawlueh|Sawhtoomu|Nawehpawmu|Sawkawhtoo|Nawsaywahmu|Sawblehdoh|Nawmulahpoe|Sawlerwahdoh',
    'Pawkhumoo|Htoolaypoe|Ehmoodoh|Kawklerpoe|Sayblumoo|Mulerpawdoh|Wahkhupoe|Blehtoomoo',
  ),
  hmong: c(
    'Pajntxhiab|Nkaujhlibtxhiaj|Txiabnengvaj|Ntxawmyeeb|Tsheejpovtub|Maivxyoojntxhi|Nyiajpovlis|Chojtubnkauj',
    'Vangtubneeg|Xiongtsheejpov|Thaojnpisyeeb|Yangvajlis|Lyfoomtxhiaj|Mouaplistub|Hervuamkoob|Kuehxyoojntxhi',
  ),
  mongolian: c(
    'Oyunchimegtuya|Batzorigt|Enkhtuvshinbat|Saruulbayar|Altantsetsegjav|Munkhbaatar|Ganchimeg|Tuvshinjargal',
    'Dashdondogoor|Purevsurengiin|Battulgiin|Ganbaatariin|Ochirbatoor|Tserendorjoor|Sukhbaatariin|Nyamdavaagiin',
  ),
  ainu: c(
    'Pirikaneshi|Kamuimintar|Sirokanipe|Horkeukamuy|Apunmaturi|Menokopiri|Kunnechup|Tonkorian',
    'Kayanotsu|Kaizawaru|Urespanoshi|Chiriyukie|Sunazawaru|Nibutanai|Kayanoshima|Hiranaikoro',
  ),
  marshallese: c(
    'Lijiwōj|Jebrik-Ni|Lanieo|Kabualik|Limetoj|Atlan-Jeik|Liwāj|Labonno',
    'Kabuajenro|Lokejakjek|Jiabōn|Lomaejle|Lanwi-Jel|Riklonjel|Langidrikjen|Aninjelo',
  ),
  chamorro: c(
    'Magåhetña|Tåotaoña|Hiyongña|Manhobenña|Guahanita|Chelumariña|Siyuosña|Hagåtñita',
    'Taitanoguåfi|Quituguaña|Taijeronåhi|Manibusanña|Unpingcogåsa|Aguontenorio|Cepedaleonña|Mendiolagåfi',
  ),
  hausa: c(
    'Hadizatulbilki|Garbadangiwa|Zainabukande|Shehudaudawa|Bintaladiwa|Auduakabiru|Hauwatalatuwa|Danjumatankowa',
    'Dankanobewa|Kurawazaiwa|Gidanwayawa|Dantatawani|Sarkinbaiwa|Maitamakiwa|Dambazauga|Jakadanciwa',
  ),
  wolof: c(
    'Ndèyecoumbane|Maguettesokhne|Babacarrine|Aïssatoundiaw|Laminemodoune|Yacinefatoune|Mbayangsène|Serignemousse',
    'Dioufndiayène|Ngomsène|Mbenguekane|Sarrthiamène|Diagnefallène|Ndoyesène|Gueyembayène|Seckthioune',
  ),
  ewe: c(
    'Dzifakpene|Kafuielinam|Selasimawuli|Eyramdelali|Mawunyoefia|Senanuyayra|Edemkwakuvi|Xoeseafiavi',
    'Agbenyegahvi|Dzokotoame|Kpodoanyido|Ahiablevi|Gbedemahtsi|Amegashievi|Kudzordzivi|Avornyofiagbe',
  ),
  kikuyu: c(
    'Wanjirunyambu|Kamaugithinji|Wairimunjerii|Mwangikariuki|Wambuigathoni|Njorogekaranja|Wangarimuthoni|Gitaundungu',
    'Kinyanjuiwa|Githongomu|Mathengeka|Wachiranyaga|Macharakiru|Gachanjawa|Mugowahome|Ngugiwa',
  ),
  malagasy: c(
    'Hanitrinialy|Rivosoaniaina|Voahiranaina|Andriamanjakaina|Haingotianaly|Fanomezantsoaly|Tsiorimalalaina|Miarantsoaly',
    'Andrianarivelony|Ravelojaonary|Rakotomalalaina|Randrianasolony|Razafindrabeny|Ratsimbazafiny|Andriamihajary|Raharisoaly',
  ),
  amharic: c(
    'Tsehaynesh|Alemayehubekel|Meskeremwork|Yohannestadess|Tigistwork|Berhanemeskel|Eteneshwork|Wondimagegnewold',
    'Gebremariamwork|Haileselassiebet|Woldemichaelwork|Tessemaworku|Asfawossen|Kebedework|Mengistuworku|Demissiealem',
  ),
  mapuche: c(
    'Ayelenrayen|Millarayen|Lautarokalfu|Anchimallenka|Rayenkurami|Nahuelpanke|Llankaray|Kallfurayen',
    'Huenchumillan|Painemalkura|Catrileokura|Ñancupilko|Millapanlef|Quilaqueoko|Huaiquilafken|Curinaoko',
  ),
  guarani: c(
    'Aramiyvoty|Tupãsyrory|Jasyporã|Mbaretepora|Arapotyju|Kuarahyrory|Yvotyrory|Tatajyvaju',
    'Benitezñandu|Cañeteyvy|Ayalamboi|Ortizpytã|Giménezkuña|Iralaka|Duartejagua|Riquelmetata',
  ),
  inuktitut: c(
    'Aputiarjuaq|Naujaraaluk|Siqiniqtaq|Qajaarjuk|Ukaliqtaaq|Tuktuujaaluk|Pauloosieqtaq|Akisuarjuk',
    'Kilabukaaluk|Ipelliequtaq|Nuqingaarjuk|Arnakallaaq|Qumangapiktaq|Iqaluktuuq|Kunnukaqsaq|Pitseolakjuaq',
  ),
  yiddish: c(
    'Fraydlrivke|Yankl-Mendl|Sheyndl|Hershl-Leyb|Gitlfeyge|Berl-Zanvl|Rokhl-Leye|Motl-Getsl',
    'Vaynshteyngold|Rozntsvayg|Kremnitser|Shapirovits|Blumenfeldski|Finkelshteyn|Goldvaser-Tal|Pilpelman',
  ),
  aromanian: c(
    'Mitrushiu|Tanasachi|Hristadoa|Ianachiu|Sterghiuca|Firushiu|Zoicachi|Nicolachiu',
    'Caragiututa|Papahagiba|Cuvatamir|Dimacinusa|Zucabardu|Hagigoguca|Balamaceanu|Pitrusheanu',
  ),
  crimean: c(
    'Emirsaliye|Zeyneplük|Serverkemal|Ayshedil|Refateldar|Muminesebiye|Ilmiyar|Lenuragul',
    'Chubarovlu|Dzhemilevli|Bekirovaya|Kurtseitovali|Seytablayev|Umerovlu|Osmanovaya|Bilyalovlu',
  ),
};

/** Short words and particles of several cultures' names, not counted as overlap. */
export const PARTICLES: ReadonlySet<string> = new Set(['ka', 'ni', 'ga', 'be', 'tu']);

export const { words, cultures, sharedWithEarlierSets, keptCounts, keptNames, sharedTyped } = keptCultures(
  46,
  TYPED,
  PARTICLES,
);
