// Fixed sizes of a Context. Each tracked item costs one 4-bit nibble, and 8
// nibbles fill one 32-bit word, so a Context is a handful of small integers.

/** Locals whose types are tracked; local i >= MAX_LOCALS reads as Unknown. */
export const MAX_LOCALS = 8;

/** Stack temps (from the top) whose types and mappings are tracked. */
export const MAX_TEMPS = 8;

/** Largest guard-chain depth a Context can record (it is stored in a byte). */
export const MAX_CHAIN_DEPTH = 255;
