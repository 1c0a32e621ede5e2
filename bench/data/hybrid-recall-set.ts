/**
 * A labelled retrieval set for the hybrid-recall bench, written for it: the knowledge base of a
 * made-up pump maker (German and English), with near-duplicate product sheets that differ in
 * their codes, HR and contract rules full of German compounds, an IT handbook in English, and
 * people by name. Each question names the one document that answers it.
 *
 * `tune` questions were the only ones looked at while choosing the encoder's settings; `heldOut`
 * questions were written at the same time but not run until the settings were fixed.
 */

export interface LabelledDocument {
  id: string;
  text: string;
}

export interface LabelledQuestion {
  question: string;
  /** The id of the document that answers it. */
  answer: string;
  /** What makes it hard: an exact code, a name, a German compound, or a paraphrase. */
  kind: 'code' | 'name' | 'compound' | 'paraphrase';
}

export const DOCUMENTS: LabelledDocument[] = [
  // Product sheets: same words, different codes and figures.
  {
    id: 'kp-700',
    text: 'Datenblatt Kreiselpumpe KP-700: Förderstrom 30 m³/h, Förderhöhe 42 m, Motorleistung 5,5 kW. Gehäuse aus Grauguss, Laufrad aus Bronze. Geeignet für Kühlwasserkreisläufe.',
  },
  {
    id: 'kp-711',
    text: 'Datenblatt Kreiselpumpe KP-711: Förderstrom 45 m³/h, Förderhöhe 38 m, Motorleistung 7,5 kW. Gehäuse aus Edelstahl 1.4408, Laufrad aus Edelstahl. Geeignet für Trinkwasser.',
  },
  {
    id: 'kp-722',
    text: 'Datenblatt Kreiselpumpe KP-722: Förderstrom 60 m³/h, Förderhöhe 55 m, Motorleistung 11 kW. Gehäuse aus Grauguss, Laufrad aus Grauguss. Geeignet für Löschwasseranlagen.',
  },
  {
    id: 'kp-733',
    text: 'Datenblatt Kreiselpumpe KP-733: Förderstrom 80 m³/h, Förderhöhe 31 m, Motorleistung 11 kW. Gehäuse aus Sphäroguss, Laufrad aus Bronze. Geeignet für Bewässerung in der Landwirtschaft.',
  },
  {
    id: 'kp-744',
    text: 'Datenblatt Kreiselpumpe KP-744: Förderstrom 120 m³/h, Förderhöhe 24 m, Motorleistung 15 kW. Gehäuse aus Edelstahl 1.4571, Laufrad aus Duplexstahl. Geeignet für Meerwasser.',
  },
  {
    id: 'xr-2000',
    text: 'Product sheet XR-2000 submersible pump: flow rate 18 m³/h, head 22 m, power 2.2 kW, cable length 10 m. Stainless steel housing, for drainage of construction pits.',
  },
  {
    id: 'xr-2100',
    text: 'Product sheet XR-2100 submersible pump: flow rate 25 m³/h, head 28 m, power 3 kW, cable length 20 m. Stainless steel housing, for wells and cisterns.',
  },
  {
    id: 'xr-2200',
    text: 'Product sheet XR-2200 submersible pump: flow rate 40 m³/h, head 19 m, power 4 kW, cable length 15 m. Cast iron housing with vortex impeller, for sewage with solids up to 50 mm.',
  },
  {
    id: 'dv-50',
    text: 'Membranventil DV-50 für Nennweite DN 50, Druckstufe PN 16, Membran aus EPDM. Handrad oder pneumatischer Antrieb PA-3. Wartungsintervall: Membranwechsel alle 24 Monate.',
  },
  {
    id: 'dv-80',
    text: 'Membranventil DV-80 für Nennweite DN 80, Druckstufe PN 10, Membran aus PTFE für aggressive Medien. Pneumatischer Antrieb PA-5. Wartungsintervall: Membranwechsel alle 12 Monate.',
  },
  {
    id: 'ps-17',
    text: 'Drucksensor PS-17: Messbereich 0 bis 16 bar, Ausgangssignal 4–20 mA, Genauigkeit 0,5 %. Anschluss G1/4. Schutzart IP67. Für die Überwachung des Systemdrucks an Pumpenausgängen.',
  },
  {
    id: 'ts-9',
    text: 'Temperature sensor TS-9: range −40 to 150 °C, Pt100 element, accuracy class A, M12 connector. Monitors bearing temperature of pumps and shuts the motor down above the set limit.',
  },
  {
    id: 'fc-3',
    text: 'Frequency converter FC-3 controls pump speed from 20 to 100 percent, saving up to 40 percent of the energy at part load. Supports Modbus RTU and a 0–10 V setpoint input.',
  },
  // Service and support.
  {
    id: 'repair-process',
    text: 'Reparaturabwicklung: Defekte Pumpen senden Sie mit dem Rücksendeschein und der RMA-Nummer an unser Servicezentrum in Kassel. Ein Kostenvoranschlag folgt innerhalb von fünf Werktagen.',
  },
  {
    id: 'spare-parts',
    text: 'Spare parts for all pumps are kept in stock for ten years after the end of production. Order them in the customer portal by the position number on the exploded drawing.',
  },
  {
    id: 'maintenance-contract',
    text: 'Wartungsvertrag Premium: zwei Inspektionen pro Jahr, Reaktionszeit 24 Stunden, Verschleißteile inklusive. Der Wartungsvertrag Basis umfasst eine Inspektion jährlich ohne Verschleißteile.',
  },
  {
    id: 'hotline',
    text: 'The technical hotline answers on weekdays from 7 am to 6 pm. Outside these hours, customers with a premium maintenance contract reach the on-call engineer through the emergency number.',
  },
  {
    id: 'installation',
    text: 'Installation guide: mount the pump on a level foundation, align the coupling to within 0.05 mm, fill the pump casing with liquid before the first start and never run it dry.',
  },
  // Contracts and legal (German compounds).
  {
    id: 'warranty',
    text: 'Die Gewährleistungsfrist für Neugeräte beträgt 24 Monate ab Lieferung. Verschleißteile wie Gleitringdichtungen und Membranen sind von der Gewährleistung ausgenommen.',
  },
  {
    id: 'notice-period',
    text: 'Die Kündigungsfrist für Wartungsverträge beträgt drei Monate zum Ende des Vertragsjahres. Die Kündigung bedarf der Schriftform.',
  },
  {
    id: 'payment-terms',
    text: 'Zahlungsbedingungen: Rechnungen sind innerhalb von 30 Tagen netto zahlbar, bei Zahlung innerhalb von 10 Tagen gewähren wir 2 % Skonto. Bei Zahlungsverzug berechnen wir Verzugszinsen.',
  },
  {
    id: 'delivery-terms',
    text: 'Lieferbedingungen: Lieferung ab Werk (EXW Kassel). Teillieferungen sind zulässig. Die Lieferzeit für Standardpumpen beträgt zwei Wochen, für Sonderanfertigungen acht bis zwölf Wochen.',
  },
  {
    id: 'liability',
    text: 'Haftungsbeschränkung: Für Folgeschäden und entgangenen Gewinn haften wir nur bei Vorsatz oder grober Fahrlässigkeit. Die Produkthaftung nach dem Produkthaftungsgesetz bleibt unberührt.',
  },
  {
    id: 'privacy-officer',
    text: 'Unsere Datenschutzbeauftragte ist Dr. Anneliese Brückner. Auskunftsersuchen nach Artikel 15 DSGVO richten Sie an datenschutz@example.com; wir antworten innerhalb eines Monats.',
  },
  // HR (German).
  {
    id: 'vacation',
    text: 'Urlaubsanspruch: Vollzeitbeschäftigte erhalten 30 Urlaubstage im Jahr. Resturlaub muss bis zum 31. März des Folgejahres genommen werden, sonst verfällt er.',
  },
  {
    id: 'sick-leave',
    text: 'Krankmeldung: Melden Sie sich am ersten Krankheitstag vor Dienstbeginn bei Ihrer Führungskraft. Ab dem dritten Kalendertag ist eine Arbeitsunfähigkeitsbescheinigung erforderlich.',
  },
  {
    id: 'working-time',
    text: 'Arbeitszeiterfassung: Beginn und Ende der Arbeitszeit erfassen Sie im Zeiterfassungsterminal am Eingang oder in der App. Die Kernarbeitszeit ist von 9 bis 15 Uhr.',
  },
  {
    id: 'home-office',
    text: 'Mobiles Arbeiten ist nach der Betriebsvereinbarung an bis zu drei Tagen pro Woche möglich. Voraussetzung ist die Zustimmung der Führungskraft und ein geeigneter Arbeitsplatz.',
  },
  {
    id: 'travel-expenses',
    text: 'Reisekostenabrechnung: Reichen Sie Belege innerhalb von sechs Monaten nach der Reise ein. Die Verpflegungspauschale beträgt 14 Euro ab acht Stunden Abwesenheit und 28 Euro für volle Tage.',
  },
  {
    id: 'company-car',
    text: 'Dienstwagenregelung: Außendienstmitarbeiter erhalten einen Dienstwagen, der auch privat genutzt werden darf. Die private Nutzung wird mit der Ein-Prozent-Regelung versteuert.',
  },
  {
    id: 'training',
    text: 'Weiterbildung: Jede Mitarbeiterin und jeder Mitarbeiter hat Anspruch auf fünf Bildungsurlaubstage pro Jahr. Anträge stellen Sie über das Personalportal.',
  },
  // IT handbook (English).
  {
    id: 'vpn',
    text: 'To connect to the company network from home, start the VPN client and sign in with your user name and a one-time code from the authenticator app. The VPN disconnects after 12 hours.',
  },
  {
    id: 'password-policy',
    text: 'Passwords must have at least 14 characters and are never changed on a schedule, only when there is a reason to believe they are compromised. Reusing a password of another service is not allowed.',
  },
  {
    id: 'laptop-loss',
    text: 'If your laptop is lost or stolen, call the IT service desk at extension 4444 immediately so the device can be locked and wiped remotely, then report the theft to the police.',
  },
  {
    id: 'printer',
    text: 'Printing: send jobs to the queue FollowMe and release them at any printer with your badge. Colour printing is limited to 200 pages a month per person.',
  },
  {
    id: 'backup-policy',
    text: 'File shares are backed up every night and kept for 90 days. To restore a deleted file, open a ticket with the path and the date; restores take up to one working day.',
  },
  // People.
  {
    id: 'ceo',
    text: 'Geschäftsführer der Firma ist Matthias Oberländer. Er leitet das Unternehmen seit 2015 und verantwortet Vertrieb und Strategie.',
  },
  {
    id: 'head-of-service',
    text: 'Jonas Oyelaran heads customer service. His team of twelve engineers handles repairs, commissioning and the technical hotline across Europe.',
  },
  {
    id: 'works-council',
    text: 'Vorsitzende des Betriebsrats ist Svetlana Kowalczyk. Sprechstunden des Betriebsrats finden dienstags von 13 bis 15 Uhr in Raum B 2.14 statt.',
  },
  {
    id: 'safety-officer',
    text: 'Our occupational safety specialist is Priya Raghunathan. She runs the yearly safety briefing and must be told about every accident at work within 24 hours.',
  },
];

