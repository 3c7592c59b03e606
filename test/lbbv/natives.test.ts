// The built-in codegen table (src/lbbv/codegen/natives.ts).
import { expect, test } from 'vitest';
import { Engine } from '../../src/engine';
import { nativeIdOf, NATIVES } from '../../src/lbbv/codegen/natives';

test('every built-in in the table is found in the realm by its qualified name', () => {
  const vm = new Engine({ jit: false }).vm;
  const ids = new Set<number>();
  for (const name of Object.keys(NATIVES)) {
    const id = nativeIdOf(vm, name);
    expect(id, name).toBeGreaterThanOrEqual(0);
    expect(vm.natives[id].name, name).toBe(name.split('.').pop());
    ids.add(id);
  }
  expect(ids.size).toBe(Object.keys(NATIVES).length);
  expect(nativeIdOf(vm, 'Math.nosuch')).toBe(-1);
  expect(nativeIdOf(vm, 'Math.PI')).toBe(-1);
});
