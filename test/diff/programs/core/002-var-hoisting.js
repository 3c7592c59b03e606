// var hoisting to function scope and function declaration hoisting
console.log(typeof v1, v1);
var v1 = 'assigned';
console.log(typeof v1, v1);

function outer() {
  console.log('inner before decl:', inner());
  console.log('x before:', x);
  if (false) {
    var x = 1;
  }
  console.log('x after dead if:', x);
  for (var q = 0; q < 2; q++) {
    var fromLoop = q;
  }
  console.log('fromLoop', fromLoop, 'q', q);
  function inner() {
    return 'inner result';
  }
  while (true) {
    var w = 'w';
    break;
  }
  console.log('w', w);
  return typeof nope;
}
console.log(outer());

console.log(add(2, 3));
function add(a, b) {
  return a + b;
}

var fe = function () { return 'fe'; };
console.log(fe());

function redefine() { return 1; }
console.log(redefine());
function redefine() { return 2; }
console.log(redefine());

var n = 1;
function shadowParam(n) {
  var n;
  console.log('param n kept', n);
  n = 100;
  return n;
}
console.log(shadowParam(7), n);

function varInSwitch(k) {
  switch (k) {
    case 1:
      var inCase = 'one';
      break;
    default:
      inCase = 'other';
  }
  return inCase;
}
console.log(varInSwitch(1), varInSwitch(2));

function nestedVars() {
  var result = [];
  for (var i = 0; i < 3; i++) {
    var tmp = i * 2;
    result.push(tmp);
  }
  return result.join(',') + ' i=' + i + ' tmp=' + tmp;
}
console.log(nestedVars());

function callBeforeAssign() {
  var r = later;
  var later = 3;
  return r;
}
console.log(callBeforeAssign());
