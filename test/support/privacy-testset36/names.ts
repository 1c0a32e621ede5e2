import { keptCultures, type TypedCulture } from '../earlier-test-sets.js';

export type Culture = TypedCulture;

/** A culture typed as two `|`-separated lists (given names, family names). */
const c = (given: string, family: string): Culture => ({ given: given.split('|'), family: family.split('|') });

/**
 * Set 36's own name lists, typed by hand for this set: players, members, coaches, referees, agents,
 * physiotherapists, volunteers and the developers and reviewers of sports clubs' and event organisers'
 * software, in many countries, so many cultures (rare given and family names of each, since 35 earlier sets
 * drew from many of the same cultures). At load every name sharing a word with a PERSON label of an earlier
 * set (or the development set or corpus) is dropped, and a culture left with fewer than four of either is
 * dropped too (the shared `keptCultures` rules).
 */
const TYPED: Record<string, Culture> = {
  sami: c(
    'Vuolleš|Gáddjá|Sárákku|Joret-Nillá|Heaikka|Čuoŋat|Máret-Sunnjá|Gáren|Áilloš|Jovsset-Biera|Ristenaš|Ásllat',
    'Guttorm-Valkeapää|Kuoljok|Márkanvuolle|Sárevuopmi|Čokkáš|Guoŋku|Ávžejávri|Biedjovággi|Njávešvuotna|Gáldojohka',
  ),
  faroese: c(
    'Hervør-Ebba|Ónundur|Sólgerð|Tórálvur|Róluva|Heðin-Sverri|Jógvanna|Búgvi|Ragnvá|Sverrisvin|Katrin-Hergerð',
    'Gøtugjógv|Hoydalstún|Ánirnar-Heinesen|Kvívíkargarð|Skálafjarðar|Norðragøta|Tjørnuvíkstovu|Leynarbø|Vestmannahamar|Hvannasunds',
  ),
  guarani: c(
    'Arasy|Tupãsy|Mbaraka|Yvoty-Rory|Kuarahy|Ñandeyara|Jasy-Porã|Araguyje|Pirayu|Mborayhu',
    'Arandu-Benítez|Yegros-Cañiza|Ñamandú|Riquelme-Ayala|Ojeda-Kuña|Cabañas-Ruíz Díaz|Aquino-Samaniego|Sanabria-Villalba|Giménez-Ovelar|Ruíz Cabral',
  ),
  quechua: c(
    'Sisa-Qori|Wamancha|Kantu|Chaska-Illa|Waykuy|Rumiñawi|Suyana|Atuqlla|Mayta-Kapaq|Tuta',
    'Quispicusi|Huamanchumo|Ccallo-Mamani|Tintaya|Apumayta|Sullcahuamán|Huaraca-Pari|Chillitupa|Accostupa|Ccoyllo',
  ),
  igbo: c(
    'Chimamandaife|Onyekachukwu|Uzoamaka-Ezi|Ifeanyichukwu-Obi|Nkemakonam|Chukwunonso|Obumneme|Kosisochukwu|Ogechukwu|Udochukwu',
    'Nwankwoeze|Obiakor-Agbasi|Ezenwafor|Nwokolobia|Uzodimma-Ikeji|Anyaoku-Okeke|Ojiakor|Nnaemeka-Uzochi|Ekwueme-Nzeribe|Obidigbo',
  ),
  yoruba: c(
    'Oluwatoyosi|Adejoke-Ife|Ayodamola|Oluwanifemi|Ibukunoluwa|Olamiposi|Omowunmi|Temiloluwa|Adeoluwa-Eni|Mojisola-Ayan',
    'Adebanjo-Ogunlesi|Akintola-Ademola|Oyebanji|Adetokunbo-Ige|Olanrewaju-Ajayi|Ogunmodede|Adegbenro|Oyebode-Akande|Ilesanmi|Osinbajo-Fakeye',
  ),
  zulu: c(
    'Nhlanhlakazi|Sbonelo|Zamokuhle|Ntombizodwa|Mxolisikazi|Qhawekazi|Nkosinathi-Muzi|Snenhlanhla|Lindokuhle|Sibongiseni',
    'Mkhwanazi-Nxumalo|Ngubane-Dladla|Sithole-Hlongwane|Mthiyane|Zondi-Buthelezi|Magubane|Shandu-Mdlalose|Ngwenya-Mbatha|Cebekhulu|Myeni-Sibiya',
  ),
  xhosa: c(
    'Lwazikazi|Siphokazi|Anathi-Luvo|Mzukisi|Nomakhosazana|Unathi-Lubabalo|Asanda-Okuhle|Xolisile|Phumeza|Luyolo',
    'Mqhayi-Ntshona|Mafuya|Ngxokolo|Dlamini-Qwabe|Mbotshelwa|Sotyato|Gqirana|Njokweni|Qotole|Magwentshu',
  ),
  kikuyu: c(
    'Wangari-Wacera|Gichuru|Njambi-Wakonyo|Mwangikiri|Wamuyu|Kiarie-Gakuru|Nyokabi|Waceke|Kamotho|Wanjiku-Wairegi',
    'Gathogo-Kiragu|Mwaniki-Ndegwa|Kimemia|Ngugi-Muriithi|Gikonyo-Wachira|Kirubi|Mbugua-Njuguna|Wanyoike|Gatheru-Kahiga|Munyua',
  ),
  tagalog: c(
    'Marivic|Rommel-Jay|Jocelyn-Ligaya|Dionisio|Luningning|Bayani|Ma. Teresita|Crisanto|Diwata|Lualhati',
    'Dimaandal|Maglalang-Cruz|Tabangcura|Panganiban-Dizon|Lumbao|Macaraeg|Pagsisihan|Sumangil|Dimalanta|Gatchalian-Mangubat',
  ),
  japanese: c(
    'Fuyuhiko|Miharu|Tsubasa-Ai|Setsuna|Kiyotaka|Hinagiku|Masaharu|Yukishiro|Tokiwa|Raizo',
    'Kanazashi|Shiokawa-Ueno|Hanamura|Tomonaga|Kamishiro|Urushibara|Nishikido|Sakuragi-Oda|Mikuriya|Tachibanaki',
  ),
  marathi: c(
    'Pranjali|Saurabh-Ajinkya|Gauri-Mrunmayee|Hrishikesh|Aboli|Swapnil-Nachiket|Ketaki|Atharva|Ruchira|Shantanu',
    'Ghaisas|Tilak-Sahasrabuddhe|Paranjape|Bhagwat-Dhamdhere|Kanitkar|Ketkar-Limaye|Vaidya-Gadgil|Abhyankar|Dixit-Pendse|Shirolkar',
  ),
  tamil: c(
    'Ezhilarasi|Maran-Kathir|Thenmozhi|Agilan|Kayalvizhi|Mugilan|Yazhini|Inbanathan|Malarvizhi|Kuzhali',
    'Ponnusamy-Rajan|Chidambaranathan|Marimuthu|Vairamuthu-Selvam|Thangavelu|Arunachalam-Mani|Kumaraguru|Elangovan|Sengottaiyan|Nallathambi',
  ),
  sorbian: c(
    'Handrij|Měrana|Jakub-Józef|Lubina|Hinc|Marja-Hanka|Pětr-Jan|Jadwiga-Ludmila|Wylem|Korla',
    'Krječmarjec|Nowakec-Kósćan|Šěrakowa|Młynkec|Cyžowa|Domaškec|Libšowa-Wjela|Pjechowa|Rjeńšowa|Hajnec',
  ),
  georgian: c(
    'Gvantsa|Nodari|Mariam-Ketevan|Otar|Salome-Tekla|Gela|Natia|Beka-Lasha|Ketino|Avtandil',
    'Beridze-Kapanadze|Sharashidze|Mgaloblishvili|Dolidze-Tvaladze|Kekelidze|Gamkrelidze|Bakradze-Javakhishvili|Nadiradze|Chikovani|Gugushvili',
  ),
  armenian: c(
    'Arshaluys|Hovsep-Levon|Nvard|Armenak|Siranush-Zabel|Garnik|Astghik|Mher|Anush-Zaruhi|Tigran-Vahe',
    'Gabrielyan-Nersisyan|Shahinyan|Tadevosyan|Hakobyan-Ghukasyan|Vardanyan-Abrahamyan|Kirakosyan|Stepanyan-Galstyan|Movsisyan|Asatryan|Karapetyan-Arzumanyan',
  ),
  slovak: c(
    'Ľuboslav|Dobromila|Hviezdoslav|Bohdana|Rastislav|Vierka|Ctiboh|Ľubica-Miroslava|Lubor|Zdenka-Tamara',
    'Hlinkovský|Zvarová-Mlynár|Oravcová|Kukučínová|Šprlák|Belušová|Trnkovský|Mraziková|Podolinský|Ťapušík',
  ),
  slovenian: c(
    'Blaž-Tine|Jožica|Andraž|Mojca-Sara|Lenart|Vida|Žan-Ambrož|Brina|Tadej-Vid|Polonca',
    'Plesničar|Vidmar-Kunstelj|Škofic|Rupnik|Bizjak-Fras|Trampuš|Gregorič|Čebulj|Hudournik|Lavrinc',
  ),
  bulgarian: c(
    'Velislava|Svetozar|Rumyana-Mila|Dragomir|Kalina|Tihomir|Zornitsa|Valko|Yoana-Biser|Radko',
    'Gancheva-Kirova|Stamboliyski|Pashova|Kostadinov-Dyakov|Chervenkova|Manolov-Bratanov|Dzhambazova|Balabanov|Vasileva-Tonkova|Genchev',
  ),
  lithuanian: c(
    'Gediminas-Jonas|Jūratė|Rimvydas|Aušrinė|Vytautas-Kazys|Gabija-Rūta|Dovydas|Ugnė|Šarūnė|Kastytis',
    'Petrauskienė|Sabonytė|Valančius-Meškis|Tamulevičiūtė|Ražanskas|Butkevičienė|Grigonis|Dapkutė|Venclova-Mačys|Čiurlionytė',
  ),
  latvian: c(
    'Ilgvars|Sniedze|Uldis-Māris|Laimdota|Kristaps-Ēriks|Dagnija|Roberts-Valters|Zane-Anete|Ivars|Velta',
    'Apinis-Ceplītis|Vilciņa|Bērzkalns|Rozentāle|Ievkalns|Strautiņa|Meijere-Kalva|Lāčplēsis|Sudrabkalns|Kronberga',
  ),
  colombian: c(
    'Yesenia|Harold Andrés|Luz Dary|Edwar|Yuliana Marcela|Faiber|Leidy Viviana|Jhonatan Estiven|Dayana Lucía|Wilson Arley',
    'Pulgarín|Valencia Montoya|Rendón Ochoa|Gallego Tangarife|Mosquera Palacios|Hurtado Lucumí|Gómez Tabares|Cárdenas Usme|Patiño Zapata|Agudelo Bedoya',
  ),
  peruvian: c(
    'Rosmery|Jhunior|Yesica Maribel|Wilber|Flor de María|Edgardo|Nelly Rosario|Yordi|Marleni|Clever',
    'Huamancayo|Vilcapoma|Ticse Poma|Chumpitaz|Ñaupari|Yupanqui-Rojas|Cusipaucar|Huaylinos|Taquiri|Chuquispuma',
  ),
  amharic: c(
    'Zewditu|Tilahun-Mulugeta|Genet-Aster|Abebaw|Selamawit|Yirgalem|Tewodros-Mesfin|Birtukan|Haimanot|Asnakech',
    'Gebreyesus|Wondwossen-Alemu|Tessema|Belachew-Abate|Mamo-Gizaw|Ayele-Gebru|Habtemariam|Wolde-Giorgis|Zeleke-Tekalign|Debebe',
  ),
  swahili: c(
    'Mwanajuma|Rashidi-Omari|Subira|Hamida|Juma-Selemani|Mwanaidi|Shaban-Kassim|Tabasamu|Mwanamisi|Salehe',
    'Mwakilema|Kapinga-Mbwambo|Mwakasege|Lyatuu|Mwinyimvua|Kimaro-Moshi|Nyamhanga|Mtemvu|Kingalu|Mwakibete',
  ),
  sinhala: c(
    'Sanduni|Lahiru-Kasun|Chamari|Janaka|Nadeesha|Mahela-Thisara|Upeksha|Tharindu|Hiruni|Pasindu',
    'Ranatunga-Silva|Weerasekara|Kumarasiri|Amarasinghe-Fonseka|Herath-Bandara|Liyanage|Ekanayake-Mudiyanse|Siriwardena|Pathirana-Kodikara|Gunasekara',
  ),
  thai: c(
    'Ratchanee|Sombat|Phimphan|Thitipong|Kanyarat|Worawut|Suphansa|Pichit|Oraphin|Nattapong',
    'Sukjai|Rattanaporn|Bunnag-Sirikit|Chantarasiri|Wongsawat|Thepsuwan|Pattanakul|Siriwattana|Chaisiri|Kongkaew',
  ),
  malay: c(
    'Nurhidayah|Mohd Aizuddin|Siti Hajar|Azlan Shah|Nor Haslinda|Iskandar Zulkarnain|Rosnani|Ahmad Syahmi|Nurfadhilah|Hafiz Danial',
    'bin Jaafar|binti Baharom|bin Ismadi|binti Norazlan|bin Hashim Jalil|binti Kamarul|bin Suhaimi|binti Rosdi|bin Zainal Abidin|binti Mustapha',
  ),
  maori: c(
    'Rangimārie|Tāne-Mahuta|Kiri-Aroha|Manaia|Whetūmārama|Tipene|Hineāmaru|Nikora|Ātaahua|Tamihana',
    'Te Ao-Marama|Kerehoma|Tūhaka|Rangitāiki|Te Maro|Paewai|Hōtene|Tūtara|Te Whare-Heke|Mōkena',
  ),
  luxembourgish: c(
    'Fernande|Jhang|Marianne-Lily|Pol|Romy-Anne|Théo-Jos|Cathy-Mett|Norbi|Lilly-Jeanne|Guy-Fränz',
    'Schummer|Lentz-Kauffmann|Urbany|Bettendorff|Weydert-Kraus|Reding|Majerus|Pletschette|Steichen-Thiry|Zeimet',
  ),
  breton: c(
    'Loeiz|Gwenola|Alan-Yann|Mikaela|Herve-Loic|Klervi|Jakez|Maelys-Rozenn|Paol|Morgane-Aela',
    'Le Moal|Kerlann|Le Braz|Guillou-Kerhoas|Le Cornec|Tréhin|Kermarrec|Le Scouarnec|Ollivier-Kervran|Bodiger',
  ),
  greenlandic: c(
    'Aqqaluaq|Naasunnguaq|Pipaluk-Ivalo|Kuupik|Nivikka|Malik-Aputsiaq|Arnannguaq|Inunnguaq|Paninnguaq|Qillaq',
    'Kristiansen-Qujaukitsoq|Lyberth-Olsvig|Petrussen-Kleist|Fleischer-Heilmann|Kreutzmann-Egede|Motzfeldt-Zeeb|Chemnitz-Berthelsen|Sandgreen-Lynge|Kuitse-Broberg|Enoksen-Thygesen',
  ),
  aymara: c(
    'Wiñay|Qhantati|Laramuru|Ch’uqi|Tupak-Katari|Phaxsi|Wara-Illimani|Yatiri|Chuymani|Lurpi',
    'Mamani-Choque|Ticona-Alanoca|Apaza-Quenta|Huanca-Callisaya|Chambi-Quelca|Limachi-Poma|Copa-Yujra|Cutipa-Laura|Condori-Huarachi|Ajata-Velasco',
  ),
  mapuche: c(
    'Ayelén-Rayen|Licán|Huenchu|Millaray|Nahuelpán|Aukan|Llancaray|Pehuenche|Rewe|Likanrayen',
    'Huenchumilla|Ñancupil|Collipal|Millapán|Catrileo|Painemal|Huaiquil|Llancaleo|Curiñir|Quilaqueo',
  ),
  basque: c(
    'Ibai-Eneko|Garazi|Aitzol|Oihana|Unai-Xabat|Maddi|Iñaki-Jokin|Ainhize|Gaizka|Itziar-Nahia',
    'Goikoetxea-Urrutia|Agirrezabala|Etxeberria-Lasa|Zubizarreta|Arrizabalaga|Oiartzabal|Larrañaga-Elorza|Iturbe|Aranburu-Gaztañaga|Uribarrena',
  ),
  estonian: c(
    'Kärt|Indrek-Tõnu|Maarja-Liis|Siim|Kadri-Ülle|Rasmus-Priit|Triin|Margus|Liina-Pille|Andrus',
    'Kõrvits-Tamm|Pärtelpoeg|Saar-Jõgi|Vähi|Õunapuu|Kask-Lepik|Tõniste|Rüütel|Kivistik|Põldroos',
  ),
};

/** Particles are not name words of their own for the overlap checks. */
export const PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'der',
  'de',
  'da',
  'del',
  'dos',
  'bin',
  'binti',
  'ter',
  'te',
  'le',
  'ao',
  'ar',
]);

export const { words, cultures, sharedWithEarlierSets, keptCounts, keptNames, sharedTyped } = keptCultures(
  36,
  TYPED,
  PARTICLES,
);
