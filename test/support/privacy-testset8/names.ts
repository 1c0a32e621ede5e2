/** Set 8's own hand-typed names: given and family names of 32 cultures, written for this set. */
export const CULTURES: Record<string, { given: readonly string[]; family: readonly string[] }> = {
  turkish: {
    given: ['Orkun', 'Tülay', 'Berkant', 'Nurşen', 'Tolgahan', 'Sevinç'],
    family: ['Karakoyun', 'Dumanlı', 'Sarıgöl', 'Ekinci', 'Tepebaşılı', 'Bozdağ'],
  },
  arabic: {
    given: ['Rawiya', 'Tamim', 'Usayd', 'Manar', 'Ghaith', 'Rand'],
    family: ['al-Zubaidi', 'Hamdallah', 'al-Khalili', 'al-Tikriti', 'al-Naimi', 'Tarazi'],
  },
  persian: {
    given: ['Kamyar', 'Roshanak', 'Parastoo', 'Anahita', 'Soheila'],
    family: ['Farahmandi', 'Khorramshahi', 'Ghaffari', 'Ebtekar', 'Daryabeigi', 'Shafiei'],
  },
  kurdish: {
    given: ['Rêzan', 'Rojîn', 'Şivan', 'Zîlan', 'Serhad'],
    family: ['Zêbarî', 'Akreyi', 'Kurdoğlu', 'Dêrsimî', 'Bradostî', 'Goranî'],
  },
  chinese: {
    given: ['Meixiu', 'Zhaoyang', 'Shuqin', 'Zixuan', 'Jiahao'],
    family: ['Duanmu', 'Linghu', 'Huangfu', 'Mu'],
  },
  vietnamese: {
    given: ['Thuỳ Dung', 'Hữu Phước', 'Việt Hoàng', 'Lệ Quyên'],
    family: ['Âu', 'Ninh', 'Hoàng Phủ', 'Tiêu', 'Thân', 'Kha'],
  },
  korean: {
    given: ['Taegyu', 'Sunghoon', 'Minjae', 'Dahye', 'Kyungsoo', 'Soomin'],
    family: ['Myung', 'Dongbang', 'Sagong', 'Namgung', 'Yeo', 'Gyeon'],
  },
  japanese: {
    given: ['Kazuma', 'Natsuki', 'Ryoichi', 'Ayane', 'Kosuke', 'Momoka'],
    family: ['Takeuchi', 'Ishiguro', 'Kanzaki', 'Shiraishi', 'Amemiya'],
  },
  tamil: {
    given: ['Malarvizhi', 'Yazhini', 'Ezhilarasan', 'Kalaiselvi', 'Thamizhselvan', 'Poongothai'],
    family: ['Sivasubramaniam', 'Palaniappan', 'Arumugasamy', 'Muthukumaran'],
  },
  polish: {
    given: ['Przemek', 'Czesława', 'Eugeniusz'],
    family: ['Szczygieł', 'Chrzanowski', 'Grzegorczyk', 'Żmijewska', 'Brzęczek', 'Szewczykowski'],
  },
  ukrainian: {
    given: ['Yevheniia', 'Ostromyr', 'Svitozar', 'Bohuslava'],
    family: ['Ostapchuk', 'Haidamaka', 'Zinchenko'],
  },
  russian: {
    given: ['Gleb', 'Varvara', 'Arseny', 'Milena', 'Lyubov'],
    family: ['Tsvetkova', 'Zhuravlyov', 'Rybakov', 'Shcherbakova', 'Kuznechikov', 'Obolenskaya'],
  },
  romanian: {
    given: ['Ovidiu', 'Horațiu', 'Violeta', 'Traian'],
    family: ['Dumitrașcu', 'Pârvulescu', 'Mănăilă', 'Cârstea', 'Golescu', 'Stoenescu'],
  },
  greek: {
    given: ['Anthoula', 'Theoklitos', 'Polyxeni', 'Efstratios', 'Anargyros', 'Stamatina'],
    family: ['Giannakopoulou', 'Kyriakidis', 'Zervoudaki', 'Lambrakis', 'Fragkou', 'Chatzidakis'],
  },
  italian: {
    given: ['Donatella', 'Fabrizio', 'Marisa', 'Ugo', 'Raffaele'],
    family: ['Lo Bianco', 'Carbonaro', 'Mazzoleni', 'Pellegrino', 'Cacciapuoti', 'Bonfiglio'],
  },
  spanish: {
    given: ['Íñigo', 'Consuelo', 'Ramiro', 'Macarena'],
    family: ['de la Peña', 'Barrenechea', 'Olazábal', 'Castañeda'],
  },
  brazilian: {
    given: ['Rayssa', 'Wesley', 'Josimar', 'Lucilene', 'Rivaldo', 'Kauê'],
    family: ['Nogueira', 'Sobral', 'Rezende', 'Cordeiro'],
  },
  french: {
    given: ['Ségolène', 'Gauthier', 'Mireille', 'Solange', 'Lucien'],
    family: ['Bouchereau', 'Lemaître', 'Fauchon', 'Duchâtel', 'Beaumarchais', 'Dupuytren'],
  },
  dutch: {
    given: ['Thijs', 'Hiske', 'Feike', 'Tjitske', 'Wiebe', 'Lolkje'],
    family: ['van Houtum', 'Brouwenstijn', 'de Graafland', 'Zuidema', 'Hoekstra', 'Verbeek'],
  },
  yoruba: {
    given: ['Olusegun', 'Gbenga', 'Oluwakemi', 'Omolola', 'Fisayo'],
    family: ['Adeyemo', 'Ogunbanjo', 'Okediran'],
  },
  igbo: {
    given: ['Chisom', 'Kamsiyochukwu', 'Somadina', 'Kosisochukwu', 'Ijeawele', 'Nwakaego'],
    family: ['Iheanacho', 'Ezeamaka', 'Nnaji'],
  },
  ghanaian: {
    given: ['Akuffo', 'Dzifa', 'Selasi', 'Edem', 'Korkor', 'Naa Dedei'],
    family: ['Asantewaa', 'Opoku', 'Adomako'],
  },
  ethiopian: {
    given: ['Meskerem', 'Yonatan', 'Hiwot', 'Bereket', 'Girma'],
    family: ['Gebremariam', 'Haileselassie', 'Alemayehu', 'Woldemichael'],
  },
  somali: {
    given: ['Abdiwali', 'Cabdullahi', 'Nimco', 'Xamdi'],
    family: ['Guleid', 'Shire', 'Ugaas', 'Xirsi', 'Cawaale', 'Gurey'],
  },
  filipino: { given: ['Ernesto', 'Renato', 'Ligaya', 'Bayani'], family: ['Evangelista', 'Mercado', 'Agbayani'] },
  indonesian: {
    given: ['Adi', 'Puspita', 'Eko'],
    family: ['Susilo', 'Handoko', 'Simatupang', 'Nainggolan', 'Tjahjono', 'Pardede'],
  },
  thai: {
    given: ['Ratchanee', 'Suda', 'Chalerm', 'Porntip', 'Sakda', 'Wilai'],
    family: ['Srisuwan', 'Phromsuwan', 'Ratanakosin', 'Suksawat', 'Pattanapong'],
  },
  swedish: {
    given: ['Torbjörn', 'Saga', 'Ebbe', 'Gösta', 'Agneta', 'Sixten'],
    family: ['Bergström', 'Wahlgren', 'Stenmark', 'Ekdahl', 'Nordqvist', 'Hedlund'],
  },
  norwegian: {
    given: ['Eirik', 'Vegard', 'Tordis', 'Borghild', 'Gunnhild', 'Asbjørn'],
    family: ['Rønning', 'Solbakken', 'Tveit', 'Aasland', 'Myklebust', 'Grønvold'],
  },
  german: {
    given: ['Waltraud', 'Adalbert', 'Liselotte'],
    family: ['Hagedorn', 'von Alvensleben', 'Überschär', 'Wiegmann', 'von Bredow', 'Ostermeier'],
  },
  irish: {
    given: ['Fiachra', 'Muireann', 'Peadar'],
    family: ['McGillycuddy', 'MacNamara', 'Ní Mhurchú', 'Ó Dálaigh', 'Coughlan'],
  },
  indian: {
    given: ['Anusha', 'Raghav', 'Lavanya', 'Madhuri'],
    family: ['Mukherjee', 'Bhattacharya', 'Agarwal-Sinha', 'Banerjee', 'Malhotra', 'Rajagopalan'],
  },
  hungarian: {
    given: ['Tünde', 'Ákos', 'Kinga', 'Tihamér', 'Orsolya', 'Lőrinc'],
    family: ['Szabadkai', 'Kecskeméti', 'Bárány', 'Szőke', 'Vörös', 'Gáspár'],
  },
};

/** Name particles, which are not counted as name words of their own. */
export const PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'von',
  'de',
  'la',
  'al',
  'der',
  'zu',
  'bin',
  'ibn',
  'mac',
  'ní',
  'lo',
  'abu',
]);
