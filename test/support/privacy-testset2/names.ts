/**
 * Names for test set 2, written for it from general knowledge: not test set 1's lists
 * (`privacy-testset/names.ts`), not faker's, not the detectors' `first-names.ts`, not CSpell's
 * people-names dictionary. Given names and surnames of many cultures, in the Latin-script spelling
 * their bearers use in Germany, the UK and the US.
 */
export const PEOPLE: Record<string, { given: string[]; family: string[] }> = {
  turkish: {
    given: [
      'Aylin',
      'Mehmet',
      'Zeynep',
      'Hakan',
      'Selin',
      'Murat',
      'Elif',
      'Ozan',
      'Hülya',
      'Ercan',
      'Nesrin',
      'Tolga',
    ],
    family: ['Güneş', 'Yıldız', 'Aksoy', 'Polat', 'Karaca', 'Özdemir', 'Bulut', 'Tekin', 'Korkmaz', 'Uysal'],
  },
  arabic: {
    given: ['Youssef', 'Amira', 'Hamza', 'Layla', 'Omar', 'Samira', 'Karim', 'Yasmin', 'Mahmoud', 'Huda'],
    family: ['El-Amin', 'Haddadin', 'Qasim', 'Suleiman', 'Abboud', 'Jaber', 'Taha', 'Ibrahim', 'Zaher', 'Othman'],
  },
  persian: {
    given: ['Behnam', 'Roya', 'Siavash', 'Leila', 'Kaveh', 'Mitra', 'Omid', 'Ladan', 'Payam', 'Setareh'],
    family: ['Ghorbani', 'Esfahani', 'Naderi', 'Rostami', 'Shirazi', 'Mahmoudi', 'Bagheri', 'Kazemi'],
  },
  chinese: {
    given: ['Jianguo', 'Mingyu', 'Xiaowen', 'Haoran', 'Ruolan', 'Yifan', 'Shuang', 'Zihan', 'Jiayi', 'Bowen'],
    family: ['Yang', 'Wu', 'Sun', 'Ma', 'Zhu', 'He', 'Gao', 'Luo', 'Tang', 'Feng'],
  },
  vietnamese: {
    given: ['Anh', 'Bao', 'Hieu', 'Ngoc', 'Vinh', 'Thuy', 'Long', 'Lan', 'Nhung', 'Khoa'],
    family: ['Phan', 'Vo', 'Huynh', 'Truong', 'Dinh', 'Ly', 'Duong', 'Cao'],
  },
  korean: {
    given: ['Seojun', 'Jiyeon', 'Hyunwoo', 'Sora', 'Minseo', 'Jaehyun', 'Dasom', 'Yejin'],
    family: ['Han', 'Oh', 'Seo', 'Kwon', 'Hwang', 'Song', 'Baek', 'Moon'],
  },
  indian: {
    given: ['Aditya', 'Sneha', 'Karthik', 'Pooja', 'Nikhil', 'Divya', 'Harsha', 'Anjali', 'Suresh', 'Ishaan'],
    family: ['Venkataraman', 'Bhattacharya', 'Kulkarni', 'Desai', 'Joshi', 'Pillai', 'Rao', 'Mehta', 'Banerjee'],
  },
  polish: {
    given: ['Katarzyna', 'Marcin', 'Agnieszka', 'Paweł', 'Małgorzata', 'Tomasz', 'Joanna', 'Krzysztof', 'Wiktoria'],
    family: ['Wróbel', 'Jankowska', 'Mazur', 'Krawczyk', 'Pawlak', 'Michalski', 'Górecka', 'Zając'],
  },
  greek: {
    given: ['Christos', 'Ioannis', 'Katerina', 'Stavros', 'Despina', 'Thanos', 'Eftychia', 'Paraskevi'],
    family: ['Antoniou', 'Papadakis', 'Christodoulou', 'Kyriakou', 'Samaras', 'Petridis', 'Lambrou'],
  },
  italian: {
    given: ['Lorenzo', 'Chiara', 'Federico', 'Francesca', 'Matteo', 'Alessia', 'Riccardo', 'Valentina'],
    family: ['Conti', 'De Luca', 'Gallo', 'Mancini', 'Lombardi', 'Barbieri', 'Rinaldi', 'Caruso'],
  },
  spanish: {
    given: ['Javier', 'Lucía', 'Sergio', 'Carmen', 'Pablo', 'Marisol', 'Raúl', 'Ainhoa'],
    family: ['Ruiz', 'Jiménez', 'Moreno', 'Muñoz', 'Herrera', 'Castillo', 'Vargas', 'Medina'],
  },
  portuguese: {
    given: ['Miguel', 'Joana', 'Rodrigo', 'Filipa', 'Nuno', 'Mafalda', 'Vasco', 'Raquel'],
    family: ['Teixeira', 'Correia', 'Mendes', 'Pinto', 'Marques', 'Fonseca', 'Machado'],
  },
  brazilian: {
    given: ['Thiago', 'Larissa', 'Vinícius', 'Fernanda', 'Gustavo', 'Camila', 'Rafaela', 'Leandro'],
    family: ['Nascimento', 'Araújo', 'Barbosa', 'Cardoso', 'Ribeiro', 'Cavalcanti', 'Monteiro'],
  },
  french: {
    given: ['Julien', 'Camille', 'Mathieu', 'Élodie', 'Sébastien', 'Aurélie', 'Rémi', 'Manon'],
    family: ['Lambert', 'Fournier', 'Garnier', 'Faure', 'Roux', 'Blanchard', 'Perrin', 'Marchand'],
  },
  nigerian: {
    given: ['Chidi', 'Folake', 'Babatunde', 'Ifeoma', 'Kelechi', 'Temitope', 'Uche', 'Nkechi'],
    family: ['Obi', 'Nwachukwu', 'Oyelaran', 'Akinola', 'Ibekwe', 'Adeleke', 'Onyeka'],
  },
  ghanaian: {
    given: ['Kwame', 'Akosua', 'Kofi', 'Ama', 'Yaw', 'Efua', 'Kwabena', 'Abena'],
    family: ['Mensah', 'Boateng', 'Asante', 'Owusu', 'Agyeman', 'Ofori', 'Darko'],
  },
  ukrainian: {
    given: ['Oleksandr', 'Iryna', 'Bohdan', 'Oksana', 'Taras', 'Nataliia', 'Dmytro', 'Yuliia'],
    family: ['Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Melnyk', 'Hrytsenko'],
  },
  filipino: {
    given: ['Rodel', 'Maricel', 'Jericho', 'Liezl', 'Arnel', 'Kristine', 'Jomar', 'Rowena'],
    family: ['Dela Cruz', 'Reyes', 'Bautista', 'Villanueva', 'Mendoza', 'Aquino', 'Manalo'],
  },
  hungarian: {
    given: ['Zsófia', 'Bence', 'Réka', 'Levente', 'Eszter', 'Gergely'],
    family: ['Nagy', 'Horváth', 'Szabó', 'Tóth', 'Farkas', 'Varga'],
  },
  irish: {
    given: ['Siobhan', 'Cian', 'Aoife', 'Padraig', 'Niamh', 'Eoin'],
    family: ["O'Sullivan", 'Byrne', 'Kavanagh', 'McCarthy', 'Gallagher', 'Doherty'],
  },
  german: {
    given: [
      'Torsten',
      'Silke',
      'Jürgen',
      'Anke',
      'Dirk',
      'Birgit',
      'Henning',
      'Kerstin',
      'Volker',
      'Ulrike',
      'Malte',
      'Svenja',
    ],
    family: [
      'Schäfer',
      'Neumann',
      'Krüger',
      'Lehmann',
      'Brandt',
      'Kühn',
      'Vogel',
      'Haase',
      'Dietrich',
      'Lorenz',
      'Scholz',
      'Jäger',
    ],
  },
  english: {
    given: ['Oliver', 'Charlotte', 'Harry', 'Amelia', 'George', 'Eleanor', 'Freddie', 'Lucy', 'Nigel', 'Beverley'],
    family: [
      'Thompson',
      'Robinson',
      'Walker',
      'Wright',
      'Hughes',
      'Edwards',
      'Bennett',
      'Fletcher',
      'Marsh',
      'Pickering',
    ],
  },
};

