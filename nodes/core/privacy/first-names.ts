/**
 * Common first names in Germany, Austria, Switzerland, the UK and the US (lower case), for PERSON
 * detection without a cue word. Drawn from published birth-name statistics across generations,
 * including names common among people with Turkish, Arabic, Polish, Russian, Italian and Spanish roots.
 */
export const FIRST_NAMES = new Set(
  `
anna maria emma mia sophie sofia lena lea hannah hanna laura julia lisa sarah sara katharina christina sabine susanne petra monika
andrea claudia stefanie stephanie nicole birgit karin ursula ingrid renate heike anja martina gabriele elke silke jana nina lara marie
charlotte emily olivia amelia isabella ava grace chloe jessica jennifer elizabeth mary patricia linda barbara susan karen nancy
thomas michael andreas stefan stephan peter klaus wolfgang jürgen juergen frank bernd uwe dieter hans werner günter guenter horst
manfred markus marcus martin christian alexander daniel tobias sebastian florian jan jonas lukas lucas leon paul felix maximilian max tim tom niklas
nicolas david simon philipp fabian matthias johannes benjamin moritz julian kevin dennis sven marco oliver james john robert william
richard joseph charles christopher matthew anthony mark donald steven andrew joshua george edward henry jack harry oscar noah
liam ethan mason elijah logan aiden ole finn ben elias henri emil anton jakob jacob
ida frieda frida clara klara mathilda matilda ella luisa louisa lina mila marlene amelie leni paula nele lotta greta helena
johanna magdalena theresa teresa elena leonie jasmin jasmine yasmin vanessa michelle melanie daniela carina carolin caroline
franziska kathrin katrin anke antje astrid bettina brigitte christa christine dagmar doris edith elisabeth erika eva gisela hannelore
helga hildegard inge irene iris jutta kerstin kirsten margit marion marianne melissa nadine nadja natalie natascha regina rita rosemarie
ruth sandra simone sonja svenja tanja ulrike ute vera veronika waltraud yvonne alina aylin selin elif zeynep ayse ayşe fatma emine
hatice leyla meryem amira aisha fatima mariam maryam yara lia liana kim alexandra angelika anita annette beate carmen cornelia
diana ines isabel isabell jacqueline janina jennifer josephine judith julie kristina larissa lena linda lucia luise maja manuela
marina marta martha miriam mona nora olga pia rebecca rebekka sina stella tamara tatjana tina viktoria victoria wiebke zoe zoé
carla karla karl carl ricardo hailey haley shawn sean shaun pit piet pia ole ida
heinz helmut herbert hermann holger jens joachim jörg joerg josef joseph kai karsten knut konrad kurt lars lothar lutz marcel
matthias michel mirko norbert olaf oskar otto patrick pascal rainer ralf ralph reinhard rené rene robin roland rolf rudolf rüdiger
siegfried steffen sören soeren thorsten torsten ulrich volker walter wilhelm willi dirk detlef erik eric erich ernst friedrich fritz
georg gerhard gerd hartmut heiko bernhard axel armin arne achim alfred albert benedikt bastian björn bjoern christoph carsten
denis dominik elias erwin eugen gustav hannes henrik hendrik ingo jannik janik jonathan justin kilian konstantin leonard leopold
linus luca luis louis malte marc mario marius mats mattis mehmet mustafa ahmet ali hasan hassan hüseyin huseyin ibrahim ismail
murat emre can deniz yusuf omar omer ömer mohammed muhammad mohamed ahmad ahmed karim samir tarek youssef nico niko noel pierre
quentin raphael rafael robert ruben samuel silas theo theodor till timo tristan valentin vincent yannick yannik adam adrian
aaron alex artur arthur bruno damian dario emilian fabio finn frederik hugo ivan jonah joel jona kevin lenny levi lian liam
lorenz mika milan nils noah oskar phil piotr pawel tomasz krzysztof marek jakub wojciech agnieszka katarzyna małgorzata malgorzata
joanna magda dmitri dmitrij sergei sergej wladimir vladimir andrej andrei igor oleg natalia svetlana swetlana irina tatiana
giuseppe giovanni francesco antonio alessandro luigi marco matteo lorenzo giulia francesca chiara valentina sofia federica
jose josé juan carlos miguel pedro pablo javier diego alejandro manuel sergio raul raúl ana lucía carmen pilar rosa elena
amy abigail alice alison amanda angela ann anne audrey beth betty beverly brenda brittany carol caroline catherine cheryl christine
cynthia deborah debra denise diane donna dorothy eleanor emma evelyn frances gloria hailey hannah heather helen jacqueline jane janet
janice jean joan joyce judy julia julie katherine kathleen kathryn kayla kelly kimberly lauren lily lucy madison margaret marie
marilyn martha megan melissa natalie nicole olivia pamela rachel rebecca rose ruth samantha sharon shirley sophia stephanie teresa
theresa tiffany victoria virginia zoe ruby poppy isla freya evie daisy phoebe florence scarlett harper ella aria mila layla riley
nora hazel aurora violet stella savannah brooklyn paisley skylar claire lucy anna caroline genesis emilia kennedy maya willow
alan albert arthur austin benjamin billy bobby brandon brian bruce bryan carl carlos christian craig dale danny dean derek douglas
dylan earl eric eugene frank fred gabriel gary gerald gordon gregory harold howard jason jeffrey jeremy jerry jesse jimmy joe
jonathan jordan juan justin keith kenneth kyle larry lawrence louis luke martin nathan nicholas patrick paul philip ralph randy
raymond roger ronald roy russell ryan samuel scott sean shawn stanley stephen terry timothy tyler victor vincent walter wayne
zachary alfie archie charlie freddie theo teddy reggie ronnie arlo rory hugo louis leo jayden caleb hunter carter owen wyatt
grayson jaxon luca isaac nolan connor hudson cooper xavier miles easton asher josiah jeremiah colton eli angel ian axel everett
`
    .split(/\s+/)
    .filter(Boolean),
);
