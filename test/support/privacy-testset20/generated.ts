import type { TestLabel } from './markup.js';
import {
  addressSpoken,
  alphabetHint,
  asr,
  birthSpoken,
  emailSpoken,
  person,
  phoneSpoken,
  spelled,
  type Country,
  type Person,
} from './people.js';
import { Mt19937 } from './random.js';
import { deNumber, enNumber } from './spoken.js';
import { Transcript, type Part } from './transcript.js';
import { card, cardPrinted, grouped, iban, icaoNumber, pensionNumber, taxId, type IbanCountry } from './values.js';

/**
 * Set 20's generated documents: transcripts of phone calls and voice messages to emergency,
 * rescue, donation and civil-protection services as a speech recogniser writes them (see index.ts
 * for the labelling rules).
 */

interface Generated {
  lang: 'de' | 'en';
  kind: string;
  text: string;
  entities: TestLabel[];
}

const N = (s: string): Part => ['PERSON', s];
const T = (s: string): Part => ['PHONE_NUMBER', s];
const M = (s: string): Part => ['EMAIL_ADDRESS', s];
const H = (s: string): Part => ['POSTAL_ADDRESS', s];
const B = (s: string): Part => ['DATE_OF_BIRTH', s];

interface Ctx {
  rng: Mt19937;
  de: boolean;
  lang: 'de' | 'en';
  country: Country;
  /** An incident or case number: never personal, never labelled. */
  caseNo: string;
}

const full = (c: Ctx, p: Person) => asr(c.rng, `${p.given} ${p.family}`);
const phone = (c: Ctx) => T(phoneSpoken(c.rng, c.country, c.lang));
const addr = (c: Ctx) => H(addressSpoken(c.rng, c.country));
const dob = (c: Ctx, p: Person) => B(birthSpoken(c.rng, p, c.lang));
const mail = (c: Ctx, p: Person) => M(emailSpoken(c.rng, p, c.lang));
const ibanCountry = (c: Ctx): IbanCountry =>
  c.country === 'UK' || c.country === 'US'
    ? 'GB'
    : c.country === 'IE'
      ? 'IE'
      : c.country === 'NL'
        ? 'NL'
        : c.country === 'AT'
          ? 'AT'
          : c.country === 'CH'
            ? 'CH'
            : c.rng.pick(['DE', 'DE', 'LU']);
const ibanSpoken = (c: Ctx) => {
  const v = iban(c.rng, ibanCountry(c));
  return c.rng.chance(0.5) ? grouped(v).toLowerCase() : grouped(v);
};
const pension = (c: Ctx, p: Person) => pensionNumber(c.rng, p.birth, p.family, p.female);

/** The family name spelled after it is said, with a spelling-alphabet hint now and then (unlabelled). */
function spelledName(c: Ctx, p: Person): Part[] {
  const parts: Part[] = [N(asr(c.rng, p.family)), c.de ? ' ~ich buchstabiere ' : " ~that's "];
  parts.push(N(spelled(c.rng, p.family, c.lang)));
  if (c.rng.chance(0.6)) parts.push(` ${alphabetHint(p.family, c.lang)}`);
  return parts;
}

/**
 * A value the speaker starts, breaks off and says again ("kasta- nein kastanienweg …", "oh seven
 * eight no sorry oh seven seven …"): only the value as finally given is labelled.
 */
function corrected(c: Ctx, value: string, type: string): Part[] {
  if (!c.rng.chance(0.5)) return [[type, value]];
  const words = value.split(' ');
  // The abandoned start must stay incomplete: two words of a number written in two digit groups
  // ("0151 82466419") are the whole number, a real value said twice that would need its own label.
  const start =
    type !== 'PHONE_NUMBER' ? `${words[0].slice(0, 5)}-` : words.length > 2 ? words.slice(0, 2).join(' ') : words[0];
  const no = c.de ? c.rng.pick(['nein', 'nee warte', 'ähm nein']) : c.rng.pick(['no sorry', 'sorry', 'no wait']);
  return [`${start} ${no} `, [type, value]];
}

type Kind = (c: Ctx) => Transcript;

const header = (c: Ctx, de: string, en: string) => (c.rng.chance(0.7) ? (c.de ? de : en) : '');

