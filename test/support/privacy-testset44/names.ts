import { keptCultures, type TypedCulture } from '../earlier-test-sets.js';

export type Culture = TypedCulture;

/** One culture typed as two `|`-separated lists: given names, then family names. */
const c = (given: string, family: string): Culture => ({ given: given.split('|'), family: family.split('|') });

/**
 * Set 44's own name lists, typed by hand for this set: clients of salons, barbers, nail, tattoo and piercing
 * studios, spas and tanning studios, gym and studio members, trainers, stylists and therapists from many countries.
 * None of set 41's, 42's or 43's cultures. At load every name that shares a word with a PERSON label of an earlier
 * set (or the development set or corpus) is dropped, and a culture left with fewer than four of either list is
 * dropped too (the shared `keptCultures` rules).
 */
const TYPED: Record<string, Culture> = {
  breton: c(
    'Gwenvaël|Riwalenn|Koulmig|Morgwenn|Enoragan|Santig|Noalig|Maëlvenn|Kaourantig',
    'Kervarc’hec|Penhoadeg|Lozac’hwenn|Tromelinig|Kerandrac’h|Morvannec|Goazdoue|Pennarun-Coz|Le Bihanig|Kerzerho',
  ),
  sorbian: c(
    'Jurijk|Křesćijan|Bosćijk|Wóršinka|Mikławšk|Lubinka|Pětrušk|Handrijka|Feliksk',
    'Hrjehorjec|Cyžec|Brězankowa|Šěnkec|Młynkowa|Kubašina|Wićazec|Kralowa-Hync|Domašec|Zarjeńc',
  ),
  romansh: c(
    'Mengiarina|Flurinetta|Durig|Cilgiana|Peiderin|Aitina|Chaspertin|Nesina|Ursinetta',
    'Caduffet|Tschurtschell|Vonmoosin|Darmsiet|Riedisch|Cathomin|Lozzet|Bezzolin|Tgetgellin|Sarottin',
  ),
  occitan: c(
    'Estevenon|Azalaïseta|Bertomieuon|Magalineta|Joanetou|Eleonoreta|Guilhemet|Mirèlheta|Peiroton|Catalineta',
    'Fabreguetas|Cazalisson|Pelissieiron|Roqueplanet|Mauranhac|Espinasson|Calmettou|Lafontasson|Trouilhasset|Dargelasson',
  ),
  maltese: c(
    'Ċensina|Pawlinu|Ninetta-Marì|Terezina|Wistina|Ġuljanu|Salvina|Rożina|Nażżarena|Xmun',
    'Xuerebija|Azzoppardiet|Grixtina|Tabonett|Mifsudija|Sciberrasin|Ċachiet|Buhagiarin|Xerrija|Żammitett',
  ),
  armenian: c(
    'Anahitik|Vardgesik|Nairuhi|Hovsepik|Shushanikyan|Lusineh|Tatevikuhi|Zavenik|Siranushik|Haykanush',
    'Ter-Vardgesyants|Sargsyanik|Ohanjanyants|Mkrtchyanik|Khachatrik|Vardanyanik|Gasparyanik|Tovmasik|Melkonik|Badalyanik',
  ),
  ossetian: c(
    'Zarinat|Taimurazik|Madinat|Khetagur|Dzerassat|Batrazbek|Zalinat|Aslanbeg|Totradz|Sosikko',
    'Tsagolovty|Dzhioevty|Kochievty|Tedeevty|Bestaevty|Dzasokhty|Gubaevty|Tibilovty|Khugaevty|Gagloyty',
  ),
  bashkir: c(
    'Aigulsylu|Rinatbek|Gulnurai|Salawatbay|Zulfinur|Azamatbek|Alsugul|Ildarbek|Nazgulsylu|Urazgul',
    'Yulaevbay|Gabdrakhmanbay|Khusainbike|Bikbaevbay|Iskuzhinbay|Mazitbay|Kuvatbay|Baimurzabike|Akhmetshinbay|Ishmuratbay',
  ),
  sherpa: c(
    'Pembaki|Lhakpaki|Angnimaki|Dawafuti|Mingmaki|Phurbaki|Pasanglhamu|Nawangki|Chhiringki|Norbuki',
    'Solukhumbuwa|Thamewa|Khumjungwa|Namchewa|Pangbochewa|Phortsewa|Lukluwa|Thamserkuwa|Kyangjumawa|Tengbochewa',
  ),
  dzongkha: c(
    'Ugyenla|Sonamla|Tsheringla|Jigmela|Kinleyla|Dechenla|Pemala|Karmala|Yesheyla|Dorjila',
    'Wangchukpa|Penjorpa|Rinzinpa|Tobgaypa|Dukpapa|Thinleypa|Gyamtshopa|Namgaypa|Letopa|Lhendupa',
  ),
  assamese: c(
    'Anupamjyoti|Jonaliya|Hiranyamoyee|Mousumiya|Pranjalika|Rituparnika|Dhrubajit|Kakolika|Bhaskarjit|Debojit',
    'Borgohaini|Hazarikia|Rajkhowani|Phukania|Bordoloia|Kalitia|Dihingiya|Chetiya|Buragohaini|Saikiani',
  ),
  sinhala: c(
    'Nimeshika|Chathurangi|Dilrukshika|Thisarani|Hasinika|Kasunika|Nadeeshika|Upulika|Ireshika|Sandunika',
    'Wickramasuriyage|Jayawardhanage|Gunathilakage|Rathnayakage|Senevirathnage|Dissanayakage|Kumarasinghage|Abeywickramage|Wijesekarage|Bandarage',
  ),
  khmer: c(
    'Sopheapy|Vannaky|Sreymomy|Rithya|Chanthoury|Bophary|Sokuntheary|Visaly|Phallary|Mealea',
    'Chhaysokh|Kimsreangly|Sambathoeur|Hengvuthy|Praksovann|Oukchantrea|Limseiha|Touchsophal|Chearotha|Measkhim',
  ),
  lao: c(
    'Souksavanhna|Phonesavanhna|Khamphetsy|Vilayvanhna|Bounmyxay|Manivonesy|Sengdaosy|Thongsavathna|Kinnalysy|Chanthavy',
    'Sisoulathsy|Phommachanhsy|Keomanivongsy|Inthavongsy|Vongphachanhsy|Xayavongsy|Sayasithsy|Chanthavongsy|Luangrathsy|Phetsomphou',
  ),
  tongan: c(
    'Siaosiʻi|Lupeʻolo|Pitaʻelea|Salotēlupe|Tanginoaʻa|Kalolainē|Viliamiʻo|Feʻofaʻaki|Heilalaʻi|Tēvitaʻi',
    'Taufaʻahauʻi|Fonuaʻila|Tupouniuaʻa|Vainikoloʻi|Fakatavaʻi|Moengangongoʻa|Taumaloloʻi|Haviliʻa|Matakaiongoʻi|Pulukaʻi',
  ),
  fijian: c(
    'Jonetani|Semisiola|Mereseinia|Waisakeni|Losalinia|Timocia|Akositani|Ilisonia|Sekoveti|Paulini-Tui',
    'Vakalolomani|Naivaluruani|Tuisawaua|Nakarawani|Ravuloni|Bulivakaruani|Matanitobuani|Tikoduaduani|Waqanivaluni|Rokovunisei',
  ),
  tigrinya: c(
    'Yohannesom|Sabaset|Meharit|Luwamet|Kidanom|Senaitet|Tesfamariamit|Rahwaset|Yemanom|Freweyni',
    'Gebremedhinom|Tekleabom|Woldegiorgisom|Asmeromet|Ghebreyesusom|Mehretabom|Kahsayom|Habtemichaelom|Zerezghiom|Tewoldeberhan',
  ),
  somali: c(
    'Abdirahmaan-Geele|Faadumoleh|Liibaaneh|Sagalleh|Mahadleh|Ubahleh|Guuleedow|Ifrahleh|Nimcaan|Hibaaqleh',
    'Warsameleh|Cabdullaahiow|Xirsileh|Mohamuudow|Dhoorreleh|Cigaalow|Samatarleh|Waabeeleh|Jibriilow|Yuusufleh',
  ),
  amazigh: c(
    'Tizirit|Aksilas|Tanirta|Massinissen|Dihyat|Yubaten|Tafsutin|Idirten|Tamazighet|Amnayas',
    'Ouarabten|Agharbiyen|Bahamouten|Ameziyen|Bouzegzaten|Ouchrifen|Mokraneten|Oussiyen|Tagrawlaten|Imazighten',
  ),
  quechua: c(
    'Sumaqcha|Yupankicha|Killaricha|Wayracha|Intirumi|Ñustacha|Amarucha|Pachacha|Urpicha|Tupaqcha',
    'Quispecha|Huallpacha|Ccahuacha|Ticonacha|Apazacha|Huamanicha|Ccoricha|Choquehuancacha|Sucñocha|Mamanicha',
  ),
  navajo: c(
    'Hosteeni|Nizhonii|Ahigaa|Dolii|Shandiini|Yazhii|Naalnishi|Haseyaa|Dibe-Yazhi|Naabaahii',
    'Begayeezi|Tsinajinnii|Bitsuii|Manygoatsy|Benallyy|Hoskiee|Etsittyy|Yellowhorsee|Todacheenii|Tsosiee',
  ),
  gaelic: c(
    'Mòragag|Ruairidhag|Catrìonag|Tormodag|Seonagag|Dòmhnallag|Ealasaidag|Calumag|Peigiag|Uilleam-Dubh',
    'MacAonghaisich|NicLeòidich|MacIlleMhoireach|NicDhòmhnallach|MacCoinnichich|Caimbeulach|MacRathaich|NicIllInnein|MacFhionghainich|MacUalraig',
  ),
  chamic: c(
    'Jathanh|Mưara|Kasơr|Nairai|Podharma|Biani|Dharya|Inrara|Ahmatya|Kalaoh',
    'Quảngđại|Đàngnăng|Lưuquang|Thànhphú|Châuyên|Bávăn|Tàimẫn|Hánthị|Trượngvăn|Inraxa',
  ),
  ladino: c(
    'Rebekika|Sultanika|Avramiko|Bohorika|Merkadika|Reynika|Yakovika|Estrugika|Bulisa|Behorachi',
    'Benveniste-Kordova|Alkalai-Rodes|Amarillio|Eskenazi-Salonik|Benaroyika|Florentinika|Kamhiika|Mitranika|Koenkika|Galantika',
  ),
  tuareg: c(
    'Ghaysan|Tanaslamt|Akhamouk|Aghali|Tamekrest|Ibrahaz|Tadjit|Amastan|Tiguidit|Ilemdan',
    'Ag Ghalla|Wellet-Akhamouk|Ag Amastane|Kel-Adagh|Ag Alhabib|Wellet-Tadjit|Ag Ilemdane|Kel-Ahaggar|Ag Bouda|Wellet-Inamo',
  ),
  kurmanji: c(
    'Berîvan|Dilşêr|Nêrgîz|Çiyager|Bawer|Dêrsim',
    'Xelîlan|Êzdînî|Colemêrgî|Bohtanî|Qerejdaxî|Mêrdînî|Şirnexî|Dêrikî',
  ),
};

/** Short words and particles of several cultures' names, not counted as overlap. */
export const PARTICLES: ReadonlySet<string> = new Set(['le', 'ar', 'ter', 'ait', 'aït', 'adi', 'ratu', 'ja', 'ka']);

export const { words, cultures, sharedWithEarlierSets, keptCounts, keptNames, sharedTyped } = keptCultures(
  44,
  TYPED,
  PARTICLES,
);
