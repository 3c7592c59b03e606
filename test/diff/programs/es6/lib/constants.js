// helper module exporting an object literal with several bindings
const A = 'alpha';
const B = 2;
class Shape { constructor(n) { this.n = n; } }
function helper(x) { return '<' + x + '>'; }
module.exports = { A, B, Shape, helper, nested: { deep: [1, 2, 3] } };
