import type { Cmrg } from './random.js';
import { cultures } from './names.js';

/** Where a person of a generated page lives: the phone plan and postal shape of that country. */
export type Country =
  'DE' | 'AT' | 'CH' | 'GB' | 'NL' | 'FR' | 'ES' | 'IT' | 'TR' | 'AE' | 'IN' | 'NG' | 'KE' | 'US' | 'CA' | 'BR' | 'JP';
export const COUNTRIES: readonly Country[] = [
  'DE',
  'DE',
  'DE',
  'AT',
  'CH',
  'GB',
  'NL',
  'FR',
  'ES',
  'IT',
  'TR',
  'AE',
  'IN',
  'NG',
  'KE',
  'US',
  'CA',
  'BR',
  'JP',
];

export interface Person {
  given: string;
  family: string;
  culture: string;
  female: boolean;
  birth: { d: number; m: number; y: number };
  country: Country;
}

/** The women's given names of this set's lists (the first word of a given name decides); the rest are men's. */
const FEMALE = new Set(
  (
    'Tülin Yurdagül Gülfidan Tanses Şahinde Bengisu Shamma Mouza Hessa Mahra Thuraiya Zuwaina Ruqaiya Shinoon Tufool Jokha ' +
    'Zawan Vaishali Sayali Rohini Madhavi Gargi Sharvari Pramila Nanjamma Kempamma Moushumi Nayanmoni Kalpana Rimjhim Tessy ' +
    'Bincy Rinku Sherin Anju Neethu Mobolaji Abosede Titilope Gbemisola Akoth Aoko Thayná Gleice Francinete Joelma Dalvanira ' +
    'Nanami Aoi Shiori Carmela Nunzia Hildegarda Elfryda Aizhan Aruzhan Gulmira Kamila Esupat Ndeshi Elikunda Aikande Ndetaulwa ' +
    'Chikadibia Akunna Ekwutosi Ebelechukwu Udoka Wamaitha Nyawira Wacera Wanjugu Ngendo Ha-neul Mun-yeong Ok-bun Mal-suk ' +
    'Ľubomíra Zdenka Vieroslava Gyöngyike Ibolya Boróka Aurica Domnica Gemmalyn Maricris Jovelyn Neneth Leizl Daoruang Bunsong ' +
    'Chanpen Buaphan Firouzeh Soudabeh Mahin Odile Azelie Odalie Rosalie Nolia Benedikta Ottilia Wiborada Kreszentia Irmingard ' +
    'Ástrós Þórhildur Günel Aytən Səbinə Nərgiz Lamiyə Könül Ñusta Sumaq'
  ).split(' '),
);

export function person(rng: Cmrg): Person {
  const all = cultures();
  const culture = rng.pick(Object.keys(all));
  const c = all[culture];
  const given = rng.pick(c.given);
  const family = rng.pick(c.family);
  const y = rng.int(1948, 2005);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  return {
    given,
    family,
    culture,
    female: FEMALE.has(given.split(' ')[0]),
    birth: { d, m, y },
    country: rng.pick(COUNTRIES),
  };
}

const two = (n: number) => String(n).padStart(2, '0');
const NXX = (rng: Cmrg): string => {
  for (;;) {
    const v = `${rng.int(2, 9)}${rng.digits(2)}`;
    if (v !== '555' && !/^\d11$/.test(v)) return v;
  }
};

