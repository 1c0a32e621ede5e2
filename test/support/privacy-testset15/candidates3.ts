/** The third round, typed after the second round's per-culture counts: where a culture fell short. */
export const ROUND_3: Record<string, { given: string[]; family: string[] }> = {
  scottish: {
    given: ['Fearchar', 'Seonag', 'Alasdair-Ruadh', 'Mairead', 'Uisdean', 'Peigi', 'Raonull', 'Ciorstaidh'],
    family: [],
  },
  irish: { given: ['Íde', 'Lorcán', 'Bébhinn', 'Donnchadh', 'Clodagh', 'Ultan'], family: [] },
  maori: { given: [], family: ['Whaanga', 'Tautahi', 'Paewai', 'Ropiha'] },
  polish: {
    given: ['Sławomira', 'Dobiesław', 'Jaromira', 'Wszebor', 'Bolesława', 'Ziemowit', 'Radzimir', 'Świętosława'],
    family: ['Wyszomirska', 'Ptasznik', 'Gąsiorowski', 'Żebrowska', 'Skrzypczyk'],
  },
  czech: { given: ['Blažena', 'Vratislav', 'Květoslava', 'Dalibor', 'Ludmila-Marie'], family: [] },
  hungarian: { given: ['Ajtony', 'Tünde', 'Zsombor', 'Kincső', 'Bendegúz', 'Villő'], family: [] },
  romanian: { given: [], family: ['Vlădoianu', 'Rădulescu-Motru', 'Țiriac', 'Negoescu'] },
  greek: {
    given: [
      'Polyxeni',
      'Themistoklis',
      'Evdokia',
      'Pantelis',
      'Anthoula',
      'Lambros',
      'Vasiliki-Ioanna',
      'Kyriakos',
      'Efrosyni',
      'Prodromos',
    ],
    family: [],
  },
  turkish: { given: [], family: ['Kuzucuoğlu', 'Dumlupınar', 'Hacıosmanoğlu', 'Köroğlu', 'Bayraktaroğlu', 'Türkoğlu'] },
  kurdish: { given: ['Xezal', 'Rêber', 'Jiyan', 'Şêrko', 'Nûdem'], family: [] },
  persian: {
    given: ['Forough', 'Manouchehr', 'Parisa', 'Jamshid', 'Nasrin'],
    family: ['Bakhtiari', 'Golestani', 'Zanganeh'],
  },
  arabic: { given: ['Widad', 'Jalal', 'Hanadi'], family: ['Abu-Ghazaleh', 'Nusseibeh', 'Tarabishi'] },
  ethiopian: {
    given: ['Zewditu', 'Berhanu', 'Aster', 'Tilahun', 'Fasika', 'Menelik', 'Hirut'],
    family: ['Mengistu-Ayele', 'Gebreselassie', 'Wondimu', 'Abebe-Kassa', 'Shiferaw', 'Tekalign', 'Zenebe', 'Ayalew'],
  },
  somali: {
    given: ['Caasha', 'Guuleed', 'Hibo', 'Shamsa', 'Ilyas'],
    family: ['Madar', 'Cigaal', 'Weheliye', 'Abtidoon', 'Raage', 'Xasan-Gaab', 'Dualeh', 'Shire'],
  },
  yoruba: {
    given: ['Ireoluwa', 'Omotola', 'Adesola', 'Oluwatoyin', 'Ayokunle', 'Temitope', 'Kolawole', 'Moyosore'],
    family: ['Adegoke', 'Olatunji-Bello', 'Oyebanji', 'Akinwande', 'Ilesanmi'],
  },
  igbo: {
    given: ['Ugochukwu', 'Ezinne', 'Kelechi', 'Nkiruka', 'Somtochukwu', 'Chidiebere'],
    family: ['Okafor-Udeh', 'Ezekwesili', 'Achebe-Nwoye'],
  },
  ghanaian: {
    given: ['Akwasi', 'Ama Serwaa', 'Yaa Asantewaa', 'Fiifi', 'Esi', 'Kojo', 'Akua', 'Nana Adjoa'],
    family: ['Ansah-Asare', 'Kufuor', 'Baffoe-Bonnie', 'Oppong', 'Sarpong', 'Acheampong', 'Gyamfi', 'Twumasi'],
  },
  swahili: { given: ['Mwajuma', 'Salim', 'Nasimiyu', 'Hadija', 'Athumani', 'Subira'], family: [] },
  hindi: { given: [], family: ['Bajpai', 'Mishra-Rathore', 'Kulshreshtha'] },
  tamil: {
    given: ['Anbarasi', 'Velmurugan', 'Kayalvizhi', 'Sembiyan'],
    family: ['Ilangovan', 'Annamalai', 'Manickavasagam', 'Periyasamy'],
  },
  punjabi: { given: [], family: ['Aulakh', 'Chahal', 'Sahota'] },
  bengali: { given: [], family: ['Bhowmik', 'Chakladar', 'Sanyal', 'Mazumder', 'Talukdar', 'Bagchi'] },
  chinese: { given: ['Shuying', 'Dongmei', 'Guozhi'], family: [] },
  cantonese: { given: ['Wai-Kuen', 'Yuk-Lan', 'Kam-Fai'], family: [] },
  japanese: {
    given: ['Chiharu', 'Kenshiro', 'Sayuri'],
    family: ['Hasegawa-Mori', 'Kuroiwa', 'Shiraishi', 'Onodera', 'Ikegami'],
  },
  korean: {
    given: ['Bo-ram', 'Kyung-soo', 'Mi-sook'],
    family: ['Dokgo', 'Sagong', 'Seomun', 'Jang-Ryu', 'Eom', 'Ok', 'Pyo', 'Bang'],
  },
  vietnamese: {
    given: ['Thanh Thủy', 'Hữu Phước', 'Mỹ Dung', 'Công Vinh', 'Quỳnh Như', 'Bảo Châu', 'Tuấn Kiệt', 'Hoài Thương'],
    family: ['Lạc', 'Kiều', 'Tăng', 'Diệp', 'Giáp', 'Khổng'],
  },
  thai: {
    given: ['Supachai', 'Rungnapa', 'Thanakorn', 'Benjawan'],
    family: ['Chanthavong', 'Saengthong', 'Rojanasakul', 'Prasertsuk'],
  },
  filipino: {
    given: ['Teofilo', 'Perlita', 'Crisanto', 'Erlinda'],
    family: ['Sarmiento-Lagman', 'Baluyot', 'Manalastas', 'Pangilinan', 'Calimlim'],
  },
  indonesian: {
    given: ['Slamet', 'Ratnasari', 'Joko Susilo', 'Kurniawati'],
    family: ['Djojohadikusumo', 'Wirjosandjojo', 'Hadiwidjaja', 'Soemarno'],
  },
  brazilian: {
    given: ['Jandira', 'Aparecido', 'Claudionor', 'Rosimeire', 'Deusdete', 'Lucineide', 'Edivaldo'],
    family: ['Gusmão', 'Pimentel-Aragão', 'Bezerra', 'Quintella', 'Brasileiro'],
  },
  spanish: {
    given: ['Eusebio', 'Visitación', 'Cayetano', 'Milagros', 'Teodomiro', 'Purificación', 'Pancracio'],
    family: ['Bustamante-Ugarte', 'Ollero', 'Larrazábal', 'Samaniego'],
  },
  italian: {
    given: ['Gesualdo', 'Filomena', 'Raimondo', 'Annunziata'],
    family: ['Sparapani', 'Quagliarella', 'Zanchettin'],
  },
  portuguese: {
    given: ['Adelino', 'Rosário', 'Amândio'],
    family: ['Rebelo de Sousa', 'Ataíde', 'Bettencourt-Pavão', 'Resende'],
  },
  dutch: { given: ['Cornelis', 'Jantje', 'Evert', 'Trijntje'], family: ['Hakvoort', 'Spruijt', 'Nieuwenhuizen'] },
  finnish: { given: [], family: ['Kinnunen-Ruuska', 'Pölönen', 'Väänänen', 'Tuominen'] },
  ukrainian: {
    given: ['Vasylyna', 'Orest', 'Halyna-Maria', 'Zinovii', 'Lesia'],
    family: ['Shevchuk-Dovbush', 'Franko', 'Kvitka', 'Yatsenyuk', 'Pidhirna'],
  },
  georgian: {
    given: ['Eka', 'Vakhtang', 'Natela', 'Otar', 'Maia', 'Lasha', 'Tsiala'],
    family: ['Mgeladze', 'Kiknadze', 'Tsereteli', 'Bakradze', 'Chavchavadze'],
  },
  armenian: { given: ['Astghik', 'Hrant', 'Shushan', 'Mher'], family: [] },
  icelandic: { given: ['Ingibjörg', 'Snorri', 'Hallgerður'], family: ['Sæmundsson', 'Kjarval', 'Thoroddsen'] },
  albanian: {
    given: ['Blerina', 'Fatos', 'Vjosa', 'Ilir'],
    family: ['Shala', 'Kelmendi', 'Rugova-Deda', 'Haxhiu', 'Sejdiu'],
  },
  maltese: { given: ['Karmnu', 'Tereża'], family: ['Spiteri', 'Mifsud-Bonnici', 'Xuereb', 'Azzopardi', 'Debono'] },
  fijian: { given: [], family: ['Qarase', 'Rabuka-Tora', 'Waqanivalu'] },
  hausa: { given: ['Jummai', 'Lawal'], family: ['Kazaure', 'Gumel', 'Bichi'] },
  mongolian: { given: ['Altantsetseg', 'Khulan'], family: [] },
  sinhala: { given: ['Upul', 'Sanduni'], family: ['Senanayake', 'Kumaratunga', 'Ratnayake'] },
  frisian: { given: ['Jeltsje', 'Sjirk'], family: ['Reitsma', 'Dykstra'] },
  basque: {
    given: ['Iratxe', 'Gorka', 'Amaia', 'Iker'],
    family: ['Arrizabalaga', 'Zumalakarregi', 'Otxoa', 'Gorostiaga'],
  },
  tigrinya: { given: [], family: ['Berhane', 'Zerai'] },
  hawaiian: { given: ['Nohea', 'Kalani'], family: [] },
};
