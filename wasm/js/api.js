// The public API of the package, over the raw wasm-bindgen exports. Every entry
// point (node.js, workerd.js, browser.js) instantiates the module first, then
// re-exports this file. Translation itself happens in the library; this file
// only parses the JSON the module returns and throws its errors.

import {
  Translator,
  translateJson,
  profileNames as rawProfileNames,
  wasmMemoryBytes as rawMemoryBytes,
} from './pgshift_wasm.js';

/** A translation that stopped: `diagnostics` holds every finding, errors first among them by severity. */
export class PgshiftError extends Error {
  constructor(message, diagnostics) {
    super(message);
    this.name = 'PgshiftError';
    this.diagnostics = diagnostics;
  }
}

function optionalString(options, key) {
  const value = options[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new TypeError(`pgshift: option \`${key}\` must be a string`);
  return value;
}

function checkOptions(options) {
  if (options === null || typeof options !== 'object') {
    throw new TypeError("pgshift: give options such as { to: 'sqlite' } or { profile: 'd1' }");
  }
}

function checkSql(sql) {
  if (typeof sql !== 'string') throw new TypeError('pgshift: sql must be a string');
}

// The module returns the JSON text in chunks (so that it never needs one large
// block of WASM memory); they join into one text. `context` prefixes the
// message of an error that is not about `sql` itself (the schema's).
function fromJson(chunks, context = '') {
  const out = JSON.parse(chunks.join(''));
  if (out.usage !== undefined) throw new TypeError(`pgshift: ${out.usage}`);
  if (!out.ok) throw new PgshiftError(context + out.error, out.diagnostics);
  return { sql: out.sql, params: out.params, diagnostics: out.diagnostics, statements: out.statements };
}

/**
 * Translates a PostgreSQL script: `{ sql, params, diagnostics, statements }`.
 * Throws a PgshiftError (with `diagnostics`) when the translation has an error,
 * and a TypeError when the options are wrong. With `schema`, the script runs
 * against the tables that schema script creates (read again on every call:
 * `createTranslator` reads it once).
 */
export function translate(sql, options) {
  checkSql(sql);
  checkOptions(options);
  if (options.schema !== undefined && options.schema !== null) {
    const translator = createTranslator(options);
    try {
      return translator.translate(sql);
    } finally {
      translator.free();
    }
  }
  return fromJson(
    translateJson(
      sql,
      optionalString(options, 'to'),
      optionalString(options, 'profile'),
      Boolean(options.strict),
      Boolean(options.lenient),
    ),
  );
}

/**
 * A translator for many scripts with the same options: `{ translate(sql), free() }`.
 * Its `schema` (a PostgreSQL script of CREATE TABLE and the like) is read once,
 * and every translation runs against the tables it creates, as the CLI's
 * `--schema` does: pgshift then knows, for example, which columns are dates.
 * Throws a TypeError when the options are wrong, and a PgshiftError whose
 * diagnostics point into the schema when the schema does not translate.
 * `free()` releases its WASM memory at once (the garbage collector does it
 * otherwise, in its own time).
 */
export function createTranslator(options) {
  checkOptions(options);
  const raw = new Translator(
    optionalString(options, 'to'),
    optionalString(options, 'profile'),
    Boolean(options.strict),
    Boolean(options.lenient),
    optionalString(options, 'schema'),
  );
  const error = raw.errorJson();
  if (error.length > 0) {
    raw.free();
    fromJson(error, 'the schema: ');
  }
  let freed = false;
  return {
    translate(sql) {
      checkSql(sql);
      if (freed) throw new TypeError('pgshift: this translator was freed');
      return fromJson(raw.translateJson(sql));
    },
    free() {
      if (!freed) {
        freed = true;
        raw.free();
      }
    },
  };
}

/**
 * The arguments to bind, in placeholder order: for each output placeholder, the
 * caller's argument for the source `$n` it stands for (`args[n - 1]`). Works on a
 * translation or on one of its statements.
 */
export function bindParams(result, args) {
  if (result === null || typeof result !== 'object' || !Array.isArray(result.params)) {
    throw new TypeError('pgshift: bindParams needs a translation or a statement (with `params`)');
  }
  if (!Array.isArray(args)) throw new TypeError('pgshift: bindParams needs an array of arguments');
  return result.params.map((n) => {
    if (n > args.length) {
      throw new RangeError(`pgshift: the query uses $${n} but ${args.length} argument(s) were given`);
    }
    return args[n - 1];
  });
}

/** The names of the target profiles `translate` accepts. */
export function profileNames() {
  return rawProfileNames();
}

/** The module's linear memory in bytes: the high-water mark of every translation so far. */
export function wasmMemoryBytes() {
  return rawMemoryBytes();
}
