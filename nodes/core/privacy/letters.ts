/**
 * Latin letters with the accents of German, French, Polish, Turkish, Vietnamese … names, as
 * character-class bodies: cheaper than Unicode property classes in patterns that run over whole texts.
 */
export const UPPER = 'A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽƠƯẠ-Ỹ';
export const LOWER = 'a-zß-öø-ÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĵķĺļľŀłńņňŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżžơưạ-ỹ';
/** A name word: O'Conner, McDonald, Schneider-Weber, D'Angelo as well as plain capitalised words. */
export const NAME_WORD = `(?:[${UPPER}]['’])?[${UPPER}][${LOWER}]+(?:[${UPPER}][${LOWER}]+)?(?:['’-][${UPPER}]?[${LOWER}]+)*`;
