// Every instruction has a JIT strategy: a gen function, a runtime call, or a
// declared side exit (exits.ts EXIT_ONLY_OPS).
import { expect, test } from 'vitest';
import { OP, OPS } from '../../src/bytecode/opcodes';
import { GEN } from '../../src/lbbv/codegen/gen';
import { EXIT_ONLY_OPS } from '../../src/lbbv/exits';
import { RUNTIME_OPS } from '../../src/lbbv/runtime';

test('every opcode has a gen function, a runtime call or a declared exit', () => {
  const exitOnly = new Set(EXIT_ONLY_OPS);
  const missing = OPS.map((o, i) => (GEN[i] !== undefined || RUNTIME_OPS.has(i) || exitOnly.has(o.name) ? null : o.name)).filter((n) => n !== null);
  expect(missing, 'add a gen function, a runtime call, or the name to EXIT_ONLY_OPS in src/lbbv/exits.ts').toEqual([]);
});

test('the declared exit-only instructions exist and are not compiled otherwise', () => {
  for (const name of EXIT_ONLY_OPS) {
    expect(OP[name], name).toBeTypeOf('number');
    const op = OP[name];
    expect(GEN[op], name).toBeUndefined();
    expect(RUNTIME_OPS.has(op), name).toBe(false);
  }
});
