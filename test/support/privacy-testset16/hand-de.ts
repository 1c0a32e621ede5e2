import { card, doc, ib, tax } from './hand-values.js';
import { pensionNumber } from './values.js';

/** A hand-written document: its language, its kind and its marked-up text. */
export interface HandDoc {
  lang: 'de' | 'en';
  kind: string;
  source: string;
}

const de = (kind: string, source: string): HandDoc => ({ lang: 'de', kind, source });

export const HAND_DE: HandDoc[] = [
  de(
    'mandate-intake-form',
    `Kanzlei Wimmelbacher & Ruhnau Rechtsanwälte – Mandatsaufnahme
Mandant: ⁅n:Habermalz, Liutgard⁆
Anschrift: ⁅ad:Schleusenstraße 17, 24103 Kiel⁆
Telefon: ⁅ph:0431 55821-40⁆   E-Mail: ⁅em:liutgard.habermalz@posteo.de⁆
Gegner: Vermieterin ⁅n:Hildeburg Lindemeyer⁆
Sache: Kündigung wegen Eigenbedarfs, § 573 Abs. 2 Nr. 2 BGB
Sachbearbeitung: RAin ⁅n:Vossgraf⁆, Durchwahl ⁅ph:0431 55821-12⁆`,
  ),
  de(
    'power-of-attorney-litigation',
    `PROZESSVOLLMACHT
Hiermit wird der Kanzlei Pfannstiel Rechtsanwälte, Am Markt 3, 93047 Regensburg,
in Sachen ⁅n:Siegbert Hölzenbein⁆ ./. Gebr. Schwarzkugel GmbH
wegen Kündigungsschutz Vollmacht erteilt.
Regensburg, den 28.11.2026            ⁅n:Siegbert Hölzenbein⁆`,
  ),
  de(
    'tenancy-dispute-letter',
    `Sehr geehrte Frau ⁅n:Ebenbichler⁆,
namens und in Vollmacht Ihres Mieters, Herrn ⁅n:Bartholomä Stranzinger⁆, ⁅ad:Pfarrhofgasse 9/4,
1160 Wien⁆, widersprechen wir der Kündigung vom 3. November 2026 (§ 30 MRG).
Mit freundlichen Grüßen
Mag. ⁅n:Gottfrieda Pirchegger⁆, Rechtsanwältin`,
  ),
  de(
    'employment-settlement-draft',
    `ENTWURF – Vergleich vor dem Arbeitsgericht Erfurt, Az. 3 Ca 1187/26
1. Das Arbeitsverhältnis zwischen ⁅n:Reinhold Ruhnau⁆ und der Kupferwerk Erfurt GmbH endet am 31.01.2027.
2. Die Beklagte zahlt eine Abfindung von 18.400 EUR auf das Konto ⁅ib:${ib('DE', '820510000163002744')}⁆.
3. Das Zeugnis lautet auf „stets zu unserer vollsten Zufriedenheit“.`,
  ),
  de(
    'family-court-hearing-minutes',
    `Amtsgericht Leipzig – Familiengericht – Az. 21 F 412/26
Protokoll der nichtöffentlichen Sitzung vom 02.12.2026
Anwesend: Antragstellerin ⁅n:Liutgard Pfannstiel⁆, Antragsgegner ⁅n:Detlev Pfannstiel⁆, Jugendamt
Die Beteiligten schließen folgende Umgangsvereinbarung für das Kind ⁅n:Winfried Pfannstiel⁆, geb. ⁅bd:07.05.2018⁆: …`,
  ),
  de(
    'divorce-intake-notes',
    `Notiz Erstgespräch 01.12. – Scheidung
Mdt.: ⁅n:Onna Gygax⁆, ⁅ad:Rebbergstrasse 44, 8400 Winterthur⁆, Natel ⁅ph:079 318 44 20⁆
Ehemann: ⁅n:Clo Gygax⁆, geb. ⁅bd:19. Februar 1979⁆
Trennung seit Mai; Gütertrennung? Ehevertrag bei Notar nachfragen.`,
  ),
  de(
    'notary-purchase-deed',
    `UR-Nr. 2214/2026
Verhandelt zu Regensburg am 30. November 2026. Vor mir, Notar ⁅n:Siegbert Vossgraf⁆, erschienen:
1. Herr ⁅n:Gaudenz Rüfenacht⁆, geboren am ⁅bd:11.08.1961⁆, wohnhaft ⁅ad:Hopfengarten 6, 93047 Regensburg⁆,
   ausgewiesen durch Personalausweis ⁅id:${doc('LZ7R4KCN2')}⁆,
2. Frau ⁅n:Apollonia Kogelnik⁆, ausgewiesen durch Reisepass ⁅pp:${doc('C4NT9RF1X')}⁆.`,
  ),
  de(
    'notary-will',
    `Testament
Ich, ⁅n:Egon Büchel⁆, geboren am ⁅bd:3. März 1944⁆, wohnhaft ⁅ad:Meierhofstrasse 21, 9495 Triesen⁆,
setze meine Nichte ⁅n:Vizma Oehri⁆ zur alleinigen Erbin ein.
Fürstentum Liechtenstein, im November 2026`,
  ),
  de(
    'company-formation-deed',
    `UR-Nr. 1930/2026 – Gründung der Rübsam Bau GmbH
Gesellschafter: ⁅n:Habermalz, Reinhold⁆ (Geschäftsanteil 12.500 EUR) und ⁅n:Sepp Ladurner⁆ (12.500 EUR).
Geschäftsführer: ⁅n:Sepp Ladurner⁆, Steuer-ID ⁅tx:${tax('5739105826')}⁆.
Eintragung ins Handelsregister HRB 12345 beantragt.`,
  ),
  de(
    'certified-copy-note',
    `Beglaubigung
Die Übereinstimmung der umseitigen Ablichtung mit der Urschrift wird beglaubigt.
Regensburg, 01.12.2026  (Siegel)  ⁅n:Siegbert Vossgraf⁆, Notar`,
  ),
  de(
    'legal-aid-application',
    `Antrag auf Verfahrenshilfe (Österreich)
Name: ⁅n:Grubmüller, Gebharda⁆   Geburtsdatum: ⁅bd:14.10.1988⁆
Wohnadresse: ⁅ad:Mühlbachweg 3, 6020 Innsbruck⁆
Monatliches Nettoeinkommen: 1.140 EUR; Unterhaltspflichten: 2 Kinder
Konto: ⁅ib:${ib('AT', '2011182920355511')}⁆`,
  ),
  de(
    'labour-court-summons',
    `Arbeitsgericht Erfurt – Ladung zum Gütetermin
In dem Rechtsstreit ⁅n:Tsubasa Sakaguchi⁆ ./. Zeitwerk Personaldienste GmbH – Az. 5 Ca 2040/26 –
werden Sie zum Gütetermin am 19.01.2027 um 10:15 Uhr geladen (§ 54 ArbGG).
Persönliches Erscheinen angeordnet.`,
  ),
  de(
    'judgment-excerpt',
    `Im Namen des Volkes – Urteil
In dem Rechtsstreit der ⁅n:Ayane Nishida⁆, Klägerin, Prozessbevollmächtigte: Ruhnau & Partner Rechtsanwälte,
gegen ⁅n:Yıldıray Aksoylu⁆, Beklagter,
hat das Amtsgericht durch die Richterin am Amtsgericht ⁅n:Pirjo Tiihonen⁆ für Recht erkannt: …`,
  ),
  de(
    'debt-counselling-intake',
    `Schuldnerberatung Caritas – Erstaufnahme
Klient: ⁅n:Vlastimil Hronek⁆, geb. ⁅bd:22.06.1971⁆
⁅ad:Rosmarinstieg 8,
04317 Leipzig⁆
Gläubiger: 7 (Inkasso, Versandhandel, Stromversorger). Pfändungsschutzkonto: ⁅ib:${ib('DE', '860555920010448213')}⁆
Rentenversicherungsnummer: ⁅sv:${pensionNumber('12', 22, 6, 71, 'H', '04')}⁆`,
  ),
  de(
    'debt-settlement-plan',
    `Außergerichtlicher Einigungsversuch nach § 305 InsO
Schuldnerin: ⁅n:Svatava Dvořáková⁆
Gläubiger          Forderung     Quote
Telefonica         1.204,00      8,2 %
Otto Versand         896,50      6,1 %
Rückfragen an die Beraterin, schuldnerberatung@caritas-leipzig.de`,
  ),
  de(
    'bailiff-protocol',
    `Obergerichtsvollzieher – Protokoll über Pfändungsversuch, DR II 3310/26
Schuldner ⁅n:Domagoj Barišić⁆ am ⁅ad:Am Kellerberg 12, 99084 Erfurt⁆ nicht angetroffen.
Nachbarin ⁅n:Zrinka Vukelić⁆ gab an, der Schuldner sei verzogen. Benachrichtigung hinterlassen.`,
  ),
  de(
    'asset-disclosure',
    `Vermögensauskunft gemäß § 802c ZPO
Schuldnerin: ⁅n:Ausma Kalniņš⁆, geb. ⁅bd:30.09.1983⁆
Konto: ⁅ib:${ib('DE', '120300001056783421')}⁆; Kreditkarte ⁅cc:${card('453201194410773')}⁆
Arbeitgeber: Zeitwerk Personaldienste GmbH`,
  ),
  de(
    'applicant-tracking-note',
    `ATS-Notiz 02.12.2026, 16:40 – Stelle Rechtsanwaltsfachangestellte (m/w/d)
Kandidatin ⁅n:Sravani Kommineni⁆ – Telefoninterview sehr gut, verfügbar ab 01.02.
Rückruf an ⁅ph:+49 176 4418203⁆; Unterlagen an ⁅em:s.kommineni@web.de⁆ geschickt.`,
  ),
  de(
    'reference-check',
    `Referenzauskunft (mündlich, 01.12.2026)
Über: ⁅n:Kyösti Pyykkönen⁆
Auskunft von: ⁅n:Lehel Kerekes⁆, ehem. Teamleiter, Tel. ⁅ph:+43 664 512 3398⁆
„Zuverlässig, belastbar, gute Mandantenkommunikation.“`,
  ),
  de(
    'temp-placement-confirmation',
    `Einsatzbestätigung Arbeitnehmerüberlassung
Mitarbeiter: ⁅n:Jujhar Mangat⁆, Personal-Nr. 16-5520
Kunde: Kanzlei Pfannstiel Rechtsanwälte, Regensburg
Einsatz ab 07.12.2026, Stundenlohn 17,80 EUR (Equal Pay ab 9. Monat, § 8 AÜG)`,
  ),
  de(
    'payslip-temp-agency',
    `Entgeltabrechnung 11/2026 – Zeitwerk Personaldienste GmbH
⁅n:Harkirat Sohal⁆
⁅ad:Kupferschmiedgasse 5
67059 Ludwigshafen⁆
Steuer-ID: ⁅tx:${tax('4188273956')}⁆   SV-Nr.: ⁅sv:${pensionNumber('53', 17, 9, 90, 'S', '12')}⁆
Auszahlung: 2.104,77 EUR auf ⁅ib:${ib('DE', '545500100193847766', false)}⁆`,
  ),
  de(
    'applicant-cv',
    `LEBENSLAUF
⁅n:Tenzin Namgyal⁆
⁅ad:Fasangartengasse 41, 1160 Wien⁆ · ⁅ph:+43 1 914 22 73⁆ · ⁅em:tenzin.namgyal@gmx.at⁆
Geboren am ⁅bd:2. Juli 1995⁆ in Dharamsala
2018–2026 Sachbearbeiter Nachlassabteilung, Bezirksgericht Innsbruck`,
  ),
  de(
    'death-notice-newspaper',
    `Traurig nehmen wir Abschied von
⁅n:Heribert Frommelt⁆
* ⁅bd:12. April 1937⁆   † 27. November 2026
In Liebe: ⁅n:Gebharda Frommelt⁆ mit ⁅n:Elmar⁆ und ⁅n:Egon Frommelt⁆
Trauerfeier in der Pfarrkirche Schaan.`,
  ),
  de(
    'funeral-order',
    `Bestattungsauftrag – Bestattungen Rosental
Verstorbene: ⁅n:Hańža Krawc⁆, geb. ⁅bd:09.01.1940⁆, zuletzt ⁅ad:Pfarrgartenweg 2, 04317 Leipzig⁆
Auftraggeber: ⁅n:Jurij Krawc⁆ (Sohn), Tel. ⁅ph:0341 86127-55⁆
Erdbestattung, Friedhof Wahren; Rechnung per Lastschrift von ⁅ib:${ib('DE', '860400000722816640')}⁆`,
  ),
  de(
    'heirs-list-probate',
    `Nachlassgericht Bozen – Erbenverzeichnis
Erblasser: ⁅n:Oswald Untersulzner⁆, verst. 15.10.2026
Erben:  ⁅n:Untersulzner, Luis⁆        ½   ⁅ad:Weinbergweg 7, 39012 Meran⁆
        ⁅n:Thaler-Prünster, Hansjörg⁆ ¼   ⁅ad:Rittner Straße 30, 39100 Bozen⁆
        ⁅n:Obexer, Sepp⁆              ¼   wohnhaft in Brixen`,
  ),
  de(
    'estate-inventory',
    `Nachlassverzeichnis (Inventar)
Nachlass ⁅n:Jachen Bazzigher⁆, Chur
Pos. 1  Wohnung Obere Zollgasse (Grundbuch Chur Nr. 4411)        410.000 CHF
Pos. 2  Konto ⁅ib:${ib('CH', '00762011623852957')}⁆                        21.340 CHF
Pos. 3  Hausrat, Bilder (Schätzung)                               6.000 CHF`,
  ),
  de(
    'enforcement-order-bank',
    `Pfändungs- und Überweisungsbeschluss – Amtsgericht Kiel, Az. 61 M 2231/26
Schuldner: ⁅n:Reinoud Ouwerkerk⁆, geb. ⁅bd:28.02.1966⁆
Drittschuldnerin: Förde Sparkasse; gepfändet wird das Guthaben auf ⁅ib:${ib('DE', '210501700091827364')}⁆.`,
  ),
  de(
    'court-service-ip-log',
    `EGVP-Eingangsprotokoll 2026-12-02 11:03:17
Nachricht von: ⁅n:Tomoyuki Ogura⁆ <⁅em:ogura@kanzlei-ogura.de⁆>
Absender-IP: ⁅ip:91.64.201.17⁆  Signatur gültig
Betreff: Klageerwiderung, Az. 4 O 1233/26`,
  ),
  de(
    'no-pii-court-notice',
    `Amtsgericht Regensburg – Aushang
Sitzungssaal 112, Mittwoch 09.12.2026
09:00  Az. 4 C 123/26   Räumung
10:30  Az. 12 O 345/26  Werklohn
Die Verhandlungen sind öffentlich (§ 169 GVG).`,
  ),
  de(
    'no-pii-firm-circular',
    `Müller & Partner Rechtsanwälte – Rundschreiben Dezember 2026
Sehr geehrte Damen und Herren,
ab 01.01.2027 gilt die neue Kanzleiadresse Am Markt 3, 93047 Regensburg.
Hinweise zum Datenschutz: Art. 6 Abs. 1 lit. f DSGVO.`,
  ),
  de(
    'no-pii-notary-fee-note',
    `Kostenberechnung nach GNotKG, UR-Nr. 1234/2026
Beurkundungsverfahren (Nr. 21100 KV)      1.270,00 EUR
Vollzug (Nr. 22110 KV)                      317,50 EUR
Registergericht: HRB 12345`,
  ),
  de(
    'custody-statement',
    `Stellungnahme des Verfahrensbeistands
Die Kinder ⁅n:Lineo⁆ und ⁅n:Thabang Motaung⁆ wünschen, weiter bei der Mutter ⁅n:Mamello Motaung⁆ zu leben.
Kontakt Verfahrensbeistand: verfahrensbeistand@kinderrecht-kiel.de`,
  ),
];
