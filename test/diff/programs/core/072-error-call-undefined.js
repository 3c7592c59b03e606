// uncaught TypeError: calling a non-function (exit code 1)
var obj = { a: 1 };
function step(n) {
  console.log('step', n);
  return n + 1;
}
var n = step(0);
n = step(n);
console.log('about to call undefined member');
var f = obj.missing;
console.log(typeof f);
f();
console.log('never printed');
