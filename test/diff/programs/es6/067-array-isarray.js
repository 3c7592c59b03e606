// Array.isArray (inline in the JIT) on every kind of value, called directly
// and through a variable, with missing and extra arguments.
'use strict';
const vals = [[], [1], {}, 'a', 1, null, undefined, true, () => 1, new Array(3)];
let out = '';
for (let r = 0; r < 200; r++) for (const v of vals) out += Array.isArray(v) ? '1' : '0';
const f = Array.isArray;
console.log(out.slice(0, 30), out.length, f([]), f(), Array.isArray([], 1));