const KINDS: Record<string, Kind> = {
  'emergency-call': (c) => {
    const caller = person(c.rng);
    const patient = person(c.rng);
    const t = new Transcript(
      c.rng,
      c.lang,
      header(c, `notruf 112 leitstelle mitschnitt einsatz ${c.caseNo}`, `999 call record incident ${c.caseNo}`),
    );
    const ls = c.de ? 'Disponent' : 'Call taker';
    const an = c.de ? 'Anrufer' : 'Caller';
    if (c.de) {
      t.say(ls, 'notruf feuerwehr und rettungsdienst ~wo genau ist der notfallort');
      t.say(an, 'ja ~hallo wir sind in der ', addr(c), ' ~erdgeschoss links');
      t.say(ls, 'was ist passiert');
      t.say(
        an,
        'mein ',
        caller.female ? 'mann ' : 'vater ',
        N(asr(c.rng, patient.given)),
        ' ist ~umgefallen er atmet aber ~komisch',
      );
      t.say(ls, 'wie alt ist er ungefähr');
      t.say(an, `~${deNumber(c.rng.int(50, 89))} glaub ich ~geboren ist er am `, dob(c, patient));
      t.say(ls, 'ihr name und eine rückrufnummer bitte');
      t.say(
        an,
        ...spelledName(c, caller),
        ' ~und die nummer ist ',
        ...corrected(c, phoneSpoken(c.rng, c.country, c.lang), 'PHONE_NUMBER'),
      );
      t.say(ls, 'der rettungswagen ist unterwegs ~legen sie nicht auf');
    } else {
      t.say(ls, 'emergency which service ~ambulance ~whats the address of the emergency');
      t.say(an, "~it's ", addr(c), ' ~the house with the blue door');
      t.say(ls, 'tell me exactly what happened');
      t.say(
        an,
        'my ',
        caller.female ? 'husband ' : 'dad ',
        N(asr(c.rng, patient.given)),
        " ~he just collapsed he's breathing but ~not properly",
      );
      t.say(ls, 'do you know his date of birth');
      t.say(an, '~yeah ~', dob(c, patient));
      t.say(ls, "and what's your name and a number we can call you back on");
      t.say(
        an,
        ...spelledName(c, caller),
        ' ~my mobile is ',
        ...corrected(c, phoneSpoken(c.rng, c.country, c.lang), 'PHONE_NUMBER'),
      );
      t.say(ls, "ok help is being arranged ~don't hang up");
    }
    return t;
  },
  'patient-transport-booking': (c) => {
    const p = person(c.rng);
    const t = new Transcript(
      c.rng,
      c.lang,
      header(c, 'krankentransport bestellung telefon', 'patient transport service booking line'),
    );
    if (c.de) {
      t.say('Disposition', 'krankentransport ~guten morgen');
      t.say('Station', '~hier ist die station vier b ~wir brauchen einen liegendtransport für frau ', N(full(c, p)));
      t.say('Disposition', 'geburtsdatum');
      t.say('Station', dob(c, p), ' ~nach hause in die ', addr(c));
      t.say('Disposition', 'ist jemand zu hause ~angehörige');
      t.say('Station', 'die tochter ', N(asr(c.rng, person(c.rng).given)), ' ~unter ', phone(c));
      t.say('Disposition', 'transport morgen zehn uhr ~auftrag ', c.caseNo);
    } else {
      t.say('Booking', 'patient transport ~good morning');
      t.say('Ward', 'hi ~this is ward seven ~we need a stretcher transfer for ', N(full(c, p)));
      t.say('Booking', 'date of birth please');
      t.say('Ward', dob(c, p), ' ~going home to ', addr(c));
      t.say('Booking', 'anyone at home to receive her');
      t.say('Ward', 'her son ', N(asr(c.rng, person(c.rng).given)), ' on ', phone(c));
      t.say('Booking', 'booked for tomorrow ten a m ~job ', c.caseNo);
    }
    return t;
  },
  'blood-donation-voicemail': (c) => {
    const p = person(c.rng);
    const t = new Transcript(
      c.rng,
      c.lang,
      header(c, 'mailbox blutspendedienst neue nachricht', 'donor line voicemail new message'),
    );
    if (c.de)
      t.voicemail(
        'hallo ~hier ist ',
        N(full(c, p)),
        ' ~ich hab einen termin zur blutspende am donnerstag ~und kann leider nicht ~meine freundin ',
        N(full(c, person(c.rng))),
        ' ~würde den termin nehmen ~spendernummer ',
        c.caseNo,
        ' ~geboren am ',
        dob(c, p),
        ' ~rufen sie mich zurück unter ',
        phone(c),
        ' ~danke tschüss',
      );
    else
      t.voicemail(
        "hi ~it's ",
        N(full(c, p)),
        " ~i'm booked in to give blood on thursday ~but i've got a cold ~my friend ",
        N(full(c, person(c.rng))),
        ' ~could take the slot ~my donor number is ',
        c.caseNo,
        ' ~date of birth ',
        dob(c, p),
        ' ~call me back on ',
        phone(c),
        ' ~thanks bye',
      );
    return t;
  },
  'organ-donor-hotline': (c) => {
    const p = person(c.rng);
    const t = new Transcript(
      c.rng,
      c.lang,
      header(c, 'infotelefon organspende gesprächsnotiz automatisch', 'organ donor register helpline transcript'),
    );
    if (c.de) {
      t.say('Beraterin', 'infotelefon organspende ~was kann ich für sie tun');
      t.say('Anruferin', '~ich möchte mich ins register eintragen ~aber online klappt das mit dem ausweis nicht');
      t.say('Beraterin', 'ihr name bitte');
      t.say('Anruferin', N(full(c, p)), ' ~', N(spelled(c.rng, p.given, 'de')));
      t.say('Beraterin', 'und die ausweisnummer');
      t.say('Anruferin', ['DE_ID_CARD', icaoNumber(c.rng, 'id').toLowerCase()], ' ~nein moment ~das ist die alte ~', [
        'DE_ID_CARD',
        icaoNumber(c.rng, 'id'),
      ]);
      t.say('Beraterin', 'geburtsdatum');
      t.say('Anruferin', dob(c, p));
      t.say('Beraterin', 'die bestätigung geht an');
      t.say('Anruferin', mail(c, p));
    } else {
      t.say('Adviser', 'organ donation helpline ~how can i help');
      t.say('Caller', "i'd like to record my decision ~i'm german living here ~the site wants my id card");
      t.say('Adviser', 'can i take your name');
      t.say('Caller', N(full(c, p)), ' ~', N(spelled(c.rng, p.family, 'en')), ` ${alphabetHint(p.family, 'en')}`);
      t.say('Adviser', 'and the card number');
      t.say('Caller', ['DE_ID_CARD', icaoNumber(c.rng, 'id')]);
      t.say('Adviser', 'date of birth');
      t.say('Caller', dob(c, p));
      t.say('Adviser', 'and an email for the confirmation');
      t.say('Caller', mail(c, p));
    }
    return t;
  },
  'missing-person-report': (c) => {
    const caller = person(c.rng);
    const missing = person(c.rng);
    const t = new Transcript(
      c.rng,
      c.lang,
      header(c, `vermisstenanzeige telefonisch vorgang ${c.caseNo}`, `missing person report by phone ref ${c.caseNo}`),
    );
    if (c.de) {
      t.say('Polizei', 'polizei ~was kann ich für sie tun');
      t.say('Anrufer', 'meine schwester ist seit gestern abend weg ~', N(full(c, missing)));
      t.say('Polizei', 'geburtsdatum ihrer schwester');
      t.say('Anrufer', dob(c, missing), ' ~sie wohnt ', addr(c));
      t.say('Polizei', 'hat sie ein handy');
      t.say('Anrufer', 'ja ~', phone(c), ' aber das ist aus');
      t.say('Polizei', 'und sie selbst');
      t.say('Anrufer', N(full(c, caller)), ' ~erreichbar unter ', phone(c));
    } else {
      t.say('Officer', 'police ~how can i help');
      t.say('Caller', "my brother hasn't come home since saturday ~", N(full(c, missing)));
      t.say('Officer', 'and his date of birth');
      t.say('Caller', dob(c, missing), ' ~he lives at ', addr(c));
      t.say('Officer', 'does he have a mobile');
      t.say('Caller', '~', phone(c), ' ~it goes straight to voicemail');
      t.say('Officer', 'and your name');
      t.say('Caller', ...spelledName(c, caller), ' ~you can reach me on ', phone(c));
    }
    return t;
  },
  'lost-and-found-call': (c) => {
    const p = person(c.rng);
    const t = new Transcript(c.rng, c.lang, header(c, 'fundbüro anrufaufzeichnung', 'lost property office call'));
    if (c.de) {
      t.say('Fundbüro', 'fundbüro ~guten tag');
      t.say('Anruferin', 'ich hab auf dem stadtfest meinen rucksack verloren ~schwarz mit ~einer trinkflasche');
      t.say('Fundbüro', 'name und telefon bitte');
      t.say('Anruferin', N(full(c, p)), ' ~', phone(c), ' ~oder per mail ', mail(c, p));
      if (c.rng.chance(0.6))
        t.say(
          'Anruferin',
          '~die kreditkarte war auch drin ~',
          ['CREDIT_CARD', cardPrinted(card(c.rng), ' ')],
          ' ~ist schon gesperrt',
        );
      t.say('Fundbüro', `fundsache nummer ${c.caseNo} ~wir melden uns`);
    } else {
      t.say('Lost property', 'lost property ~hello');
      t.say('Caller', 'i left my wallet at the concert saturday night ~brown leather');
      t.say('Lost property', 'your name and a contact number');
      t.say('Caller', N(full(c, p)), ' ~', phone(c), ' ~or email ', mail(c, p));
      if (c.rng.chance(0.6))
        t.say(
          'Caller',
          '~my credit card was in it too ~',
          ['CREDIT_CARD', cardPrinted(card(c.rng), c.rng.pick([' ', '-']))],
          " ~i've cancelled it",
        );
      t.say('Lost property', `item reference ${c.caseNo} ~we'll be in touch`);
    }
    return t;
  },
  'fire-brigade-roster-voicemail': (c) => {
    const a = person(c.rng);
    const b = person(c.rng);
    const t = new Transcript(
      c.rng,
      c.lang,
      header(c, 'sprachnachricht an wehrführung', 'voicemail to station officer'),
    );
    if (c.de)
      t.voicemail(
        'servus hier ist ',
        N(asr(c.rng, a.given)),
        ' ~wegen dem dienstplan am wochenende ~ich tausch mit ',
        N(full(c, b)),
        ' ~der hat samstag nacht ~seine nummer ist ',
        phone(c),
        ' ~und florian kempten 1/44/1 ist wieder einsatzbereit ~ciao',
      );
    else
      t.voicemail(
        "hiya it's ",
        N(asr(c.rng, a.given)),
        " ~about the rota this weekend ~i'm swapping with ",
        N(full(c, b)),
        ' ~he has saturday night now ~his number is ',
        phone(c),
        ' ~and the pump is back on the run ~cheers',
      );
    return t;
  },
  'mountain-rescue-call': (c) => {
    const p = person(c.rng);
    const q = person(c.rng);
    const t = new Transcript(
      c.rng,
      c.lang,
      header(c, `bergrettung alarmierung ${c.caseNo}`, `mountain rescue callout ${c.caseNo}`),
    );
    if (c.de) {
      t.say('Leitstelle', 'bergrettung ~wo sind sie');
      t.say(
        'Anrufer',
        'am steig unterhalb vom gipfelkreuz ~meine begleiterin ',
        N(full(c, q)),
        ' ~ist abgerutscht ~knöchel',
      );
      t.say('Leitstelle', 'christoph 14 ist informiert ~ihr name und handynummer');
      t.say('Anrufer', N(full(c, p)), ' ~', phone(c), ' ~akku hat noch ~zwanzig prozent');
      t.say('Leitstelle', 'bleiben sie zusammen ~nicht weitergehen');
    } else {
      t.say('Police', "mountain rescue ~what's your location");
      t.say('Caller', 'on the ridge below the summit cairn ~my friend ', N(full(c, q)), ' ~slipped ~her ankle');
      t.say('Police', 'team is being paged ~your name and mobile number');
      t.say('Caller', N(full(c, p)), ' ~', phone(c), ` ~battery is about ${enNumber(c.rng.int(10, 40))} percent`);
      t.say('Police', 'stay together and keep warm');
    }
    return t;
  },
  'sea-rescue-call': (c) => {
    const p = person(c.rng);
    const t = new Transcript(c.rng, c.lang, header(c, 'seenotleitung bremen mitschnitt', 'coastguard operations call'));
    if (c.de) {
      t.say('Seenotleitung', 'seenotleitung ~sprechen sie');
      t.say(
        'Skipper',
        'segelyacht möwe ~wir haben wasser im schiff ~an bord noch ',
        N(full(c, person(c.rng))),
        ' und ',
        N(asr(c.rng, person(c.rng).given)),
      );
      t.say('Seenotleitung', 'name des schiffsführers');
      t.say('Skipper', N(full(c, p)), ' ~handy ', phone(c));
      t.say('Seenotleitung', 'seenotkreuzer läuft aus ~schwimmwesten anlegen');
    } else {
      t.say('Coastguard', 'coastguard ~go ahead');
      t.say(
        'Skipper',
        "yacht kittiwake ~we're taking on water ~with me are ",
        N(full(c, person(c.rng))),
        ' and ',
        N(asr(c.rng, person(c.rng).given)),
      );
      t.say('Coastguard', "skipper's name");
      t.say('Skipper', N(full(c, p)), ' ~mobile ', phone(c));
      t.say('Coastguard', 'lifeboat is launching ~lifejackets on');
    }
    return t;
  },
  'relief-volunteer-signup': (c) => {
    const p = person(c.rng);
    const t = new Transcript(
      c.rng,
      c.lang,
      header(c, 'hotline spontanhelfer hochwasser', 'flood relief volunteer hotline'),
    );
    if (c.de) {
      t.say('Hotline', 'spontanhelfer hotline ~wie heißen sie');
      t.say('Helfer', N(full(c, p)), ' ~', N(spelled(c.rng, p.family, 'de')));
      t.say('Hotline', 'geburtsdatum und anschrift');
      t.say('Helfer', dob(c, p), ' ~', ...corrected(c, addressSpoken(c.rng, c.country), 'POSTAL_ADDRESS'));
      t.say('Hotline', 'mail für die einteilung');
      t.say('Helfer', mail(c, p));
    } else {
      t.say('Hotline', "flood relief volunteer line ~what's your name");
      t.say('Volunteer', N(full(c, p)), ' ~', N(spelled(c.rng, p.family, 'en')));
      t.say('Hotline', 'date of birth and home address');
      t.say('Volunteer', dob(c, p), ' ~', ...corrected(c, addressSpoken(c.rng, c.country), 'POSTAL_ADDRESS'));
      t.say('Hotline', 'email for the rota');
      t.say('Volunteer', mail(c, p));
    }
    return t;
  },
  'steward-briefing-voicemail': (c) => {
    const a = person(c.rng);
    const b = person(c.rng);
    const t = new Transcript(c.rng, c.lang, '');
    if (c.de)
      t.voicemail(
        'hallo ',
        N(asr(c.rng, a.given)),
        ' ~hier ',
        N(full(c, b)),
        ' vom ordnerdienst ~einlass ist um siebzehn uhr ~block c ~ruf mich an ',
        phone(c),
        ' ~oder schreib an ',
        mail(c, b),
      );
    else
      t.voicemail(
        'hi ',
        N(asr(c.rng, a.given)),
        " ~it's ",
        N(full(c, b)),
        ' from stewarding ~gates open at five ~you are on the north stand ~ring me on ',
        phone(c),
        ' ~or email ',
        mail(c, b),
      );
    return t;
  },
  'workplace-accident-report-call': (c) => {
    const p = person(c.rng);
    const t = new Transcript(
      c.rng,
      c.lang,
      header(c, 'unfallmeldung telefonisch berufsgenossenschaft', 'accident reporting line transcript'),
    );
    if (c.de) {
      t.say('Sachbearbeiterin', 'unfallmeldung ~name des verletzten');
      t.say('Sicherheitsfachkraft', N(full(c, p)), ' ~lagerarbeiter ~gabelstapler ~fuß gequetscht');
      t.say('Sachbearbeiterin', 'geburtsdatum und rentenversicherungsnummer');
      t.say('Sicherheitsfachkraft', dob(c, p), ' ~die nummer ist ', ['DE_SOCIAL_SECURITY', pension(c, p)]);
      t.say('Sachbearbeiterin', 'privatanschrift');
      t.say('Sicherheitsfachkraft', addr(c));
    } else {
      t.say('Handler', 'accident line ~injured person');
      t.say(
        'Safety officer',
        N(full(c, p)),
        " ~warehouse operative ~forklift ~foot crushed ~he's a german national on secondment",
      );
      t.say('Handler', 'date of birth and german pension number for the insurer');
      t.say('Safety officer', dob(c, p), ' ~pension number ', ['DE_SOCIAL_SECURITY', pension(c, p)]);
      t.say('Handler', 'home address');
      t.say('Safety officer', addr(c));
    }
    return t;
  },
  'donation-pledge-call': (c) => {
    const p = person(c.rng);
    const t = new Transcript(
      c.rng,
      c.lang,
      header(c, 'spendentelefon katastrophenhilfe', 'disaster appeal donation line'),
    );
    const v = card(c.rng);
    const useCard = c.rng.chance(0.7);
    if (c.de) {
      t.say('Spendentelefon', 'spendentelefon ~danke für ihren anruf ~ihr name');
      t.say('Spender', N(full(c, p)));
      t.say('Spendentelefon', useCard ? 'kartennummer bitte' : 'ihre iban für die lastschrift');
      t.say('Spender', useCard ? ['CREDIT_CARD', cardPrinted(v, ' ')] : ['IBAN_CODE', ibanSpoken(c)]);
      t.say('Spendentelefon', 'spendenquittung an welche adresse');
      t.say('Spender', addr(c));
    } else {
      t.say('Appeal line', 'appeal line ~thank you for calling ~your name');
      t.say('Donor', N(full(c, p)));
      t.say('Appeal line', useCard ? 'the long card number' : 'your iban for the direct debit');
      t.say('Donor', useCard ? ['CREDIT_CARD', cardPrinted(v, ' ')] : ['IBAN_CODE', ibanSpoken(c)]);
      t.say('Appeal line', 'and the address for the receipt');
      t.say('Donor', addr(c));
    }
    return t;
  },
  'volunteer-app-helpdesk': (c) => {
    const p = person(c.rng);
    const ip = `${c.rng.pick(['84', '91', '178', '213', '87'])}.${c.rng.int(1, 254)}.${c.rng.int(0, 254)}.${c.rng.int(1, 254)}`;
    const spoken = c.rng.chance(0.5) ? ip : ip.split('.').join(c.de ? ' punkt ' : ' dot ');
    const t = new Transcript(c.rng, c.lang, header(c, 'it-hotline alarmierungs-app', 'callout app helpdesk'));
    if (c.de) {
      t.say('IT', 'it hotline ~was ist das problem');
      t.say('Helferin', 'die alarm app sagt gesperrt ~ich bin ', N(full(c, p)));
      t.say('IT', 'ihre ip steht hier ~moment ~ist das ', ['IP_ADDRESS', spoken]);
      t.say('Helferin', 'keine ahnung ~bin im wlan zu hause');
      t.say('IT', 'ich entsperre ~die mail geht an ', mail(c, p));
    } else {
      t.say('IT', 'helpdesk ~whats the issue');
      t.say('Volunteer', 'the callout app says account locked ~this is ', N(full(c, p)));
      t.say('IT', 'i can see the logins ~is that you on ', ['IP_ADDRESS', spoken]);
      t.say('Volunteer', 'probably ~home wifi');
      t.say('IT', 'unlocked ~reset link is going to ', mail(c, p));
    }
    return t;
  },
  'deployment-documents-call': (c) => {
    const p = person(c.rng);
    const t = new Transcript(
      c.rng,
      c.lang,
      header(c, 'auslandseinsatz dokumentenabfrage', 'overseas deployment document check'),
    );
    if (c.de) {
      t.say('Personalstelle', 'für den einsatz brauche ich ihre reisepassnummer');
      t.say('Helfer', 'also ', ['DE_PASSPORT', icaoNumber(c.rng, 'passport').toLowerCase()]);
      t.say('Personalstelle', 'und personalausweis falls der pass nicht reicht');
      t.say('Helfer', ['DE_ID_CARD', icaoNumber(c.rng, 'id')]);
      t.say('Personalstelle', 'steuer id für die aufwandsentschädigung');
      t.say('Helfer', ['DE_TAX_ID', taxId(c.rng)], ' ~name wie im pass ', N(full(c, p)));
    } else {
      t.say('Deployment', 'for the team manifest i need your passport number');
      t.say('Volunteer', "it's a german one ~", ['DE_PASSPORT', icaoNumber(c.rng, 'passport')]);
      t.say('Deployment', 'and the german id card as backup');
      t.say('Volunteer', ['DE_ID_CARD', icaoNumber(c.rng, 'id').toLowerCase()]);
      t.say('Deployment', 'name exactly as printed');
      t.say('Volunteer', N(full(c, p)), ' ~date of birth ', dob(c, p));
    }
    return t;
  },
  'expense-claim-call': (c) => {
    const p = person(c.rng);
    const t = new Transcript(
      c.rng,
      c.lang,
      header(c, 'abrechnung ehrenamtspauschale rückruf', 'volunteer expenses callback'),
    );
    if (c.de) {
      t.say('Kasse', 'für die ehrenamtspauschale brauch ich steuer id und iban');
      t.say('Helfer', ['DE_TAX_ID', taxId(c.rng)], ' ~und die iban ', ['IBAN_CODE', ibanSpoken(c)]);
      t.say('Kasse', 'und rentenversicherungsnummer wegen minijob');
      t.say('Helfer', ['DE_SOCIAL_SECURITY', pension(c, p)], ' ~auf ', N(full(c, p)));
    } else {
      t.say('Finance', 'for your mileage claim i need your bank details');
      t.say('Volunteer', ['IBAN_CODE', ibanSpoken(c)], ' ~name on the account ', N(full(c, p)));
      t.say('Finance', 'and for the german office your tax id');
      t.say('Volunteer', ['DE_TAX_ID', taxId(c.rng)]);
    }
    return t;
  },
  'siren-test-announcement': (c) => {
    const t = new Transcript(c.rng, c.lang, header(c, 'ansage warntag', 'public warning test recording'));
    if (c.de)
      t.voicemail(
        'achtung achtung ~hier spricht ihre feuerwehr ~heute um elf uhr findet der probealarm statt ~die sirenen heulen eine minute ~es besteht keine gefahr ~informationen unter warnung punkt bund punkt de',
      );
    else
      t.voicemail(
        'this is a test of the emergency alert system ~at eleven hundred hours the sirens will sound for one minute ~there is no danger ~no action is required ~more at the council website',
      );
    return t;
  },
  'shift-handover-recording': (c) => {
    const t = new Transcript(
      c.rng,
      c.lang,
      header(c, 'schichtübergabe leitstelle aufzeichnung', 'control room shift handover recording'),
    );
    if (c.de) {
      t.say('Schichtführer', 'übergabe ~drei rtw im einsatz ~christoph 29 wegen wetter nicht verfügbar');
      t.say('Disponentin', 'florian kiel 1/46/1 steht in der werkstatt ~ersatz ist 1/46/2');
      t.say('Schichtführer', `einsatz ${c.caseNo} ist abgeschlossen ~sonst ruhig`);
    } else {
      t.say('Supervisor', 'handover ~four ambulances committed ~the helicopter is grounded for weather');
      t.say('Dispatcher', 'station twelve pump is off the run ~cover from station nine');
      t.say('Supervisor', `incident ${c.caseNo} is closed ~otherwise quiet`);
    }
    return t;
  },
};

const COUNTRIES = { de: ['DE', 'DE', 'AT', 'CH'] as Country[], en: ['UK', 'UK', 'IE', 'US', 'NL'] as Country[] };

export function generated(count: number, seed: number): Generated[] {
  const rng = new Mt19937(seed);
  const kinds = Object.entries(KINDS);
  const out: Generated[] = [];
  for (let i = 0; i < count; i++) {
    const lang = i % 2 === 0 ? 'de' : 'en';
    // Pairs of one German and one English document run through the kinds, so every kind has both.
    const [kind, make] = kinds[Math.floor(i / 2) % kinds.length];
    const caseNo = `E-${rng.int(2024, 2026)}-${String(rng.int(0, 999999)).padStart(6, '0')}`;
    const ctx: Ctx = { rng, de: lang === 'de', lang, country: rng.pick(COUNTRIES[lang]), caseNo };
    const t = make(ctx);
    out.push({ lang, kind, text: t.text.trim(), entities: t.entities });
  }
  return out;
}
