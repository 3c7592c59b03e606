// circular dependency part B
console.log('[b] start');
exports.name = 'b';
exports.done = false;
const a = require('./circular-a');
console.log('[b] in b, a.done =', a.done, 'a.name =', a.name);
exports.sawA = { done: a.done, name: a.name };
exports.done = true;
console.log('[b] done');