/** A mobile (or home line) of the person's country, from ranges real subscribers are given, in that country's written form. */
export function phone(rng: Cmrg, country: Country): string {
  switch (country) {
    case 'DE':
      return rng.chance(0.7)
        ? `+49 ${rng.pick(['151', '152', '157', '160', '162', '170', '171', '172', '173', '175', '176', '177', '178', '179'])} ${rng.int(1, 9)}${rng.digits(6)}`
        : `${rng.pick(['069', '089', '0211', '040', '0711'])} ${rng.int(2, 9)}${rng.digits(6)}`;
    case 'AT':
      return `+43 ${rng.pick(['664', '676', '699', '650'])} ${rng.int(1, 9)}${rng.digits(6)}`;
    case 'CH':
      return `+41 ${rng.pick(['76', '77', '78', '79'])} ${rng.int(2, 9)}${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`;
    case 'GB':
      return `+44 ${rng.pick(['74', '75', '78', '79'])}${rng.digits(2)} ${rng.int(1, 9)}${rng.digits(5)}`;
    case 'NL':
      return `+31 6 ${rng.int(1, 5)}${rng.digits(7)}`;
    case 'FR':
      return `+33 ${rng.pick(['6', '7'])} ${rng.int(1, 9)}${rng.digits(1)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`.replace(
        /^\+33 7 [12]/,
        '+33 7 5',
      );
    case 'ES':
      return `+34 6${rng.digits(2)} ${rng.digits(3)} ${rng.digits(3)}`;
    case 'IT':
      return `+39 3${rng.int(2, 9)}${rng.digits(1)} ${rng.digits(3)} ${rng.digits(4)}`;
    case 'TR':
      return `+90 5${rng.int(0, 5)}${rng.digits(1)} ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`;
    case 'AE':
      return `+971 ${rng.pick(['50', '52', '54', '55', '56', '58'])} ${rng.int(2, 9)}${rng.digits(2)} ${rng.digits(4)}`;
    case 'IN':
      return `+91 ${rng.int(6, 9)}${rng.digits(4)} ${rng.digits(5)}`;
    case 'NG':
      return `+234 ${rng.pick(['803', '806', '813', '816', '703', '706', '905', '807'])} ${rng.digits(3)} ${rng.digits(4)}`;
    case 'KE':
      return `+254 7${rng.int(0, 2)}${rng.digits(1)} ${rng.digits(3)} ${rng.digits(3)}`;
    case 'US':
      return `+1 ${rng.pick(['212', '415', '617', '713', '303', '206'])}-${NXX(rng)}-${rng.digits(4)}`;
    case 'CA':
      return `+1 ${rng.pick(['416', '604', '514', '403', '613'])}-${NXX(rng)}-${rng.digits(4)}`;
    case 'BR':
      return `+55 ${rng.pick(['11', '21', '31', '61'])} 9${rng.int(6, 9)}${rng.digits(3)}-${rng.digits(4)}`;
    case 'JP':
      return `+81 ${rng.pick(['90', '80', '70'])}-${rng.int(1, 9)}${rng.digits(3)}-${rng.digits(4)}`;
  }
}

