import { namesInConfigComments } from '../../../nodes/core/privacy/names-config-comments.js';
import { namesInClubChat } from '../../../nodes/core/privacy/names-club-chat.js';
import { has, hasNone, personSpans } from '../../support/person-spans.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

describe('round 39: names in configuration comments and club talk; clubs and teams are no names', () => {
  it('reads a person after a cue in a config comment', () => {
    has(personSpans('[remote]\n; Fernwartung nur von zu Hause aus Quirelle\nallow=198.51.100.7\n'), 'Quirelle');
    has(personSpans('[remote]\n; remote maintenance only from home of Tembeladu\nallow=198.51.100.8\n'), 'Tembeladu');
    const onCall = personSpans(
      'ALERT_URL=https://alerts.example/send\n# on call: Orlane Vasquiel / Bruno Tettamanzi\n',
    );
    has(onCall, 'Orlane Vasquiel');
    has(onCall, 'Bruno Tettamanzi');
    has(
      personSpans('[streaming]\n# hall laptop, belongs to Rangi-Moana Tāwhiri\ncam ansible_host=198.51.100.9\n'),
      'Rangi-Moana Tāwhiri',
    );
    has(
      personSpans('DB_HOST=db.internal\n# Ansprechpartnerin bei Störungen: Hedda Quellmann-Rohr, 0172 5550 1234\n'),
      'Hedda Quellmann-Rohr',
    );
    const lookAlikes = personSpans(
      '# on call: Rotation\n; Fernwartung nur von zu Hause aus Sonntag\n# belongs to Finance\nallow 198.51.100.3;  # Main Gate\n',
    );
    for (const word of ['Rotation', 'Finance', 'Main Gate']) hasNone(lookAlikes, word);
  });

  it("reads an allow-list entry's trailing comment that is a full name, and a home-marked value", () => {
    const allow = personSpans(
      'location /admin {\n  allow 198.51.100.4;  # Tessaly Vornholt\n  allow 198.51.100.5;  # Idris Quamberlain (timing)\n  deny all;\n}\n',
    );
    has(allow, 'Tessaly Vornholt');
    has(allow, 'Idris Quamberlain');
    has(personSpans('{"ip": "198.51.100.6", "comment": "Weronika Saltmarsh (home router)"}'), 'Weronika Saltmarsh');
    const own = namesInConfigComments(
      'allow 198.51.100.4;  # Office Printer\n{"comment": "Office (home router)"}\nSun 25 Jan  Mixed v Kingsbridge (home) 14:00\nKaufvertrag (privat)',
    );
    if (own.length) throw new Error(`no person expected, got ${JSON.stringify(own)}`);
  });

  it('reads lone given names in club chat', () => {
    has(personSpans('06.03.26, 18:44 - Coach: Wir nehmen Elodie und Tjarko mit 🚗'), 'Elodie');
    has(personSpans('06.03.26, 18:44 - Coach: Wir nehmen Elodie und Tjarko mit 🚗'), 'Tjarko');
    has(personSpans('[09:12] Margit Oldenstedt: Kurzes Update zu Liesbeth: Bänderriss, Pause bis April.'), 'Liesbeth');
    has(personSpans("morning all – Oriane's mum called, she's out for two weeks"), 'Oriane');
    has(personSpans("welfare mobile is 07700 900 123 (Tamsin's own phone until the club one arrives)"), 'Tamsin');
    const chat = namesInClubChat(
      "Monday's session is off. Referred on. Deckhand's own phone: 0170. Update zu Training: fällt aus. Wir nehmen Bälle mit.",
    );
    if (chat.length) throw new Error(`no person expected, got ${JSON.stringify(chat)}`);
  });

  it('reads a name after a club role', () => {
    has(
      personSpans('Erstversorgung durch Übungsleiter Gerolf Vantrimpe, Transport in die Klinik.'),
      'Gerolf Vantrimpe',
    );
    has(personSpans('Complaint: coach Anna Brekvold v. the club, filed 3 May.'), 'Anna Brekvold');
  });

  it('takes teams, clubs and events for no people', () => {
    const fixtures = personSpans(
      'Fixtures – Round 4\n\n10:00  Lakeside Falcons v Northgate Comets (Court 2)\n11:30  Western Gales v Hillcrest Embers (Court 1)\n',
    );
    for (const word of ['Falcons', 'Western Gales', 'Northgate Comets', 'Hillcrest']) hasNone(fixtures, word);
    const clubs = personSpans(
      'Einladung des Schwimmclub Seepferd Uster\nThe Secretary\nHollinwood Lawn Tennis Club\nEvent: Silver Ridge Marathon Expo\nSpiel gegen FC Anna am Sonntag.\n',
    );
    for (const word of ['Seepferd', 'Lawn Tennis', 'Silver Ridge', 'Anna']) hasNone(clubs, word);
    const words = personSpans(
      'Termin: 09:00 Uhr\nHalle: Sporthalle Nord\n14:10 Uhr: Einlass geöffnet\nVolunteer Roster\nRoles: water station\nIntake Form\n\nLocation: Minato-ku, Tokyo',
    );
    for (const word of ['Uhr', 'Halle', 'Roster', 'Roles', 'Form', 'Minato-ku']) hasNone(words, word);
  });

  it('reads long comment lines in linear time', () => {
    const cases: [string, (t: string) => unknown, string][] = [
      ['on-call list', namesInConfigComments, '# on call: Ab Cd / '],
      ['allow comment', namesInConfigComments, 'allow 1.2.3.4; # Ab Cd Ef Gh ('],
      ['home mark', namesInConfigComments, 'Ab Cd Ef (home '],
      ['club chat', namesInClubChat, "Wir nehmen Ab und Cd, Ef's own "],
    ];
    for (const [label, work, unit] of cases)
      assertLinearTime(label, work, repeated(unit, 50_000), repeated(unit, 200_000));
  });
});
