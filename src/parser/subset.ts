// The subset checker: a whitelist over acorn's AST. Anything not accepted
// here fails with `SyntaxError: <feature> is not supported` at its location.
// docs/LANGUAGE.md lists the subset; keep the two in step.

import type * as acorn from 'acorn';
import { LbbvSyntaxError } from './errors';

type AnyNode = acorn.AnyNode;

class Checker {
  constructor(
    readonly file: string,
    readonly source: string,
  ) {}

  fail(node: acorn.Node, feature: string): never {
    const loc = node.loc!.start;
    // `feature` is a subject with its verb ("Getters and setters are", "for...in is").
    const phrase = / (is|are)$/.test(feature) ? `${feature} not supported` : `${feature} is not supported`;
    throw new LbbvSyntaxError(phrase, this.file, loc.line, loc.column + 1, this.source);
  }

  /** Checks a function's shape: plain identifier parameters, no generator/async. */
  func(node: acorn.Function): void {
    if (node.generator) this.fail(node, 'Generator functions are');
    if (node.async) this.fail(node, 'Async functions are');
    for (const p of node.params) {
      if (p.type === 'RestElement') this.fail(p, 'Rest parameters are');
      if (p.type === 'AssignmentPattern') this.fail(p, 'Default parameters are');
      if (p.type !== 'Identifier') this.fail(p, 'Destructuring parameters are');
    }
    if (node.id) this.node(node.id);
    this.node(node.body);
  }

  /** `const {a, b: c} = expr`: flat object patterns of identifiers only. */
  pattern(node: acorn.Pattern): void {
    if (node.type === 'Identifier') return;
    if (node.type === 'ObjectPattern') {
      for (const p of node.properties) {
        if (p.type === 'RestElement') this.fail(p, 'Rest elements are');
        if (p.computed) this.fail(p, 'Computed keys in destructuring are');
        if (p.value.type !== 'Identifier') this.fail(p.value, 'Nested or default destructuring is');
      }
      return;
    }
    if (node.type === 'ArrayPattern') this.fail(node, 'Array destructuring is');
    this.fail(node, 'This binding pattern is');
  }

  assignTarget(node: acorn.Node): void {
    const n = node as AnyNode;
    if (n.type === 'Identifier') return;
    if (n.type === 'MemberExpression') return this.node(n);
    if (n.type === 'ObjectPattern' || n.type === 'ArrayPattern') this.fail(n, 'Destructuring assignment is');
    this.fail(n, 'This assignment target is');
  }

  nodes(list: readonly (acorn.Node | null | undefined)[]): void {
    for (const n of list) if (n) this.node(n);
  }

