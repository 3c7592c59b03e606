// Json benchmark: parse a fixed document with the hand-written parser and check its shape
const Benchmark = require('./benchmark');
const { Parser } = require('../json-parser');
const TEXT = '{"head":{"requestCounter":4},"operations":[["destroy","w54"],["set","w2",{"activeControl":"w99"}],' +
  '["set","w21",{"customVariant":"variant_navigation"}],["set","w28",{"customVariant":"variant_selected"}],' +
  '["set","w53",{"children":["w95","w96","w97"],"bounds":[0,0,1008,518]}],["create","w95","rwt.widgets.Composite",' +
  '{"parent":"w53","style":["NONE"],"bounds":[0,0,1008,518],"children":[],"tabIndex":-1,"clientArea":[0,0,1008,518]}],' +
  '["listen","w95",{"Resize":true,"Move":false}],["set","w1",{"focusControl":"w99","numbers":[1.5,-2e3,0.25,1e-7]}],' +
  '["call","w1","flush",{"escaped":"line\\nbreak \\"quoted\\" \\u00e9"}]]}';
class JsonBench extends Benchmark {
  benchmark() {
    return Parser.parse(TEXT);
  }
  verifyResult(result) {
    if (result.head.requestCounter !== 4) return false;
    if (result.operations.length !== 9) return false;
    if (result.operations[4][2].bounds[2] !== 1008) return false;
    if (result.operations[8][3].escaped !== 'line\nbreak "quoted" \u00e9') return false;
    return result.operations[7][2].numbers[1] === -2000;
  }
}
module.exports = JsonBench;
