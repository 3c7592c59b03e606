// template literals
var name = 'world';
var n = 42;
console.log(`hello ${name}`);
console.log(`n=${n}, n*2=${n * 2}, half=${n / 4}`);
console.log(`empty: ${''}|`);
console.log(`plain`);
console.log(``.length);
console.log(`${1}${2}${3}`);
console.log(`ternary: ${n > 40 ? 'big' : 'small'}`);
function shout(s) { return s.toUpperCase() + '!'; }
console.log(`call: ${shout('hey')}`);
console.log(`nested: ${`inner ${`deep ${n}`}`}`);
console.log(`values: ${null} ${undefined} ${true} ${false} ${NaN} ${-0} ${0.1 + 0.2}`);
console.log(`array: ${[1, 2, 3]} nested: ${[1, [2, 3]]} empty: ${[]}`);
console.log(`object: ${{}} `);
console.log(`multi
line
template`);
console.log(`escapes: \` \${not} \\ \t| \n|`);
console.log(`dollar $ alone, $name, {braces}`);
var obj = { a: 1, b: { c: 'deep' } };
console.log(`${obj.a} ${obj.b.c} ${obj['b']['c'].length}`);
var arr = ['x', 'y'];
console.log(`${arr[0]}-${arr[1]}-${arr.length}`);
console.log(`${1e21} ${1e-7} ${123.456} ${-5}`);
var items = [1, 2, 3].map(i => `<li>${i}</li>`);
console.log(`<ul>${items.join('')}</ul>`);
console.log(`${(function () { return 'iife'; })()}`);
console.log(`${n}` === '42', typeof `${n}`);
let count = 0;
const t = `${count++} ${count++} ${count++}`;
console.log(t, count);
console.log(`unicode \u00e9 \u{1F600}`.length);
console.log(`a` + `b` + `${'c'}`);
