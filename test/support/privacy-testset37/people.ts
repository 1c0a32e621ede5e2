import { personOf, type Person } from '../held-out-people.js';
import { cultures } from './names.js';
import type { Zuf } from './random.js';

export { ascii, deviceIp, dob, two, type Country, type Person } from '../held-out-people.js';

/** A person of set 37: a name of its own cultures (`names.ts`), a home in one of the places sets 37 and 38 share. */
export const person = (rng: Zuf, lang: 'de' | 'en'): Person => personOf(Object.values(cultures()), rng, lang);
