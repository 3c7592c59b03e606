// uncaught ReferenceError: undeclared variable (exit code 1)
var total = 0;
for (var i = 1; i <= 4; i++) {
  total += i;
  console.log('total so far', total);
}
console.log(typeof notDefinedAnywhere);
function compute() {
  return total * undefinedVariable;
}
console.log('calling compute');
console.log(compute());
console.log('never printed');
