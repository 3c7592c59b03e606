// Element access the JIT does inline or through its slow path: holes, out of
// bounds, negative and fractional indices, integral doubles, appends.
const a = [1, 2, , 4, 'x', { k: 1 }];
let out = [];
for (let r = 0; r < 50; r++) {
  for (let i = -2; i < 9; i++) out.push(String(a[i]), String(a[i * 1.0]), String(a[i + 0.5]), String(a[-0]));
  const b = [];
  for (let i = 0; i < 10; i++) b[i] = i * 2;      // appends past the end
  for (let i = 0; i < 10; i += 1.5) b[i] = -1;     // fractional keys
  b[Math.floor(2.7)] = 99;
  out.push(b.join(','), b.length, Object.keys(b).join(','));
}
const grid = []; for (let i = 0; i < 9; i++) grid.push(i * 1.0 + Math.floor(i / 2));
let s = 0; for (let r = 0; r < 100; r++) for (let i = 0; i < 9; i++) s += grid[grid[i] % 9];
console.log(out.length, out.slice(0, 60).join('|'), out.slice(-3).join('|'), s);
