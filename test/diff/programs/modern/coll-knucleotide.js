// k-nucleotide style: count every k-mer of a generated DNA sequence in a Map,
// then print frequencies sorted by count (the benchmarks game's shape).
function makeSequence(n, seed) {
  const acgt = 'ACGT';
  let s = '';
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 3877 + 29573) % 139968;
    s += acgt[(x * 4 / 139968) | 0];
  }
  return s;
}
function frequencies(seq, k) {
  const freq = new Map();
  for (let i = 0; i + k <= seq.length; i++) {
    const key = seq.substring(i, i + k);
    freq.set(key, (freq.get(key) || 0) + 1);
  }
  return freq;
}
function report(seq, k) {
  const freq = frequencies(seq, k);
  const total = seq.length - k + 1;
  const rows = [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  for (const row of rows.slice(0, 8)) console.log(row[0], (100 * row[1] / total).toFixed(3));
  console.log('distinct', freq.size);
}
const seq = makeSequence(3000, 42);
report(seq, 1);
report(seq, 2);
for (const probe of ['GGT', 'GGTA', 'GGTATT']) {
  const f = frequencies(seq, probe.length);
  console.log(f.get(probe) || 0, '\t' + probe);
}
// Numeric keys too: int and double forms of a number are one key.
const m = new Map();
for (let i = 0; i < 2000; i++) m.set(i % 100, (m.get((i % 100) * 1.0) || 0) + 1);
let sum = 0;
for (const v of m.values()) sum += v;
console.log(m.size, sum, m.get(42), m.has(42.5));