/** Questions looked at while choosing the encoder's settings. */
export const TUNE: LabelledQuestion[] = [
  { question: 'Welche Förderhöhe hat die KP-722?', answer: 'kp-722', kind: 'code' },
  { question: 'Motorleistung KP-744', answer: 'kp-744', kind: 'code' },
  { question: 'Aus welchem Material ist das Gehäuse der KP-711?', answer: 'kp-711', kind: 'code' },
  { question: 'What is the cable length of the XR-2100?', answer: 'xr-2100', kind: 'code' },
  { question: 'XR-2200 solids', answer: 'xr-2200', kind: 'code' },
  { question: 'Wie oft muss beim DV-80 die Membran gewechselt werden?', answer: 'dv-80', kind: 'code' },
  { question: 'Messbereich PS-17', answer: 'ps-17', kind: 'code' },
  { question: 'Which connector does the TS-9 have?', answer: 'ts-9', kind: 'code' },
  { question: 'FC-3 Modbus', answer: 'fc-3', kind: 'code' },
  { question: 'Welcher Antrieb gehört zum DV-50?', answer: 'dv-50', kind: 'code' },
  { question: 'Who is Jonas Oyelaran?', answer: 'head-of-service', kind: 'name' },
  { question: 'Was macht Matthias Oberländer?', answer: 'ceo', kind: 'name' },
  { question: 'Wann hat Frau Kowalczyk Sprechstunde?', answer: 'works-council', kind: 'name' },
  { question: 'Priya Raghunathan', answer: 'safety-officer', kind: 'name' },
  { question: 'Wie lang ist die Kündigungsfrist?', answer: 'notice-period', kind: 'compound' },
  { question: 'Gewährleistungsfrist Neugeräte', answer: 'warranty', kind: 'compound' },
  { question: 'Wie hoch ist die Verpflegungspauschale?', answer: 'travel-expenses', kind: 'compound' },
  { question: 'Ab wann brauche ich eine Arbeitsunfähigkeitsbescheinigung?', answer: 'sick-leave', kind: 'compound' },
  { question: 'Wer ist Datenschutzbeauftragte?', answer: 'privacy-officer', kind: 'compound' },
  { question: 'Wie funktioniert die Arbeitszeiterfassung?', answer: 'working-time', kind: 'compound' },
  { question: 'Dienstwagen private Nutzung Steuer', answer: 'company-car', kind: 'compound' },
  { question: 'Wie viele Bildungsurlaubstage gibt es?', answer: 'training', kind: 'compound' },
  { question: 'Frist für Resturlaub', answer: 'vacation', kind: 'compound' },
  { question: 'Was gilt für Folgeschäden?', answer: 'liability', kind: 'compound' },
  { question: 'Skonto bei schneller Zahlung', answer: 'payment-terms', kind: 'compound' },
  { question: 'Wie lange dauert die Lieferung einer Sonderanfertigung?', answer: 'delivery-terms', kind: 'compound' },
  { question: 'How long are spare parts available?', answer: 'spare-parts', kind: 'paraphrase' },
  { question: 'When can I call the hotline?', answer: 'hotline', kind: 'paraphrase' },
  { question: 'How long must a password be?', answer: 'password-policy', kind: 'paraphrase' },
  { question: 'My notebook was stolen, what do I do?', answer: 'laptop-loss', kind: 'paraphrase' },
  { question: 'How do I print in colour?', answer: 'printer', kind: 'paraphrase' },
  { question: 'How do I get a deleted file back?', answer: 'backup-policy', kind: 'paraphrase' },
  { question: 'How do I work from home on the company network?', answer: 'vpn', kind: 'paraphrase' },
  { question: 'Wo schicke ich eine defekte Pumpe hin?', answer: 'repair-process', kind: 'paraphrase' },
  { question: 'Was ist im Premium-Wartungsvertrag enthalten?', answer: 'maintenance-contract', kind: 'paraphrase' },
  { question: 'How do I align the coupling?', answer: 'installation', kind: 'paraphrase' },
  { question: 'Wie viele Tage darf ich mobil arbeiten?', answer: 'home-office', kind: 'paraphrase' },
  { question: 'Which pump is suitable for seawater?', answer: 'kp-744', kind: 'paraphrase' },
  { question: 'Welche Pumpe eignet sich für Löschwasser?', answer: 'kp-722', kind: 'paraphrase' },
  { question: 'pump for draining a construction pit', answer: 'xr-2000', kind: 'paraphrase' },
];

