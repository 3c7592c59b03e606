// A function with a rest parameter entered from the interpreter at its start
// (the typed entry) must not assume its rest local is undefined.
'use strict';
let acc = 0;
function tag(strings, ...values) {
  return strings.raw.join('|') + ':' + values.length;
}
function total(first, ...rest) {
  let t = first;
  for (let k = 0; k < rest.length; k++) t += rest[k];
  return t;
}
for (let i = 0; i < 40; i++) {
  ({ y: acc = 0 } = { y: i % 2 ? undefined : i });
  const s = tag`<${i}>${i * 2}`;
  if (i % 10 === 0) console.log(s, acc, total(i, 1, 2, 3), total(i));
}
console.log(total(1, ...[2, 3, 4]), tag`a${1}b`);
