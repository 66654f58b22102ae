// An example Worker: it receives a PostgreSQL query and its parameters over
// HTTP, translates the query for D1 with pgshift, runs it on the D1 database
// bound as DB, and returns the rows. The queries run against the tables of
// schema.sql, which pgshift reads once, at startup.
//
//   POST /setup                                          creates schema.sql's tables in D1
//   POST /query  {"sql": "SELECT … WHERE id = $1", "params": [42]}
//   200          {"rows": [...], "sql": "<the D1 SQL>", "diagnostics": [...]}
//   400          {"error": "...", "diagnostics": [...]}   the query cannot be translated
//   500          {"error": "..."}                         D1 refused the translation

import { translate, createTranslator, bindParams, PgshiftError } from 'pgshift-wasm';
import schema from './schema.sql';

const translator = createTranslator({ profile: 'd1', schema });

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    if (request.method === 'POST' && url.pathname === '/setup') {
      const ddl = translate(schema, { profile: 'd1' });
      await env.DB.batch(ddl.statements.map((s) => env.DB.prepare(s.sql)));
      return Response.json({ sql: ddl.sql, diagnostics: ddl.diagnostics });
    }
    if (request.method !== 'POST' || url.pathname !== '/query') {
      return Response.json({ error: 'POST /setup, or POST /query {"sql", "params"}' }, { status: 404 });
    }
    let body;
    try {
      body = await request.json();
    } catch {
      return Response.json({ error: 'the body is not JSON' }, { status: 400 });
    }
    const { sql, params = [] } = body ?? {};
    if (typeof sql !== 'string' || !Array.isArray(params)) {
      return Response.json({ error: 'give {"sql": string, "params": array}' }, { status: 400 });
    }

    let translation;
    try {
      translation = translator.translate(sql);
    } catch (e) {
      if (e instanceof PgshiftError) {
        return Response.json({ error: e.message, diagnostics: e.diagnostics }, { status: 400 });
      }
      throw e;
    }

    // A script may translate to several statements; D1 runs them as one batch
    // (a transaction), and the rows of the last statement that returns rows
    // are the answer.
    const statements = translation.statements.map((s) =>
      env.DB.prepare(s.sql).bind(...bindParams(s, params)),
    );
    try {
      let results = [];
      if (statements.length === 1) results = [await statements[0].all()];
      else if (statements.length > 1) results = await env.DB.batch(statements);
      const withRows = translation.statements.map((s, i) => (s.returnsRows ? results[i].results : null));
      const rows = withRows.filter((r) => r !== null).pop() ?? [];
      return Response.json({ rows, sql: translation.sql, diagnostics: translation.diagnostics });
    } catch (e) {
      return Response.json({ error: String(e?.message ?? e), sql: translation.sql }, { status: 500 });
    }
  },
};
