// template literals with arbitrary expressions
const user = { name: 'Ann', langs: ['js', 'ts'], age: 31 };
console.log(`${user.name} knows ${user.langs.length} languages: ${user.langs.join(' & ')}`);
console.log(`Adult: ${user.age >= 18 ? 'yes' : 'no'}; next year ${user.age + 1}`);
console.log(`nested ${`level2 ${`level3 ${user.name.toUpperCase()}`}`}`);
console.log(`calls: ${[1, 2, 3].map(x => `<${x * x}>`).join('')}`);
class Money {
  constructor(c) { this.cents = c; }
  toString() { return '$' + (this.cents / 100).toFixed(2); }
}
console.log(`price ${new Money(1999)} and ${new Money(5)}`);
console.log(`${-0} ${0.1 + 0.2} ${1e21} ${1.5e-7} ${2 ** 53 + 2} ${-1e-7}`);
console.log(`${null}|${undefined}|${true}|${NaN}|${[]}|${[null]}|${[1, [2, 3]]}|${{}}`);
const rows = [['a', 1], ['b', 22], ['c', 333]];
const table = rows.map(r => `${r[0]}:${`${r[1]}`.length > 2 ? r[1] : ' ' + r[1]}`).join('\n');
console.log(table);
let i = 0;
const seq = `${i++},${i++},${++i},${i}`;
console.log(seq);
const fn = (a, b) => `${a}-${b}`;
console.log(`${fn(1, 2)} ${fn(`x`, `${fn(3, 4)}`)}`);
console.log(`line1
  line2 indented
line3`);
console.log(`\`backticks\` and \${escaped} and \\ backslash and \u00e9 and \x41`);
console.log(`${'$'}{not interpolated}`);
console.log(`a${''}b${''}c`, `${1}${2}` === '12', typeof `${1}`);
const html = items => `<ul>${items.map(it => `<li class="${it.done ? 'done' : 'todo'}">${it.text}</li>`).join('')}</ul>`;
console.log(html([{ text: 'write tests', done: true }, { text: 'ship', done: false }]));
console.log(`${(() => { try { throw new Error('in template'); } catch (e) { return e.message; } })()}`);
console.log(`${[1, 2, 3].length}${'abc'.charAt(1)}${Math.max(1, 9)}${typeof undefined}`);
const obj = { toString() { return 'custom obj'; } };
console.log(`${obj}`, '' + obj, String(obj));
