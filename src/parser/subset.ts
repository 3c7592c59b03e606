// The subset checker: a whitelist over acorn's AST. Anything not accepted
// here fails with `SyntaxError: <feature> is not supported` at its location.
// docs/LANGUAGE.md lists the subset; keep the two in step.

import type * as acorn from 'acorn';
import { LbbvSyntaxError } from './errors';

type AnyNode = acorn.AnyNode;

/** Unwinds the check of one construct after its failure was recorded (Checker.nodes goes on with the next). */
class Unsupported {}

/** The unsupported features a file may report at once. */
const MAX_REPORTED = 10;

class Checker {
  constructor(
    readonly file: string,
    readonly source: string,
  ) {}

  /** Every failure found so far, in source order of discovery. */
  readonly failures: LbbvSyntaxError[] = [];

  fail(node: acorn.Node, feature: string): never {
    const loc = node.loc!.start;
    // `feature` is a subject with its verb ("Getters and setters are", "for...in is").
    const phrase = / (is|are)$/.test(feature) ? `${feature} not supported` : `${feature} is not supported`;
    this.failures.push(new LbbvSyntaxError(phrase, this.file, loc.line, loc.column + 1, this.source));
    throw new Unsupported();
  }

  /** Checks a function's shape: plain identifier parameters, no generator/async. */
  func(node: acorn.Function): void {
    if (node.generator && node.async) this.fail(node, 'Async generator functions are');
    for (const p of node.params) this.pattern(p);
    if (node.id) this.node(node.id);
    this.node(node.body);
  }

  /**
   * A binding pattern (declarations, parameters, catch) or, with `assign`,
   * an assignment pattern (whose targets may also be member expressions):
   * object patterns nested to any depth, defaults, computed keys, rest.
   */
  pattern(node: acorn.Pattern, assign = false): void {
    switch (node.type) {
      case 'Identifier':
        return;
      case 'MemberExpression':
        if (!assign) this.fail(node, 'This binding pattern is');
        if (node.object.type === 'Super') this.fail(node, 'Assignment to super properties is');
        return this.node(node);
      case 'ObjectPattern':
        for (const p of node.properties) {
          if (p.type === 'RestElement') this.pattern(p.argument, assign);
          else {
            if (p.computed) this.node(p.key);
            this.pattern(p.value as acorn.Pattern, assign);
          }
        }
        return;
      case 'AssignmentPattern':
        this.pattern(node.left, assign);
        return this.node(node.right);
      case 'RestElement':
        return this.pattern(node.argument, assign);
      case 'ArrayPattern':
        for (const e of node.elements) if (e) this.pattern(e, assign);
        return;
      default:
        return this.fail(node, 'This binding pattern is');
    }
  }

  assignTarget(node: acorn.Node): void {
    const n = node as AnyNode;
    if (n.type === 'Identifier') return;
    if (n.type === 'MemberExpression') return this.node(n);
    if (n.type === 'ObjectPattern' || n.type === 'ArrayPattern') return this.pattern(n, true);
    this.fail(n, 'This assignment target is');
  }

  nodes(list: readonly (acorn.Node | null | undefined)[]): void {
    for (const n of list) {
      if (!n) continue;
      try {
        this.node(n);
      } catch (e) {
        // Recorded: go on with the siblings, to report every unsupported feature of the file at once.
        if (!(e instanceof Unsupported) || this.failures.length >= MAX_REPORTED) throw e;
      }
    }
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
        if (n.left.type === 'VariableDeclaration') this.pattern(n.left.declarations[0].id);
        else this.assignTarget(n.left);
        return this.nodes([n.right, n.body]);
      case 'ForInStatement':
        if (n.left.type === 'VariableDeclaration') {
          const d = n.left.declarations[0];
          this.pattern(d.id);
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
          if (n.handler.param) this.pattern(n.handler.param);
          this.node(n.handler.body);
        }
        if (n.finalizer) this.node(n.finalizer);
        return;
      case 'ClassDeclaration':
      case 'ClassExpression':
        if (n.superClass) this.node(n.superClass);
        for (const m of n.body.body) {
          if (m.type === 'StaticBlock') {
            this.nodes(m.body);
            continue;
          }
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
        this.node(n.tag);
        return this.nodes(n.quasi.expressions);
      case 'ArrayExpression':
        for (const e of n.elements) {
          if (e) this.node(e.type === 'SpreadElement' ? e.argument : e);
        }
        return;
      case 'ObjectExpression':
        for (const p of n.properties) {
          if (p.type === 'SpreadElement') {
            this.node(p.argument);
            continue;
          }
          if (p.computed) this.node(p.key);
          this.node(p.value);
        }
        return;
      case 'UnaryExpression':
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
          rights.push(cur.right);
        }
        if (cur.type !== 'PrivateIdentifier') this.node(cur);
        for (let i = rights.length - 1; i >= 0; i--) this.node(rights[i]);
        return;
      }
      case 'AssignmentExpression':
        this.assignTarget(n.left);
        return this.node(n.right);
      case 'ConditionalExpression':
        return this.nodes([n.test, n.consequent, n.alternate]);
      case 'CallExpression':
      case 'NewExpression':
        if (n.callee.type === 'Super' && n.type === 'NewExpression') this.fail(n, 'new super is');
        return this.nodes([n.callee, ...n.arguments.map((a) => (a.type === 'SpreadElement' ? a.argument : a))]);
      case 'MemberExpression':
        this.node(n.object);
        if (n.computed) this.node(n.property);
        return;
      case 'ChainExpression':
        return this.node(n.expression);
      case 'SequenceExpression':
        return this.nodes(n.expressions);
      case 'YieldExpression':
        return n.argument ? this.node(n.argument) : undefined;
      case 'AwaitExpression':
        return this.node(n.argument);
      case 'MetaProperty':
        if (n.meta.name === 'new') return;
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

/** Throws the first unsupported feature found, carrying the others (up to 10 in all) for its report. */
export function checkSubset(program: acorn.Program, file: string, source: string): void {
  const c = new Checker(file, source);
  try {
    c.node(program);
  } catch (e) {
    if (!(e instanceof Unsupported)) throw e;
  }
  if (c.failures.length === 0) return;
  const [first, ...more] = c.failures;
  first.more = more;
  throw first;
}
