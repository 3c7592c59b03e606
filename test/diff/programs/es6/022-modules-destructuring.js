// const { A, B } = require(...) is the only destructuring form used
const { A, B, Shape, helper } = require('./lib/constants');
const { square, cube, nextId } = require('./lib/math-utils.js');
const { nested } = require('./lib/constants.js');
const { missingName } = require('./lib/constants');
console.log(A, B, helper(A), new Shape(B), Shape);
console.log(square(5), cube(2), nextId(), nextId());
console.log(nested, missingName);
const whole = require('./lib/constants');
console.log(whole.nested === nested, whole.Shape === Shape);
console.log(whole);