/** A home address in the person's country: [street line, town line]. */
export function address(rng: Cmrg, country: Country): [string, string] {
  const n = rng.int(1, 148);
  switch (country) {
    case 'DE': {
      const [plz, town] = rng.pick([
        ['60528', 'Frankfurt am Main'],
        ['65451', 'Kelsterbach'],
        ['85356', 'Freising'],
        ['40474', 'Düsseldorf'],
        ['12529', 'Schönefeld'],
        ['22335', 'Hamburg'],
        ['70629', 'Stuttgart'],
        ['51147', 'Köln'],
        ['01109', 'Dresden'],
        ['90411', 'Nürnberg'],
      ]);
      return [
        `${rng.pick(['Kranichweg', 'Am Rollfeld', 'Zeppelinstraße', 'Lilienthalstraße', 'Hangarstraße', 'Mörfelder Landstraße', 'Birkenallee', 'Flughafenring', 'Heideweg'])} ${n}`,
        `${plz} ${town}`,
      ];
    }
    case 'AT': {
      const [plz, town] = rng.pick([
        ['1300', 'Schwechat'],
        ['5020', 'Salzburg'],
        ['6020', 'Innsbruck'],
        ['8073', 'Feldkirchen bei Graz'],
        ['4063', 'Hörsching'],
      ]);
      return [
        `${rng.pick(['Ebreichsdorfer Gasse', 'Himmelhofweg', 'Alpenstraße', 'Kirchengasse'])} ${n}`,
        `${plz} ${town}`,
      ];
    }
    case 'CH': {
      const [plz, town] = rng.pick([
        ['8302', 'Kloten'],
        ['8152', 'Glattbrugg'],
        ['1215', 'Genève 15 Aéroport'],
        ['4123', 'Allschwil'],
        ['8058', 'Zürich-Flughafen'],
      ]);
      return [
        `${rng.pick(['Schaffhauserstrasse', 'Dorfstrasse', 'Chemin des Ailes', 'Obstgartenweg'])} ${n}`,
        `${plz} ${town}`,
      ];
    }
    case 'GB': {
      const [pc, town] = rng.pick([
        ['TW6 2GA', 'Hounslow'],
        ['RH6 0JH', 'Horley'],
        ['M22 5PL', 'Manchester'],
        ['LU2 9LY', 'Luton'],
        ['B26 3QJ', 'Birmingham'],
      ]);
      return [
        `${n} ${rng.pick(['Bath Road', 'Cranford Lane', 'Brighton Road', 'Shadowmoss Road', 'Airport Way'])}`,
        `${town} ${pc}`,
      ];
    }
    case 'NL': {
      const [pc, town] = rng.pick([
        ['2132 LS', 'Hoofddorp'],
        ['1187 DX', 'Amstelveen'],
        ['5657 EA', 'Eindhoven'],
        ['3045 AP', 'Rotterdam'],
      ]);
      return [`${rng.pick(['Kruisweg', 'Graan voor Visch', 'Oude Meer', 'Fokkerlaan'])} ${n}`, `${pc} ${town}`];
    }
    case 'FR': {
      const [pc, town] = rng.pick([
        ['95700', 'Roissy-en-France'],
        ['94390', 'Orly'],
        ['31700', 'Blagnac'],
        ['69125', 'Colombier-Saugnieu'],
      ]);
      return [
        `${n} ${rng.pick(['rue de la Haye', 'avenue des Aviateurs', 'chemin des Cerisiers', 'rue Clément Ader'])}`,
        `${pc} ${town}`,
      ];
    }
    case 'ES': {
      const [pc, town] = rng.pick([
        ['28042', 'Madrid'],
        ['08820', 'El Prat de Llobregat'],
        ['29004', 'Málaga'],
        ['07611', 'Palma'],
      ]);
      return [
        `Calle ${rng.pick(['de la Aviación', 'Ribera del Loira', 'Santa Eulalia', 'de los Pilotos'])} ${n}`,
        `${pc} ${town}`,
      ];
    }
    case 'IT': {
      const [pc, town] = rng.pick([
        ['00054', 'Fiumicino'],
        ['21010', 'Ferno'],
        ['80144', 'Napoli'],
        ['30173', 'Venezia Tessera'],
      ]);
      return [
        `Via ${rng.pick(['dell’Aeroporto', 'Portuense', 'Giuseppe Verdi', 'degli Ulivi'])} ${n}`,
        `${pc} ${town}`,
      ];
    }
    case 'TR': {
      const [pc, town] = rng.pick([
        ['34283', 'Arnavutköy/İstanbul'],
        ['34912', 'Pendik/İstanbul'],
        ['07230', 'Muratpaşa/Antalya'],
        ['06790', 'Etimesgut/Ankara'],
      ]);
      return [
        `${rng.pick(['Havalimanı Cad.', 'Lale Sok.', 'Atatürk Bulvarı', 'Gökyüzü Sok.'])} No: ${n}`,
        `${pc} ${town}`,
      ];
    }
    case 'AE':
      return [
        `Villa ${n}, ${rng.pick(['Al Garhoud', 'Mirdif', 'Al Qusais', 'Khalifa City A'])}`,
        `P.O. Box ${rng.int(10000, 99999)}, ${rng.pick(['Dubai', 'Abu Dhabi'])}`,
      ];
    case 'IN': {
      const [pin, town] = rng.pick([
        ['411014', 'Pune'],
        ['560017', 'Bengaluru'],
        ['400099', 'Mumbai'],
        ['110037', 'New Delhi'],
        ['682001', 'Kochi'],
      ]);
      return [
        `Flat ${n}, ${rng.pick(['Skyline Residency', 'Runway Heights', 'Sai Krupa Apartments', 'Green Meadows'])}`,
        `${town} ${pin}`,
      ];
    }
    case 'NG':
      return [
        `${n} ${rng.pick(['Obafemi Awolowo Way', 'Ikeja GRA Road', 'Allen Avenue', 'Ago Palace Way'])}`,
        `Lagos ${rng.pick(['100271', '100281', '101233'])}`,
      ];
    case 'KE':
      return [
        `House ${n}, ${rng.pick(['Mombasa Road', 'Embakasi Estate', 'Lang’ata Road'])}`,
        `P.O. Box ${rng.int(1000, 99999)}-00${rng.pick(['100', '501', '200'])} Nairobi`,
      ];
    case 'US':
      return [
        `${rng.int(1000, 9899)} ${rng.pick(['Aviation Blvd', 'Maple Street', 'Cedar Lane', 'Lindbergh Drive'])}`,
        `${rng.pick(['Houston, TX 77032', 'Denver, CO 80249', 'Seattle, WA 98188', 'Jamaica, NY 11430'])}`,
      ];
    case 'CA':
      return [
        `${rng.int(1000, 9899)} ${rng.pick(['rue Saint-Denis', 'Airport Road', 'Dixie Road'])}`,
        `${rng.pick(['Montréal QC H2J 2L1', 'Mississauga ON L5T 1B2', 'Richmond BC V7B 1Y7'])}`,
      ];
    case 'BR':
      return [
        `Rua ${rng.pick(['dos Aviadores', 'Santos Dumont', 'das Palmeiras'])}, ${n}`,
        `${rng.pick(['São Paulo - SP, 04626-911', 'Guarulhos - SP, 07190-100', 'Rio de Janeiro - RJ, 21941-900'])}`,
      ];
    case 'JP':
      return [
        `${rng.int(1, 5)}-${rng.int(1, 30)}-${rng.int(1, 20)} ${rng.pick(['Haneda', 'Kamata', 'Narita', 'Tokoname'])}`,
        `${rng.pick(['Ota-ku, Tokyo 144-0041', 'Narita, Chiba 286-0117', 'Tokoname, Aichi 479-0881'])}`,
      ];
  }
}

