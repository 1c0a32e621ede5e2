/**
 * The second round of hand-typed candidates, typed after only per-culture counts of the first round's
 * survivors were printed (print-names.ts): rarer given names and family names, and further cultures.
 */
export const ROUND_2: Record<string, { given: string[]; family: string[] }> = {
  german: {
    given: [
      'Hildegunde',
      'Wolfhart',
      'Ortrun',
      'Sieghart',
      'Gerhild',
      'Adelgunde',
      'Volkhard',
      'Irmtraud',
      'Heilwig',
      'Bertwin',
    ],
    family: ['Flachsenberg', 'Kuckertz', 'Steinbrügge'],
  },
  austrian: {
    given: ['Kunigunde', 'Pankraz', 'Walburga', 'Severin', 'Afra', 'Korbinian', 'Theresia', 'Aloisia', 'Vinzenz'],
    family: ['Hinterleitner', 'Mooslechner'],
  },
  belgian: { given: ['Jodokus', 'Servatia', 'Aldegonde', 'Lambertine', 'Hubertus'], family: ['Xhonneux'] },
  english: {
    given: ['Peregrine', 'Clemency', 'Tarquin', 'Ottoline', 'Jocasta', 'Aldous', 'Griselda', 'Lysander'],
    family: ['Featherstonehaugh', 'Cholmondeley', 'Wolstenholme', 'Sidebottom', 'Postlethwaite', 'Higginbottom'],
  },
  scottish: {
    given: ['Torquil', 'Eilidh', 'Murdo', 'Catriona', 'Somhairle', 'Ishbel', 'Gillespie', 'Marsaili'],
    family: ['Auchinleck', 'Rintoul', 'Dalgleish', 'Pitcairn', 'Balfour-Kinnear', 'Crichton-Moir', 'Inverarity'],
  },
  welsh: {
    given: ['Cadfael', 'Heledd', 'Gwilym', 'Tegwen', 'Emrys', 'Myfanwy', 'Hywel', 'Llinos'],
    family: ['Pritchard-Lloyd', 'Bevan-Maddock', 'Gwynedd', 'Penrhyn', 'Cadwaladr'],
  },
  irish: {
    given: ['Fionnuala', 'Cathal', 'Blathnaid', 'Ruairí', 'Sorcha', 'Oisín', 'Muireann', 'Dara'],
    family: ['Ó Dubhghaill', 'Mac Carthaigh', 'Nic Amhlaoibh'],
  },
  maori: {
    given: ['Kahurangi', 'Tipene', 'Whetu', 'Haunui', 'Mihiata', 'Rongomai', 'Tūī'],
    family: ['Tapsell', 'Rāwiri-Ngāwhare', 'Kereama', 'Pōtae'],
  },
  samoan: {
    given: ['Fuimaono', 'Leota', 'Taulapapa', 'Seiuli'],
    family: ['Afamasaga', 'Lemalu', 'Toleafoa', 'Sooaemalelagi'],
  },
  tongan: {
    given: ['Kalolaine', 'Sitiveni', 'Losaline', 'Feleti'],
    family: ['Tuipulotu', 'Kaufusi', 'Fonua', 'Moala'],
  },
  polish: {
    given: ['Wiesława', 'Bogumił', 'Czesława', 'Mieczysław', 'Bronisława', 'Wojciecha', 'Lechosław'],
    family: ['Chrząszcz', 'Brzęczyszczykiewicz', 'Źdźbło'],
  },
  czech: { given: ['Drahomíra', 'Bořivoj', 'Svatopluk', 'Věnceslava', 'Jaroslava'], family: ['Chvojka'] },
  slovak: { given: ['Svetlana', 'Ondrej', 'Radoslava', 'Drahoslav'], family: [] },
  hungarian: {
    given: ['Huba', 'Emese', 'Bulcsú', 'Réka', 'Kund', 'Boglárka', 'Gedeon'],
    family: ['Kisfaludy', 'Baranyi', 'Szentgyörgyi'],
  },
  romanian: {
    given: ['Voichița', 'Dorin', 'Smaranda', 'Horia', 'Ruxandra', 'Costache'],
    family: ['Vlăduțescu', 'Bârsan', 'Ghiocel', 'Tănăsoiu'],
  },
  croatian: { given: ['Branimira', 'Trpimir', 'Zrinka'], family: ['Brkljačić', 'Žužul', 'Vrdoljak'] },
  serbian: { given: ['Radmila', 'Stevan'], family: [] },
  greek: {
    given: ['Panagiota', 'Evangelos', 'Chrysoula', 'Aristeidis', 'Stamatia'],
    family: ['Hatzigeorgiou', 'Koutsoumbas', 'Papadiamantopoulou'],
  },
  turkish: { given: ['Necmettin'], family: ['Çakıroğlu', 'Karabulut', 'Eroğlu', 'Sarıkaya'] },
  kurdish: { given: ['Zozan', 'Serhildan'], family: ['Çiyayî', 'Serhedî'] },
  persian: { given: ['Parvaneh', 'Dariush'], family: ['Shahbazi', 'Kermani'] },
  arabic: {
    given: ['Munira', 'Bilal', 'Ghalia', 'Suhail'],
    family: ['Al-Tamimi', 'Bishara', 'Kanafani'],
  },
  ethiopian: {
    given: ['Etenesh', 'Alemayehu', 'Birtukan', 'Mulugeta', 'Selamawit', 'Workneh'],
    family: ['Woldegiorgis', 'Kebede-Alemu', 'Tsegaye', 'Demissie', 'Gebrehiwot'],
  },
  somali: { given: ['Filsan', 'Cawil', 'Ladan'], family: ['Guleid', 'Xirsi', 'Cilmi', 'Yusuf-Dhuuh'] },
  yoruba: { given: ['Olanrewaju', 'Morenike', 'Adetokunbo', 'Oluwakemi'], family: ['Adebanjo', 'Oyewole'] },
  igbo: { given: ['Chukwuemeka', 'Ifeoma', 'Nnaemeka', 'Chinwendu'], family: ['Onyeama', 'Ezeigwe', 'Nwachukwu'] },
  ghanaian: {
    given: ['Kwadwo', 'Adwoa', 'Ekow', 'Afua', 'Kobina'],
    family: ['Agyeman-Duah', 'Opoku-Ware', 'Nkansah', 'Frimpong'],
  },
  swahili: {
    given: ['Shukuru', 'Tumaini', 'Bahati', 'Mwanaisha'],
    family: ['Mwakilema', 'Kombo', 'Mbwambo'],
  },
  zulu: { given: ['Nkosinathi', 'Thandeka'], family: ['Msimang', 'Magwaza'] },
  hindi: { given: [], family: ['Upadhyay', 'Vajpayee', 'Pandeya'] },
  tamil: {
    given: ['Thamizhselvi', 'Ilavarasan', 'Poongodi'],
    family: ['Thirunavukkarasu', 'Chidambaranathan', 'Muthukumaran'],
  },
  punjabi: { given: [], family: ['Bhullar', 'Khangura', 'Sekhon', 'Brar'] },
  bengali: { given: [], family: ['Gangopadhyay', 'Raychaudhuri', 'Majumdar', 'Lahiri'] },
  nepali: { given: [], family: ['Bhattarai', 'Adhikari-Khatri', 'Pokharel'] },
  chinese: { given: ['Guiying', 'Zhenhua', 'Xiaoqing'], family: [] },
  cantonese: { given: ['Kwok-Leung', 'Pui-Shan'], family: ['Mok', 'Tse-Lam'] },
  japanese: {
    given: ['Tsubasa', 'Kotone', 'Ryunosuke'],
    family: ['Higashiyama', 'Kurosawa-Ito', 'Tachibana', 'Shimabukuro'],
  },
  korean: {
    given: ['Yeong-ho', 'Eun-gyeong', 'Tae-sik', 'Hye-rim'],
    family: ['Namgung', 'Seonu', 'Hwangbo', 'Jegal'],
  },
  vietnamese: {
    given: ['Thị Hồng', 'Xuân Trường', 'Minh Khôi', 'Diệu Linh'],
    family: ['Tôn Nữ', 'Quách', 'Lưu Văn'],
  },
  thai: {
    given: ['Chatchai', 'Wilaiwan', 'Nattapong', 'Kanokwan'],
    family: ['Phromsuwan', 'Intharasombat'],
  },
  filipino: {
    given: ['Jinggoy', 'Marivic', 'Bongbong', 'Lualhati'],
    family: ['Dimaunahan', 'Sumulong', 'Macaraeg', 'Tolentino-Bago'],
  },
  indonesian: {
    given: ['Sukarmi', 'Cahyono', 'Wulandari', 'Sutrisno'],
    family: ['Prawiranegara', 'Kartawijaya', 'Sastrowardoyo'],
  },
  brazilian: {
    given: ['Iracema', 'Ubirajara', 'Jussara', 'Anderson Luiz'],
    family: ['Bittencourt', 'Guimarães-Leal', 'Portella', 'Tavares-Bastos'],
  },
  spanish: {
    given: ['Covadonga', 'Eulogio', 'Begoña', 'Anselmo'],
    family: ['Goicoechea', 'Urrutikoetxea', 'Sotomayor'],
  },
  italian: { given: ['Ermenegildo', 'Assunta', 'Battista'], family: ['Scarpellini'] },
  portuguese: {
    given: ['Bráulio', 'Conceição', 'Anacleto', 'Piedade'],
    family: ['Sampaio-Reis', 'Valadares'],
  },
  dutch: {
    given: ['Gijsbert', 'Hendrika', 'Marinus', 'Geertruida'],
    family: ['Schuitemaker', 'Wolterink', 'Oosterhuis', 'Zandbergen'],
  },
  danish: { given: ['Asger'], family: [] },
  finnish: { given: [], family: ['Kärkkäinen', 'Puustinen', 'Hyvärinen'] },
  lithuanian: {
    given: ['Gediminas', 'Daiva', 'Žygimantas', 'Vaida'],
    family: ['Mažeika', 'Rimkutė', 'Grybauskas'],
  },
  ukrainian: {
    given: ['Myroslava', 'Zakhar', 'Ulyana', 'Ivasyk'],
    family: ['Didenko', 'Holovatyi', 'Zinchenko-Ruda', 'Kotsiubynska'],
  },
  georgian: {
    given: ['Tinatin', 'Shota', 'Manana', 'Revaz'],
    family: ['Chkheidze', 'Abashidze-Orbeli', 'Dadiani'],
  },
  armenian: {
    given: ['Gayane', 'Armen', 'Nairi', 'Karapet'],
    family: ['Ter-Petrosyan', 'Hovsepian', 'Abrahamyan'],
  },
  icelandic: {
    given: ['Sigurlaug', 'Þorvaldur', 'Guðrún', 'Hrafnkell', 'Ásdís', 'Eyvindur'],
    family: ['Þórhallsdóttir', 'Hjaltested', 'Gunnlaugsson', 'Bergþórsdóttir', 'Ísfeld'],
  },
  estonian: {
    given: ['Tõnis', 'Maarja', 'Urmas', 'Külli', 'Arvo'],
    family: ['Tamm-Saar', 'Põder', 'Kivirähk', 'Lõhmus', 'Rebane'],
  },
  albanian: {
    given: ['Besnik', 'Mimoza', 'Arben', 'Lindita', 'Dritan'],
    family: ['Krasniqi', 'Gashi', 'Berisha', 'Hoxhaj', 'Dervishi'],
  },
  maltese: {
    given: ['Ġorġ', 'Marija', 'Ċensu', 'Rita', 'Pawlu'],
    family: ['Agius', 'Camilleri', 'Zammit', 'Farrugia', 'Grech'],
  },
  fijian: {
    given: ['Semisi', 'Litia', 'Josaia'],
    family: ['Naivalu', 'Vunibaka', 'Tuidraki', 'Ravuvu', 'Nacewa'],
  },
  hausa: {
    given: ['Abubakar', 'Hauwa', 'Garba', 'Binta', 'Shehu'],
    family: ['Danjuma', 'Dangote-Bello', 'Yar’Adua', 'Kwankwaso', 'Shinkafi'],
  },
  mongolian: {
    given: ['Batbayar', 'Oyuntsetseg', 'Ganbold', 'Sarangerel', 'Tumurbaatar'],
    family: ['Enkhbold', 'Dashdorj', 'Tsogtbaatar', 'Purevsuren', 'Gansukh'],
  },
  sinhala: {
    given: ['Chaminda', 'Nilmini', 'Thilina', 'Dilhani', 'Ruwan'],
    family: ['Wickramasinghe', 'Jayawardena', 'Gunasekara', 'Rajapakse', 'Amarasinghe'],
  },
  frisian: {
    given: ['Tsjerk', 'Sjoukje', 'Wytse', 'Aukje', 'Hidde'],
    family: ['Hiemstra', 'Wiersma', 'Posthumus', 'Bouma', 'Kingma'],
  },
  basque: {
    given: ['Garazi', 'Aitor', 'Itziar', 'Unai', 'Maite'],
    family: ['Etxeberria', 'Aguirrezabala', 'Olabarrieta', 'Larrañaga', 'Mendizabal'],
  },
  tigrinya: {
    given: ['Mehari', 'Senait', 'Yemane', 'Freweini', 'Tekle'],
    family: ['Ghebreyesus', 'Weldeab', 'Habtemariam', 'Tesfamichael', 'Ogbazghi'],
  },
  hawaiian: {
    given: ['Kaimana', 'Leilani', 'Keoni', 'Malia', 'Makoa'],
    family: ['Kahananui', 'Kealoha', 'Nakoa', 'Kamakau', 'Kahale'],
  },
};
