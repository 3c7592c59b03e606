// exact number -> string conversions in every context
const nums = [0, -0, 1e21, 1e20, 1.5e-7, 1e-7, 0.000001, 0.1 + 0.2, 1 / 3, -1 / 3, 5e-324, 1.7976931348623157e308, 123456789012345680000, 2 ** 31, -(2 ** 31), 2 ** 53, 0.5, -0.5, 100, 1e100, NaN, Infinity, -Infinity, 4.35 * 100, 1.005 * 1000, 9.95];
for (const n of nums) {
  console.log(String(n), `${n}`, '' + n, [n].join(), JSON.stringify(n), n.toFixed(2));
}
console.log(nums.slice(0, 10));
console.log({ negZero: -0, str: String(-0), tpl: `${-0}`, json: JSON.stringify(-0), arr: [-0], joined: [-0].join() });
const keys = {};
keys[-0] = 'negzero key';
keys[1e21] = 'big key';
keys[0.1 + 0.2] = 'float key';
keys[1e-7] = 'tiny key';
console.log(Object.keys(keys));
console.log(keys[0], keys['1e+21'], keys['0.30000000000000004'], keys['1e-7']);
console.log((1234.5678).toFixed(2), (0.1).toFixed(20), (1e21).toFixed(3), (-1.005).toFixed(2), (2.5).toFixed(0), (-2.5).toFixed(0));
console.log((255).toString(16), (255).toString(2), (-255).toString(36), (3.75).toString(2), (0.5).toString(8));
console.log(Number('1e21'), Number('-0'), Number('0.1e1'), parseFloat('1.50'), parseInt('1e21'), parseFloat('1e21'));
const sums = [];
let acc = 0;
for (let i = 0; i < 10; i++) { acc += 0.1; sums.push(acc); }
console.log(sums);
console.log(sums.map(s => s.toFixed(1)).join(' '));
console.log(0.1 * 3, 0.3 / 0.1, 1.1 + 2.2, 3 * 1.1, 100 * 1.15, 1.15 * 100);
console.log(1e21 - 1, 1e21 + 65536, 999999999999999999999, 99999999999999999999);
console.log(2 ** -1074, 2 ** -1073, 2 ** 1023, 2 ** 1024);
