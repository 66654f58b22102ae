// End to end in the real runtime: the example Worker runs in workerd (through
// `wrangler dev`, on loopback, with a local D1 database, which is SQLite), and
// receives PostgreSQL queries over HTTP. Each query also runs, as written, on
// PostgreSQL, and the Worker must return PostgreSQL's rows.
//
// PostgreSQL is found through PGSHIFT_TEST_PG_URL (libpq key=value form, as the
// Rust tests use it); without it the comparison is skipped, and says so.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { readFileSync } from 'node:fs';
import { startWorker } from './worker.mjs';

// The Worker's tables (it reads this file too), and the rows the cases start from.
const SCHEMA = readFileSync(new URL('../src/schema.sql', import.meta.url), 'utf8');
const DATA = `
INSERT INTO customers VALUES
  (1, 'ada@example.com', 'Ada Lovelace', '2024-01-05', '{"theme": "dark", "lang": "en"}'),
  (2, 'bob@example.com', 'BOB Stone', '2024-02-29', '{"theme": "light"}'),
  (3, 'cy@example.com', 'Cyan Banana', '2023-12-31', NULL),
  (4, 'di@example.com', 'Diane', '2024-03-01', '{"lang": "fr", "theme": null}');
INSERT INTO events (customer_id, kind, at) VALUES
  (1, 'login', '2024-01-31 10:00:00'),
  (2, 'login', '2024-02-29 23:30:00'),
  (2, 'purchase', '2024-03-01 08:15:00'),
  (4, 'login', '2024-03-01 00:00:00');
`;

// Each case: a name, the PostgreSQL query, its parameters. They run in this
// order, on both sides, so the writes of one are seen by the next.
const CASES = [
  [
    '$n parameters out of order and repeated',
    'SELECT id, email FROM customers WHERE (signed_up BETWEEN $2 AND $3 AND id <> $1) OR id = $1 ORDER BY id',
    [3, '2024-01-01', '2024-02-29'],
  ],
  ['ILIKE with a parameter pattern', 'SELECT id, name FROM customers WHERE name ILIKE $1 ORDER BY id', ['%b%']],
  ['ILIKE with a literal pattern', "SELECT id FROM customers WHERE email ILIKE 'ADA@%' OR name ILIKE '_iane'", []],
  [
    '::date on a timestamp and a parameter',
    'SELECT id, kind, at::date AS day FROM events WHERE at::date = $1::date ORDER BY id',
    ['2024-03-01'],
  ],
  ["'…'::date literal compared with a date column", "SELECT id FROM customers WHERE signed_up < '2024-02-01'::date ORDER BY id", []],
  [
    'JSON ->> with a JSON null and a NULL document',
    "SELECT id, settings->>'theme' AS theme FROM customers WHERE settings->>'lang' = $1 OR settings->>'theme' IS NULL ORDER BY id",
    ['en'],
  ],
  [
    'INTERVAL arithmetic (a month from January 31)',
    "SELECT id, at + INTERVAL '1 month' AS next_month, at - INTERVAL '2 days 3 hours' AS earlier FROM events ORDER BY id",
    [],
  ],
  [
    'date arithmetic on a date column, known from the schema',
    "SELECT id, signed_up + 30 AS trial_end, signed_up - '2024-01-01'::date AS days_in, signed_up - $1::int AS before FROM customers ORDER BY id",
    [1],
  ],
  [
    'INTERVAL against a timestamp parameter',
    "SELECT id FROM events WHERE at > $1::timestamp - INTERVAL '1 day' ORDER BY id",
    ['2024-03-01 12:00:00'],
  ],
  [
    'upsert inserting, with RETURNING',
    'INSERT INTO page_views (path, views) VALUES ($1, $2) ON CONFLICT (path) DO UPDATE SET views = page_views.views + excluded.views RETURNING path, views',
    ['/home', 1],
  ],
  [
    'upsert updating, with RETURNING',
    'INSERT INTO page_views (path, views) VALUES ($1, $2) ON CONFLICT (path) DO UPDATE SET views = page_views.views + excluded.views RETURNING path, views',
    ['/home', 5],
  ],
  [
    'INSERT … RETURNING a serial id, parameters out of order',
    'INSERT INTO events (customer_id, kind, at) VALUES ($2, $1, $3) RETURNING id, kind, customer_id',
    ['logout', 3, '2024-03-02 12:00:00'],
  ],
  ['UPDATE … RETURNING', 'UPDATE customers SET name = upper(name) WHERE id = $1 RETURNING id, name', [2]],
  ['DELETE … RETURNING', 'DELETE FROM events WHERE kind = $1 AND at < $2 RETURNING id', ['login', '2024-02-01']],
  ['the rows the writes left', 'SELECT e.id, e.kind, c.name FROM events e JOIN customers c ON c.id = e.customer_id ORDER BY e.id', []],
];

// Rows as arrays of PostgreSQL-text-like strings, so that 3 (D1) and '3'
// (PostgreSQL's text form) compare equal, and so do NULLs.
function normalize(rows) {
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? null : String(v)])));
}

// libpq's key=value form ('host=127.0.0.1 user=postgres dbname=test').
function pgConfig(url) {
  const config = {};
  for (const pair of url.trim().split(/\s+/)) {
    const [key, ...rest] = pair.split('=');
    const value = rest.join('=');
    if (key === 'dbname') config.database = value;
    else if (key === 'port') config.port = Number(value);
    else if (['host', 'user', 'password'].includes(key)) config[key] = value;
  }
  return config;
}

let worker;
before(async () => {
  worker = await startWorker();
});
after(async () => {
  await worker?.stop();
});

test('the Worker answers a translation error with the diagnostics', async () => {
  const { status, body } = await worker.query("SELECT id FROM customers WHERE name ~ $1", ['^A']);
  assert.equal(status, 400);
  assert.equal(body.diagnostics[0].code, 'PGS0301');
  assert.deepEqual(body.diagnostics[0].start, { line: 1, column: 32 });
});

const pgUrl = process.env.PGSHIFT_TEST_PG_URL;
if (!pgUrl) {
  console.warn('e2e: PGSHIFT_TEST_PG_URL is not set: the PostgreSQL comparison is SKIPPED');
}

test('the Worker returns PostgreSQL\'s rows', { skip: pgUrl ? false : 'PGSHIFT_TEST_PG_URL is not set' }, async (t) => {
  // Every value in PostgreSQL's text form.
  const client = new pg.Client({ ...pgConfig(pgUrl), types: { getTypeParser: () => (v) => v } });
  await client.connect();
  const schema = `pgshift_wasm_e2e_${process.pid}`;
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}; SET search_path TO ${schema}`);
    await client.query(SCHEMA + DATA);
    const setup = await worker.setup();
    assert.equal(setup.status, 200, JSON.stringify(setup.body));
    const data = await worker.query(DATA);
    assert.equal(data.status, 200, JSON.stringify(data.body));

    for (const [name, sql, params] of CASES) {
      await t.test(name, async () => {
        const expected = normalize((await client.query(sql, params)).rows);
        const { status, body } = await worker.query(sql, params);
        assert.equal(status, 200, JSON.stringify(body));
        assert.ok(expected.length > 0, 'a case must return rows to compare');
        assert.deepEqual(normalize(body.rows), expected, `D1 SQL: ${body.sql}`);
      });
    }
  } finally {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  }
});
