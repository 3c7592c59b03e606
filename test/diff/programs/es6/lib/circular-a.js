// circular dependency part A
console.log('[a] start');
exports.name = 'a';
exports.done = false;
const b = require('./circular-b');
console.log('[a] in a, b.done =', b.done, 'b.name =', b.name);
exports.fromB = b.name;
exports.done = true;
console.log('[a] done');
