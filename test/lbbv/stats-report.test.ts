// The --stats text: every counter explained, side exits apart from returns,
// the runtime calls and slow paths listed, the figures' column aligned.
import { expect, test } from 'vitest';
import { VM } from '../../src/index';
import { formatStats } from '../../src/lbbv/report';
import { COUNTER_DOCS } from '../../src/lbbv/stats';

const jitOn = new VM({ stdout: () => {} }).jitEnabled;

test.skipIf(!jitOn)('the --stats report explains every counter and lists exits, runtime calls and slow paths', () => {
  const src = `
    function get(o) { return o.x; }
    const shapes = [{ x: 1 }, { y: 1, x: 2 }, { z: 1, x: 3 }, { w: 1, x: 4 }, { v: 1, x: 5 }, { u: 1, x: 6 }];
    const a = [];
    let s = 0;
    for (let i = 0; i < 400; i++) { s += get(shapes[i % shapes.length]); a[i * 2] = i; s += i < 399 ? 0 : 'x'.length; }
    console.log(s, a.length);
  `;
  const vm = new VM({ stdout: () => {}, jitCallThreshold: 1, jitMaxVersions: 2, stats: true });
  expect(vm.run(src, 'stats-report.js').error).toBeUndefined();
  const stats = vm.stats()!;
  const text = formatStats(stats);
  const lines = text.split('\n');
  for (const [k, v] of Object.entries(stats)) {
    expect(COUNTER_DOCS[k], `${k} has no description`).toBeDefined();
    if (typeof v !== 'object') expect(lines.find((l) => l.startsWith(`${k} `)), k).toContain(COUNTER_DOCS[k]);
  }
  // The figures end in one column, a percentage's `%` in the space after the digits.
  const ends = lines.filter((l) => /^[a-z_]+ +[\d,.]+[ %] /.test(l)).map((l) => /^[a-z_]+ +[\d,.]+/.exec(l)![0].length);
  expect(ends.length).toBeGreaterThan(20);
  expect(new Set(ends).size).toBe(1);
  expect(text).toMatch(/^returns to the interpreter \(leave, not side exits\): \d+/m);
  expect(text).not.toMatch(/^ +leave /m);
  for (const title of ['top side exits:', 'top runtime calls:', 'top slow paths:']) expect(text).toContain(title);
  const runtime = Object.keys(stats.runtime_calls as object);
  expect(runtime.length).toBeGreaterThan(0);
  for (const r of runtime) expect(text).toMatch(new RegExp(`^  ${r} +[\\d,]+ \\(`, 'm'));
});
