/** Set 16's third round: new cultures and near-misses, typed after only per-culture survivor counts were printed. */
export const CANDIDATES_3: Record<string, { given: string[]; family: string[] }> = {
  austrian: {
    given: ['Gottfrieda', 'Pankraz', 'Scholastika', 'Virgil', 'Rupertine', 'Notker', 'Hildegunde', 'Gebharda'],
    family: [],
  },
  swiss: { given: ['Gaudenz', 'Onna', 'Ursli', 'Mengia', 'Clo'], family: ['Bazzigher', 'Grischott'] },
  irish: { given: ['Eithne', 'Fiachra', 'Dervla'], family: [] },
  punjabi: { given: [], family: ['Jhajj', 'Khangura', 'Sohal', 'Ghuman'] },
  japanese: { given: ['Tsubasa', 'Kanako', 'Yoshiharu', 'Hotaru'], family: [] },
  turkish: { given: ['Nurcihan', 'Alparslan', 'Şükriye', 'Cemalettin', 'Yıldıray'], family: [] },
  kurdish: { given: ['Delal', 'Azad-Rêber', 'Bêrîvan', 'Zozan', 'Rêbîn', 'Hejar'], family: [] },
  czech: { given: ['Božetěch', 'Svatava', 'Přemysl', 'Ludmila-Rút'], family: [] },
  croatian: { given: ['Vjekoslav', 'Jagoda', 'Zrinka'], family: [] },
  italian: { given: ['Ermenegildo', 'Primula', 'Nazzareno', 'Letizia-Maria'], family: [] },
  dutch: {
    given: ['Wopke', 'Tjitske', 'Hylke', 'Aukje', 'Folkert', 'Reinoud', 'Willemijntje', 'Gijsbertus'],
    family: [],
  },
  finnish: {
    given: ['Kyösti', 'Ilmatar', 'Väinö', 'Helmi-Tuulia'],
    family: ['Rytkönen', 'Mustonen-Kallio', 'Pöllänen'],
  },
  icelandic: {
    given: ['Þórdís', 'Sigurbjörn', 'Hrafnhildur', 'Guðlaugur', 'Ásdís', 'Eyvindur'],
    family: ['Þorvaldsdóttir', 'Hrafnkelsson', 'Ingólfsdóttir', 'Steingrímsson', 'Bergþórsdóttir'],
  },
  sami: {
    given: ['Máret', 'Ánde', 'Biret', 'Niillas', 'Elle-Márjá'],
    family: ['Guttorm', 'Somby', 'Eira-Buljo', 'Valkeapää', 'Magga'],
  },
  georgian: {
    given: ['Nino-Ketevan', 'Levan', 'Tamar-Ana', 'Zurab', 'Manana', 'Revaz'],
    family: ['Tsereteli', 'Javakhishvili', 'Chkheidze', 'Gogoberidze', 'Kobakhidze', 'Lordkipanidze'],
  },
  armenian: {
    given: ['Anahit', 'Vardan', 'Siranush', 'Hovhannes', 'Lusine', 'Ashot'],
    family: ['Ter-Petrosyan', 'Hakobjanyan', 'Vardanyants', 'Mkrtchyan', 'Ghazaryan', 'Sahakyan'],
  },
  albanian: {
    given: ['Drita', 'Agron', 'Flutura', 'Besnik', 'Mimoza', 'Ylli'],
    family: ['Krasniqi', 'Berisha', 'Gashi-Hoxha', 'Shala', 'Rexhepi', 'Kelmendi'],
  },
  lithuanian: {
    given: ['Rūta', 'Vytautas', 'Giedrė', 'Mindaugas', 'Aušra', 'Žydrūnas', 'Gintarė', 'Kęstutis', 'Vaidotas'],
    family: ['Kazlauskienė', 'Jankauskas', 'Petrauskaitė', 'Žemaitis', 'Butkevičius', 'Vaitkevičiūtė'],
  },
  latvian: {
    given: ['Baiba', 'Raimonds', 'Ilze', 'Gunārs', 'Dace', 'Valdis', 'Ausma', 'Ojārs', 'Vizma'],
    family: ['Bērziņa', 'Kalniņš', 'Ozoliņa', 'Liepiņš', 'Zariņa', 'Krūmiņš'],
  },
  maltese: {
    given: ['Carmela', 'Ġużeppi', 'Marthese', 'Saviour', 'Doreen', 'Ċensu'],
    family: [
      'Camilleri',
      'Vella-Zammit',
      'Grech',
      'Borg-Cardona',
      'Farrugia',
      'Micallef',
      'Xuereb',
      'Azzopardi-Mifsud',
      'Spiteri-Debono',
      'Zahra',
    ],
  },
  igbo: {
    given: ['Chinonso', 'Ngozi', 'Obinna', 'Adaeze', 'Chukwuemeka', 'Ifeoma'],
    family: ['Okonkwo', 'Nwachukwu', 'Eze-Udo', 'Obiora', 'Anyanwu', 'Okafor-Nnamdi'],
  },
  hausa: {
    given: ['Aminu', 'Hadiza', 'Garba', 'Zainab-Lami', 'Sani', 'Hauwa'],
    family: ['Dankwambo', 'Bello-Kano', 'Shehu', 'Gwarzo', 'Danjuma', 'Yar’Adua'],
  },
  tswana: {
    given: ['Kagiso', 'Boitumelo', 'Tshepo', 'Onalenna', 'Kabelo', 'Gaone', 'Lesedi', 'Ofentse', 'Masego'],
    family: ['Molefe', 'Seretse', 'Masire', 'Kgosi', 'Mogae', 'Tlhabane'],
  },
  venda: {
    given: ['Mashudu', 'Rudzani', 'Ndivhuwo', 'Livhuwani', 'Takalani', 'Mpfariseni'],
    family: ['Nemavhola', 'Ramabulana', 'Netshitenzhe', 'Mudau', 'Tshivhase', 'Mphephu'],
  },
  shona: {
    given: ['Tendai', 'Rudo', 'Tatenda', 'Chipo', 'Farai', 'Nyasha'],
    family: ['Chiweshe', 'Mutasa', 'Makoni', 'Chigumba', 'Marufu', 'Zvobgo'],
  },
  swahili: {
    given: ['Baraka', 'Zawadi', 'Juma', 'Neema', 'Jabari', 'Imani'],
    family: ['Mwangi-Otieno', 'Kiprotich', 'Wanjiru', 'Mutua', 'Chepkoech', 'Njoroge'],
  },
  tigrinya: {
    given: ['Yonas', 'Senait', 'Filmon', 'Luwam', 'Tesfalem', 'Helen-Mebrat'],
    family: [
      'Tesfamariam',
      'Ghebreyesus',
      'Woldemichael',
      'Habtemariam',
      'Kidane',
      'Berhane',
      'Mebrahtu',
      'Ghirmay',
      'Tewolde',
    ],
  },
  maori: {
    given: ['Wiremu', 'Aroha', 'Tamati', 'Hinemoa', 'Rawiri', 'Mereana'],
    family: ['Te Whaiti', 'Ngata', 'Parata', 'Rangihuna', 'Tuhiwai', 'Karaitiana'],
  },
  samoan: {
    given: ['Sefo', 'Losana', 'Tavita', 'Malia', 'Ioane', 'Faamoana'],
    family: ['Tuilagi', 'Leaupepe', 'Faleolo', 'Sapolu', 'Tuiasosopo', 'Aumua'],
  },
  mongolian: {
    given: ['Batbayar', 'Oyunchimeg', 'Ganbold', 'Enkhtuya', 'Temuulen', 'Sarangerel'],
    family: ['Batkhuyag', 'Dorjsuren', 'Purevdorj', 'Tsogtbaatar', 'Otgonbayar', 'Gantulga'],
  },
  tibetan: {
    given: ['Tenzin', 'Pema', 'Dolkar', 'Lhakpa', 'Sonam', 'Yangchen'],
    family: ['Tsering', 'Namgyal', 'Dorje', 'Wangmo', 'Lhamo', 'Gyatso'],
  },
  khmer: {
    given: ['Sophea', 'Vannak', 'Chanthou', 'Sokha', 'Rachana', 'Pisey'],
    family: ['Chhay', 'Keo', 'Sok', 'Pich', 'Meas', 'Ouk'],
  },
  burmese: {
    given: ['Thandar', 'Kyaw Zin', 'Nandar', 'Aung Myo', 'Thiri', 'Zaw Win'],
    family: ['Htet', 'Lwin', 'Naing', 'Tun', 'Hlaing', 'Oo'],
  },
  sinhala: {
    given: ['Dilrukshi', 'Chaminda', 'Nilmini', 'Ruwan', 'Sandya', 'Lasantha'],
    family: ['Wickramasinghe', 'Jayawardena', 'Gunasekara', 'Rajapakse', 'Senanayake', 'Dissanayake'],
  },
  telugu: {
    given: ['Srinivasulu', 'Lakshmi-Prasanna', 'Venkateswarlu', 'Sravani', 'Nagarjuna', 'Padmavathi'],
    family: ['Yarlagadda', 'Kommineni', 'Vallabhaneni', 'Gogineni', 'Chalasani', 'Nannapaneni'],
  },
  malayalam: {
    given: ['Unnikrishnan', 'Sreelekha', 'Jayakrishnan', 'Bindhu', 'Anoop', 'Remya'],
    family: ['Pillai', 'Kurup', 'Menon', 'Panicker', 'Nambiar', 'Kunjumon'],
  },
  hebrew: {
    given: ['Avital', 'Yehuda', 'Shira', 'Eliezer', 'Tamar', 'Noam'],
    family: ['Ben-Ami', 'Rosenzweig', 'Shapira', 'Hadari', 'Zilberman', 'Mizrahi'],
  },
  basque: {
    given: ['Ainhoa', 'Xabier', 'Amaia', 'Iker', 'Nerea', 'Unai'],
    family: ['Etxeberria', 'Agirre', 'Olaizola', 'Urkiola', 'Bengoetxea', 'Iturriaga'],
  },
  frisian: {
    given: ['Sjoukje', 'Tjalling', 'Hiske', 'Wiebe', 'Jeltje', 'Douwe'],
    family: ['Hylkema', 'Wijnstra', 'Dijkstra-Bouma', 'Terpstra', 'Siebenga', 'Haitsma'],
  },
  sorbian: {
    given: ['Měrćin', 'Hańža', 'Jurij', 'Lejna', 'Bjarnat', 'Milenka'],
    family: ['Nowak-Šołta', 'Krawc', 'Wjela', 'Šěca', 'Kocor', 'Bróška'],
  },
  navajo: {
    given: ['Yanaba', 'Hastiin', 'Nizhoni', 'Ahiga', 'Doba', 'Shilah'],
    family: ['Begay', 'Yazzie', 'Tsosie', 'Benally', 'Nez', 'Manygoats'],
  },
  hmong: {
    given: ['Pa Nhia', 'Tou Fue', 'Mai Yer', 'Xeng', 'Nou', 'Chue'],
    family: ['Vang', 'Xiong', 'Thao', 'Yang', 'Lor', 'Moua'],
  },
};
