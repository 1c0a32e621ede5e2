import { cultures, droppedByCulture, sharedWithEarlierSets, typedCounts } from './names.js';

/**
 * For the writer of set 18: which typed names an earlier set shares a word with (they are dropped at
 * load), and how many cultures and names are kept. Prints only the shared words, never earlier texts.
 * Optional arguments: names to check (for the hand-written documents).
 */
const args = process.argv.slice(2);
if (args.length > 0) {
  console.log(sharedWithEarlierSets(args.flatMap((a) => a.split(/\s*;\s*/))).shared.join(', '));
} else {
  for (const [culture, names] of Object.entries(droppedByCulture()))
    if (names.length) console.log(`${culture}: ${names.join(', ')}`);
  const kept = cultures();
  console.log(`typed ${JSON.stringify(typedCounts())}; kept ${Object.keys(kept).length} cultures`);
  for (const [culture, c] of Object.entries(kept))
    console.log(`  ${culture}: ${c.given.length} given, ${c.family.length} family`);
}
