// bank domain model with custom exceptions
class BankError extends Error {
  constructor(msg) { super(msg); this.name = 'BankError'; }
}
class InsufficientFunds extends BankError {
  constructor(account, amount) {
    super('insufficient funds in ' + account.id + ': balance ' + account.balance + ', requested ' + amount);
    this.name = 'InsufficientFunds';
    this.shortfall = amount - account.balance;
  }
}
class AccountFrozen extends BankError {
  constructor(id) { super('account ' + id + ' is frozen'); this.name = 'AccountFrozen'; }
}
class UnknownAccount extends BankError {
  constructor(id) { super('no such account: ' + id); this.name = 'UnknownAccount'; }
}
class Account {
  constructor(id, owner, balance) {
    this.id = id;
    this.owner = owner;
    this.balance = balance;
    this.frozen = false;
    this.history = [];
  }
  checkAmount(amount) {
    if (typeof amount !== 'number' || isNaN(amount)) throw new TypeError('amount must be a number, got ' + typeof amount);
    if (amount <= 0) throw new RangeError('amount must be positive, got ' + amount);
  }
  deposit(amount) {
    this.checkAmount(amount);
    if (this.frozen) throw new AccountFrozen(this.id);
    this.balance += amount;
    this.history.push('+' + amount);
    return this.balance;
  }
  withdraw(amount) {
    this.checkAmount(amount);
    if (this.frozen) throw new AccountFrozen(this.id);
    if (amount > this.balance) throw new InsufficientFunds(this, amount);
    this.balance -= amount;
    this.history.push('-' + amount);
    return this.balance;
  }
}
class SavingsAccount extends Account {
  constructor(id, owner, balance, rate) { super(id, owner, balance); this.rate = rate; }
  addInterest() {
    const interest = Math.round(this.balance * this.rate * 100) / 100;
    this.balance = Math.round((this.balance + interest) * 100) / 100;
    this.history.push('i' + interest);
    return interest;
  }
  withdraw(amount) {
    if (this.history.filter(h => h.charAt(0) === '-').length >= 2) throw new BankError('savings withdrawal limit reached for ' + this.id);
    return super.withdraw(amount);
  }
}
class Bank {
  constructor() { this.accounts = {}; this.ledger = []; }
  open(account) { this.accounts[account.id] = account; return account; }
  get(id) {
    const a = this.accounts[id];
    if (a === undefined) throw new UnknownAccount(id);
    return a;
  }
  transfer(fromId, toId, amount) {
    const from = this.get(fromId);
    const to = this.get(toId);
    from.withdraw(amount);
    try {
      to.deposit(amount);
    } catch (e) {
      from.balance += amount;
      from.history.push('rollback+' + amount);
      throw e;
    } finally {
      this.ledger.push(fromId + '->' + toId + ':' + amount);
    }
    return true;
  }
  total() { return Object.keys(this.accounts).reduce((s, k) => s + this.accounts[k].balance, 0); }
}
module.exports = { Bank, Account, SavingsAccount, BankError, InsufficientFunds, AccountFrozen, UnknownAccount };