/** Questions not run until the settings were fixed. */
export const HELD_OUT: LabelledQuestion[] = [
  { question: 'Förderstrom der KP-733', answer: 'kp-733', kind: 'code' },
  { question: 'Laufrad KP-700', answer: 'kp-700', kind: 'code' },
  { question: 'Leistung des Motors der KP-711?', answer: 'kp-711', kind: 'code' },
  { question: 'XR-2000 power', answer: 'xr-2000', kind: 'code' },
  { question: 'What head does the XR-2200 reach?', answer: 'xr-2200', kind: 'code' },
  { question: 'DV-50 Druckstufe', answer: 'dv-50', kind: 'code' },
  { question: 'Ausgangssignal des PS-17', answer: 'ps-17', kind: 'code' },
  { question: 'TS-9 accuracy', answer: 'ts-9', kind: 'code' },
  { question: 'Membran DV-80 Material', answer: 'dv-80', kind: 'code' },
  { question: 'Dr. Brückner', answer: 'privacy-officer', kind: 'name' },
  { question: 'Oyelaran team size', answer: 'head-of-service', kind: 'name' },
  { question: 'Seit wann ist Oberländer Geschäftsführer?', answer: 'ceo', kind: 'name' },
  { question: 'Whom do I tell about an accident at work?', answer: 'safety-officer', kind: 'paraphrase' },
  { question: 'Betriebsratsvorsitzende', answer: 'works-council', kind: 'compound' },
  { question: 'Kündigung Wartungsvertrag Schriftform', answer: 'notice-period', kind: 'compound' },
  { question: 'Sind Gleitringdichtungen von der Gewährleistung ausgenommen?', answer: 'warranty', kind: 'compound' },
  { question: 'Reisekosten Belege einreichen', answer: 'travel-expenses', kind: 'compound' },
  { question: 'Krankheitstag melden', answer: 'sick-leave', kind: 'compound' },
  { question: 'Kernarbeitszeit', answer: 'working-time', kind: 'compound' },
  { question: 'Urlaubstage Vollzeit', answer: 'vacation', kind: 'compound' },
  { question: 'Verzugszinsen', answer: 'payment-terms', kind: 'compound' },
  { question: 'Teillieferungen zulässig?', answer: 'delivery-terms', kind: 'compound' },
  { question: 'Produkthaftungsgesetz', answer: 'liability', kind: 'compound' },
  { question: 'Betriebsvereinbarung mobiles Arbeiten', answer: 'home-office', kind: 'compound' },
  { question: 'Reaktionszeit Wartung', answer: 'maintenance-contract', kind: 'compound' },
  { question: 'How long do you keep backups?', answer: 'backup-policy', kind: 'paraphrase' },
  { question: 'How often do I have to change my password?', answer: 'password-policy', kind: 'paraphrase' },
  { question: 'The VPN keeps dropping after a working day', answer: 'vpn', kind: 'paraphrase' },
  { question: 'Who answers outside office hours?', answer: 'hotline', kind: 'paraphrase' },
  { question: 'Wie lange dauert ein Kostenvoranschlag?', answer: 'repair-process', kind: 'paraphrase' },
  { question: 'How do I order a replacement part?', answer: 'spare-parts', kind: 'paraphrase' },
  { question: 'What must I do before starting the pump the first time?', answer: 'installation', kind: 'paraphrase' },
  { question: 'How much energy does speed control save?', answer: 'fc-3', kind: 'paraphrase' },
  { question: 'Pumpe für Trinkwasser', answer: 'kp-711', kind: 'paraphrase' },
];

