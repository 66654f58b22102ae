// Input that would overflow the stack must end in a diagnostic, never in a
// RangeError ("Maximum call stack size exceeded") from the JS engine: WASM
// frames share V8's stack, which is smaller than a native thread's. Nesting is
// bounded twice: pgshift's scanner refuses a statement deeper than its bound
// (PGS0003) before parsing, and sqlparser stops its own recursion at 50 levels
// of nested expressions or queries (PGS0001, "recursion limit exceeded"). Each
// shape is tried under both limits (it must translate), between them and far
// over them (it must be one of those diagnostics).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translate, PgshiftError } from 'pgshift-wasm';

function rejects(sql, codes = ['PGS0003', 'PGS0001']) {
  let caught;
  try {
    translate(sql, { to: 'sqlite' });
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof PgshiftError, `expected a PgshiftError, got ${caught}`);
  assert.ok(codes.includes(caught.diagnostics[0].code), caught.message);
}

function translates(sql, to = 'sqlite') {
  const out = translate(sql, { to });
  assert.ok(out.sql.length > 0);
}

const repeat = (s, n) => s.repeat(n);
const nest = (open, inner, close, n) => `SELECT ${repeat(open, n)}${inner}${repeat(close, n)}`;

test('a million-term 1+1+… chain is PGS0003', () => {
  rejects(`SELECT 1${repeat('+1', 999_999)}`, ['PGS0003']);
});

test('long chains under the bound translate on both targets', () => {
  translates(`SELECT 1${repeat('+1', 900)}`);
  translates(`SELECT 1${repeat('+1', 900)}`, 'mysql');
  translates(`SELECT 'a'${repeat(" || 'a'", 900)}`, 'mysql');
  translates(`SELECT 1 WHERE true${repeat(' AND true', 900)}`);
  translates(`SELECT 1 WHERE true${repeat(' AND true', 900)}`, 'mysql');
  rejects(`SELECT 1${repeat('+1', 5_000)}`, ['PGS0003']);
});

test('nested parentheses', () => {
  translates(nest('(', '1', ')', 40));
  rejects(nest('(', '1', ')', 900));
  rejects(nest('(', '1', ')', 10_000), ['PGS0003']);
});

test('nested function calls', () => {
  translates(nest('abs(', '1', ')', 40), 'mysql');
  rejects(nest('abs(', '1', ')', 900));
  rejects(nest('abs(', '1', ')', 50_000), ['PGS0003']);
});

test('nested CASE', () => {
  translates(nest('CASE WHEN true THEN ', '1', ' END', 40), 'mysql');
  rejects(nest('CASE WHEN true THEN ', '1', ' END', 900));
  rejects(nest('CASE WHEN true THEN ', '1', ' END', 20_000), ['PGS0003']);
});

test('nested subqueries', () => {
  translates(nest('(SELECT ', '1', ')', 20));
  rejects(nest('(SELECT ', '1', ')', 900));
  rejects(nest('(SELECT ', '1', ')', 20_000), ['PGS0003']);
});

test('long NOT chains and nested arrays', () => {
  rejects(`SELECT 1 WHERE ${repeat('NOT ', 100_000)}true`);
  rejects(`SELECT ${repeat('ARRAY[', 10_000)}1${repeat(']', 10_000)}`);
});

test('a 2,000-term UNION chain is PGS0003, 200 terms translate', () => {
  rejects(`SELECT 1${repeat(' UNION SELECT 1', 1_999)}`, ['PGS0003']);
  translates(`SELECT 1${repeat(' UNION SELECT 1', 199)}`);
  translates(`SELECT 1${repeat(' UNION SELECT 1', 199)}`, 'mysql');
});

test('the module still works after rejecting hostile input', () => {
  rejects(`SELECT ${repeat('(', 100_000)}1`);
  assert.equal(translate('SELECT $1', { to: 'mysql' }).sql, 'SELECT ?;\n');
});
