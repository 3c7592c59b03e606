// two closures sharing the same captured variable
function pair() {
  var shared = 0;
  function setter(v) { shared = v; }
  function getter() { return shared; }
  return [setter, getter];
}
var p = pair();
var q = pair();
p[0](42);
console.log(p[1](), q[1]());
q[0]('q');
console.log(p[1](), q[1]());

function bank() {
  var balance = 100;
  var log = [];
  return {
    deposit: function (n) { balance += n; log.push('+' + n); return balance; },
    withdraw: function (n) {
      if (n > balance) { log.push('fail ' + n); return balance; }
      balance -= n; log.push('-' + n); return balance;
    },
    history: function () { return log.join(' '); }
  };
}
var acct = bank();
console.log(acct.deposit(50), acct.withdraw(30), acct.withdraw(500), acct.deposit(5));
console.log(acct.history());

// closures in loop sharing a var from enclosing function
function sharedInLoop() {
  var fns = [];
  var shared = 0;
  for (let i = 0; i < 3; i++) {
    fns.push(function () { shared += i; return shared; });
  }
  return fns;
}
var fns = sharedInLoop();
console.log(fns[0](), fns[1](), fns[2](), fns[2](), fns[1]());

// closure capturing a parameter then parameter reassigned
function paramCapture(x) {
  var read = function () { return x; };
  x = x * 2;
  var write = function (v) { x = v; };
  return [read, write];
}
var pc = paramCapture(21);
console.log(pc[0]());
pc[1]('changed');
console.log(pc[0]());

// arrow and function closures share
function mixed() {
  var n = 1;
  var a = () => n++;
  var b = function () { return n * 10; };
  return [a, b];
}
var m = mixed();
console.log(m[0](), m[0](), m[1](), m[0](), m[1]());

// nested shared scope across levels
function outer() {
  var depth = 0;
  function mid() {
    depth++;
    return function leaf() { depth += 100; return depth; };
  }
  return [mid, function () { return depth; }];
}
var o = outer();
var leaf1 = o[0]();
var leaf2 = o[0]();
console.log(o[1](), leaf1(), leaf2(), o[1]());