/**
 * Distractors, as a real catalogue has them: many sheets in the same words with other codes and
 * figures (deterministic). No question is about them; they make codes and near-duplicates count.
 */
export function distractors(count: number): LabelledDocument[] {
  let seed = 12345;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const materials = ['Grauguss', 'Edelstahl 1.4408', 'Sphäroguss', 'Bronze', 'Duplexstahl', 'Edelstahl 1.4571'];
  const uses = ['Kühlwasser', 'Trinkwasser', 'Heizungswasser', 'Bewässerung', 'Prozesswasser', 'Abwasser'];
  const englishUses = ['drainage', 'wells', 'sewage', 'rainwater', 'process water', 'cooling water'];
  const out: LabelledDocument[] = [];
  const taken = new Set(DOCUMENTS.map((d) => d.id));
  for (let i = 0; out.length < count; i++) {
    const kind = i % 4;
    let id: string;
    let text: string;
    if (kind === 0) {
      id = `kp-${800 + next(200)}`;
      text = `Datenblatt Kreiselpumpe ${id.toUpperCase()}: Förderstrom ${10 + next(150)} m³/h, Förderhöhe ${10 + next(60)} m, Motorleistung ${1 + next(30)} kW. Gehäuse aus ${materials[next(6)]}, Laufrad aus ${materials[next(6)]}. Geeignet für ${uses[next(6)]}.`;
    } else if (kind === 1) {
      id = `xr-${3000 + next(900)}`;
      text = `Product sheet ${id.toUpperCase()} submersible pump: flow rate ${5 + next(60)} m³/h, head ${5 + next(40)} m, power ${1 + next(10)} kW, cable length ${5 + next(30)} m. Stainless steel housing, for ${englishUses[next(6)]}.`;
    } else if (kind === 2) {
      id = `dv-${100 + next(150)}`;
      text = `Membranventil ${id.toUpperCase()} für Nennweite DN ${15 + next(150)}, Druckstufe PN ${[6, 10, 16, 25][next(4)]}, Membran aus ${['EPDM', 'PTFE', 'FKM'][next(3)]}. Pneumatischer Antrieb PA-${1 + next(9)}. Wartungsintervall: Membranwechsel alle ${[6, 12, 24, 36][next(4)]} Monate.`;
    } else {
      id = `ps-${20 + next(80)}`;
      text = `Drucksensor ${id.toUpperCase()}: Messbereich 0 bis ${[4, 10, 16, 25, 40][next(5)]} bar, Ausgangssignal ${['4–20 mA', '0–10 V'][next(2)]}, Genauigkeit ${[0.25, 0.5, 1][next(3)]} %. Schutzart IP${[65, 67, 68][next(3)]}. Für die Überwachung des Systemdrucks.`;
    }
    if (taken.has(id)) continue;
    taken.add(id);
    out.push({ id, text });
  }
  return out;
}
