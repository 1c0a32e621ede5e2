// Set 38's values: the drawing shared with set 37 (its countries' bank codes, card prefixes, areas) over this set's stream.
export * from '../held-out-values-3738.js';
