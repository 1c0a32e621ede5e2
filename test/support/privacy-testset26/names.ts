// Set 13 first: its names module reads the earlier sets at load, which must not start inside this cycle.
import '../privacy-testset13/index.js';
import { letterWordOverlap } from '../earlier-test-sets.js';

/**
 * Set 26's own name lists, typed by hand for this set (Latin transcriptions): given and family names
 * of many cultures, chosen for rarer names. Every name that shares a word with a PERSON label of an
 * earlier set, the development set or the corpus is dropped at load (`cultures()`); a culture left
 * with fewer than four given or family names is dropped altogether.
 */
export interface Culture {
  given: readonly string[];
  family: readonly string[];
}

const TYPED: Record<string, Culture> = {
  upperSorbian: {
    given: ['Hańža', 'Jurij', 'Měrćin', 'Lejna', 'Bjarnat', 'Dorota', 'Pawoł', 'Wórša'],
    family: ['Krječmar', 'Hrjehor', 'Wićaz', 'Pjech', 'Nawka', 'Šołta', 'Rjelka', 'Hajnec'],
  },
  saterFrisian: {
    given: ['Gerd-Oltmann', 'Wubke', 'Eilert', 'Harmke', 'Dirrik', 'Hiske', 'Ommo', 'Tjadeke'],
    family: [
      'Dumstorff',
      'Kleensang',
      'Wreesmann',
      'Hobbie',
      'Sielmannsen',
      'Jaspersmeyer',
      'Strodthoff',
      'Eilersmann',
    ],
  },
  ladinoSephardic: {
    given: ['Mazaltov', 'Yaakov', 'Djamila', 'Behor', 'Reina', 'Bohor', 'Sarina', 'Shabetay'],
    family: ['Saporta', 'Benaroyo', 'Kamhi', 'Almosnino', 'Nahmias', 'Arditti', 'Pardo-Roques', 'Eskenazi-Toledano'],
  },
  aromanian: {
    given: ['Tuli', 'Vanghelia', 'Ghiţă', 'Sultana', 'Mitu', 'Zoiţa', 'Dina', 'Hristu'],
    family: ['Caranica', 'Bagavu', 'Cufuli', 'Zdru', 'Papahagi', 'Mataca', 'Trambaciu', 'Ghica-Dardu'],
  },
  friulian: {
    given: [
      'Zuan',
      'Catine',
      'Pieri',
      'Taresie',
      'Checo',
      'Ane',
      'Min',
      'Mariute',
      'Bepo',
      'Gjovane',
      'Tunine',
      'Vigji',
      'Ghite',
    ],
    family: ['Cjargnel', 'Pitussi', 'Zuliani', 'Tonizzo', 'Molaro', 'Cescutti', 'Fabbro-Stel', 'Querin'],
  },
  sardinian: {
    given: ['Bachis', 'Gonària', 'Tatanu', 'Battora', 'Larentu', 'Mialina', 'Juanneddu', 'Grassia'],
    family: ['Porcheddu', 'Murgia', 'Sechi', 'Piredda', 'Cuccuru', 'Loddo', 'Fadda', 'Mereu'],
  },
  galician: {
    given: ['Xoán', 'Uxía', 'Brais', 'Antía', 'Anxo', 'Iria', 'Roi', 'Xiana'],
    family: ['Outeiriño', 'Regueiro', 'Carballeira', 'Seoane', 'Fuxan', 'Rodeiro', 'Piñeiro-Louzao', 'Bouzón'],
  },
  asturian: {
    given: ['Xuacu', 'Rosina', 'Pelayín', 'Aurina', 'Xicu', 'Telva', 'Nel', 'Mariona'],
    family: ['Caveda', 'Llaneza', 'Cuesta-Vixil', 'Fonseca', 'Palaciu', 'Candamín', 'Tuñón', 'Villabona'],
  },
  occitan: {
    given: [
      'Bernat',
      'Rogièr',
      'Azalaïs',
      'Guilhèm',
      'Marieta',
      'Peire',
      'Esclarmonda',
      'Joanet',
      'Ramonet',
      'Gastonet',
      'Bertomieu',
      'Fabrici',
    ],
    family: ['Roqueplana', 'Cazalbon', 'Fabrejas', 'Lafon-Serras', 'Mirabèl', 'Cambefòrt', 'Delpuech', 'Vidalenc'],
  },
  walloon: {
    given: ['Djozef', 'Mareye', 'Colas', 'Djene', 'Tonton', 'Houbert', 'Gritje', 'Lambiet'],
    family: ['Houbiers', 'Renkin', 'Nanquette', 'Gillard-Broûle', 'Pirotte', 'Dechamps', 'Lhoest', 'Wathelet'],
  },
  luxembourgish: {
    given: [
      'Jängi',
      'Mett',
      'Trautchen',
      'Pitt',
      'Mëlli',
      'Nico',
      'Fränz',
      'Lily',
      'Léiss',
      'Thekla',
      'Metty',
      'Jhempi',
    ],
    family: ['Kremmer', 'Wampach', 'Ensch', 'Heintzen', 'Spautz', 'Goerens', 'Mersch-Lenz', 'Welter'],
  },
  limburgish: {
    given: ['Sjef', 'Mieke', 'Jeu', 'Truus', 'Harie', 'Lieske', 'Sjra', 'Bèr'],
    family: ['Schoenmaeckers', 'Vroomen', 'Crombach', 'Lemmens', 'Dassen', 'Houben', 'Pluijmen', 'Stassen'],
  },
  kashubian: {
    given: ['Jan Pùzdrowsczi', 'Trudë', 'Stanisłôw', 'Józka', 'Bòlesłôw', 'Hana', 'Wojcech', 'Wanda'],
    family: ['Kòsznik', 'Labùda', 'Nôdrowsczi', 'Bòjkò', 'Pòkrzëwnik', 'Głodowsczi', 'Drzéżdżón', 'Kleina'],
  },
  setoEstonian: {
    given: ['Paraskeva', 'Ivvan', 'Nati', 'Vassili', 'Hilja', 'Tarassi', 'Olli', 'Marje'],
    family: ['Hõrn', 'Poolakesse', 'Taiga', 'Leima', 'Jõgeva', 'Kossõ', 'Vahtra', 'Pihlakõnõ'],
  },
  karelian: {
    given: ['Santeri', 'Iro', 'Miikkul', 'Okahvie', 'Ontrei', 'Nasto', 'Jyrki', 'Maikki'],
    family: ['Remsujev', 'Huotarinen', 'Kettunen', 'Ignatjev', 'Tšumakov', 'Perttunen', 'Lesonen', 'Kuikka'],
  },
  udmurt: {
    given: ['Kuzebai', 'Ašaltši', 'Ondi', 'Lidija', 'Trofim', 'Uljana', 'Kuzma', 'Akulina'],
    family: ['Gerd', 'Vereshchagin', 'Shkljaev', 'Kisseljova', 'Tronin', 'Koršunov', 'Bekmeteva', 'Perevoštšikov'],
  },
  bashkir: {
    given: ['Ilgiz', 'Zölfiä', 'Rämil', 'Gölnur', 'Ayrat', 'Alsu', 'Rinat', 'Linara'],
    family: [
      'Yamaletdinov',
      'Ishmukhametova',
      'Kutlugildin',
      'Salavatova',
      'Bikbulatov',
      'Gainetdinova',
      'Mustafin',
      'Yulbarisova',
    ],
  },
  buryat: {
    given: [
      'Bair',
      'Sayana',
      'Dashi',
      'Ayuna',
      'Zorigto',
      'Tuyana',
      'Badma',
      'Sesegma',
      'Dugarma',
      'Tsyren-Dulma',
      'Bato',
      'Ardan',
      'Zhargal',
    ],
    family: ['Tsyrenov', 'Dambaeva', 'Budaev', 'Ochirova', 'Zhambalov', 'Munkueva', 'Garmaev', 'Bazarsadaeva'],
  },
  yakut: {
    given: ['Aital', 'Sardana', 'Erchim', 'Kyunnei', 'Nyurgun', 'Aiyyna', 'Mychyl', 'Sayaara'],
    family: [
      'Oyunsky',
      'Sleptsova',
      'Danilov-Ulakhan',
      'Nikiforova',
      'Khatylaev',
      'Sivtseva',
      'Egorov-Kyyl',
      'Popova-Ayan',
    ],
  },
  ossetian: {
    given: ['Soslan', 'Zalina', 'Khetag', 'Fatima-Dzerassa', 'Aslanbek', 'Madina', 'Tamerlan', 'Dzerassa'],
    family: ['Dzagoev', 'Gazzaeva', 'Tsallagov', 'Bekoeva', 'Khadikov', 'Kochieva', 'Tibilov', 'Dzhioeva'],
  },
  abkhaz: {
    given: [
      'Daur',
      'Gunda',
      'Astamur',
      'Adgur',
      'Mzia',
      'Inal',
      'Khibla',
      'Beslan',
      'Khrips',
      'Zaur-Ipa',
      'Bata',
      'Nelli Chachba',
    ],
    family: [
      'Gogua',
      'Ardzinba',
      'Tarba',
      'Chanba',
      'Agrba',
      'Kvitsinia',
      'Lakoba',
      'Khagba',
      'Achba',
      'Shamba',
      'Tsvinaria',
      'Adleiba',
      'Kapba',
    ],
  },
  lezgian: {
    given: ['Ruslan', 'Zulfiya', 'Kerim', 'Gulbika', 'Effendi', 'Suvar', 'Fazil', 'Nisa'],
    family: [
      'Kapiev',
      'Gadzhibekova',
      'Emirbekov',
      'Akhmedkhanova',
      'Shikhragimov',
      'Ramazanova',
      'Mirzebalaev',
      'Tagirbekova',
    ],
  },
  karakalpak: {
    given: ['Berdaq', 'Gulshirin', 'Ajiniyaz', 'Saparbay', 'Aygul', 'Orazbay', 'Shakhsanem', 'Turdibay'],
    family: [
      'Qartbaev',
      'Seytmuratova',
      'Aymbetov',
      'Dauletmuratova',
      'Yusupbaev',
      'Kurbaniyazova',
      'Jumaniyazov',
      'Orazimbetova',
    ],
  },
  uyghur: {
    given: [
      'Memtimin',
      'Gulnisa',
      'Abdurehim',
      'Mihrigul',
      'Ablikim',
      'Zulpiye',
      'Nurmemet',
      'Parida',
      'Nurgül',
      'Qeyser',
      'Abliz',
      'Rahile',
      'Ekber',
    ],
    family: ['Tursunniyaz', 'Hoshur', 'Qurbanjan', 'Toxti', 'Imirbaqi', 'Sayrami', 'Abdukerim', 'Niyazbeg'],
  },
  hazaragi: {
    given: ['Ghulam Sakhi', 'Zarghuna', 'Qurban', 'Shukria', 'Hakim', 'Gulbibi', 'Sarwar', 'Masuma'],
    family: ['Behsudi', 'Jaghori', 'Daikundi', 'Sharistani', 'Waras', 'Malistani', 'Turkmani', 'Nawuri'],
  },
  balochi: {
    given: ['Jiand', 'Hani', 'Mir Dost', 'Bibi Granaz', 'Shahdad', 'Mahganj', 'Bahram', 'Sammi'],
    family: ['Rind', 'Bizenjo', 'Gichki', 'Mengal', 'Bugti', 'Marri', 'Raisani', 'Zehri'],
  },
  sindhi: {
    given: ['Sassui', 'Lakhmir', 'Marvi', 'Dodo', 'Noori', 'Jam', 'Sughra', 'Hemu'],
    family: ['Soomro', 'Kalhoro', 'Mahar', 'Junejo', 'Talpur', 'Bhurgri', 'Dahri', 'Channa'],
  },
  konkani: {
    given: ['Mangesh', 'Sulochana', 'Prabhakar', 'Shantadurga', 'Vishnudas', 'Hemlata', 'Damodar', 'Ashalata'],
    family: ['Kenkre', 'Naik-Gaonkar', 'Shenvi', 'Kamat-Pai', 'Sardessai', 'Bhembre', 'Wagle', 'Dhume'],
  },
  odia: {
    given: ['Jagabandhu', 'Sanjukta', 'Biswanath', 'Kuntala', 'Gopabandhu', 'Sarala', 'Pitambar', 'Basanti'],
    family: [
      'Mohapatra',
      'Panigrahi',
      'Satpathy',
      'Routray',
      'Behera',
      'Samantaray',
      'Pattnaik',
      'Jena',
      'Dalabehera',
      'Khuntia',
      'Sahu-Mangaraj',
      'Nayak-Swain',
      'Dash-Sharma',
    ],
  },
  assamese: {
    given: ['Bhupen', 'Lakhimi', 'Jyotiprasad', 'Anima', 'Hemchandra', 'Nalini', 'Dhiren', 'Aideu'],
    family: [
      'Bordoloi',
      'Saikia',
      'Gogoi',
      'Hazarika',
      'Phukan',
      'Barpujari',
      'Kakati',
      'Rajkhowa',
      'Borgohain',
      'Dowerah',
      'Chaliha',
      'Bezbaruah',
      'Handique',
    ],
  },
  manipuri: {
    given: ['Ibomcha', 'Memcha', 'Tomba', 'Thoibi', 'Chaoba', 'Sanatombi', 'Ibungo', 'Bino'],
    family: [
      'Ningthoujam',
      'Khumanthem',
      'Laishram',
      'Thokchom',
      'Wahengbam',
      'Sorokhaibam',
      'Yumnam',
      'Kongbrailatpam',
    ],
  },
  dzongkha: {
    given: ['Pema Wangchuk', 'Dechen', 'Sonam Tobgay', 'Kinley', 'Ugyen', 'Tshering Yangzom', 'Jigme', 'Choden'],
    family: ['Dorji-Lhamo', 'Wangmo', 'Penjor', 'Zangpo', 'Dukpa', 'Gyeltshen', 'Rabten', 'Tobden'],
  },
  karen: {
    given: ['Naw Htoo', 'Saw Eh', 'Paw Lah', 'Saw Lay', 'Naw Mu', 'Hser Nay', 'Eh Kaw', 'Mu Lar'],
    family: [
      'Htoo Paw',
      'Blu Hta',
      'Say Wah',
      'Kler Moo',
      'Wah Lu',
      'Poe Ka',
      'Taw Mee',
      'Doh Soe',
      'Plaw Htee',
      'Ghay Lah',
      'Thoo Mweh',
      'Kee Nay',
      'Kyaw Pler',
    ],
  },
  minangkabau: {
    given: ['Darwis', 'Rosnida', 'Syafrudin', 'Nurhayati', 'Zulkarnain', 'Elfina', 'Asril', 'Yusnidar'],
    family: [
      'Sutan Malako',
      'Datuak Basa',
      'Chaniago',
      'Koto',
      'Piliang',
      'Sikumbang',
      'Tanjuang',
      'Jambak',
      'Dalimo',
      'Supayang',
      'Kampai',
      'Panyalai',
    ],
  },
  bugis: {
    given: ['Andi', 'Besse', 'Muhlis', 'Sitti Rahmah', 'Baso', 'Indo', 'Lawa', 'Mappa'],
    family: [
      'Mappanyukki',
      'Daeng Matu',
      'Petta Lolo',
      'Arung Mampu',
      'Karaeng Loe',
      'Puang Rimaggalatung',
      'Lapawawoi',
      'Madjid Pattola',
    ],
  },
  chamorro: {
    given: ['Jesus Kamacho', 'Rosa', 'Vicente', 'Dolores', 'Juan Babauta', 'Magdalena', 'Tun', 'Tan Chai'],
    family: ['Taitano', 'Sablan', 'Aguon', 'Quitugua', 'Cepeda', 'Manibusan', 'Taimanglo', 'Pangelinan'],
  },
  marshallese: {
    given: ['Kobar', 'Limeto', 'Jaluk', 'Libokmeto', 'Ebel', 'Lijon', 'Bwij', 'Neiko'],
    family: ['Kabua', 'Langrine', 'Zackhras', 'Loeak', 'Jibas', 'Laninvelik', 'Muller-Alik', 'Kattil'],
  },
  niuean: {
    given: ['Togia', 'Moka', 'Lagi', 'Fisimanu', 'Halagigie', 'Lilo', 'Sionetasi', 'Mahina'],
    family: ['Talagi', 'Lipitoa', 'Hekau', 'Vivian', 'Tukuitoga', 'Pulehetoa', 'Falaoa', 'Makatoa'],
  },
  rotuman: {
    given: ['Fatiaki', 'Sefeti', 'Kafoa', 'Vamarasi', 'Tivao', 'Manava', 'Riamkau', 'Hanfakhau'],
    family: ['Inia', 'Rigamoto', 'Aisea', 'Fonmanu', 'Taukave', 'Vilsoni', 'Mausio', 'Iriomoa'],
  },
  kanak: {
    given: ['Wassissi', 'Yeiwéné', 'Déwé', 'Hnaéjé', 'Caihe', 'Nidoïsh', 'Wahnapo', 'Qenegei'],
    family: ['Wapotro', 'Hnawia', 'Xowie', 'Poithily', 'Wamytan', 'Goromido', 'Naisseline', 'Qaeze'],
  },
  tuareg: {
    given: ['Mossa', 'Tinhinan', 'Ibrahim Ag', 'Tafa', 'Alhousseini', 'Takamba', 'Intallah', 'Lalla'],
    family: ['Alhassane', 'Agaly', 'Intalla', 'Ghabdouane', 'Elmehdi', 'Assaleh', 'Ikhiya', 'Attaher'],
  },
  fulani: {
    given: ['Hamadou', 'Dikko', 'Boubacar', 'Hawwa', 'Sambo', 'Inna', 'Ardo', 'Diko'],
    family: ['Bocoum', 'Tall-Sow', 'Dicko', 'Sidibé', 'Barry-Bah', 'Cissé', 'Diallo-Tamba', 'Kanouté'],
  },
  ewe: {
    given: [
      'Kossivi',
      'Afi',
      'Yao',
      'Dzifa',
      'Kodzo',
      'Enyonam',
      'Mawuli',
      'Sena',
      'Selasi',
      'Elikplim',
      'Dela',
      'Kafui',
      'Edem',
      'Akpene',
    ],
    family: ['Agbodjan', 'Amegavi', 'Gbeasor', 'Kpodzo', 'Dzokoto', 'Tettey-Ameku', 'Agbenyega', 'Fiagbe'],
  },
  kikuyu: {
    given: [
      'Wanjiru',
      'Kamau',
      'Nyokabi',
      'Githinji',
      'Wairimu',
      'Mwangi',
      'Njeri',
      'Karanja',
      'Wangeci',
      'Nduta',
      'Kahiga',
      'Waithira',
      'Gakenia',
      'Wambui Nyawira',
    ],
    family: ['Gichuru', 'Wanyoike', 'Muriithi', 'Ndung’u', 'Kinyanjui', 'Gathoni', 'Mugo', 'Wachira'],
  },
  sesotho: {
    given: [
      'Lerato',
      'Thabo',
      'Palesa',
      'Teboho',
      'Mpho',
      'Lineo',
      'Tšepo',
      'Mamello',
      'Nthabiseng',
      'Refiloe',
      'Tumelo',
      'Keketso',
      'Dikeledi',
      'Tlotliso',
      'Motlatsi',
      'Lisemelo',
      'Tšeliso',
      'Puleng',
      'Nthati',
    ],
    family: ['Mokhehle', 'Letsie', 'Moshoeshoe', 'Ramakoae', 'Sekhonyana', 'Phakoe', 'Mofokeng', 'Thamae'],
  },
  tupi: {
    given: ['Jurandir', 'Iracema', 'Ubiratã', 'Jaci', 'Araci', 'Moacir', 'Potira', 'Iberê'],
    family: ['Guajajara', 'Potiguara', 'Tabajara', 'Terena', 'Kaingang', 'Pataxó', 'Tupinambá', 'Xukuru'],
  },
  mixtec: {
    given: ['Ñuu', 'Yucunani', 'Tachi', 'Ndaa', 'Chindee', 'Sa’an', 'Itandehui', 'Nuvi'],
    family: ['Yucuchi', 'Ñukuiñe', 'Ticuá', 'Nduva', 'Yutsa', 'Tindú', 'Chindeé', 'Cahuanduu'],
  },
  gagauz: {
    given: [
      'Todur',
      'Varvara',
      'Pötr',
      'Stepanida',
      'Mihail',
      'Olga',
      'Dimitri',
      'Tanasa',
      'Kostaki',
      'Marfa',
      'Kiril Tepe',
      'Anika',
      'Zenovi',
    ],
    family: ['Kiosä', 'Kurudimov', 'Zanet', 'Bozbey', 'Karaseni', 'Çakır-Kior', 'Tanasoglu', 'Moskov'],
  },
  mari: {
    given: ['Oyar', 'Akpatyr', 'Ülyana', 'Yüzo', 'Saskavi', 'Chachi', 'Pakai', 'Ildush'],
    family: ['Yalkain', 'Shketan', 'Eshkinin', 'Savi', 'Kamichev', 'Myzhergan', 'Oshevoy', 'Olyk'],
  },
  yupik: {
    given: ['Aqumgaq', 'Cingarkaq', 'Nanugaq', 'Uyuruq', 'Angalgaq', 'Kangrilnguq', 'Ayagina', 'Qaqsauq'],
    family: [
      'Cungauyar',
      'Nanuq-Paniyak',
      'Akiachak',
      'Tununermiut',
      'Kusquqvak',
      'Ayaprun',
      'Qissunaq',
      'Nunapitchuk',
    ],
  },
  romansh: {
    given: ['Gion Battesta', 'Mengia', 'Flurin', 'Onna', 'Duri', 'Chatrina', 'Peider', 'Ursina Tuor'],
    family: ['Caviezel-Tschuor', 'Derungs', 'Vieli', 'Cadonau', 'Bezzola', 'Sialm', 'Candinas', 'Tscharner'],
  },
  tsakhur: {
    given: ['Gulbeniz', 'Abdulmuslim', 'Rizvan', 'Saadat', 'Nazim', 'Gullar', 'Ilkin', 'Sevinj'],
    family: ['Mikhtikhanov', 'Mursalova', 'Ilisuli', 'Gakhov', 'Suvagilov', 'Djinikhova', 'Mishlesh', 'Qaxli'],
  },
};

