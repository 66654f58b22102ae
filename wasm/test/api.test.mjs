// The package's JS API through the real module in Node: translations, the
// parameter map, diagnostics, option errors.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translate, createTranslator, bindParams, PgshiftError, profileNames } from 'pgshift-wasm';

test('translates to SQLite with numbered parameters', () => {
  const out = translate('SELECT name FROM users WHERE id = $2 AND org = $1', { to: 'sqlite' });
  assert.equal(out.sql, 'SELECT name FROM users WHERE id = ?2 AND org = ?1;\n');
  assert.deepEqual(out.params, [1, 2]);
  assert.deepEqual(out.diagnostics, []);
  assert.equal(out.statements.length, 1);
  assert.equal(out.statements[0].sql, 'SELECT name FROM users WHERE id = ?2 AND org = ?1');
  assert.equal(out.statements[0].returnsRows, true);
});

test('translates to MySQL with the placeholder map, and bindParams follows it', () => {
  const out = translate('SELECT name FROM users WHERE id = $2 AND org = $1 AND owner = $2', { to: 'mysql' });
  assert.equal(out.sql, 'SELECT name FROM users WHERE id = ? AND org = ? AND owner = ?;\n');
  assert.deepEqual(out.params, [2, 1, 2]);
  assert.deepEqual(bindParams(out, ['org-7', 42]), [42, 'org-7', 42]);
  assert.deepEqual(bindParams(out.statements[0], ['org-7', 42]), [42, 'org-7', 42]);
});

test('bindParams passes SQLite arguments through and refuses too few', () => {
  const out = translate('SELECT $3, $1', { profile: 'd1' });
  assert.equal(out.sql, 'SELECT ?3, ?1;\n');
  assert.deepEqual(bindParams(out, ['a', 'b', 'c']), ['a', 'b', 'c']);
  assert.throws(() => bindParams(out, ['a']), RangeError);
  assert.throws(() => bindParams(out, 'a'), TypeError);
  assert.throws(() => bindParams({}, []), TypeError);
});

test('a script becomes statements, each with its own map and source position', () => {
  const out = translate('SELECT $2;\n\nUPDATE t SET a = $1 WHERE b = $2', { to: 'mysql' });
  assert.deepEqual(out.params, [2, 1, 2]);
  assert.deepEqual(
    out.statements.map((s) => [s.sql, s.params, s.returnsRows, s.start.line]),
    [
      ['SELECT ?', [2], true, 1],
      ['UPDATE t SET a = ? WHERE b = ?', [1, 2], false, 3],
    ],
  );
});

test('warnings come back with the translation, with the library table text', () => {
  const out = translate('SELECT 1;\nSELECT a FROM t FOR UPDATE', { to: 'sqlite' });
  assert.equal(out.sql, 'SELECT 1;\nSELECT a FROM t;\n');
  assert.equal(out.diagnostics.length, 1);
  const d = out.diagnostics[0];
  assert.equal(d.code, 'PGS0126');
  assert.equal(d.severity, 'warning');
  assert.equal(d.label, 'row locking dropped');
  assert.match(d.help, /FOR UPDATE\/SHARE have no equivalent/);
  assert.equal(d.start.line, 2);
});

test('an error is a thrown PgshiftError with structured diagnostics', () => {
  const sql = "SELECT 1;\nSELECT id FROM t WHERE é = 1 AND name ~ 'x'";
  let caught;
  try {
    translate(sql, { to: 'sqlite' });
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof PgshiftError);
  assert.ok(caught instanceof Error);
  assert.equal(caught.name, 'PgshiftError');
  assert.match(caught.message, /PGS0301/);
  const d = caught.diagnostics.find((x) => x.severity === 'error');
  assert.equal(d.code, 'PGS0301');
  assert.equal(d.label, 'SQLite has no regular expressions');
  assert.match(d.help, /REGEXP operator/);
  assert.ok(d.message.length > 0);
  // Columns count characters, so the two-byte é before the span shifts bytes, not columns.
  const column = "SELECT id FROM t WHERE é = 1 AND ".length + 1;
  assert.deepEqual(d.start, { line: 2, column });
  assert.equal(d.end.line, 2);
  assert.ok(d.end.column > d.start.column);
  assert.equal(d.span.start, Buffer.byteLength("SELECT 1;\nSELECT id FROM t WHERE é = 1 AND "));
});

test('a syntax error is PGS0001, unterminated input PGS0004', () => {
  assert.throws(() => translate('SELEC 1', { to: 'sqlite' }), (e) => e.diagnostics[0].code === 'PGS0001');
  assert.throws(() => translate("SELECT 'abc", { to: 'mysql' }), (e) => e.diagnostics[0].code === 'PGS0004');
});

