/** Hand-written German documents of set 13: retail, e-commerce and consumer services in DE, AT and CH. */
export const HAND_DE: { lang: 'de'; kind: string; source: string }[] = [
  {
    lang: 'de',
    kind: 'retourenschein',
    source: `Retourenschein – Bestellung BST-13004711\nAbsender: ⟪p¦Dölf Schläppi⟫ ist durchgestrichen, richtig: ⟪p¦Rudo Mutasa⟫\n⟪a¦Lärchenweg 14\n97074 Würzburg⟫\nGrund: Farbe weicht ab (Code 03)`,
  },
  {
    lang: 'de',
    kind: 'reklamation-chat',
    source: `[14:02] Kundin: Hallo, mein Toaster (EAN 4006381333931) ist nach 2 Wochen kaputt\n[14:03] Agent: Das tut mir leid! Name und Bestellnummer bitte?\n[14:03] Kundin: ⟪p¦Palesa Mokoena⟫, WEB-13550021, Mail ⟪e¦palesa.mokoena@gmx.de⟫\n[14:05] Agent: Danke Frau ⟪p¦Mokoena⟫, Ersatz geht raus.`,
  },
  {
    lang: 'de',
    kind: 'chargeback-vermerk',
    source: `Interner Vermerk Zahlungsabwicklung\nRückbuchung 89,90 € – Karte ⟪cc¦5555 4342 8193 7309⟫, Inhaber lt. Bank: ⟪p¦Ganbold Tserendorj⟫\nWiderspruch eingelegt, Zustellnachweis 1Z13A0049921 beigefügt.`,
  },
  {
    lang: 'de',
    kind: 'marktplatz-verkaeuferprofil',
    source: `Verkäuferkonto (Händlerdaten – geschäftlich): Kunsthandwerk Angkor Silk GbR, Gewerbepark 3, 12057 Berlin\nAnsprechpartnerin: ⟪p¦Sreymom Ouk⟫, Tel. ⟪t¦+49 30 6789 2214⟫\nAuszahlungskonto ⟪iban¦DE19 9581 9467 5198 6625 11⟫`,
  },
  {
    lang: 'de',
    kind: 'apotheke-botendienst',
    source: `Botendienst Löwen-Apotheke – Di\n1. ⟪p¦Sigurlaug Thorarensen⟫, ⟪a¦Fährgasse 2, 80997 München⟫ – Kühlware!\n2. Herr ⟪p¦Hjaltested⟫, ⟪a¦Rübenkamp 40
80997 München⟫, Tel. ⟪t¦089 3304415⟫\nKasse: bar`,
  },
  {
    lang: 'de',
    kind: 'apotheke-kundenkarte',
    source: `Kundenkarte Stammkunde\nName: ⟪p¦Chraibi⟫   Vorname: ⟪p¦Zineb⟫\nGeb.: ⟪dob¦03.09.1979⟫\nUnverträglichkeit: Penicillin`,
  },
  {
    lang: 'de',
    kind: 'optiker-auftrag',
    source: `Optik Klarblick – Auftrag G-13-0442\nKunde: ⟪p¦Hallgrímur Brynjólfsson⟫, geb. ⟪dob¦12. Mai 1958⟫\nSph -2,25 / Cyl -0,50 / Achse 90, Gleitsicht\nAbholung SMS an ⟪t¦+49 171 2209381⟫`,
  },
  {
    lang: 'de',
    kind: 'handyvertrag',
    source: `Mobilfunkvertrag – Tarif „Flex 13“\nVertragspartner: ⟪p¦Khattak, Ajmal⟫\nAnschrift: ⟪a¦Schöllkopfstraße 9, 50739 Köln⟫\nAusweis-Nr.: ⟪id¦W8XNYCK4Y2⟫\nIBAN: ⟪iban¦DE73808479754849895773⟫`,
  },
  {
    lang: 'de',
    kind: 'sim-tausch-log',
    source: `2026-11-14 10:42 SIM-Tausch Rufnummer ⟪t¦0176 55320871⟫ – Identprüfung mit Reisepass ⟪pass¦FXHJ8YG1X0⟫ – Mitarbeiter: Filiale 13/Kasse 2\n2026-11-14 10:49 neue ICCID 8949 0200 0013 4471 aktiv`,
  },
  {
    lang: 'de',
    kind: 'moebel-lieferschein',
    source: `Lieferschein Wohnwelt Größmann\nLieferadresse: ⟪a¦Am Mühlbach 5a
A-5020 Salzburg⟫\nEmpfänger: ⟪p¦Mwanaisha Kimaro⟫\nMontage: Eckschrank „Gustav“ (Artikel 13-778) – 2 Monteure`,
  },
  {
    lang: 'de',
    kind: 'montage-protokoll',
    source: `Montageprotokoll\nKunde anwesend: ja (⟪p¦Tavita Sapolu⟫)\nSchaden an Seitenwand, Foto 3\nRückfragen Kundin: ⟪t¦+43 664 8812093⟫ bzw. ⟪e¦t.sapolu@aon.at⟫`,
  },
  {
    lang: 'de',
    kind: 'treuepunkte-beschwerde',
    source: `Betreff: Punkte fehlen!\n\nHallo, auf meiner Karte LC1300418833 fehlen 450 Punkte vom Einkauf am 3.11. Ich heiße ⟪p¦Nthabiseng Ramokgopa⟫ und wohne ⟪a¦Brückenäcker 21, 01277 Dresden⟫.\nGruß`,
  },
  {
    lang: 'de',
    kind: 'pfandleihe-vertrag',
    source: `Pfandschein Nr. PF13-00917\nVerpfänder: ⟪p¦Thongdee, Anucha⟫, geb. ⟪dob¦1986-02-17⟫\nPersonalausweis ⟪id¦PXW7LHG845⟫\nPfand: Herrenuhr, Darlehen 350 €, Laufzeit 4 Monate`,
  },
  {
    lang: 'de',
    kind: 'ankauf-quittung',
    source: `Ankaufquittung Second-Hand „Zweite Runde“\nVerkäuferin ⟪p¦Hanitra Rakotomalala⟫ – 3 Handtaschen, 120 €\nAuszahlung auf ⟪iban¦AT28 4120 2748 8353 0358⟫\nSteuer-ID (für Meldung nach PStTG): ⟪tax¦18723692452⟫`,
  },
  {
    lang: 'de',
    kind: 'inkasso-ratenplan',
    source: `Ratenzahlungsvereinbarung – Az. DC13-4471\nSchuldner: Herr ⟪p¦Sherzod Ergashev⟫\nMonatliche Rate 40 € per Lastschrift von ⟪iban¦CH49 1514 1559 1583 7626 6⟫\nFür die Pfändungsprüfung: Renten-Vers.-Nr. ⟪rv¦12021188S350⟫`,
  },
  {
    lang: 'de',
    kind: 'inkasso-telefonnotiz',
    source: `Telefonnotiz 12.11.\nAnruf von ⟪p¦Lwazi Mqhayi⟫ (Rückrufnr. ⟪t¦0221 4409812⟫): bestreitet Forderung, Ware nie erhalten. Bitte Zustellnachweis anfordern.`,
  },
  {
    lang: 'de',
    kind: 'reisebuero-anmeldung',
    source: `Reiseanmeldung Kreuzfahrt „Nordlicht 13“\n1. ⟪p¦Takalani Ramabulana⟫, geb. ⟪dob¦07.06.1990⟫, Reisepass ⟪pass¦HNN8PFRX05⟫\n2. ⟪p¦Rendani Ramabulana⟫, geb. ⟪dob¦19.10.1992⟫\nKontakt: ⟪e¦ramabulana.familie@web.de⟫`,
  },
  {
    lang: 'de',
    kind: 'reise-storno',
    source: `Sehr geehrte Frau ⟪p¦Dashdondog⟫,\nIhre Stornierung der Buchung RB-13-2290 ist eingegangen. Die Erstattung (1.240 €) erfolgt auf die Karte ⟪cc¦2221 2118 1940 4262⟫.\nIhr Reisebüro Fernweh`,
  },
  {
    lang: 'de',
    kind: 'friseur-terminbuch',
    source: `Sa 15.11.\n09:00 ⟪p¦Nodira⟫ – Strähnen (Tel. ⟪t¦0170 2281934⟫)\n10:30 Hr. ⟪p¦Rakhimov⟫ – Bart\n11:00 frei\n12:00 ⟪p¦Kelebogile Masire⟫ – Balayage, Patch-Test ok`,
  },
  {
    lang: 'de',
    kind: 'kosmetik-anamnese',
    source: `Anamnesebogen Kosmetikstudio\nName: ⟪p¦Siaosi Kauvaka⟫\nGeburtsdatum: ⟪dob¦22.01.1983⟫\nHauttyp: Mischhaut; Medikamente: keine\nE-Mail für Erinnerungen: ⟪e¦siaosi.k@icloud.com⟫`,
  },
  {
    lang: 'de',
    kind: 'onlineshop-kundenkonto-export',
    source: `Kundennr.;Name;E-Mail;Newsletter\n130021;"⟪p¦Souvannavong, Chanthaly⟫";⟪e¦chanthaly.s@outlook.com⟫;ja\n130022;"⟪p¦Yousafzai, Wazhma⟫";⟪e¦w.yousafzai@gmx.de⟫;nein`,
  },
  {
    lang: 'de',
    kind: 'zahlungsabgleich-log',
    source: `payment.webhook status=failed order=ORD-13883201 ip=⟪ip¦91.64.212.17⟫ email=⟪e¦hamisi.mushi@web.de⟫ reason="3DS abgebrochen"`,
  },
  {
    lang: 'de',
    kind: 'widerruf-brief',
    source: `⟪p¦Fulufhelo Netshitenzhe⟫\n⟪a¦Größlinger Weg 3\n10247 Berlin⟫\n\nAn Elektro Blitz GmbH, Hafenstraße 2, 20457 Hamburg\n\nWiderruf: Hiermit widerrufe ich den Kauf des Fernsehers (Bestellung 13-55120).`,
  },
  {
    lang: 'de',
    kind: 'gutschein-rundmail',
    source: `Sehr geehrte Damen und Herren,\nzum Jubiläum erhalten Sie mit dem Code JUBEL13-2026 zehn Prozent auf die Kollektion „Gustav Klimt“ und die Lampe „Ludwig“. Filiale: Kaufhaus Rübezahl GmbH, Marktplatz 1, 09111 Chemnitz.`,
  },
  {
    lang: 'de',
    kind: 'preisliste-optik',
    source: `Preisliste Brillengläser (gültig ab 01.01.2026)\nEinstärken Kunststoff 1.5 – 39 €\nGleitsicht Komfort – 249 €\nBestellnummer Lieferant: ZEI-13-0042, EAN 4012345000133`,
  },
  {
    lang: 'de',
    kind: 'lieferstatus-seite',
    source: `Sendungsverfolgung 1Z13K44012345678\nStatus: in Zustellung – Paketshop Hermes, Bahnhofstraße 8, 97070 Würzburg\nArtikel: Kaffeemaschine „Barista Max“ (SKU-13-44100)`,
  },
  {
    lang: 'de',
    kind: 'kassenbon',
    source: `Drogerie Lindenhof\nZahnbürste 2,95\nShampoo „Sebastian“ 7,49\nSUMME 10,44 EUR  Karte ****7309\nUSt-IdNr. DE813004711  Bon 13-0812`,
  },
  {
    lang: 'de',
    kind: 'mietkauf-antrag',
    source: `Antrag Ratenkauf Waschmaschine\nAntragstellerin: ⟪p¦Tsakani Chauke⟫\nGeburtsdatum ⟪dob¦4. März 1995⟫\nArbeitgeber: Stadtwerke (nicht angeben: Gehalt)\nSteuerliche Identifikationsnummer ⟪tax¦23568703916⟫`,
  },
  {
    lang: 'de',
    kind: 'schadenmeldung-transport',
    source: `Schadenmeldung Spedition – Lieferung an ⟪p¦Gulnora Nazarova⟫, ⟪a¦Hasenbühl 6, CH-8957 Spreitenbach⟫\nTisch „Oslo“ zerkratzt. Kundin erreichbar: ⟪t¦+41 79 412 88 03⟫`,
  },
  {
    lang: 'de',
    kind: 'wlan-gastlog-laden',
    source: `hotspot-filiale13 login ⟪e¦vongani.b@bluewin.ch⟫ from ⟪ip¦2a02:1210:5c3::4f⟫ at 17:02\nhotspot-filiale13 login guest from 10.13.0.5 at 17:09`,
  },
  {
    lang: 'de',
    kind: 'kuendigung-mobilfunk',
    source: `Kündigung\nKundennr. MF-13-99120\nHiermit kündige ich, ⟪p¦Moustapha Ndiaye⟫, meinen Vertrag zur Rufnummer ⟪t¦0152 33871204⟫ fristgerecht.\nGeb. ⟪dob¦30.11.1977⟫ – Bitte Bestätigung an ⟪e¦m.ndiaye@gmx.de⟫`,
  },
  {
    lang: 'de',
    kind: 'rentnerrabatt-nachweis',
    source: `Seniorenrabatt – Nachweis\nKundin ⟪p¦Sigurlaug Hjaltested⟫ legt Rentenbescheid vor, Vers.-Nr. ⟪rv¦12290765M871⟫.\nRabatt 10 % freigeschaltet.`,
  },
];
