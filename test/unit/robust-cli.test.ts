// Limits at the command line (issue #17): the smallest accepted --stack-size
// runs ordinary programs in every mode, and smaller values are refused with
// the minimum named (as --help says).
import { describe, expect, test } from 'vitest';
import { MODES, runProcess, LBBV, ROOT } from '../diff/modes';

const PROGRAM = `
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
console.log(depth(200));
function forever(n) { return forever(n + 1) + 1; }
try { forever(0); } catch (e) { console.log(e.name, e.message); }
var xs = [];
for (var i = 0; i < 1000; i++) xs.push(i * 2);
console.log(xs.map(function (x) { return x + 1; }).reduce(function (a, b) { return a + b; }, 0));
`;

describe('--stack-size', () => {
  test('the minimum runs ordinary programs in every mode', async () => {
    const help = await runProcess(process.execPath, [LBBV, '--help'], ROOT);
    const min = Number(/--stack-size=KiB.*minimum (\d+)/.exec(help.stdout)![1]);
    expect(min).toBeGreaterThan(0);
    for (const [mode, flags] of Object.entries(MODES)) {
      const r = await runProcess(process.execPath, [LBBV, ...flags, `--stack-size=${min}`, '-e', PROGRAM], ROOT);
      expect({ mode, code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({
        mode,
        code: 0,
        stdout: '200\nRangeError Maximum call stack size exceeded\n1000000\n',
        stderr: '',
      });
    }
    const below = await runProcess(process.execPath, [LBBV, `--stack-size=${min - 1}`, '-e', 'console.log(1)'], ROOT);
    expect(below.code).toBe(1);
    expect(below.stderr.trim()).toBe(`lbbv: --stack-size expects an integer in [${min}, 262144], got '${min - 1}'`);
  }, 240_000);
});

// The front end takes the depths node takes (issue #17 item 3): a 200,000-term
// left-deep chain, long else-if chains, deep conditions. Node is the oracle.
describe('deep expressions', () => {
  test('200,000-term chains and a 3,000-arm else-if chain run as in node', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lbbv-deep-'));
    const file = path.join(dir, 'deep.js');
    const arms = Array.from({ length: 3000 }, (_, i) => `else if (x === ${i}) y = ${i * 3};`).join('\n');
    fs.writeFileSync(
      file,
      [
        `var a = 1, b = 0, x = 2999, y = -1;`,
        `console.log(0${'+1'.repeat(200000)});`,
        `console.log(a${' && a'.repeat(100000)}, b${' || b'.repeat(100000)});`,
        `if (a${' && a'.repeat(50000)}) console.log('cond');`,
        `if (x === -1) y = -1;\n${arms}\nconsole.log(y);`,
      ].join('\n'),
    );
    const expected = await runProcess(process.execPath, [file], dir);
    expect(expected.code).toBe(0);
    const got = await runProcess(process.execPath, [LBBV, '--no-jit', file], dir, 120_000, { ...process.env, LBBV_HOST_ERRORS: 'fail' });
    expect({ code: got.code, stdout: got.stdout, stderr: got.stderr }).toEqual({ code: 0, stdout: expected.stdout, stderr: '' });
    fs.rmSync(dir, { recursive: true, force: true });
  }, 240_000);
});