test('strict turns warnings into errors; lenient skips code objects', () => {
  assert.throws(
    () => translate('SELECT a FROM t FOR UPDATE', { to: 'sqlite', strict: true }),
    (e) => e instanceof PgshiftError && e.diagnostics[0].code === 'PGS0126',
  );
  const fn = "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$";
  assert.throws(() => translate(fn, { to: 'sqlite' }), PgshiftError);
  const out = translate(fn, { to: 'sqlite', lenient: true });
  assert.ok(out.diagnostics.some((d) => d.severity === 'warning'));
  assert.equal(out.statements.length, 0);
});

test('profiles change the translation', () => {
  const sql = 'DELETE FROM t WHERE id = $1 RETURNING id';
  assert.throws(() => translate(sql, { to: 'mysql' }), PgshiftError);
  assert.equal(translate(sql, { profile: 'mariadb' }).sql, 'DELETE FROM t WHERE id = ? RETURNING id;\n');
  assert.deepEqual(profileNames(), ['sqlite', 'd1', 'turso', 'mysql', 'mysql8', 'mariadb', 'planetscale']);
});

test('wrong options are a TypeError, not a translation error', () => {
  assert.throws(() => translate('SELECT 1'), TypeError);
  assert.throws(() => translate('SELECT 1', {}), /give `to/);
  assert.throws(() => translate('SELECT 1', { to: 'oracle' }), /unknown target/);
  assert.throws(() => translate('SELECT 1', { profile: 'nope' }), /unknown profile `nope` \(known: sqlite, d1/);
  assert.throws(() => translate('SELECT 1', { to: 'mysql', profile: 'd1' }), /sqlite profile, not mysql/);
  assert.throws(() => translate('SELECT 1', { to: 3 }), TypeError);
  assert.throws(() => translate(42, { to: 'sqlite' }), TypeError);
});

const SCHEMA = `CREATE TABLE due (id int PRIMARY KEY, opened date, score double precision);
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TABLE people (id int, feeling mood);`;

test('a schema tells pgshift the column types: date arithmetic and float rounding', () => {
  const query = 'SELECT opened + 7 AS week_on, round(score) AS r FROM due WHERE id = $1';
  // Without the schema pgshift cannot know that `opened` is a date.
  assert.equal(translate(query, { to: 'sqlite' }).sql, 'SELECT opened + 7 AS week_on, round(score) AS r FROM due WHERE id = ?1;\n');
  const withSchema = translate(query, { to: 'sqlite', schema: SCHEMA });
  assert.match(withSchema.sql, /date\(opened, 7 \|\| ' days'\) AS week_on/);
  assert.match(withSchema.sql, /2 \* round\(score \/ 2\)/);
  assert.deepEqual(withSchema.params, [1]);
  assert.match(translate(query, { to: 'mysql', schema: SCHEMA }).sql, /DATE_ADD\(opened, INTERVAL 7 DAY\)/);
});

test('createTranslator reads the schema once and translates many queries against it', () => {
  const translator = createTranslator({ profile: 'd1', schema: SCHEMA });
  try {
    assert.match(translator.translate('SELECT opened - 1 FROM due').sql, /date\(opened, /);
    // The enum type of the schema is known: its CHECK values are used.
    const insert = translator.translate("INSERT INTO people VALUES (1, 'ok')");
    assert.equal(insert.sql, "INSERT INTO people VALUES (1, 'ok');\n");
    assert.throws(() => translator.translate('SELECT id FROM due WHERE opened::text ~ $1'), PgshiftError);
    assert.throws(() => translator.translate(42), TypeError);
  } finally {
    translator.free();
  }
  assert.throws(() => translator.translate('SELECT 1'), TypeError);
  translator.free();
});

test('a schema that does not translate is a PgshiftError pointing into the schema', () => {
  const broken = 'CREATE TABLE a (id int);\nCREATE TABLE b (id int REFERENCES a (id) MATCH';
  for (const make of [() => createTranslator({ to: 'mysql', schema: broken }), () => translate('SELECT 1', { to: 'mysql', schema: broken })]) {
    assert.throws(make, (e) => {
      assert.ok(e instanceof PgshiftError);
      assert.match(e.message, /^the schema: /);
      assert.equal(e.diagnostics[0].severity, 'error');
      assert.equal(e.diagnostics[0].start.line, 2);
      return true;
    });
  }
  assert.throws(() => createTranslator({ profile: 'nope', schema: SCHEMA }), TypeError);
  assert.throws(() => createTranslator({ to: 'sqlite', schema: 42 }), TypeError);
  assert.throws(() => createTranslator(null), TypeError);
});
