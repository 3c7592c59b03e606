// Number.prototype.toFixed
console.log((1.005).toFixed(2), (1.45).toFixed(1), (1.55).toFixed(1), (2.5).toFixed(0), (3.5).toFixed(0));
console.log((-1.5).toFixed(0), (-2.5).toFixed(0), (-0.5).toFixed(0), (0.5).toFixed(0), (1.5).toFixed(0));
console.log((1e21).toFixed(2), (1e20).toFixed(2), (123.456).toFixed(0), (123.456).toFixed(1), (123.456).toFixed(5));
console.log((0).toFixed(0), (0).toFixed(3), (-0).toFixed(2), (0.000001).toFixed(7), (0.1).toFixed(20));
console.log((10).toFixed(), (10.4).toFixed(), (10.5).toFixed(), (-10.5).toFixed());
console.log((1234.5678).toFixed(2), (-1234.5678).toFixed(2), (0.004).toFixed(2), (0.005).toFixed(2), (0.015).toFixed(2));
console.log((1.23e-10).toFixed(2), (1.23e-10).toFixed(12), (-1.23e-10).toFixed(2));
console.log((2 ** 53).toFixed(2), (123456789012345680000).toFixed(1), (9.995).toFixed(2), (99.995).toFixed(2));
console.log((NaN).toFixed(2), (Infinity).toFixed(0), (-Infinity).toFixed(3));
console.log((0.1 + 0.2).toFixed(10), (1 / 3).toFixed(15), (2 / 3).toFixed(3));
var prices = [19.99, 5, 0.5, 100.125, 3.14159];
var total = 0;
for (var i = 0; i < prices.length; i++) {
  total += prices[i];
  console.log('item', i, prices[i].toFixed(2), 'running', total.toFixed(2));
}
console.log((5e-7).toFixed(6), (5e-7).toFixed(7), (1.45e-5).toFixed(6), (8.345).toFixed(2));
console.log((999.999).toFixed(2), (999.995).toFixed(2), (-999.999).toFixed(1), (0.9).toFixed(0));
