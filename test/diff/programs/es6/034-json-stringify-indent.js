// JSON.stringify with indentation argument
const data = {
  name: 'config',
  version: 3,
  enabled: true,
  ratio: 0.75,
  tags: ['a', 'b', 'c'],
  empty: [],
  emptyObj: {},
  nested: { level: 1, inner: { level: 2, list: [1, { x: null }] } },
  skip: undefined
};
console.log(JSON.stringify(data, null, 2));
console.log(JSON.stringify(data.tags, null, 4));
console.log(JSON.stringify([1, [2, [3]]], null, 1));
console.log(JSON.stringify({ a: 1 }, null, '\t'));
console.log(JSON.stringify({ a: [1, 2] }, null, '--'));
console.log(JSON.stringify({ a: 1, b: 2 }, null, 0));
console.log(JSON.stringify({ a: 1, b: 2 }, null, 20));
console.log(JSON.stringify({ a: 1 }, null, 'abcdefghijklmnop'));
console.log(JSON.stringify([], null, 2), JSON.stringify({}, null, 2), JSON.stringify([[]], null, 2));
console.log(JSON.stringify('str', null, 2), JSON.stringify(5, null, 2));
console.log(JSON.stringify([undefined, null], null, 2));
class Item { constructor(n) { this.n = n; this.children = []; } }
const root = new Item('root');
root.children.push(new Item('a'), new Item('b'));
root.children[0].children.push(new Item('a1'));
console.log(JSON.stringify(root, null, 2));
console.log(JSON.stringify(root));
