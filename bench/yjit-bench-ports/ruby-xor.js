'use strict';
// Port of yjit-bench `ruby-xor`: XOR one string into a copy of another,
// byte by byte, 20000 times per iteration. JS strings are immutable, so the
// mutable Ruby strings become arrays of byte values (copied with slice, like
// `dup`). Check: the XOR of the two fixed strings, as in the original.
const { run } = require('./harness');

function rubyXor(a, b) {
  if (!Array.isArray(a) || !Array.isArray(b)) {
    throw new TypeError('expected two byte arrays');
  }
  let l = a.length;
  const lb = b.length;
  if (lb < l) l = lb;
  let i = 0;
  while (i < l) {
    const ba = a[i];
    const bb = b[i];
    a[i] = ba ^ bb;
    i = i + 1;
  }
  return a;
}

function bytesOf(s) {
  const out = [];
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i));
  return out;
}

const A = bytesOf('this is a long string with no useful contents yada yada yada yada');
const B = bytesOf('this is also a long string with no useful contents yada yada daaaaaa');
// the expected result, as hex
const EXPECTED =
  '0000000000000000004c1f004e06001f1b1c0e4e145405001a0f001906541d530b09551953' +
  '06091b18450d1b1d541c0f101200000000000000000000001d000500';

function hex(bytes) {
  const digits = '0123456789abcdef';
  let s = '';
  for (const v of bytes) s += digits.charAt(v >> 4) + digits.charAt(v & 15);
  return s;
}

run({
  name: 'ruby-xor',
  config: { n: 20000 },
  small: { n: 20 },
  benchmark: function (cfg) {
    let out = null;
    for (let i = 0; i < cfg.n; i++) {
      out = rubyXor(A.slice(), B);
    }
    return out;
  },
  check: function (out) {
    const h = hex(out);
    return h === EXPECTED || 'incorrect output ' + h;
  },
});
