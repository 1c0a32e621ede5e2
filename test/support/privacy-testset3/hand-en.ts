export const HAND_EN: import('./hand-de.js').HandDoc[] = [];
