// A settings resolver the way app code writes it: optional chaining through
// partially filled config objects, ?? for defaults, logical assignment for caches.
const defaults = { theme: { color: 'blue', size: 12 }, retries: 3, verbose: false };

function resolve(user, key, sub) {
  return user?.prefs?.[key]?.[sub] ?? defaults[key]?.[sub] ?? null;
}

const users = [
  { name: 'ann', prefs: { theme: { color: 'red' } } },
  { name: 'bob', prefs: null },
  { name: 'cy' },
  null,
  { name: 'dee', prefs: { theme: { color: '', size: 0 } } },
];

for (const u of users) {
  console.log(u?.name ?? '(nobody)', resolve(u, 'theme', 'color'), resolve(u, 'theme', 'size'), resolve(u, 'missing', 'x'));
}

const cache = {};
let misses = 0;
function lookup(k) {
  cache[k] ??= (misses++, k.toUpperCase());
  return cache[k];
}
let out = '';
for (let i = 0; i < 300; i++) out = lookup(['a', 'b', 'c'][i % 3]);
console.log(out, misses);

class Logger {
  constructor(opts) {
    this.level = opts?.level ?? 'info';
    this.sink = opts?.sink;
    this.count = 0;
  }
  log(msg) {
    this.count ||= 0;
    this.count++;
    return this.sink?.(`[${this.level}] ${msg}`) ?? `dropped: ${msg}`;
  }
}
const lines = [];
const a = new Logger({ sink: (s) => (lines.push(s), s.length) });
const b = new Logger();
console.log(a.log('hello'), b.log('nobody listens'), a.count, b.count, lines);

// A hot loop: counting through optional links and defaults.
function score(items) {
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    total += it?.stats?.points ?? 0;
    total += it?.bonus?.() ?? 1;
  }
  return total;
}
const items = [];
for (let i = 0; i < 500; i++) items.push(i % 4 === 0 ? null : i % 4 === 1 ? { stats: { points: i } } : i % 4 === 2 ? { bonus() { return 2; } } : {});
let s = 0;
for (let r = 0; r < 20; r++) s += score(items);
console.log(s);
let flags = { debug: 0, trace: null };
flags.debug ||= 1;
flags.trace ??= 'off';
flags.debug &&= 'on';
console.log(flags);
