// Set 37's values: the drawing shared with set 38 (its countries' bank codes, card prefixes, areas) over this set's stream.
export * from '../held-out-values-3738.js';
