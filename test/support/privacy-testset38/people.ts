import { personOf, type Person } from '../held-out-people.js';
import { cultures } from './names.js';
import type { KnuthRan2002 } from './random.js';

export { ascii, deviceIp, dob, two, type Country, type Person } from '../held-out-people.js';

/** A person of set 38: a name of its own cultures (`names.ts`), a home in one of the places sets 37 and 38 share. */
export const person = (rng: KnuthRan2002, lang: 'de' | 'en'): Person => personOf(Object.values(cultures()), rng, lang);
