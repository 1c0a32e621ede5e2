/** Test set 7's own hand-typed name lists (not from any package): given and family names of 32 cultures. */
export interface Culture {
  given: string[];
  family: string[];
}

export const CULTURES: Record<string, Culture> = {
  german: {
    given: ['Eckart', 'Adelgunde', 'Sieghard', 'Walburga', 'Notker', 'Friedlinde', 'Isfried'],
    family: [
      'Quadflieg',
      'Etzold',
      'Hövelmann',
      'Dierkes',
      'Brüggemeier',
      'Wackerbarth',
      'Knipprath',
      'Eulenbruch',
      'Mückenhaupt',
      'Tiefenthal',
      'Rosskopf',
      'Hasselkus',
      'Oldenkott',
      'Fleischhauer',
    ],
  },
  austrian: {
    given: ['Burgl', 'Florentin', 'Leopold', 'Ignaz', 'Wastl', 'Hemma', 'Zenzi'],
    family: [
      'Pfandl',
      'Oberhauser',
      'Zechmeister',
      'Grubmüller',
      'Schachinger',
      'Pühringer',
      'Kaltenbrunner',
      'Wimmleitner',
      'Stadlbauer',
      'Reisenberger',
      'Aichhorn',
    ],
  },
  swiss: {
    given: ['Gian', 'Men', 'Chasper', 'Jachen', 'Ruedi', 'Curdin'],
    family: [
      'Wyttenbach',
      'Zumsteg',
      'Bärtschi',
      'Grünenfelder',
      'Häberli',
      'Niederhauser',
      'Rüfenacht',
      'Tännler',
      'Plozza',
      'Fankhauser',
    ],
  },
  turkish: {
    given: ['Sertaç', 'Gülten', 'Bahar', 'Kutay', 'Nurdan', 'Tarkan'],
    family: ['Karaosmanoğlu', 'Eryılmaz', 'Demirtaş', 'Gökdemir', 'Çelikkol', 'Topaloğlu', 'Kuyucu', 'Gürsoy', 'Sezer'],
  },
  arabic: {
    given: ['Muayad', 'Qusai', 'Nisreen', 'Moatasem', 'Shahd', 'Dima', 'Talal'],
    family: ['el-Masri', 'Qaddoura', 'Shunnar', 'el-Shafei', 'Kanafani', 'Zreik', 'Hijazi'],
  },
  persian: {
    given: ['Shabnam', 'Parastoo', 'Shirindokht', 'Pegah', 'Bijan', 'Farangis', 'Houshang'],
    family: [
      'Jahanbakhsh',
      'Tabrizian',
      'Nikzad',
      'Vahedi',
      'Ghaffarian',
      'Sadeghzadeh',
      'Kazemipour',
      'Dehghani',
      'Haghighat',
    ],
  },
  kurdish: {
    given: ['Berivan', 'Rêbîn', 'Nêrgiz', 'Şêrko', 'Rênas', 'Helbest'],
    family: ['Heweri', 'Zaxoyi', 'Amêdî', 'Soranî', 'Bradostî', 'Goran', 'Şemdînanî'],
  },
  chinese: {
    given: ['Xiuying', 'Zhenhua', 'Meilan', 'Shuhui', 'Jianwen', 'Ruolan', 'Zhiyuan', 'Qingyi', 'Xiaotong', 'Lixin'],
    family: ['Qiao', 'Zhuang', 'Ximen', 'Nangong', 'Mu'],
  },
  vietnamese: {
    given: ['Khánh', 'Quốc', 'Hạnh', 'Tùng', 'Việt', 'Lộc', 'Trâm', 'Hưng', 'Uyên', 'Phát'],
    family: ['Phùng', 'Thái', 'Ninh', 'Diêm'],
  },
  korean: {
    given: ['Haneul', 'Minseok', 'Sojin', 'Gunwoo', 'Eunbi', 'Taehyun', 'Chaeyoung', 'Hyunbin'],
    family: ['Bae', 'Gwak', 'Yeom', 'Chu', 'Namgung', 'Hwangbo', 'Jegal', 'Seonwoo'],
  },
  japanese: {
    given: ['Kenshiro', 'Shoei', 'Atsuhiro', 'Kotone', 'Masaomi'],
    family: [
      'Kuroda',
      'Hasegawa',
      'Takeuchi',
      'Kawaguchi',
      'Utsunomiya',
      'Shimabukuro',
      'Morioka',
      'Tsuchiya',
      'Higashide',
      'Noguchi',
    ],
  },
  tamil: {
    given: ['Revathi', 'Anbarasan', 'Kalaivani', 'Elangovan', 'Sudharsana', 'Thamizh', 'Vennila'],
    family: ['Palaniappan', 'Arumugam', 'Subbiah', 'Manickavasagam', 'Karuppiah', 'Nachimuthu', 'Ponnusamy'],
  },
  hindi: {
    given: [
      'Devendra',
      'Ritika',
      'Abhinav',
      'Tarun',
      'Vaishnavi',
      'Hemant',
      'Tanvi',
      'Yashwant',
      'Mridula',
      'Aparna',
      'Chirag',
    ],
    family: ['Agnihotri', 'Shrivastava', 'Awasthi', 'Bajpai', 'Upadhyay', 'Pandey', 'Vajpeyi'],
  },
  polish: {
    given: ['Bogumił', 'Lech', 'Danuta', 'Wacław', 'Mieczysława'],
    family: ['Gołębiowska', 'Grzelak', 'Wąsowicz', 'Bednarczyk', 'Śliwińska', 'Gąsiorek'],
  },
  ukrainian: {
    given: ['Yaryna', 'Mariyka', 'Yevdokha', 'Ivanna-Roksolana', 'Dzvenyslava', 'Lukian', 'Vasylyna'],
    family: ['Hnatiuk', 'Dovzhenko', 'Kobylianska', 'Vovk', 'Fedoriv'],
  },
  russian: {
    given: ['Evdokia', 'Klavdia', 'Agrippina', 'Prokhor', 'Yefrosinya', 'Mstislav'],
    family: [
      'Zakharov',
      'Rozhkova',
      'Yermolaev',
      'Kuznetsova',
      'Sokolov',
      'Gribov',
      'Lebedeva',
      'Zhukovsky',
      'Polyakova',
      'Ustinov',
    ],
  },
  romanian: {
    given: ['Ileana', 'Corina', 'Mihnea', 'Doru', 'Radu', 'Costel', 'Brândușa', 'Tudor', 'Anca'],
    family: ['Păunescu', 'Năstase', 'Bălan', 'Enache', 'Zamfir', 'Gheorghiu', 'Popovici', 'Cristea'],
  },
  greek: {
    given: ['Evangelia', 'Vangelis', 'Kleopatra-Maria', 'Aristeidis', 'Themistoklis', 'Zacharoula'],
    family: [
      'Karamanlidis',
      'Triantafyllou',
      'Papadimas',
      'Hatzidakis',
      'Giannakopoulos',
      'Stamatopoulou',
      'Kalogeropoulos',
    ],
  },
  italian: {
    given: ['Loredana', 'Concetta', 'Saverio', 'Calogero', 'Filomena', 'Rocco'],
    family: [
      'Santangelo',
      'Bellomo',
      'Cusumano',
      'Lombardozzi',
      'Scarpelli',
      'Buscemi',
      'Pizzuti',
      'La Rocca',
      'Provenzano',
      'Gargiulo',
    ],
  },
  spanish: {
    given: ['Aitor', 'Íñigo', 'Nacho', 'Borja', 'Pilar', 'Iker', 'Xabier'],
    family: ['Arrizabalaga', 'Quintanilla', 'Ibarrola', 'Mendizábal', 'de Castro', 'Sotomayor', 'Olabarrieta'],
  },
  brazilian: {
    given: ['Everton', 'Jaqueline', 'Rayane', 'Kelly', 'Tatiane', 'Priscila'],
    family: ['Meirelles', 'Caldas Novaes', 'Sampaio Corrêa', 'Mangabeira', 'Peçanha'],
  },
  french: {
    given: ['Fulbert', 'Sidonie', 'Eudes', 'Apolline', 'Barthélemy'],
    family: [
      'Dufresne',
      'Courtois',
      'Delaunay',
      'Grandjouan',
      'Lemarchand',
      'Boisvert',
      'Sauvageot',
      'Despréaux',
      'Castagnède',
      'Rouxel',
    ],
  },
  dutch: {
    given: ['Marieke', 'Geertruida', 'Jeroen', 'Ruud'],
    family: ['van Houten', 'Verbeek', 'van der Sloot', 'Schimmelpenninck', 'ten Brink', 'op den Kamp'],
  },
  yoruba: { given: ['Oyindamola', 'Mojisola', 'Abimbola', 'Oladipupo'], family: ['Ayorinde', 'Ilesanmi', 'Ogunbiyi'] },
  igbo: {
    given: ['Chidiebere', 'Kenechukwu', 'Ebubechukwu'],
    family: ['Ezeokoli', 'Chukwuma', 'Ukachukwu', 'Ezenwa', 'Onwuachi'],
  },
  ghanaian: {
    given: ['Nhyira', 'Esaaba', 'Abenaa', 'Panyin', 'Obaapa', 'Akwasi'],
    family: ['Agyemang', 'Kyei', 'Adjei', 'Quaicoe', 'Dankwa-Smith'],
  },
  ethiopian: {
    given: ['Yohannes', 'Girma', 'Almaz', 'Fasil', 'Mulugeta', 'Tsehay'],
    family: ['Ayele', 'Wondimu', 'Gebrekidan', 'Hailemariam'],
  },
  somali: {
    given: ['Faduma', 'Abdiweli', 'Khadra', 'Shukri', 'Hamdi'],
    family: ['Abdulle', 'Galaydh', 'Ilmi', 'Abdinur', 'Gure'],
  },
  filipino: {
    given: ['Ferdie', 'Rosalinda', 'Edgardo', 'Lualhati', 'Dodong'],
    family: ['Macaraeg', 'Dimagiba', 'Dimalanta', 'Sicat', 'Tuazon'],
  },
  indonesian: {
    given: ['Wulandari', 'Galih', 'Rini', 'Sulastri', 'Triyono', 'Endang'],
    family: ['Kusumawati', 'Sulistyowati', 'Simanjuntak', 'Wijayakusuma', 'Saragih', 'Lubis'],
  },
  thai: {
    given: ['Ploypailin', 'Narongrit', 'Thanakorn', 'Rattana', 'Nittaya', 'Sombat', 'Chonlada'],
    family: ['Rattanakul', 'Phromma', 'Sukprasert', 'Saengthong', 'Intharat', 'Suwannarat'],
  },
  scandinavian: {
    given: ['Espen', 'Åse', 'Øystein', 'Einar'],
    family: ['Bergström', 'Lundgren', 'Hagerup', 'Engebretsen', 'Tveitan'],
  },
  irish_scottish: {
    given: ['Donnchadh', 'Sadhbh', 'Pádraig', 'Isbéal', 'Ruaridh'],
    family: ['McCrory', 'McAleese', 'MacLennan', 'Tierney'],
  },
  english: {
    given: ['Fenella', 'Cosima', 'Lettice'],
    family: [
      'Wetherall',
      'Blenkinsop',
      'Throckmorton',
      'Ormsby-Gore',
      'Stanhope',
      'Braithwaite',
      'Haverstock',
      'Sidebotham',
    ],
  },
  hungarian: {
    given: ['Erzsébet', 'Zsolt', 'Ildikó', 'Gyula', 'Csongor'],
    family: ['Szentgyörgyi', 'Kovácsházi', 'Nagyváradi', 'Hegedűs', 'Vörösmarty', 'Bakonyi', 'Csordás'],
  },
  czech: {
    given: ['Bohumila', 'Radka', 'Jaroslav', 'Bořivoj', 'Radovan'],
    family: ['Procházková', 'Dvořáček', 'Vondráček', 'Kratochvíl', 'Navrátil', 'Zelenka'],
  },
};

/** Name words that are particles, not names, when overlap is counted. */
export const PARTICLES = new Set(['van', 'der', 'de', 'la', 'al', 'el', 'bin', 'ibn', 'von', 'zu', 'ní', 'den']);