/** Where people live in test set 2: [street, postcode and town]. */
export const DE_STREETS2 = [
  'Weidenweg',
  'Goethestraße',
  'Am Lerchenfeld',
  'Heinrich-Heine-Str.',
  'Brunnengasse',
  'Turmstraße',
  'Eichendorffweg',
  'Sonnenhang',
  'Wilhelmstr.',
  'Zur Alten Mühle',
];
export const DE_TOWNS2 = [
  '33602 Bielefeld',
  '48143 Münster',
  '69117 Heidelberg',
  '79098 Freiburg im Breisgau',
  '99084 Erfurt',
  '18055 Rostock',
  '34117 Kassel',
  '66111 Saarbrücken',
  '86150 Augsburg',
  '53111 Bonn',
];
export const UK_STREETS2 = [
  'Ashdown Road',
  'Beech Close',
  'Coronation Terrace',
  'Holly Walk',
  'Station Approach',
  'Windmill Hill',
];
export const UK_TOWNS2 = [
  'Reading RG1 5AB',
  'Norwich NR2 3HT',
  'Cardiff CF24 4QH',
  'Sheffield S10 2TN',
  'Exeter EX4 6PX',
  'York YO31 7EE',
];
export const US_STREETS2 = ['Cedar Lane', 'Willow Street', 'Highland Avenue', 'Ridgeview Road', 'Birch Terrace'];
export const US_TOWNS2 = [
  'Seattle, WA 98103',
  'Denver, CO 80205',
  'Columbus, OH 43215',
  'Raleigh, NC 27601',
  'Tucson, AZ 85719',
];

/** Firms in letterheads and signatures (not personal data). */
export const FIRMS = [
  'Rheinblick Facility Services GmbH',
  'Weserland Versicherung AG',
  'Havelkamp Immobilienverwaltung GmbH & Co. KG',
  'Ostsee Dental MVZ GmbH',
  'Ironbridge Components Ltd',
  'Saltmarsh & Pryce Solicitors LLP',
  'Clearwater Payroll Services Ltd',
  'Kiefer Elektrotechnik e.K.',
];
/** Towns that head letters ("Bielefeld, 3. März 2026") and appear beside dates: not addresses of people. */
export const LETTER_TOWNS = ['Bielefeld', 'Erfurt', 'Rostock', 'Augsburg', 'Leeds', 'Swindon', 'Kassel', 'Münster'];
