// Set 13 first: its names module reads the earlier sets at load, which must not start inside this cycle.
import '../privacy-testset13/index.js';
import { keptCultures } from '../earlier-test-sets.js';

/**
 * Set 24's own name lists, typed by hand for this set (Latin transcriptions): given and family names
 * of many cultures, chosen apart from set 23's where the writer could (he knew none of its lists but
 * its first). Every name that shares a word with a PERSON label of an earlier set, the development
 * set or the corpus is dropped at load (`cultures()`); a culture left with fewer than four given or
 * family names is dropped altogether.
 */
export interface Culture {
  given: readonly string[];
  family: readonly string[];
}

const TYPED: Record<string, Culture> = {
  ladin: {
    given: ['Ulrich Franz', 'Vigilio', 'Ruzeno', 'Tresele', 'Filomena', 'Vijo', 'Marianna Ladina', 'Ojöp'],
    family: ['Pescosta', 'Irsara', 'Crazzolara', 'Dapunt', 'Frenademez', 'Trebo', 'Rubatscher', 'Mussner'],
  },
  walser: {
    given: ['Gaudenz', 'Luzius', 'Menga', 'Fidelia', 'Plazidus', 'Ursina', 'Jachen', 'Annetta'],
    family: ['Zinsli', 'Schocher', 'Buchli', 'Hunger', 'Jenal', 'Tscharner', 'Guidon', 'Sprecher'],
  },
  sorbian: {
    given: ['Jurij', 'Měrćin', 'Hańža', 'Bosćij', 'Křesćan', 'Lejna', 'Wórša', 'Michał'],
    family: ['Nuk', 'Brězan', 'Zarjenk', 'Wjenk', 'Kokla', 'Hrjehorjec', 'Domašcyna', 'Šołta'],
  },
  northfrisian: {
    given: ['Boy', 'Ocke', 'Tatje', 'Ketel', 'Moiken', 'Erk', 'Göntje', 'Sönnich'],
    family: ['Paulsen-Bohn', 'Brodersen', 'Ketelsen', 'Boysen', 'Ingwersen', 'Nommensen', 'Lorenzen', 'Hansen-Jappe'],
  },
  breton: {
    given: ['Gwenole', 'Maiwenn', 'Tangi', 'Nolwenn', 'Erwan', 'Katell', 'Goulven', 'Azilis'],
    family: ['Le Gall', 'Kerbrat', 'Quéméner', 'Le Bihan', 'Guivarc’h', 'Tanguy', 'Kerhervé', 'Le Moal'],
  },
  cornish: {
    given: ['Jory', 'Tamsin', 'Piran', 'Demelza', 'Kernow', 'Morwenna', 'Treve', 'Elowen'],
    family: ['Trewhella', 'Penhaligon', 'Polglase', 'Tregenza', 'Chenoweth', 'Trevaskis', 'Nancarrow', 'Rosewarne'],
  },
  manx: {
    given: ['Juan', 'Illiam', 'Moirrey', 'Orry', 'Breeshey', 'Aalin', 'Fynlo', 'Ealee'],
    family: ['Quayle', 'Kermode', 'Cregeen', 'Qualtrough', 'Skillicorn', 'Corlett', 'Kinvig', 'Quilliam'],
  },
  hebridean: {
    given: ['Murdo', 'Catriona', 'Ruairidh', 'Peigi', 'Tormod', 'Seonag', 'Dolina', 'Aonghas'],
    family: ['MacAulay', 'Morrison', 'MacIver', 'Macleod-Nicolson', 'Matheson', 'MacSween', 'Macinnes', 'Gillies'],
  },
  galician: {
    given: ['Xosé', 'Uxía', 'Breixo', 'Antía', 'Brais', 'Iria', 'Xurxo', 'Sabela'],
    family: ['Outeiriño', 'Rivadulla', 'Seoane', 'Piñeiro', 'Cotarelo', 'Bouzas', 'Lamas', 'Vilariño'],
  },
  sardinian: {
    given: ['Efisio', 'Bachisio', 'Tonina', 'Giommaria', 'Gavina', 'Salvatorica', 'Ignazio', 'Peppedda'],
    family: ['Porcu', 'Pinna', 'Deiana', 'Mureddu', 'Sanna Ledda', 'Cossu', 'Fadda', 'Piras'],
  },
  corsican: {
    given: ['Ghjuvan', 'Anghjula', 'Santu', 'Ghjaseppu', 'Maria Ghjuvanna', 'Orsu', 'Ceccè', 'Letizia'],
    family: ['Casanova', 'Pietri', 'Paoli', 'Orsini', 'Santoni', 'Luciani', 'Colonna', 'Ottaviani'],
  },
  maltese: {
    given: ['Ġużeppi', 'Marija', 'Ċensu', 'Pawlu', 'Rożann', 'Ġorġ', 'Karmenu', 'Doris'],
    family: ['Borg', 'Camilleri', 'Vella', 'Farrugia', 'Zammit', 'Galea', 'Azzopardi', 'Mifsud'],
  },
  aromanian: {
    given: ['Tascu', 'Mitrula', 'Nasta', 'Yioryi', 'Tana', 'Sterya', 'Vangheli', 'Dina'],
    family: ['Caragiani', 'Dabija', 'Papahagi', 'Cuşa', 'Tuliu', 'Balamaci', 'Zicu', 'Nicolaidi'],
  },
  karelian: {
    given: ['Iivana', 'Okahvie', 'Miikkul', 'Palagie', 'Jyrki', 'Anni-Maija', 'Ondrei', 'Hilkka'],
    family: ['Lipitsä', 'Jeremejeff', 'Remsu', 'Karhapää', 'Potašev', 'Pirhonen', 'Tuupanen', 'Suojärvi'],
  },
  sami: {
    given: ['Máret', 'Áslat', 'Ristin', 'Nilsá', 'Ánne', 'Piera', 'Ingá', 'Jovnna'],
    family: ['Gaup', 'Utsi', 'Somby', 'Eira', 'Sara', 'Buljo', 'Turi', 'Valkeapää'],
  },
  latgalian: {
    given: ['Jurs', 'Anastaseja', 'Ontons', 'Vaclavs', 'Genovefa', 'Ruta', 'Oļģerts', 'Vladislava'],
    family: ['Trūpa', 'Cybuļskis', 'Leikuma', 'Rancāns', 'Lukaševičs', 'Ivdris', 'Seimovičs', 'Kuzminskis'],
  },
  kashubian: {
    given: ['Jaroslaw', 'Miechòł', 'Tereza', 'Józwa', 'Lëdia', 'Stanisłôw', 'Wanda', 'Krësztof'],
    family: ['Bòrzëszkòwsczi', 'Labuda', 'Treder', 'Kòrthals', 'Majkowski', 'Drzeżdżon', 'Mielke', 'Szczepańsczi'],
  },
  rusyn: {
    given: ['Mykhal', 'Olena', 'Vasyl', 'Zuzana', 'Fedir', 'Jurko', 'Anna Marija', 'Ivanna'],
    family: ['Dudash', 'Latta', 'Hvozda', 'Pavlovychova', 'Fedorko', 'Paňko', 'Čuchran', 'Vysoč'],
  },
  gagauz: {
    given: ['Todur', 'Marusa', 'Stepan', 'Olga', 'Kosti', 'Dora', 'Yanka', 'Petri'],
    family: ['Zanet', 'Kuroglo', 'Bujukli', 'Çakir', 'Arnaut', 'Kapaklı', 'Ciolak', 'Tatarlı'],
  },
  chuvash: {
    given: ['Ulkhi', 'Nărspi', 'Mikulay', 'Elkeni', 'Atner', 'Salampi', 'Sespel', 'Uksak'],
    family: ['Ayzenman', 'Ivanov-Paimen', 'Eltebesh', 'Hulĕ', 'Mishshi', 'Yantush', 'Tukhtar', 'Kĕçĕn'],
  },
  bashkir: {
    given: ['Zaynulla', 'Gölnur', 'Ramazan', 'Zöhrä', 'Ishmurat', 'Lilia', 'Mustay', 'Bibinur'],
    family: ['Karimov', 'Babich', 'Yulaev', 'Akmulla', 'Ishmukhametov', 'Sultangareev', 'Khamitov', 'Bikbai'],
  },
  udmurt: {
    given: ['Kuzebay', 'Ashaltchi', 'Flor', 'Akilina', 'Trofim', 'Ogdi', 'Rimma', 'Ulla'],
    family: ['Gerd', 'Vasilyeva-Kedra', 'Kellyshev', 'Vershinin', 'Chaynikov', 'Lobanova', 'Kuzebayeva', 'Golubkin'],
  },
  circassian: {
    given: ['Aslan', 'Zarema', 'Murat', 'Nafset', 'Kazbek', 'Bella', 'Azamat', 'Saida'],
    family: ['Khakurate', 'Shogenov', 'Thagapsov', 'Nalo', 'Kardanov', 'Bgazhnokov', 'Meretukov', 'Khuazhev'],
  },
  ossetian: {
    given: ['Soslan', 'Fatima', 'Khetag', 'Zalina', 'Alan', 'Madina', 'Taymuraz', 'Dzerassa'],
    family: ['Dzasokhov', 'Gabaraev', 'Tsagolov', 'Khetagurov', 'Bekoev', 'Kochiev', 'Tedeev', 'Gazzaeva'],
  },
  svan: {
    given: ['Besik', 'Nazibrola', 'Gela', 'Mzia', 'Kakha', 'Tamuna', 'Goderdzi', 'Lela'],
    family: ['Japaridze', 'Gulbani', 'Nijaradze', 'Chartolani', 'Pirtskhelani', 'Gabliani', 'Kaldani', 'Ratiani'],
  },
  laz: {
    given: ['Ismail', 'Hatice', 'Temel', 'Nermin', 'Kâzım', 'Sebahat', 'Remzi', 'Şükriye'],
    family: ['Bucaklişi', 'Kojima', 'Gümüşhaneli', 'Vanlı', 'Özgeçaba', 'Xosai', 'Tandilava', 'Kalenderoğlu'],
  },
  hazara: {
    given: ['Sakhi', 'Shakila', 'Juma', 'Fatema', 'Ghulam Hussain', 'Nargis', 'Qurban', 'Zarifa'],
    family: ['Yosufi', 'Sharifi', 'Changezi', 'Behsudi', 'Jaghori', 'Mohaqqeq', 'Danishyar', 'Rezayi'],
  },
  sindhi: {
    given: ['Rajkumar', 'Khushboo', 'Hemandas', 'Drupadi', 'Lachman', 'Meena', 'Gobind', 'Sapna'],
    family: ['Advani', 'Lalwani', 'Mirchandani', 'Bhagnani', 'Hingorani', 'Sadarangani', 'Thadani', 'Vaswani'],
  },
  malayali: {
    given: ['Anoop', 'Lekshmi', 'Sreejith', 'Divya', 'Ajayan', 'Aswathy', 'Biju', 'Nimisha'],
    family: [
      'Kunjumon',
      'Pulikkottil',
      'Vadakkedath',
      'Kolappally',
      'Thekkumkara',
      'Chirayil',
      'Puthenpurackal',
      'Edakkara',
    ],
  },
  odia: {
    given: ['Subhashree', 'Debasis', 'Lipsa', 'Pradyumna', 'Sasmita', 'Bibhuti', 'Jyotirmayee', 'Sarat'],
    family: ['Mohapatra', 'Panigrahi', 'Senapati', 'Behera', 'Samal', 'Routray', 'Jena', 'Pattanayak'],
  },
  assamese: {
    given: ['Hiranya', 'Jonali', 'Bhupen', 'Mridusmita', 'Diganta', 'Rupjyoti', 'Anamika', 'Nilotpal'],
    family: ['Borthakur', 'Gohain', 'Saikia', 'Hazarika', 'Kalita', 'Baruah', 'Phukan', 'Bordoloi'],
  },
  newar: {
    given: ['Ratna Man', 'Sanu', 'Bhai Raja', 'Laxmi Maya', 'Pasang', 'Chiniya', 'Ujjwal', 'Hera Kaji'],
    family: ['Shakya', 'Bajracharya', 'Maharjan', 'Tuladhar', 'Dangol', 'Kansakar', 'Pradhananga', 'Sthapit'],
  },
  buryat: {
    given: ['Bair', 'Sesegma', 'Dorzho', 'Tuyana', 'Ayur', 'Darima', 'Bato', 'Erzhena'],
    family: ['Dashiev', 'Tsyrenova', 'Ochirov', 'Bazarsadaev', 'Tsydenzhapov', 'Garmaeva', 'Zhamsoev', 'Budaev'],
  },
  yakut: {
    given: ['Aital', 'Sardaana', 'Erchim', 'Kyunney', 'Aisen', 'Aitalina', 'Tuygun', 'Sargylana'],
    family: ['Oyunsky', 'Argunov', 'Nikiforova', 'Kulakovsky', 'Ammosova', 'Danilov-Khaya', 'Protodyakonov', 'Sivtsev'],
  },
  okinawan: {
    given: ['Chōbin', 'Kamado', 'Seiei', 'Ushi', 'Kōryō', 'Tsuru', 'Anri', 'Eishō'],
    family: ['Higaonna', 'Kyan', 'Nakandakari', 'Chinen', 'Kochinda', 'Miyagusuku', 'Tamanaha', 'Aragaki'],
  },
  hmong: {
    given: ['Pao', 'Mai Nou', 'Tou Lue', 'Yeng', 'Ntxhi', 'Chong Meng', 'Kia', 'Nou Xiong'],
    family: ['Vang', 'Thao', 'Lor', 'Yang', 'Moua', 'Kue', 'Xiong', 'Hang'],
  },
  cham: {
    given: ['Inrasara', 'Tuyet Nhung', 'Ja Tuwer', 'Aly', 'Putri', 'Sakaya', 'Hajji Musa', 'Nurjannah'],
    family: ['Dharbhan', 'Baroh', 'Po Dharma', 'Jaya', 'Kamaruddin', 'Qasim', 'Abdoulvahab', 'Thanh Phan'],
  },
  batak: {
    given: ['Tumpal', 'Rumondang', 'Togar', 'Sondang', 'Parlindungan', 'Tiurma', 'Hotman', 'Ronauli'],
    family: ['Simanjuntak', 'Situmorang', 'Panjaitan', 'Hutapea', 'Sihombing', 'Sitompul', 'Pardede', 'Tampubolon'],
  },
  bugis: {
    given: ['Andi Tenri', 'Daeng Matasa', 'Wa Ode', 'Besse', 'Arung', 'Indo Masse', 'Baso', 'Petta'],
    family: ['Mappanyukki', 'Palallo', 'Sulolipu', 'Tanete', 'Pabbicara', 'Mappatunru', 'Lamaddukelleng', 'Sidenreng'],
  },
  chamorro: {
    given: ['Juan Pablo', 'Chelu', 'Tasi', 'Rosalinda', 'Francisco', 'Nieves', 'Ignacio', 'Lourdes'],
    family: ['Taitano', 'Mafnas', 'Quitugua', 'Aguon', 'Tenorio', 'Borja', 'Manibusan', 'Cepeda'],
  },
  tongan: {
    given: ['Sione', 'Mele', 'Tevita', 'Salote', 'Viliami', 'Lupe', 'Siaosi', 'ʻAna'],
    family: ['Fifita', 'Taufa', 'Moala', 'Havili', 'Tuipulotu', 'Latu', 'Vainikolo', 'Kauhalalalo'],
  },
  aymara: {
    given: ['Wilasaco', 'Felipa', 'Tupaq', 'Nayra', 'Mamani Ruth', 'Qhispi', 'Amaru', 'Sisa'],
    family: ['Mamani', 'Quispe', 'Condori', 'Ticona', 'Choque', 'Huanca', 'Apaza', 'Yupanqui'],
  },
  mapuche: {
    given: ['Rayen', 'Lautaro', 'Ayelen', 'Nahuel', 'Millaray', 'Huenu', 'Relmu', 'Caupolicán'],
    family: ['Huenchumilla', 'Painemal', 'Ancalao', 'Quilaqueo', 'Catrileo', 'Llancaqueo', 'Millapán', 'Ñanculef'],
  },
  garifuna: {
    given: ['Anaida', 'Celso', 'Wilfredo', 'Lidia', 'Dionisio', 'Fermina', 'Roque', 'Justa'],
    family: ['Lambey', 'Castillo Nuñez', 'Arzu', 'Bermúdez Suazo', 'Cayetano', 'Guity', 'Ventura', 'Centeno'],
  },
  capeverdean: {
    given: ['Ildo', 'Nha Bibinha', 'Jailson', 'Eunice', 'Nhonhô', 'Zeferina', 'Adilson', 'Dulcelina'],
    family: ['Lobo', 'Tavares', 'Évora', 'Semedo', 'Fortes', 'Monteiro Brito', 'Varela', 'Spencer'],
  },
  ewe: {
    given: ['Kodzo', 'Akosua', 'Yawo', 'Abla', 'Komla', 'Dzifa', 'Kossi', 'Enyonam'],
    family: ['Agbeko', 'Dzokoto', 'Amegashie', 'Gbedemah', 'Kpodo', 'Adzraku', 'Tsikata', 'Kudjoe'],
  },
  kikuyu: {
    given: ['Wanjiru', 'Kamau', 'Nyokabi', 'Githinji', 'Wairimu', 'Mwangi', 'Njeri', 'Karanja'],
    family: ['Gitau', 'Muthoni', 'Kinyanjui', 'Ngugi', 'Wambugu', 'Kariuki', 'Njoroge', 'Macharia'],
  },
  tigrinya: {
    given: ['Tesfalem', 'Senait', 'Yohannes', 'Helen Mebrat', 'Biniam', 'Luwam', 'Mehari', 'Semhar'],
    family: [
      'Gebremedhin',
      'Tesfamariam',
      'Woldeselassie',
      'Habtemariam',
      'Kidane',
      'Berhane',
      'Ghebreyesus',
      'Asfaha',
    ],
  },
  malagasy: {
    given: ['Hery', 'Voahangy', 'Tiana', 'Rindra', 'Haingo', 'Fidy', 'Lalao', 'Mamy'],
    family: [
      'Rakotomalala',
      'Randriamampianina',
      'Andrianarivo',
      'Rasoanaivo',
      'Ravelojaona',
      'Razafindrakoto',
      'Ratsimbazafy',
      'Rabearivelo',
    ],
  },
  sotho: {
    given: ['Lerato', 'Thabo', 'Palesa', 'Teboho', 'Nthabiseng', 'Mpho', 'Refiloe', 'Katleho'],
    family: ['Mokoena', 'Letsie', 'Moshoeshoe', 'Ramaphoko', 'Nthako', 'Sekhesa', 'Mofokeng', 'Lebusa'],
  },
  kabyle: {
    given: ['Ameziane', 'Tassadit', 'Idir', 'Dihya', 'Lounès', 'Tanina', 'Mouloud', 'Thiziri'],
    family: ['Aït Menguellet', 'Matoub', 'Mammeri', 'Amrouche', 'Haddadou', 'Feraoun', 'Boulifa', 'Iguerbouchène'],
  },
  kyrgyz: {
    given: ['Aibek', 'Cholpon', 'Nurlan', 'Aizada', 'Tilek', 'Gulnara', 'Almazbek', 'Begimai'],
    family: [
      'Abdrakhmanov',
      'Toktogulova',
      'Jeenbekov',
      'Sydykova',
      'Otunbaeva',
      'Moldokulov',
      'Zhusupbekov',
      'Kasymaliev',
    ],
  },
  tuvan: {
    given: ['Ayas', 'Cherlig', 'Saylyk', 'Choduraa', 'Aldynai', 'Ayana Ool', 'Buyan', 'Shonchalai'],
    family: ['Ondar', 'Kuular', 'Mongush', 'Saryglar', 'Oorzhak', 'Dongak-Ool', 'Khovalyg', 'Salchak'],
  },
  kalmyk: {
    given: ['Badma', 'Ergyana', 'Sanal', 'Bosya', 'Delgir', 'Ochir', 'Baira', 'Tsagan'],
    family: ['Ubushaev', 'Mandzhiev', 'Sangadzhieva', 'Badmaev', 'Kekeeva', 'Erdniev', 'Gorodovikov', 'Muchkaev'],
  },
  khakas: {
    given: ['Chyltys', 'Ayaru', 'Kuzuk', 'Tanakai', 'Sylbiy', 'Kyuni', 'Akhpash', 'Chibek'],
    family: [
      'Kokova',
      'Tyukpiekov',
      'Chebodaev',
      'Kilchichakov',
      'Toburchinova',
      'Kyzlasov',
      'Sunchugashev',
      'Chaptykov',
    ],
  },
  mari: {
    given: ['Oshpay', 'Sylvika', 'Akpars', 'Yumbelge', 'Pektubay', 'Lyudvika', 'Shumatov', 'Yivan'],
    family: ['Olyk Ipay', 'Chavayn', 'Mikay', 'Shketan', 'Kazakov-Yamyl', 'Sapaev', 'Tanygin', 'Yuzykain'],
  },
  komi: {
    given: ['Kallistrat', 'Ulyana', 'Zosim', 'Agniya', 'Tikhon', 'Vukol', 'Paraskeva', 'Pitirim'],
    family: ['Zhakov', 'Kuratov', 'Lytkin', 'Podorova', 'Nalimov', 'Chuprov', 'Rochev', 'Kanev'],
  },
  nenets: {
    given: ['Vauli', 'Nyadma', 'Khasavako', 'Saneh', 'Tyiko', 'Nyaku', 'Yaptik', 'Nadya Yaptune'],
    family: ['Vylka', 'Khudi', 'Yaptunay', 'Serotetto', 'Okotetto', 'Laptander', 'Ledkova', 'Vanuyto'],
  },
  evenki: {
    given: ['Alitet', 'Ilkany', 'Dyolkon', 'Omolgo', 'Chuklan', 'Gulyvun', 'Ivul', 'Nyurgun'],
    family: ['Saltykova', 'Udygir', 'Kaplin', 'Yakunin', 'Chapogir', 'Momoley', 'Torgonov', 'Khirachin'],
  },
  ainu: {
    given: ['Kayano', 'Shigeru', 'Hokuto', 'Chiri', 'Sachiko Ekashi', 'Upopo', 'Yukie', 'Kaizawa Tadashi'],
    family: ['Kayanobe', 'Chirimashi', 'Kaizawa', 'Nukishiro', 'Sunazawa', 'Urakawa', 'Kitahara', 'Ekashiba'],
  },
  rapanui: {
    given: ['Hotu', 'Vaitiare', 'Moana', 'Uka', 'Tiare', 'Mahina', 'Teave', 'Ariki Hiro'],
    family: ['Pakarati', 'Tuki', 'Hotus', 'Tepano', 'Haoa', 'Pate', 'Ika', 'Rapahango'],
  },
  marshallese: {
    given: ['Kitlang', 'Lijon', 'Bwijmaron', 'Tonyel', 'Iroij', 'Lobaliej', 'Jurelang', 'Likinono'],
    family: ['Kabua', 'deBrum', 'Heine', 'Zackios', 'Balos', 'Jitiam', 'Loeak', 'Lanki'],
  },
  kiribati: {
    given: ['Teburoro', 'Tearinaki', 'Anote', 'Nei Tabera', 'Ioane', 'Rereao', 'Taneti', 'Eritai'],
    family: ['Tito', 'Tong', 'Mamau', 'Tabai', 'Teannaki', 'Maaman', 'Kaitu', 'Tekeraoi'],
  },
  palauan: {
    given: ['Ngiraked', 'Bilung', 'Toribiong', 'Eyos', 'Uchelkeukl', 'Dirrengesau', 'Obak', 'Ngirchokebai'],
    family: ['Remengesau', 'Ngiratkel', 'Rengiil', 'Etpison', 'Oiterong', 'Skebong', 'Tmetuchl', 'Ngiraingas'],
  },
  kanak: {
    given: ['Jean-Marie Tjibaou', 'Wassissi', 'Kalepo', 'Emma Gorodé', 'Neaoutyine', 'Hnalaine', 'Wamytan', 'Ukeiwé'],
    family: ['Tjibaou', 'Gorodey', 'Wapotro', 'Neaoutyine-Poa', 'Uregei', 'Naisseline', 'Wetta', 'Xowie'],
  },
  dinka: {
    given: ['Deng', 'Achol', 'Majok', 'Nyandeng', 'Garang', 'Ayen', 'Makuei', 'Adut'],
    family: ['Kuol', 'Mayardit', 'Akech', 'Lual', 'Bol Aguer', 'Dhieu', 'Malual', 'Arop'],
  },
  herero: {
    given: ['Kaera', 'Uerikua', 'Vekuii', 'Kazeongere', 'Tjizembua', 'Mutjinde', 'Karikondua', 'Veraa'],
    family: ['Kaputu', 'Maharero', 'Kaumbi', 'Tjiriange', 'Hijarunguru', 'Kazapua', 'Tjozongoro', 'Kandjii'],
  },
  tumbuka: {
    given: ['Chimwemwe', 'Thokozani', 'Yamikani', 'Dalitso', 'Tiwonge', 'Mphatso', 'Wezi', 'Chisomo'],
    family: ['Nyirenda', 'Mhango', 'Msiska', 'Kaunda Gondwe', 'Chirwa', 'Munthali', 'Mkandawire', 'Nkhata'],
  },
  comorian: {
    given: ['Soilihi', 'Mwanaisha', 'Said Omar', 'Hadidja', 'Ahamada', 'Zaharia', 'Msa', 'Faïza'],
    family: ['Azali', 'Sambi', 'Djohar', 'Msaidie', 'Toybou', 'Mmadi', 'Abdallah Moindjié', 'Halidi'],
  },
  zapotec: {
    given: ['Bidxaa', 'Xhunaxi', 'Guie', 'Nisaguie', 'Biaani', 'Gueza', 'Beeu', 'Xilase'],
    family: [
      'Toledo López',
      'Henestrosa',
      'Matus',
      'Jiménez Orozco',
      'Vichido',
      'Guzmán Sánchez',
      'Enríquez',
      'Gurrión',
    ],
  },
  wayuu: {
    given: ['Jayariyu', 'Kashiiwa', 'Pushaina', 'Jusayu', 'Yuyuu', 'Ipuana', 'Walekerü', 'Juyapaa'],
    family: ['Epieyú', 'Uriana', 'Ipuana Jayaliyú', 'Pushaina Jusayú', 'Sapuana', 'Epinayú', 'Uraliyú', 'Jitnu'],
  },
  shipibo: {
    given: ['Rony', 'Sanken', 'Inin', 'Metsa', 'Panshin', 'Rawa', 'Soi', 'Bawa'],
    family: ['Ochavano', 'Sánchez Maynas', 'Inuma', 'Pacaya', 'Rengifo Panduro', 'Mahua', 'Sampayo', 'Nunta'],
  },
  greenlandic: {
    given: ['Aqqaluk', 'Naja', 'Hans Enoksen', 'Nivi', 'Kuupik', 'Aviaaja', 'Malik', 'Ivalu'],
    family: ['Kleist', 'Lynge', 'Motzfeldt', 'Enoksen', 'Kielsen', 'Olsvig', 'Egede', 'Rosing'],
  },
  yupik: {
    given: ['Agayar', 'Nayagaq', 'Cingarkaq', 'Apaqutaq', 'Akiuk', 'Nuyarralria', 'Ayaprun', 'Ulurpak'],
    family: ['Chanar', 'Amaguq', 'Nanuwak', 'Kasayulie', 'Akaran', 'Tunutmoak', 'Anvil', 'Nicori'],
  },
  navajo: {
    given: ['Hastiin', 'Yanaba', 'Ahiga', 'Doli', 'Naalnish', 'Shideezhí', 'Bidziil', 'Tsosie Ann'],
    family: ['Begay', 'Yazzie', 'Tsosie', 'Benally', 'Nez', 'Bitsui', 'Tsinajinnie', 'Yellowhair'],
  },
  lakota: {
    given: ['Wanbli', 'Tokala', 'Winona', 'Mato', 'Chumani', 'Ohanzee', 'Wicapi', 'Takoda'],
    family: [
      'Two Bulls',
      'Iron Cloud',
      'Red Cloud',
      'Black Elk',
      'Looking Horse',
      'Yellow Bird',
      'Good Shield',
      'Whirlwind Horse',
    ],
  },
  aleut: {
    given: ['Unangax', 'Chuglux', 'Agnaqax', 'Tayagux', 'Qawalangin', 'Aniigax'],
    family: ['Golodoff', 'Prokopeuff', 'Dushkin', 'Shaishnikoff', 'Krukoff', 'Tutiakoff', 'Merculieff'],
  },
  ket: {
    given: ['Kileba', 'Dyolot', 'Kytna', 'Boryl', 'Alemtii', 'Sybyt'],
    family: ['Kotusov', 'Latikov', 'Dibikov', 'Tyganov', 'Sutlin', 'Maksunov'],
  },
  nivkh: {
    given: ['Ytyk', 'Khyrkun', 'Lyutta', 'Mykhin', 'Galaina', 'Tyvrun'],
    family: ['Sangi', 'Taksami', 'Pukhta', 'Chuner-Okh', 'Mamanda', 'Lyuzgin'],
  },
  wakhi: {
    given: ['Qurbonsho', 'Gulbahor', 'Sakhidod', 'Nigorbegim', 'Pirdodkhon', 'Shahzodbek'],
    family: ['Wakhoni', 'Qalandarov', 'Khushvaqtov', 'Mirzoshoev', 'Sangbekov', 'Dodkhudoev'],
  },
  yaghnobi: {
    given: ['Sayfiddin', 'Mirzojon', 'Dilrabo', 'Rahimdod', 'Gulchehra', 'Nurmuhammad'],
    family: ['Mirzozoda', 'Yaghnobiyon', 'Khudoyorzoda', 'Sharipzoda', 'Anzobi', 'Marghtimaini'],
  },
  pamiri: {
    given: ['Davlatmamad', 'Gulshan', 'Niyozbek', 'Shirinbek', 'Zarina', 'Odinamo', 'Mamadsho', 'Bibisoro'],
    family: ['Ilolov', 'Shozimov', 'Alidodov', 'Karamkhudoev', 'Mamadnazarov', 'Nazarshoev', 'Shoismoilov', 'Yodgorov'],
  },
};

/** Particles a family name may hold; not counted as name words of their own. */
export const PARTICLES: ReadonlySet<string> = new Set(['le', 'po', 'wa', 'ait', 'nha', 'mac']);

export const { words, cultures, sharedWithEarlierSets, keptCounts, keptNames } = keptCultures(24, TYPED, PARTICLES);
