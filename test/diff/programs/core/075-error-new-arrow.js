// uncaught TypeError: new on a non-constructor arrow function (exit code 1)
function Real(x) { this.x = x; }
var ok = new Real(5);
console.log(ok.x, ok instanceof Real);
var Arrow = (x) => { this.x = x; };
console.log(typeof Arrow);
console.log('constructing arrow');
var bad = new Arrow(1);
console.log('never printed', bad);
