// helper module replacing module.exports with a class
class Greeter {
  constructor(greeting) { this.greeting = greeting; }
  greet(name) { return this.greeting + ', ' + name + '!'; }
}
module.exports = Greeter;
