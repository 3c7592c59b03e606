// throwing a non-Error value that nobody catches also exits with code 1
function validate(list) {
  const out = [];
  for (const item of list) {
    if (typeof item !== 'number') throw { bad: item, index: out.length };
    out.push(item * 2);
  }
  return out;
}
console.log(validate([1, 2, 3]));
try {
  validate([1, 'x']);
} catch (e) {
  console.log('caught object', e);
}
console.log('now throwing a plain string without a handler');
const steps = [];
for (let i = 0; i < 3; i++) {
  steps.push(i);
  if (i === 2) {
    console.log('steps', steps);
    throw 'fatal: step ' + i;
  }
}
console.log('never printed');
