// A 32-bit word used as 8 slots of 4 bits ("nibbles"). Slot i lives in bits
// 4i..4i+3. Context keeps its per-local and per-temp facts this way, so it is
// made of plain numbers: cheap to copy, compare, hash and encode.
// Every function returns an unsigned word (>>> 0) so equal contents compare ===.

/** Number of nibble slots in one word. */
export const NIBBLES_PER_WORD = 8;

/** Reads slot i (0..7). */
export function getNibble(word: number, i: number): number {
  return (word >>> (i << 2)) & 0xf;
}

/** Returns word with slot i (0..7) set to v (0..15). */
export function setNibble(word: number, i: number, v: number): number {
  const shift = i << 2;
  return ((word & ~(0xf << shift)) | (v << shift)) >>> 0;
}

/** Moves every slot one deeper (i → i+1) and puts v in slot 0; slot 7 is lost. */
export function pushNibble(word: number, v: number): number {
  return ((word << 4) | v) >>> 0;
}

/** Drops the n shallowest slots, moving the rest up; n >= 8 clears the word. */
export function dropNibbles(word: number, n: number): number {
  // JS masks shift counts to 5 bits, so a shift of 32 must be special-cased.
  return n >= NIBBLES_PER_WORD ? 0 : word >>> (n << 2);
}

/** Keeps only the n shallowest slots (n >= 8 keeps all). */
export function keepNibbles(word: number, n: number): number {
  return n >= NIBBLES_PER_WORD ? word >>> 0 : (word & ((1 << (n << 2)) - 1)) >>> 0;
}
