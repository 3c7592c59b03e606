// uncaught RangeError: runaway recursion (exit code 1)
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
console.log('finite recursion', depth(1000));
function f() { return f(); }
console.log('starting infinite recursion');
f();
console.log('never printed');
