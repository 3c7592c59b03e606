// A compact, canonical byte encoding of a Context: equal contexts give equal
// bytes, so the bytes can be hashed and compared to intern contexts.
//
// Layout:
//   varint   stackSize            (unsigned LEB128)
//   varint   zigzag(spOffset)     (0 → 0, -1 → 1, 1 → 2, …)
//   u8       chainDepth
//   nibbles  for each tracked temp, top first: type, mapping code;
//            then selfType, then the types of locals 0..7
// Nibbles are packed two per byte, low nibble first. Trailing zero nibbles
// (Unknown types, stack mappings) are omitted and the decoder fills them in.
// Temps beyond the stack hold nothing, so the decoder knows how many temp
// nibbles to expect from stackSize. A function's entry context is 3 bytes;
// the largest possible is 5 + 5 + 1 + 13 = 24 bytes.
import { Context } from './context';
import { MAX_LOCALS, MAX_TEMPS } from './limits';
import { getNibble, setNibble } from './nibbles';
import { Type } from './types';

/** Largest encoding: two 5-byte varints, the chain depth, 25 nibbles. */
const MAX_BYTES = 5 + 5 + 1 + Math.ceil((2 * MAX_TEMPS + 1 + MAX_LOCALS) / 2);

/** Scratch buffer reused by encode (the result is copied out of it). */
const scratch = new Uint8Array(MAX_BYTES);

/** Encodes ctx (see the layout above). The result is a fresh array. */
export function encode(ctx: Context): Uint8Array {
  let pos = writeVarint(scratch, 0, ctx.stackSize);
  pos = writeVarint(scratch, pos, zigzag(ctx.spOffset));
  scratch[pos++] = ctx.chainDepth;
  const nibbles = contextNibbles(ctx);
  let count = nibbles.length;
  while (count > 0 && nibbles[count - 1] === 0) count--;
  for (let i = 0; i < count; i += 2) {
    scratch[pos++] = nibbles[i]! | ((nibbles[i + 1] ?? 0) << 4);
  }
  return scratch.slice(0, pos);
}

/** Decodes bytes made by encode; throws RangeError on malformed input. */
export function decode(bytes: Uint8Array): Context {
  const r = { pos: 0 };
  const stackSize = readVarint(bytes, r);
  const spOffset = unzigzag(readVarint(bytes, r));
  if (r.pos >= bytes.length) throw new RangeError('context encoding truncated');
  const chainDepth = bytes[r.pos++]!;
  // Unpack the nibbles; absent ones are 0, extra ones must be 0.
  const tracked = Math.min(stackSize, MAX_TEMPS);
  const expected = 2 * tracked + 1 + MAX_LOCALS;
  const nibbles = new Array<number>(expected).fill(0);
  for (let i = 0; r.pos < bytes.length; i += 2) {
    const b = bytes[r.pos++]!;
    for (const [k, v] of [[i, b & 0xf], [i + 1, b >> 4]] as const) {
      if (k < expected) nibbles[k] = v;
      else if (v !== 0) throw new RangeError('context encoding too long');
    }
  }
  let tempTypes = 0, tempMaps = 0, locals = 0;
  for (let d = 0; d < tracked; d++) {
    tempTypes = setNibble(tempTypes, d, nibbles[2 * d]!);
    tempMaps = setNibble(tempMaps, d, nibbles[2 * d + 1]!);
  }
  for (let i = 0; i < MAX_LOCALS; i++) locals = setNibble(locals, i, nibbles[2 * tracked + 1 + i]!);
  // fromPacked checks every type and mapping code and the canonical form.
  return Context.fromPacked({
    stackSize, spOffset, chainDepth, selfType: nibbles[2 * tracked]! as Type,
    packedLocals: locals, packedTempTypes: tempTypes, packedTempMaps: tempMaps,
  });
}

/** The nibble stream of ctx before trimming: temps (type, mapping), self, locals. */
function contextNibbles(ctx: Context): number[] {
  const out: number[] = [];
  for (let d = 0; d < Math.min(ctx.stackSize, MAX_TEMPS); d++) {
    out.push(getNibble(ctx.packedTempTypes, d), getNibble(ctx.packedTempMaps, d));
  }
  out.push(ctx.selfType);
  for (let i = 0; i < MAX_LOCALS; i++) out.push(getNibble(ctx.packedLocals, i));
  return out;
}

/** Writes v (0..2^32-1) as unsigned LEB128 at pos; returns the new position. */
function writeVarint(buf: Uint8Array, pos: number, v: number): number {
  while (v >= 0x80) {
    buf[pos++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  buf[pos++] = v;
  return pos;
}

/** Reads an unsigned LEB128 of at most 5 bytes (a u32) at r.pos. */
function readVarint(buf: Uint8Array, r: { pos: number }): number {
  let v = 0;
  for (let shift = 0; shift < 35; shift += 7) {
    if (r.pos >= buf.length) throw new RangeError('context encoding truncated');
    const b = buf[r.pos++]!;
    v += (b & 0x7f) * 2 ** shift; // multiply, not <<, to stay unsigned
    if ((b & 0x80) === 0) {
      if (v > 0xffffffff) break;
      return v;
    }
  }
  throw new RangeError('context encoding: varint too long');
}

/** Maps an int32 to a u32 so small magnitudes of either sign stay small. */
function zigzag(n: number): number {
  return ((n << 1) ^ (n >> 31)) >>> 0;
}

/** Inverse of zigzag. */
function unzigzag(z: number): number {
  return (z >>> 1) ^ -(z & 1);
}
