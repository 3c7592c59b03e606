// uncaught TypeError: calling a number (exit code 1)
var s = 'hello';
console.log(s.toUpperCase());
console.log(typeof s.notAMethod);
var count = 3;
console.log('count is', count);
count();
console.log('never printed');
