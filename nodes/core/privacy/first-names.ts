/** Common German and English first names (lower case), for PERSON detection without a cue word. */
export const FIRST_NAMES = new Set(
  (
    'anna maria emma mia sophie sofia lena lea hannah hanna laura julia lisa sarah sara katharina christina sabine susanne petra monika ' +
    'andrea claudia stefanie nicole birgit karin ursula ingrid renate heike anja martina gabriele elke silke jana nina lara marie ' +
    'charlotte emily olivia amelia isabella ava grace chloe jessica jennifer elizabeth mary patricia linda barbara susan karen nancy ' +
    'thomas michael andreas stefan peter klaus wolfgang jürgen juergen frank bernd uwe dieter hans werner günter guenter horst manfred ' +
    'markus martin christian alexander daniel tobias sebastian florian jan jonas lukas leon paul felix maximilian max tim tom niklas ' +
    'david simon philipp fabian matthias johannes benjamin moritz julian kevin dennis sven marco oliver james john robert william ' +
    'richard joseph charles christopher matthew anthony mark donald steven andrew joshua george edward henry jack harry oscar noah ' +
    'liam ethan mason lucas elijah logan aiden emma ole finn ben elias noah henri emil anton jakob'
  ).split(/\s+/),
);
