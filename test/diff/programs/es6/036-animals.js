// realistic multi-file: animal hierarchy with static fields and super calls
const { Animal, Dog, Bird, Penguin, Fish } = require('./lib/animals.js');
const zoo = [new Dog('Rex'), new Bird('Tweety', true), new Penguin('Pingu'), new Fish('Nemo'), new Animal('Generic', 6)];
for (const a of zoo) console.log(a.speak(), '|', a.move(), '|', String(a));
console.log('created', Animal.count);
console.log(zoo[0].learn('sit').learn('roll'));
console.log(zoo);
console.log(Dog, Penguin, Animal);
console.log(zoo.map(a => a instanceof Bird), zoo.filter(a => a.legs === 2).map(a => a.name));
const legs = zoo.reduce((n, a) => n + a.legs, 0);
console.log('total legs', legs);
const kinds = {};
for (const a of zoo) kinds[a.constructor.kind] = (kinds[a.constructor.kind] || 0) + 1;
console.log(kinds);
console.log(Penguin.kind, Bird.kind, Object.keys(Penguin), Penguin.count, Dog.count === Animal.count);
