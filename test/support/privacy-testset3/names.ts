/**
 * Test set 3's own name lists, typed by hand for this set (not taken from faker, CSpell or any
 * package, and kept apart from the lists of the development sets and test sets 1 and 2).
 */
export interface Culture {
  given: string[];
  family: string[];
}

export const CULTURES: Record<string, Culture> = {
  german: {
    given: ['Hartmut', 'Volkmar', 'Reinhild', 'Friedelind', 'Henrike', 'Swantje', 'Gerlinde', 'Burkhard', 'Almut', 'Jobst', 'Lutz'],
    family: ['Brinkhaus', 'Tiedemann', 'Wöhrle', 'Scharnweber', 'Kötter', 'Leuschner', 'von der Heyde', 'Overbeck-Riedl', 'Pfisterer', 'Hagedorn', 'Dreesen', 'Elsässer', 'Rautenberg', 'Quandtmeyer', 'zu Sayn', 'Niehoff', 'Kampmann'],
  },
  austrian_swiss: {
    given: ['Vreni', 'Urs', 'Reto', 'Leopoldine', 'Ferdl', 'Nadja', 'Beat', 'Seraina', 'Gottlieb', 'Resi', 'Florin', 'Madlaina'],
    family: ['Gubler', 'Pfyffer', 'Lanzendörfer', 'Huemer', 'Zwahlen', 'Gruber-Kainz', 'Ebnöther', 'Kriechbaum', 'Tschudin', 'Oberhollenzer', 'Aebischer', 'Strolz'],
  },
  turkish: {
    given: ['Berkay', 'Oğuzhan', 'Umut', 'Sibel', 'Kaan', 'Dilara', 'Gökhan', 'Nurhan', 'Sevgül', 'Ebru', 'Yiğit', 'Cengiz'],
    family: ['Karabulut', 'Erdoğdu', 'Kılıçarslan', 'Sarıkaya', 'Bozkurt', 'Uçar', 'Akbulut', 'Gündoğdu', 'Çakıroğlu', 'Yazıcıoğlu', 'Ertuğrul', 'Dönmez', 'Kocabaş'],
  },
  arabic: {
    given: ['Nizar', 'Marwan', 'Yazan', 'Raghad', 'Suhail', 'Wafaa', 'Anas', 'Rasha', 'Fadi', 'Manal', 'Ghassan'],
    family: ['al-Khatib', 'El Amrani', 'Nasrallah', 'al-Sayegh', 'Qasem', 'Bitar', 'Shahrour', 'Abu-Zeid', 'al-Tamimi', 'El Fassi'],
  },
  persian: {
    given: ['Niloufar', 'Golnaz', 'Kamran', 'Farshid', 'Behrouz', 'Tahmineh'],
    family: ['Mirzaei', 'Jafarzadeh', 'Khosravi', 'Ebrahimpour', 'Moradkhani', 'Hosseinabadi', 'Pourmand', 'Zandieh'],
  },
  chinese: {
    given: ['Jianhong', 'Meiqi', 'Ruoxi', 'Guoqiang', 'Xinyue', 'Weimin', 'Yanmei'],
    family: ['Qian', 'Gu', 'Lü', 'Pan', 'Yin', 'Kong', 'Mo', 'Dai', 'Shen'],
  },
  vietnamese: {
    given: ['Ngọc Anh', 'Duy', 'Phương', 'Thảo', 'Bảo', 'Tuấn', 'Hằng', 'Minh Châu', 'Lộc'],
    family: ['Phạm', 'Huỳnh', 'Võ', 'Đặng', 'Bùi', 'Trịnh', 'Lưu', 'Dương', 'Lý', 'Tôn', 'Quách'],
  },
  korean: {
    given: ['Seo-yeon', 'Ji-hoon', 'Min-seo', 'Dong-hyun', 'Eun-ji', 'Sung-min', 'Hye-won', 'Ha-eun', 'Jun-seo', 'Ye-jin'],
    family: ['Jeong', 'Shim', 'Noh', 'Ryu', 'Byun', 'Gong'],
  },
  japanese: {
    given: ['Haruka', 'Daisuke', 'Natsumi', 'Kenta', 'Ayaka', 'Shohei', 'Misaki', 'Ryota', 'Kaede', 'Takumi', 'Chihiro', 'Sota'],
    family: ['Takahashi', 'Matsumoto', 'Inoue', 'Kimura', 'Hayashi', 'Shimizu', 'Yamaguchi', 'Morita', 'Fujiwara', 'Nishimura', 'Okabe', 'Ishikawa'],
  },
  indian: {
    given: ['Rohit', 'Meenakshi', 'Siddharth', 'Kavya', 'Harpreet', 'Tanmay', 'Shreya', 'Gurpreet', 'Nandini', 'Abhishek'],
    family: ['Deshmukh', 'Sandhu', 'Subramanian', 'Ahluwalia', 'Rajagopal'],
  },
  polish: {
    given: ['Jadwiga', 'Weronika', 'Bożena', 'Wojciech', 'Jolanta', 'Mirosław'],
    family: ['Wiśniewska', 'Zieliński', 'Szymańska', 'Woźniak', 'Kaczmarek', 'Grabowski', 'Sikora', 'Przybylska', 'Wróblewski', 'Kołodziej', 'Sobczak'],
  },
  greek: {
    given: ['Panagiotis', 'Ioanna', 'Spyridon', 'Chrysoula', 'Evangelos', 'Thanasis'],
    family: ['Papadopoulou', 'Karamanlis', 'Antonopoulos', 'Zervas', 'Mavridis', 'Theodorakis', 'Kontogianni', 'Lazaridis', 'Papanikolaou'],
  },
  italian: {
    given: ['Federica', 'Alessandro', 'Benedetta', 'Gianluca', 'Ludovica', 'Raffaele', 'Ottavia', 'Pierluigi', 'Serena'],
    family: ['Ferraro', 'Marchetti', 'Santoro', 'Pellegrini', 'Di Benedetto', 'Galli', 'Mancuso', 'Sorrentino'],
  },
  spanish: {
    given: ['Inmaculada', 'Iñaki', 'Joaquín', 'Almudena', 'Fermín', 'Maite'],
    family: ['Cabrera', 'Valverde', 'Soler', 'Zamora', 'Echeverría', 'Villalobos Ferrer', 'Arrieta de la Vega'],
  },
  portuguese: {
    given: ['Conceição', 'Madalena', 'Amália', 'Henrique', 'Graça', 'Vitorino'],
    family: ['Gonçalves', 'Figueiredo', 'Magalhães', 'Azevedo', 'Pinheiro', 'Quaresma', 'Vasconcelos'],
  },
  french: {
    given: ['Baptiste', 'Ghislaine', 'Anatole', 'Bérénice', 'Maëlle'],
    family: ['de Villiers', 'Lemaire', 'Bonnefoy', 'Delacroix', 'Brossard'],
  },
  nigerian: {
    given: ['Tochukwu', 'Chinonso', 'Olumide', 'Ikechukwu', 'Folasade', 'Uchenna', 'Ebere'],
    family: ['Adewale', 'Onyekachi', 'Babangida', 'Ekwueme', 'Oyebanji', 'Okwuosa'],
  },
  ghanaian: {
    given: ['Adwoa', 'Kwesi', 'Esi', 'Kojo'],
    family: ['Appiah', 'Quaye', 'Amoako', 'Sarpong', 'Acheampong'],
  },
  english: {
    given: ['Gareth', 'Tamsin', 'Clementine', 'Percival', 'Bryony', 'Torquil', 'Hermione', 'Jocelyn'],
    family: ['Whitfield', 'Fairbairn', 'Thistlewood', 'Langford', 'Ravenscroft', 'Winterbottom'],
  },
  irish_scottish: {
    given: ['Siobhán', 'Ciarán', 'Eoghan', 'Fionnuala', 'Ruairi', 'Mairead', 'Oisín', 'Gráinne'],
    family: ["O'Rourke", 'MacLeod', 'Ó Briain', 'McCrae', 'Fitzgerald', "O'Donoghue", 'Drummond', 'Mac Giolla', 'Lennox', 'Kilbride'],
  },
  american: {
    given: ['Brayden', 'Kayleigh', 'Tyrone', 'Shaniqua', 'Cody', 'DeShawn', 'Brittany', 'LaToya'],
    family: ['Jefferson', 'Montgomery', 'Caldwell', 'Washington', 'Brennan', 'Dupree', 'Vandermeer'],
  },
  russian_ukrainian: {
    given: ['Yekaterina', 'Dmitri', 'Vsevolod', 'Lyudmila', 'Svitlana', 'Anatoliy', 'Zinaida'],
    family: ['Sokolova', 'Romanenko', 'Vasylenko', 'Lebedev', 'Morozova', 'Zhukov', 'Shevchuk'],
  },
  dutch_flemish: {
    given: ['Femke', 'Joost', 'Sanne', 'Maarten', 'Lotte', 'Wouter', 'Anouk', 'Sjoerd'],
    family: ['van Dijkhuizen', 'de Groot', 'van der Linden', 'Verhoeven', 'Bakker', 'van den Broek', 'Janssens', 'Claes', 'de Bruijn', 'Timmermans'],
  },
  nordic: {
    given: ['Sigrid', 'Henrik', 'Astrid', 'Magnus', 'Ingrid', 'Torbjørn', 'Solveig', 'Eskil', 'Ragnhild', 'Leif'],
    family: ['Lindqvist', 'Halvorsen', 'Bergström', 'Johansen', 'Nyström', 'Sandvik', 'Karlsson', 'Åberg'],
  },
  malay_indonesian: {
    given: ['Nurul', 'Hafiz', 'Siti Aisyah', 'Faizal', 'Dewi', 'Rizky'],
    family: ['bin Yusof', 'binti Rahman', 'Santoso', 'Wijaya', 'Hidayat', 'Saputra'],
  },
  balkan: {
    given: ['Jelena', 'Nikola', 'Mirela', 'Dragan', 'Ivana', 'Zoran', 'Amra', 'Edin'],
    family: ['Petrović', 'Kovačević', 'Jovanović', 'Hadžić', 'Babić', 'Marković', 'Delić', 'Knežević'],
  },
  kurdish: {
    given: ['Rojda', 'Baran', 'Berfin', 'Azad', 'Dilan', 'Rêber'],
    family: ['Zana', 'Tan', 'Baksi', 'Amed', 'Ronahi', 'Şêxmûs', 'Botan'],
  },
};

export const CULTURE_NAMES = Object.keys(CULTURES);

/** Company and product names for look-alikes (not people). */
export const COMPANIES_DE = [
  'Fördetal Logistik GmbH',
  'Kranich Haustechnik GmbH & Co. KG',
  'Mainbogen Versicherungs-AG',
  'Elbsand Software GmbH',
  'Heidekraut Wohnbau eG',
  'Südhang Medizintechnik GmbH',
  'Werrabrück Steuerberatung PartG mbB',
  'Taunusblick Hausverwaltung GmbH',
];
export const COMPANIES_EN = [
  'Greyfriars Freight Ltd',
  'Copperleaf Analytics Inc.',
  'Harbourline Insurance plc',
  'Northgate Lettings Ltd',
  'Bluebell Dental Group',
  'Stonebridge Legal LLP',
  'Quillmark Software Ltd',
  'Redwater Events Ltd',
];
export const PRODUCTS = [
  'Solvix Pro 3',
  'AeroDesk X200',
  'Klarwerk Suite',
  'Ventra Home Hub',
  'Lumio Smart Plug',
  'Tessera Cloud Backup',
  'Orbis 12 Dockingstation',
  'Fenwick Router AX3000',
];
