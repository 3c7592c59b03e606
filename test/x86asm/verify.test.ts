// Differential check against GNU as (a fixed-seed sample of what
// `node dist/x86asm/verify.js` does): every form, random operands, byte-exact.

import { describe, expect, it } from 'vitest';
import { FORMS } from '../../src/x86asm/forms';
import { assembleWithGas, formatMismatch, gasAvailable, verifyInstances } from '../../src/x86asm/gas';
import { generate } from '../../src/x86asm/gen';

const HAVE_AS = gasAvailable();
const SKIP = HAVE_AS ? '' : ' (SKIPPED: GNU as/nm/objcopy not found; install binutils)';

describe('generator', () => {
  it('is deterministic for a seed and cycles through every form', () => {
    const a = generate(FORMS.length * 2, 7).map((i) => i.text);
    const b = generate(FORMS.length * 2, 7).map((i) => i.text);
    const c = generate(FORMS.length * 2, 8).map((i) => i.text);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    const forms = new Set(generate(FORMS.length, 1).map((i) => i.formIndex));
    expect(forms.size).toBe(FORMS.length);
  });
});

describe('differential check against GNU as', () => {
  it.skipIf(!HAVE_AS)(`2000 random instructions over every form match GNU as byte for byte${SKIP}`, () => {
    const report = verifyInstances(generate(2000, 12345));
    expect(report.mismatches.map(formatMismatch)).toEqual([]);
    expect(report.passed).toBe(2000);
    expect(report.passedPerForm.size).toBe(FORMS.length);
  });

  it.skipIf(!HAVE_AS)(`reports GNU as errors and byte mismatches as failures${SKIP}`, () => {
    const lines = assembleWithGas(['nop', 'mov rax, ebx', 'ret']);
    expect(lines.map((l) => l.error === null)).toEqual([true, false, true]);
    expect(lines[2].bytes).toEqual(new Uint8Array([0xc3]));
    // An instance whose source disagrees with what it emits must be caught.
    const [inst] = generate(1, 3);
    const report = verifyInstances([{ ...inst, text: 'int3' }]);
    expect(report.failed).toBe(1);
    expect(formatMismatch(report.mismatches[0])).toMatch(/ours: .*\n.*gas:  cc/);
  });
});
