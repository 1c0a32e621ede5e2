/** Set 8's own hand-typed names: given and family names of 32 cultures, written for this set. */
export const CULTURES: Record<string, { given: readonly string[]; family: readonly string[] }> = {
  turkish: { given: ['Sevgül', 'Orkun', 'Tülay', 'Berkant'], family: ['Karakoyun', 'Dumanlı', 'Sarıgöl', 'Ekinci'] },
  arabic: {
    given: ['Rawiya', 'Tamim', 'Nisreen', 'Usayd'],
    family: ['al-Zubaidi', 'Barghouti', 'Hamdallah', 'al-Khalili'],
  },
  persian: {
    given: ['Shirin', 'Kamyar', 'Roshanak', 'Bijan'],
    family: ['Golshiri', 'Farahmandi', 'Tavakoli', 'Esfandiari'],
  },
  kurdish: { given: ['Berivan', 'Rêzan', 'Hêvî', 'Diyar'], family: ['Zêbarî', 'Hawrami', 'Barzinji', 'Akreyi'] },
  chinese: { given: ['Xiaoling', 'Junhui', 'Meixiu', 'Zhaoyang'], family: ['Qiu', 'Zhuang', 'Ouyang', 'Shangguan'] },
  vietnamese: {
    given: ['Thuỳ Dung', 'Quang Vinh', 'Bích Ngọc', 'Hữu Phước'],
    family: ['Lương', 'Trịnh', 'Quách', 'Diệp'],
  },
  korean: { given: ['Seoyeon', 'Dohyun', 'Eunbi', 'Taegyu'], family: ['Hwang', 'Seo', 'Baek', 'Nam-Goong'] },
  japanese: {
    given: ['Chihiro', 'Kazuma', 'Natsuki', 'Ryoichi'],
    family: ['Hoshino', 'Kurosawa', 'Takeuchi', 'Ishiguro'],
  },
  tamil: {
    given: ['Kavitha', 'Senthil', 'Vaishnavi', 'Ilango'],
    family: ['Thirunavukkarasu', 'Ramalingam', 'Sivasubramaniam', 'Palaniappan'],
  },
  polish: {
    given: ['Bożena', 'Radosław', 'Jadwiga', 'Przemek'],
    family: ['Szczygieł', 'Wróblewska', 'Kaczmarczyk', 'Gąsiorowski'],
  },
  ukrainian: {
    given: ['Oksana', 'Taras', 'Solomiia', 'Bohdan'],
    family: ['Hrytsenko', 'Didenko', 'Kovalchuk-Savych', 'Lysenko'],
  },
  russian: {
    given: ['Snezhana', 'Vsevolod', 'Yaroslava', 'Gleb'],
    family: ['Tsvetkova', 'Zhuravlyov', 'Belousova', 'Rybakov'],
  },
  romanian: {
    given: ['Ileana', 'Sorin', 'Mirela', 'Costel'],
    family: ['Vlădescu', 'Ciobanu', 'Dumitrașcu', 'Pârvulescu'],
  },
  greek: {
    given: ['Chrysoula', 'Stavros', 'Eleftheria', 'Panagiotis'],
    family: ['Karamanlidou', 'Theodorakopoulos', 'Vlachos', 'Mavromatis'],
  },
  italian: {
    given: ['Ornella', 'Gianluca', 'Donatella', 'Fabrizio'],
    family: ['Santangelo', 'Lo Bianco', 'Carbonaro', 'Mazzoleni'],
  },
  spanish: {
    given: ['Remedios', 'Íñigo', 'Montserrat', 'Baltasar'],
    family: ['Echeverría', 'de la Fuente', 'Iglesias Rubio', 'Zubizarreta'],
  },
  brazilian: {
    given: ['Thaís', 'Caio', 'Rayssa', 'Wanderley'],
    family: ['Guimarães', 'Albuquerque', 'Nogueira', 'Bittencourt'],
  },
  french: {
    given: ['Ségolène', 'Gauthier', 'Mireille', 'Anatole'],
    family: ['Delacroix-Vernet', 'Bouchereau', 'Lemaître', 'Fauchon'],
  },
  dutch: {
    given: ['Femke', 'Joost', 'Marieke', 'Sietse'],
    family: ['van Houtum', 'Brouwenstijn', 'de Graafland', 'Kuipers'],
  },
  yoruba: {
    given: ['Olamide', 'Ayotunde', 'Folasade', 'Oluwaseun'],
    family: ['Adeyemo', 'Ogunbanjo', 'Fashola', 'Akintola'],
  },
  igbo: {
    given: ['Chiamaka', 'Ikenna', 'Nkechi', 'Obinna'],
    family: ['Nwachukwu', 'Okonkwo-Eze', 'Anyanwu', 'Iheanacho'],
  },
  ghanaian: { given: ['Akosua', 'Kwabena', 'Efua', 'Yaw'], family: ['Asantewaa', 'Owusu-Ansah', 'Darko', 'Boakye'] },
  ethiopian: {
    given: ['Meskerem', 'Dawit', 'Tsion', 'Yonatan'],
    family: ['Gebremariam', 'Haileselassie', 'Wondimu', 'Tesfaye'],
  },
  somali: { given: ['Hodan', 'Abdiwali', 'Sagal', 'Mahad'], family: ['Warsame', 'Jama', 'Farah Dirie', 'Yusuf Abdi'] },
  filipino: {
    given: ['Maricel', 'Rodel', 'Jocelyn', 'Arnel'],
    family: ['Macapagal', 'Dimaculangan', 'Bautista', 'Villanueva'],
  },
  indonesian: {
    given: ['Wulandari', 'Bambang', 'Sekar', 'Adi'],
    family: ['Susilo', 'Hartono', 'Wibisono', 'Kusumawardhani'],
  },
  thai: {
    given: ['Kanokwan', 'Somchai', 'Pimchanok', 'Thanakorn'],
    family: ['Srisuwan', 'Chaiyaporn', 'Boonmee', 'Wongsakul'],
  },
  swedish: { given: ['Ingrid', 'Torbjörn', 'Saga', 'Ebbe'], family: ['Lindqvist', 'Bergström', 'Sjöberg', 'Åkesson'] },
  norwegian: {
    given: ['Solveig', 'Eirik', 'Ragnhild', 'Vegard'],
    family: ['Haugland', 'Fjeldstad', 'Rønning', 'Bjørnstad'],
  },
  german: {
    given: ['Hiltrud', 'Wendelin', 'Gesine', 'Volkmar'],
    family: ['Brinkhaus', 'Hagedorn', 'von Alvensleben', 'Überschär'],
  },
  irish: {
    given: ['Saoirse', 'Cathal', 'Niamh', 'Oisín'],
    family: ["O'Flaherty", 'McGillycuddy', 'Mac Giolla', 'Ní Bhriain'],
  },
  indian: {
    given: ['Anusha', 'Raghav', 'Pallavi', 'Kunal'],
    family: ['Deshpande', 'Chaturvedi', 'Mukherjee', 'Bhattacharya'],
  },
  hungarian: {
    given: ['Zsófia', 'Bence', 'Réka', 'Levente'],
    family: ['Szabadkai', 'Horváth-Tóth', 'Kecskeméti', 'Bárány'],
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