/** Small words of names that are not names on their own (Ag of the Tuareg, Naw, Saw and Eh of the Karen). */
export const PARTICLES: ReadonlySet<string> = new Set(['ag', 'naw', 'saw', 'eh']);

const overlap = letterWordOverlap(26, TYPED, PARTICLES);
export const words = overlap.words;

let kept: Record<string, Culture> | undefined;

/** The lists without every name that shares a word with an earlier set; computed once. */
export function cultures(): Record<string, Culture> {
  if (kept) return kept;
  const shared = new Set(overlap.sharedWithEarlierSets().shared);
  const fresh = (name: string) => words(name).every((w) => !shared.has(w));
  const out: Record<string, Culture> = {};
  for (const [key, c] of Object.entries(TYPED)) {
    const given = c.given.filter(fresh);
    const family = c.family.filter(fresh);
    if (given.length >= 4 && family.length >= 4) out[key] = { given, family };
  }
  kept = out;
  return out;
}

/** Which of `names`' words (by default all kept list words) earlier sets hold. */
export function sharedWithEarlierSets(names?: string[]): { shared: string[]; total: number } {
  if (names) return overlap.sharedWithEarlierSets(names);
  const all = Object.values(cultures()).flatMap((c) => [...c.given, ...c.family]);
  return overlap.sharedWithEarlierSets(all);
}

/** How many names of each culture are kept after the drop, for the report. */
export function keptCounts(): Record<string, string> {
  const k = cultures();
  return Object.fromEntries(
    Object.entries(TYPED).map(([key, c]) => [
      key,
      k[key]
        ? `${k[key].given.length}/${c.given.length} given, ${k[key].family.length}/${c.family.length} family`
        : 'dropped',
    ]),
  );
}
