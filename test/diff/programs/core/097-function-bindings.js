// Calls through bindings that hold functions. The compiler marks the loads of
// bindings that can only ever hold a function (the JIT then drops the callee
// type guard); every other binding below is reassigned, redeclared, shadowed
// or updated somewhere, so its loads must stay unmarked and its calls guarded.

function twice(x) { return 2 * x; }
function hot(fn, n) { let s = 0; for (let i = 0; i < n; i++) s += fn(i); return s; }

// A declaration never written: the marked case, called hot and recursively.
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
let acc = 0;
for (let i = 0; i < 300; i++) acc += twice(i) + fib(i % 12);
console.log('plain', acc, fib(20));

// Reassigned by a closure, after the call site got hot.
function later() { return 'first'; }
function swapLater() { later = function () { return 'second'; }; }
let seen = '';
for (let i = 0; i < 200; i++) { if (i === 150) swapLater(); seen = later(); }
console.log('closure-assign', seen, typeof later);

// Reassigned to a non-function: the call becomes a TypeError.
function notForLong() { return 1; }
let sum = 0;
for (let i = 0; i < 100; i++) sum += notForLong();
notForLong = 3;
try { notForLong(); } catch (e) { console.log('reassigned', sum, e instanceof TypeError, e.message); }

// Redeclared with an initialised var: the var wins once it runs.
console.log('before var', typeof redecl);
var redecl = 5;
function redecl() { return 'fn'; }
console.log('after var', typeof redecl, redecl);

// An uninitialised var of the same name keeps the function.
var keep;
function keep() { return 'kept'; }
for (let i = 0; i < 50; i++) keep();
console.log('var without init', keep());

// Updated with ++ and compound assignment.
function bump() { return 1; }
for (let i = 0; i < 50; i++) bump();
bump++;
console.log('update', typeof bump, bump);
function plusEq() { return 2; }
plusEq += 1;
console.log('compound', typeof plusEq, plusEq.slice(0, 8));

// A for...of target.
function iter() { return 'i'; }
for (iter of [iter, 7, 'x']) {}
console.log('for-of target', typeof iter, iter);

// A catch parameter shadows a function of the same name.
function err() { return 'outer err'; }
for (let i = 0; i < 3; i++) {
  try { throw i; } catch (err) { console.log('catch shadow', typeof err, err); }
}
console.log('after catch', err());

// Parameters shadow functions; a parameter redeclared as a function.
function takesFn(twice) { return twice(3); }
function paramDecl(f) { function f() { return 'decl'; } return f(); }
let r = '';
for (let i = 0; i < 60; i++) r = takesFn((x) => x + i) + paramDecl(0);
console.log('params', r);

// let and const function values, and a let that is reassigned.
let square = (x) => x * x;
const cube = function (x) { return x * x * x; };
let changes = (x) => x;
let t = 0;
for (let i = 0; i < 200; i++) { if (i === 100) changes = (x) => -x; t += square(i) + cube(i % 10) + changes(i); }
console.log('let/const', t, hot(square, 50), hot(cube, 20));

// A named function expression calls itself through its own name.
const fact = function me(n) { return n <= 1 ? 1 : n * me(n - 1); };
let f10 = 0;
for (let i = 0; i < 50; i++) f10 = fact(10);
console.log('nfe', f10);

// Block-level function declarations, shadowing an outer one, in a loop
// (strict code: sloppy code would also copy the inner one to a var, which lbbv
// does not do).
function shade() { return 'outer'; }
function blockDecls() {
  'use strict';
  let blocks = '';
  for (let i = 0; i < 100; i++) {
    {
      if (i % 50 === 0) blocks += shade() + ';';
      function shade() { return 'inner' + i; }
    }
  }
  return blocks + ' ' + shade();
}
console.log('block', blockDecls());

// A const in a loop body: a new closure each iteration.
let loopAcc = 0;
for (let i = 0; i < 300; i++) {
  const add = (a) => a + i;
  loopAcc = add(loopAcc);
}
console.log('loop const', loopAcc);
