// A model class with validating setters and computed getters, used the way an
// application would: build records, validate, aggregate (hot enough to compile).
class ValidationError extends Error {
  constructor(field, msg) {
    super(`${field}: ${msg}`);
    this.name = 'ValidationError';
    this.field = field;
  }
}

class Product {
  constructor(data) {
    this.name = data.name;
    this.price = data.price;
    this.qty = data.qty;
    this.discount = data.discount === undefined ? 0 : data.discount;
  }
  get name() { return this._name; }
  set name(v) {
    if (typeof v !== 'string' || v.trim() === '') throw new ValidationError('name', 'must be a non-empty string');
    this._name = v.trim();
  }
  get price() { return this._price; }
  set price(v) {
    if (typeof v !== 'number' || !(v >= 0)) throw new ValidationError('price', `invalid price ${v}`);
    this._price = Math.round(v * 100) / 100;
  }
  get qty() { return this._qty; }
  set qty(v) {
    if (!Number.isInteger(v) || v < 0) throw new ValidationError('qty', `invalid quantity ${v}`);
    this._qty = v;
  }
  get discount() { return this._discount; }
  set discount(v) {
    if (v < 0 || v > 0.9) throw new ValidationError('discount', 'out of range');
    this._discount = v;
  }
  get unitPrice() { return Math.round(this.price * (1 - this.discount) * 100) / 100; }
  get total() { return Math.round(this.unitPrice * this.qty * 100) / 100; }
  get inStock() { return this.qty > 0; }
  summary() { return { name: this.name, total: this.total, inStock: this.inStock }; }
  static get fields() { return ['name', 'price', 'qty', 'discount']; }
}

class PerishableProduct extends Product {
  constructor(data) {
    super(data);
    this.days = data.days;
  }
  get discount() {
    const base = super.discount;
    return this.days <= 2 ? Math.min(0.9, base + 0.5) : base;
  }
  set discount(v) { Object.getOwnPropertyDescriptor(Product.prototype, 'discount').set.call(this, v); }
}

const rows = [
  { name: 'Widget', price: 9.99, qty: 3 },
  { name: '  Gadget ', price: 24.5, qty: 0, discount: 0.1 },
  { name: '', price: 1, qty: 1 },
  { name: 'Bolt', price: -2, qty: 100 },
  { name: 'Nut', price: 0.05, qty: 2.5 },
  { name: 'Gear', price: 12, qty: 4, discount: 2 },
];
const products = [];
for (const r of rows) {
  try { products.push(new Product(r)); } catch (e) {
    console.log(e instanceof ValidationError, e.name, e.field, e.message);
  }
}
console.log(products, JSON.stringify(products.map((p) => p.summary())), JSON.stringify(products[1]));
console.log(Product.fields, Object.keys(products[0]));

// Update through setters; failed updates leave the old value.
const w = products[0];
for (const upd of [['price', 10.005], ['qty', -1], ['qty', 7], ['name', 'Widget Pro']]) {
  try { w[upd[0]] = upd[1]; } catch (e) { console.log('rejected', e.message); }
}
console.log(w.name, w.price, w.qty, w.total);

// Aggregate a synthetic catalogue: setters and getters on the hot path.
let revenue = 0;
let stocked = 0;
let rejected = 0;
const catalogue = [];
for (let i = 0; i < 150; i++) {
  try {
    catalogue.push(new Product({ name: 'P' + i, price: (i % 50) + 0.25, qty: i % 9, discount: (i % 4) / 10 }));
  } catch (e) { rejected++; }
}
for (let round = 0; round < 5; round++) {
  for (const p of catalogue) {
    p.qty = (p.qty + round) % 11;
    revenue += p.total;
    if (p.inStock) stocked++;
  }
}
console.log(revenue.toFixed(2), stocked, rejected);

// Perishables: an overridden getter using super, and an inherited setter.
const milk = new PerishableProduct({ name: 'Milk', price: 1.2, qty: 10, discount: 0.1, days: 5 });
const seq = [];
for (let d = 5; d >= 0; d--) {
  milk.days = d;
  seq.push(milk.unitPrice);
}
console.log(seq, milk.total, milk);
try { milk.discount = 5; } catch (e) { console.log(e.message); }
