/**
 * Lower-case particles inside names ("Ludwig van Beethoven", "Ana dos Santos", "Mariam bin Haddad", "Juan Pérez y
 * Gómez"). One list for every reader of names: readers that kept their own copies drifted apart ("della", "binti",
 * "y" known to some and not to others).
 */
export const NAME_PARTICLES: readonly string[] =
  'von van de der den da di del della dos das du le la bin binti bint ibn al el ter ten zu y'.split(' ');

const PARTICLE_SET = new Set(NAME_PARTICLES);

/** Whether the word, as written, is a particle of a name. */
export const isNameParticle = (word: string): boolean => PARTICLE_SET.has(word);

/** The particles as a regular-expression alternation ("von|van|…"), for patterns that read names. */
export const PARTICLE_ALTERNATION = NAME_PARTICLES.join('|');
