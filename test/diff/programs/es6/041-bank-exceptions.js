// realistic multi-file: bank simulation with exceptions
const { Bank, Account, SavingsAccount, BankError, InsufficientFunds, AccountFrozen, UnknownAccount } = require('./lib/bank');
const bank = new Bank();
bank.open(new Account('A', 'ann', 100));
bank.open(new Account('B', 'bob', 50));
bank.open(new SavingsAccount('S', 'sue', 1000, 0.015));
const ops = [
  ['transfer', 'A', 'B', 30],
  ['transfer', 'B', 'A', 500],
  ['transfer', 'A', 'Z', 10],
  ['deposit', 'A', -5],
  ['deposit', 'A', 'ten'],
  ['freeze', 'B'],
  ['transfer', 'A', 'B', 10],
  ['deposit', 'B', 10],
  ['unfreeze', 'B'],
  ['interest', 'S'],
  ['withdraw', 'S', 100],
  ['withdraw', 'S', 100],
  ['withdraw', 'S', 100],
  ['transfer', 'S', 'A', 0.5],
  ['withdraw', 'A', 70.25]
];
for (const op of ops) {
  let result;
  try {
    switch (op[0]) {
      case 'transfer': result = bank.transfer(op[1], op[2], op[3]); break;
      case 'deposit': result = bank.get(op[1]).deposit(op[2]); break;
      case 'withdraw': result = bank.get(op[1]).withdraw(op[2]); break;
      case 'freeze': bank.get(op[1]).frozen = true; result = 'frozen'; break;
      case 'unfreeze': bank.get(op[1]).frozen = false; result = 'unfrozen'; break;
      case 'interest': result = bank.get(op[1]).addInterest(); break;
      default: throw new Error('unknown op ' + op[0]);
    }
    console.log('OK  ', op.join(' '), '=>', result);
  } catch (e) {
    let kind = 'other';
    if (e instanceof InsufficientFunds) kind = 'funds(short ' + e.shortfall + ')';
    else if (e instanceof AccountFrozen) kind = 'frozen';
    else if (e instanceof UnknownAccount) kind = 'unknown';
    else if (e instanceof BankError) kind = 'bank';
    else if (e instanceof TypeError) kind = 'type';
    else if (e instanceof RangeError) kind = 'range';
    console.log('FAIL', op.join(' '), '=>', kind, '|', e.name + ': ' + e.message);
  }
}
for (const id of Object.keys(bank.accounts)) {
  const a = bank.accounts[id];
  console.log(id, a.owner, a.balance, a.history.join(' '));
}
console.log('ledger', bank.ledger);
console.log('total', bank.total());
console.log(bank.accounts.S);
