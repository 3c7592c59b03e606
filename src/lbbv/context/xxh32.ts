// xxHash32 (seed 0) of a byte array, in plain TypeScript: synchronous, so a
// ContextTable (and so the JIT) is ready as soon as this module loads. The
// same function as xxhash-wasm's h32Raw (test/lbbv/xxh32.test.ts checks),
// without its asynchronous WebAssembly set-up; for the short encodings of
// contexts it is as fast (no copy into wasm memory).

const P1 = 2654435761 | 0;
const P2 = 2246822519 | 0;
const P3 = 3266489917 | 0;
const P4 = 668265263;
const P5 = 374761393;

function rotl(x: number, r: number): number {
  return (x << r) | (x >>> (32 - r));
}

function word(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24);
}

function lane(v: number, w: number): number {
  return Math.imul(rotl((v + Math.imul(w, P2)) | 0, 13), P1);
}

/** The unsigned 32-bit xxHash32 of `b` with seed 0. */
export function xxh32(b: Uint8Array): number {
  const len = b.length;
  let i = 0;
  let acc: number;
  if (len >= 16) {
    let v1 = (P1 + P2) | 0;
    let v2 = P2;
    let v3 = 0;
    let v4 = -P1 | 0;
    for (const end = len - 16; i <= end; i += 16) {
      v1 = lane(v1, word(b, i));
      v2 = lane(v2, word(b, i + 4));
      v3 = lane(v3, word(b, i + 8));
      v4 = lane(v4, word(b, i + 12));
    }
    acc = (rotl(v1, 1) + rotl(v2, 7) + rotl(v3, 12) + rotl(v4, 18)) | 0;
  } else {
    acc = P5;
  }
  acc = (acc + len) | 0;
  for (; i + 4 <= len; i += 4) acc = Math.imul(rotl((acc + Math.imul(word(b, i), P3)) | 0, 17), P4);
  for (; i < len; i++) acc = Math.imul(rotl((acc + Math.imul(b[i], P5)) | 0, 11), P1);
  acc ^= acc >>> 15;
  acc = Math.imul(acc, P2);
  acc ^= acc >>> 13;
  acc = Math.imul(acc, P3);
  acc ^= acc >>> 16;
  return acc >>> 0;
}
