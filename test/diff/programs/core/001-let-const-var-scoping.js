// Block scoping of let/const vs function scoping of var, shadowing.
var a = 1;
let b = 2;
const c = 3;
console.log('top', a, b, c);
{
  var a = 10;
  let b = 20;
  const c = 30;
  console.log('block', a, b, c);
  {
    let b = 200;
    console.log('inner block', a, b, c);
  }
  console.log('block again', a, b, c);
}
console.log('after block', a, b, c);

function f() {
  console.log('f sees a', a);
  var a = 'local';
  console.log('f local a', a);
  if (true) {
    var d = 'd-from-if';
    let e = 'e-in-if';
    console.log('in if', d, e);
  }
  console.log('d after if', d);
  console.log('typeof e after if', typeof e);
  return a;
}
console.log(f());
console.log('global a still', a);

let x = 'outer';
function g() {
  let x = 'g';
  function h() {
    let x = 'h';
    return x;
  }
  return x + '/' + h();
}
console.log(g(), x);

for (let i = 0; i < 2; i++) {
  let i2 = i * 10;
  console.log('loop', i, i2);
}
console.log('typeof i', typeof i, 'typeof i2', typeof i2);
for (var j = 0; j < 3; j++) {}
console.log('j after var loop', j);

const obj = { n: 1 };
obj.n = 2;
console.log('const object mutated', obj.n);

let s = 'a';
if (s === 'a') {
  let s = 'b';
  s = s + 'c';
  console.log('shadowed s', s);
}
console.log('outer s', s);

function counterScope() {
  var total = 0;
  for (var k = 0; k < 4; k++) {
    var sq = k * k;
    total += sq;
  }
  return [total, k, sq];
}
console.log(counterScope());
var undefinedLater;
console.log(undefinedLater);
console.log(hoisted);
var hoisted = 5;
console.log(hoisted);
