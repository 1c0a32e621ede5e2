export { CULTURES } from './names.js';
export function privacyTestSet12() { return []; }
