// inventory and order processing simulation with deterministic PRNG
var seed = 42;
function rnd(n) {
  seed = (seed * 16807) % 2147483647;
  return seed % n;
}
function Item(sku, name, price, qty) {
  this.sku = sku;
  this.name = name;
  this.price = price;
  this.qty = qty;
}
function Inventory() { this.items = {}; this.skus = []; this.log = []; }
Inventory.prototype.add = function (item) {
  if (this.items[item.sku] === undefined) this.skus.push(item.sku);
  this.items[item.sku] = item;
};
Inventory.prototype.order = function (sku, qty) {
  var it = this.items[sku];
  if (it === undefined) { this.log.push('unknown ' + sku); return 0; }
  if (it.qty < qty) { this.log.push('short ' + sku + ' want ' + qty + ' have ' + it.qty); return 0; }
  it.qty -= qty;
  var cost = Math.round(it.price * qty * 100) / 100;
  this.log.push('sold ' + qty + ' ' + it.name + ' for ' + cost.toFixed(2));
  return cost;
};
Inventory.prototype.restock = function (threshold, amount) {
  var restocked = [];
  for (const s of this.skus) {
    if (this.items[s].qty < threshold) { this.items[s].qty += amount; restocked.push(s); }
  }
  return restocked;
};
Inventory.prototype.value = function () {
  var total = 0;
  for (const s of this.skus) total += this.items[s].price * this.items[s].qty;
  return total;
};
var inv = new Inventory();
inv.add(new Item('A1', 'widget', 2.5, 20));
inv.add(new Item('B2', 'gadget', 10.99, 5));
inv.add(new Item('C3', 'doohickey', 0.15, 300));
inv.add(new Item('D4', 'thingamajig', 99, 1));
console.log(inv.items.A1, inv.skus);
var revenue = 0;
var skus = ['A1', 'B2', 'C3', 'D4', 'E5'];
for (var day = 1; day <= 5; day++) {
  var dayRevenue = 0;
  for (var o = 0; o < 6; o++) {
    var sku = skus[rnd(skus.length)];
    var qty = 1 + rnd(8);
    dayRevenue += inv.order(sku, qty);
  }
  var re = inv.restock(3, 10);
  revenue += dayRevenue;
  console.log('day', day, 'revenue', dayRevenue.toFixed(2), 'restocked', re.join(',') || '-', 'stock value', inv.value().toFixed(2));
}
console.log(inv.log.length, 'events');
for (var i = 0; i < inv.log.length; i += 5) console.log(inv.log[i]);
console.log('total revenue', revenue.toFixed(2), revenue);
console.log(inv.skus.map(s => s + ':' + inv.items[s].qty).join(' '));
