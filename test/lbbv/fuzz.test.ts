// A fixed-seed sample of the JIT fuzzer (npm run fuzz -- --runs N runs more).
import { beforeAll, describe, expect, test } from 'vitest';
import { initContextHashing } from '../../src/lbbv/context';
import { loadNative } from '../../src/native';
import { fuzz, runLbbv, runNode } from '../../src/tools/fuzz';

const native = loadNative();

beforeAll(async () => {
  await initContextHashing();
});

describe.skipIf(!native.native)(`JIT fuzzer${native.native ? '' : ` (skipped: ${native.reason})`}`, () => {
  test('the oracle and lbbv agree on a known type-mixing program', () => {
    const src = 'let a = 2147483647, b = "3", c = undefined, d = 0.5;\nfor (let i = 0; i < 30; i++) { a = a + i; b = b * 2; c = c + 1; d = d - i; }\nconsole.log(a, b, c, d);\n';
    expect(runLbbv(src)).toBe(runNode(src));
  });

  test('200 generated programs (seed 20261121) match node', () => {
    expect(() => fuzz(200, 20261121)).not.toThrow();
  });

  test('200 generated programs (seed 7) match node without versioning', () => {
    expect(() => fuzz(200, 7, 1)).not.toThrow();
  });
});