  node(node: acorn.Node): void {
    const n = node as AnyNode;
    switch (n.type) {
      case 'Program':
        return this.nodes(n.body);
      case 'ExpressionStatement':
        return this.node(n.expression);
      case 'BlockStatement':
      case 'StaticBlock':
        if (n.type === 'StaticBlock') this.fail(n, 'Static initialization blocks are');
        return this.nodes(n.body);
      case 'EmptyStatement':
      case 'DebuggerStatement':
        return;
      case 'VariableDeclaration':
        for (const d of n.declarations) {
          this.pattern(d.id);
          if (d.id.type !== 'Identifier' && !d.init) this.fail(d, 'Destructuring without an initializer is');
          if (d.init) this.node(d.init);
        }
        return;
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        return this.func(n);
      case 'ReturnStatement':
        if (n.argument) this.node(n.argument);
        return;
      case 'IfStatement': {
        // An else-if chain without recursion.
        let cur: AnyNode | null | undefined = n;
        for (; cur && cur.type === 'IfStatement'; cur = cur.alternate as AnyNode | null | undefined) this.nodes([cur.test, cur.consequent]);
        if (cur) this.node(cur);
        return;
      }
      case 'WhileStatement':
      case 'DoWhileStatement':
        return this.nodes([n.test, n.body]);
      case 'ForStatement':
        return this.nodes([n.init, n.test, n.update, n.body]);
      case 'ForOfStatement':
        if (n.await) this.fail(n, 'for await is');
        if (n.left.type === 'VariableDeclaration') {
          if (n.left.declarations[0].id.type !== 'Identifier') this.fail(n.left, 'Destructuring in for...of is');
        } else this.assignTarget(n.left);
        return this.nodes([n.right, n.body]);
      case 'ForInStatement':
        if (n.left.type === 'VariableDeclaration') {
          const d = n.left.declarations[0];
          if (d.id.type !== 'Identifier') this.fail(n.left, 'Destructuring in for...in is');
          if (d.init) this.fail(d, 'for...in variable initializers are');
        } else this.assignTarget(n.left);
        return this.nodes([n.right, n.body]);
      case 'BreakStatement':
      case 'ContinueStatement':
        return;
      case 'LabeledStatement':
        return this.node(n.body);
      case 'WithStatement':
        return this.fail(n, 'The with statement is');
      case 'SwitchStatement':
        this.node(n.discriminant);
        for (const c of n.cases) {
          if (c.test) this.node(c.test);
          this.nodes(c.consequent);
        }
        return;
      case 'ThrowStatement':
        return this.node(n.argument);
      case 'TryStatement':
        this.node(n.block);
        if (n.handler) {
          if (n.handler.param && n.handler.param.type !== 'Identifier') this.fail(n.handler.param, 'Destructuring in catch is');
          this.node(n.handler.body);
        }
        if (n.finalizer) this.node(n.finalizer);
        return;
      case 'ClassDeclaration':
      case 'ClassExpression':
        if (n.superClass) this.node(n.superClass);
        for (const m of n.body.body) {
          if (m.type === 'StaticBlock') this.fail(m, 'Static initialization blocks are');
          if (m.key.type === 'PrivateIdentifier') this.fail(m, 'Private class members are');
          if (m.computed && m.type === 'PropertyDefinition') this.fail(m, 'Computed class field names are');
          if (m.computed) this.node(m.key);
          if (m.type === 'MethodDefinition') {
            this.func(m.value);
          } else if (m.value) this.node(m.value);
        }
        return;
      case 'Super':
      case 'ThisExpression':
      case 'Identifier':
        return;
      case 'Literal':
        if ('bigint' in n && n.bigint) this.fail(n, 'BigInt literals are');
        return;
      case 'TemplateLiteral':
        return this.nodes(n.expressions);
      case 'TaggedTemplateExpression':
        return this.fail(n, 'Tagged templates are');
      case 'ArrayExpression':
        for (const e of n.elements) {
          if (e && e.type === 'SpreadElement') this.fail(e, 'Spread syntax is');
          if (e) this.node(e);
        }
        return;
      case 'ObjectExpression':
        for (const p of n.properties) {
          if (p.type === 'SpreadElement') this.fail(p, 'Object spread is');
          if (p.computed) this.node(p.key);
          this.node(p.value);
        }
        return;
      case 'UnaryExpression':
        if (n.operator === 'delete' && n.argument.type === 'MemberExpression' && n.argument.object.type === 'Super') this.fail(n, 'delete of a super property is');
        return this.node(n.argument);
      case 'UpdateExpression':
        this.assignTarget(n.argument);
        return;
      case 'BinaryExpression':
      case 'LogicalExpression': {
        // Down the left spine without recursion (`0+1+1+…` has one level per term), in the same order.
        const rights: acorn.Node[] = [];
        let cur: AnyNode = n;
        for (; cur.type === 'BinaryExpression' || cur.type === 'LogicalExpression'; cur = cur.left as AnyNode) {
          if (cur.type === 'BinaryExpression' && cur.left.type === 'PrivateIdentifier') this.fail(cur.left, 'Private class members are');
          if (cur.type === 'LogicalExpression' && cur.operator === '??') this.fail(cur, "The '??' operator is");
          rights.push(cur.right);
        }
        this.node(cur);
        for (let i = rights.length - 1; i >= 0; i--) this.node(rights[i]);
        return;
      }
      case 'AssignmentExpression':
        if (n.operator === '&&=' || n.operator === '||=' || n.operator === '??=') this.fail(n, `The '${n.operator}' operator is`);
        this.assignTarget(n.left);
        return this.node(n.right);
      case 'ConditionalExpression':
        return this.nodes([n.test, n.consequent, n.alternate]);
      case 'CallExpression':
      case 'NewExpression':
        if (n.type === 'CallExpression' && n.optional) this.fail(n, 'Optional chaining is');
        for (const a of n.arguments) if (a.type === 'SpreadElement') this.fail(a, 'Spread syntax is');
        if (n.callee.type === 'Super' && n.type === 'NewExpression') this.fail(n, 'new super is');
        return this.nodes([n.callee, ...n.arguments]);
      case 'MemberExpression':
        if (n.optional) this.fail(n, 'Optional chaining is');
        if (n.property.type === 'PrivateIdentifier') this.fail(n.property, 'Private class members are');
        this.node(n.object);
        if (n.computed) this.node(n.property);
        return;
      case 'ChainExpression':
        return this.fail(n, 'Optional chaining is');
      case 'SequenceExpression':
        return this.nodes(n.expressions);
      case 'YieldExpression':
        return this.fail(n, 'yield is');
      case 'AwaitExpression':
        return this.fail(n, 'await is');
      case 'MetaProperty':
        return this.fail(n, `${n.meta.name}.${n.property.name} is`);
      case 'ImportExpression':
      case 'ImportDeclaration':
      case 'ExportNamedDeclaration':
      case 'ExportDefaultDeclaration':
      case 'ExportAllDeclaration':
        return this.fail(n, 'ES modules are');
      case 'SpreadElement':
        return this.fail(n, 'Spread syntax is');
      default:
        return this.fail(n, `${n.type} is`);
    }
  }
}

export function checkSubset(program: acorn.Program, file: string, source: string): void {
  new Checker(file, source).node(program);
}