/** A free-mail or own-domain mailbox of the person, in plain ASCII letters. */
export function mailbox(rng: Cmrg, p: Person): string {
  const ascii = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[ıİ]/g, 'i')
      .replace(/[şŞ]/g, 's')
      .replace(/[ğĞ]/g, 'g')
      .replace(/ə/g, 'e')
      .replace(/ð/gi, 'd')
      .replace(/þ/gi, 'th')
      .replace(/æ/gi, 'ae')
      .replace(/ø/gi, 'o')
      .replace(/ł/gi, 'l')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase();
  const g = ascii(p.given.split(' ')[0]);
  const f = ascii(p.family);
  const local = rng.pick([`${g}.${f}`, `${g[0]}.${f}`, `${f}.${g}`, `${g}${f}${rng.int(1, 99)}`, `${g}_${f}`]);
  return `${local}@${rng.pick(['gmail.com', 'outlook.com', 'gmx.de', 'web.de', 'yahoo.co.uk', 'icloud.com', 'proton.me', 'bluewin.ch', 'gmx.at', 'hotmail.com'])}`;
}

export const isoDate = (b: Person['birth']): string => `${b.y}-${two(b.m)}-${two(b.d)}`;
export const dottedDate = (b: Person['birth']): string => `${two(b.d)}.${two(b.m)}.${b.y}`;
