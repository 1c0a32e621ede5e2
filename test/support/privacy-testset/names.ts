/**
 * Names for the held-out test set, written for it by hand (not faker's lists, not the detectors'
 * `first-names.ts`): given names and surnames from many cultures, as people living and working in
 * Germany, the UK and the US carry them. Spellings as their bearers write them in Latin script.
 */
export const CULTURES: Record<string, { given: string[]; family: string[] }> = {
  turkish: {
    given: ['Emine', 'Burak', 'Gülşen', 'Serkan', 'Tuğba', 'Onur', 'Esra', 'Kadir', 'Songül', 'Volkan', 'Derya', 'Cem'],
    family: [
      'Yılmaz',
      'Kaya',
      'Demir',
      'Çelik',
      'Şahin',
      'Aydın',
      'Öztürk',
      'Arslan',
      'Doğan',
      'Kılıç',
      'Koç',
      'Erdem',
    ],
  },
  arabic: {
    given: ['Khaled', 'Rania', 'Walid', 'Nour', 'Bilal', 'Hiba', 'Tariq', 'Salma', 'Nabil', 'Dalia', 'Rashid', 'Lubna'],
    family: ['Haddad', 'Khoury', 'Mansour', 'Nasser', 'Saleh', 'Al-Sayed', 'Hamdan', 'Barakat', 'Aziz', 'Darwish'],
  },
  persian: {
    given: ['Dariush', 'Shirin', 'Kourosh', 'Parisa', 'Babak', 'Nasrin', 'Arash', 'Golnar', 'Farhad', 'Mahsa'],
    family: ['Rahimi', 'Tehrani', 'Moradi', 'Karimi', 'Jafari', 'Hosseini', 'Sadeghi', 'Ahmadzadeh', 'Farahani'],
  },
  chinese: {
    given: ['Wei', 'Xiaoling', 'Jun', 'Meiling', 'Hao', 'Yuting', 'Zhiwei', 'Lihua', 'Qiang', 'Xinyi'],
    family: ['Zhang', 'Wang', 'Liu', 'Chen', 'Huang', 'Zhou', 'Xu', 'Guo', 'Lin', 'Zhao'],
  },
  vietnamese: {
    given: ['Thanh', 'Linh', 'Quang', 'Huong', 'Tuan', 'Mai', 'Duc', 'Phuong', 'Khanh', 'Trang'],
    family: ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Vu', 'Dang', 'Bui', 'Do', 'Ngo'],
  },
  korean: {
    given: ['Minjun', 'Seoyeon', 'Jiho', 'Hayoon', 'Dohyun', 'Jiwoo', 'Eunji', 'Sungmin', 'Yuna', 'Taeyang'],
    family: ['Kim', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Shin'],
  },
  indian: {
    given: ['Priya', 'Arjun', 'Ananya', 'Rohan', 'Kavita', 'Vikram', 'Deepika', 'Sanjay', 'Lakshmi', 'Rahul', 'Meera'],
    family: ['Sharma', 'Patel', 'Iyer', 'Reddy', 'Nair', 'Gupta', 'Menon', 'Chatterjee', 'Singh', 'Krishnan'],
  },
  polish: {
    given: [
      'Bartosz',
      'Zofia',
      'Łukasz',
      'Agata',
      'Grzegorz',
      'Ewelina',
      'Przemysław',
      'Justyna',
      'Radosław',
      'Dorota',
    ],
    family: [
      'Nowak',
      'Kowalczyk',
      'Wiśniewski',
      'Wójcik',
      'Kamińska',
      'Lewandowski',
      'Zielińska',
      'Szymański',
      'Dąbrowska',
    ],
  },
  greek: {
    given: ['Dimitrios', 'Eleni', 'Konstantinos', 'Vasiliki', 'Georgios', 'Panagiota', 'Nikolaos', 'Athina', 'Spyros'],
    family: ['Papadopoulos', 'Georgiou', 'Nikolaidis', 'Karagiannis', 'Vlachou', 'Oikonomou', 'Alexiou', 'Makris'],
  },
  italian: {
    given: ['Salvatore', 'Giorgia', 'Emanuele', 'Rosalba', 'Vincenzo', 'Beatrice', 'Gennaro', 'Ilaria', 'Massimo'],
    family: ['Esposito', 'Russo', 'Ferrari', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno'],
  },
  spanish: {
    given: ['Alejandra', 'Iñigo', 'Montserrat', 'Gonzalo', 'Rocío', 'Ignacio', 'Begoña', 'Álvaro', 'Nerea', 'Fernando'],
    family: [
      'García',
      'Fernández',
      'Martínez',
      'López',
      'Sánchez',
      'Romero',
      'Navarro',
      'Ortega',
      'Delgado',
      'Iglesias',
    ],
  },
  portuguese: {
    given: ['João', 'Inês', 'Gonçalo', 'Beatriz', 'Rui', 'Mariana', 'Tiago', 'Leonor', 'Duarte', 'Catarina'],
    family: [
      'Silva',
      'Santos',
      'Ferreira',
      'Pereira',
      'Oliveira',
      'Costa',
      'Rodrigues',
      'Carvalho',
      'Almeida',
      'Sousa',
    ],
  },
  french: {
    given: [
      'Amélie',
      'Thibault',
      'Margaux',
      'Étienne',
      'Solène',
      'Guillaume',
      'Clémence',
      'Benoît',
      'Océane',
      'Yannick',
    ],
    family: [
      'Dubois',
      'Lefèvre',
      'Moreau',
      'Laurent',
      'Girard',
      'Bonnet',
      'Mercier',
      'Fontaine',
      'Rousseau',
      'Chevalier',
    ],
  },
  nigerian: {
    given: ['Chiamaka', 'Oluwaseun', 'Ngozi', 'Emeka', 'Funmilayo', 'Tunde', 'Adaeze', 'Chukwudi', 'Yetunde', 'Obinna'],
    family: ['Okonkwo', 'Adeyemi', 'Eze', 'Okafor', 'Balogun', 'Nwosu', 'Adebayo', 'Chukwu', 'Ogunleye', 'Abiodun'],
  },
  german: {
    given: [
      'Wiebke',
      'Gunnar',
      'Heike',
      'Detlef',
      'Frauke',
      'Hauke',
      'Gesine',
      'Ortwin',
      'Roswitha',
      'Eckhard',
      'Imke',
    ],
    family: [
      'Brinkmann',
      'Hoffmeister',
      'Kleinschmidt',
      'Wendland',
      'Rademacher',
      'Vogelsang',
      'Hartwig',
      'Pohlmann',
      'Seidel',
    ],
  },
  english: {
    given: [
      'Gwendolyn',
      'Rupert',
      'Imogen',
      'Alistair',
      'Harriet',
      'Declan',
      'Philippa',
      'Callum',
      'Rosalind',
      'Barnaby',
    ],
    family: [
      'Whitaker',
      'Ashworth',
      'Pemberton',
      'Hargreaves',
      'Blackwood',
      'Fairbanks',
      'Thornton',
      'Cartwright',
      'Holloway',
    ],
  },
};

/** Addresses: street names and places, German and English layouts. */
export const DE_STREETS = [
  'Lindenallee',
  'Am Mühlbach',
  'Kastanienweg',
  'Friedrich-Ebert-Straße',
  'Schillerstr.',
  'Hauptstraße',
  'Im Wiesengrund',
  'Bahnhofstraße',
  'Auf der Höhe',
  'Gartenstraße',
  'Rosenstr.',
  'Ludwigsplatz',
];
export const DE_PLACES: [string, string][] = [
  ['10247', 'Berlin'],
  ['20357', 'Hamburg'],
  ['50823', 'Köln'],
  ['80469', 'München'],
  ['70176', 'Stuttgart'],
  ['04109', 'Leipzig'],
  ['28195', 'Bremen'],
  ['44137', 'Dortmund'],
  ['90402', 'Nürnberg'],
  ['65183', 'Wiesbaden'],
  ['24103', 'Kiel'],
  ['01067', 'Dresden'],
];
export const UK_STREETS = ['Elm Grove', 'Carlton Road', 'Victoria Street', 'Mill Lane', 'Kingsway', 'Park Crescent'];
export const UK_PLACES: [string, string][] = [
  ['Manchester', 'M14 5RT'],
  ['Leeds', 'LS6 2QD'],
  ['Bristol', 'BS7 8HU'],
  ['London', 'SE15 4NP'],
  ['Glasgow', 'G12 8QQ'],
];
export const US_STREETS = ['Maple Avenue', 'Oak Street', 'Sunset Boulevard', 'Lakeview Drive', 'Pine Court'];
export const US_PLACES: [string, string, string][] = [
  ['Springfield', 'IL', '62704'],
  ['Portland', 'OR', '97214'],
  ['Austin', 'TX', '78704'],
  ['Madison', 'WI', '53703'],
];

/** Organisations and places: never labelled (they are not people). */
export const COMPANIES = [
  'Nordlicht Logistik GmbH',
  'Hansa Kältetechnik AG',
  'Brightwater Analytics Ltd',
  'Kessler & Vogt Steuerberatung',
  'Meridian Health Partners LLC',
  'Alpenblick Reisen GmbH',
  'Quarry Lane Software Ltd',
];
export const PLACES = [
  'Hamburg',
  'München',
  'Frankfurt am Main',
  'Düsseldorf',
  'London',
  'Bristol',
  'Hannover',
  'Mainz',
];
