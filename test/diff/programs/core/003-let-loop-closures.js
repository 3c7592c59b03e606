// per-iteration let bindings vs shared var bindings
var fnsLet = [];
for (let i = 0; i < 5; i++) {
  fnsLet.push(function () { return i; });
}
var outLet = [];
for (let k = 0; k < fnsLet.length; k++) outLet.push(fnsLet[k]());
console.log('let:', outLet.join(' '));

var fnsVar = [];
for (var j = 0; j < 5; j++) {
  fnsVar.push(function () { return j; });
}
var outVar = [];
for (let k = 0; k < fnsVar.length; k++) outVar.push(fnsVar[k]());
console.log('var:', outVar.join(' '));

// modification inside body affects the per-iteration copy
var fns2 = [];
for (let i = 0; i < 6; i++) {
  fns2.push(() => i);
  i++;
}
console.log('modified:', fns2.map(f => f()).join(' '));

// closure updates its own iteration binding
var incs = [];
for (let i = 0; i < 3; i++) {
  incs.push(function () { i += 10; return i; });
}
console.log(incs[0](), incs[0](), incs[1](), incs[2](), incs[1]());

// for-of with let/const
var fns3 = [];
for (const s of ['a', 'b', 'c']) {
  fns3.push(() => s + s);
}
console.log(fns3.map(f => f()).join(','));

// block-scoped in while loop
var fns4 = [];
var n = 0;
while (n < 3) {
  let captured = n * 100;
  fns4.push(() => captured);
  n++;
}
console.log(fns4.map(f => f()).join(','));

// nested loops
var grid = [];
for (let r = 0; r < 3; r++) {
  for (let c = 0; c < 3; c++) {
    grid.push(() => r + ':' + c);
  }
}
console.log(grid.map(f => f()).join(' '));

// continue still gives fresh binding
var fns5 = [];
for (let i = 0; i < 6; i++) {
  if (i % 2 === 0) continue;
  fns5.push(() => i);
}
console.log(fns5.map(f => f()).join(' '));

// loop with closure in the test expression
var tests = [];
for (let i = 0; tests.push(() => i), i < 3; i++) {}
console.log(tests.map(f => f()).join(' '));
