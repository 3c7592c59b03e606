import xxhash from 'xxhash-wasm';
import { expect, test } from 'vitest';
import { xxh32 } from '../../src/lbbv/context/xxh32';

test('xxh32 equals xxhash-wasm h32Raw on every length 0..200 and random bytes', async () => {
  const { h32Raw } = await xxhash();
  let seed = 12345;
  const rnd = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24;
  for (let len = 0; len <= 200; len++) {
    for (let k = 0; k < 5; k++) {
      const b = new Uint8Array(len);
      for (let i = 0; i < len; i++) b[i] = k === 0 ? 0xff : rnd();
      expect(xxh32(b)).toBe(h32Raw(b) >>> 0);
    }
  }
});
