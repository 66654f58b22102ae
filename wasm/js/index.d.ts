// Types of the pgshift-wasm package. They describe api.js, which every entry
// point (Node, Workers, browsers) exports once the module is instantiated.

/** The target SQL dialect. */
export type Target = 'sqlite' | 'mysql';

/** A named target profile (a capability set); `profileNames()` lists them. */
export type Profile = 'sqlite' | 'd1' | 'turso' | 'mysql' | 'mysql8' | 'mariadb' | 'planetscale';

export interface TranslateOptions {
  /** The target dialect. May be left out when `profile` names one; must agree with it otherwise. */
  to?: Target;
  /** A target profile such as `'d1'`, `'turso'`, `'mariadb'` or `'planetscale'`. */
  profile?: Profile;
  /** Warnings become errors. */
  strict?: boolean;
  /** Statements the target cannot run (PL/pgSQL functions, triggers, DO blocks, policies, grants) are skipped with a warning instead of failing. */
  lenient?: boolean;
  /**
   * A PostgreSQL schema script (CREATE TABLE, CREATE TYPE…) the input runs against, as the
   * CLI's `--schema`: pgshift then knows the tables' column types (which columns are dates,
   * floats, enums). `translate` reads it on every call; `createTranslator` reads it once.
   */
  schema?: string;
}

export type Severity = 'error' | 'warning' | 'note';

/** A one-based line and a one-based column counted in characters. */
export interface LineColumn {
  line: number;
  column: number;
}

/** A half-open range of UTF-8 byte offsets into the input. */
export interface ByteSpan {
  start: number;
  end: number;
}

/** One finding about the input: where it is, what it is, and what to do about it. */
export interface Diagnostic {
  /** A stable code such as `'PGS0003'`. */
  code: string;
  severity: Severity;
  message: string;
  /** A short label for the spanned source. */
  label: string;
  /** What to do about it. */
  help: string;
  span: ByteSpan;
  start: LineColumn;
  end: LineColumn;
}

/** One translated statement. */
export interface Statement {
  /** The target SQL, without a trailing `;`. */
  sql: string;
  /** For each placeholder of this statement, in order, the source `$n` it binds. */
  params: number[];
  /** The statement returns rows (a query, or DML with RETURNING). */
  returnsRows: boolean;
  /** Where the source statement stands in the input. */
  span: ByteSpan;
  start: LineColumn;
  end: LineColumn;
}

/** A successful translation. */
export interface Translation {
  /** The whole output: the statements, each followed by `;` and a newline. */
  sql: string;
  /** For each placeholder of the output, in order, the source `$n` it binds (see `bindParams`). */
  params: number[];
  /** Warnings and notes that did not stop the translation. */
  diagnostics: Diagnostic[];
  /** The statements one by one. */
  statements: Statement[];
}

/** Thrown by `translate` when a diagnostic is an error. */
export class PgshiftError extends Error {
  readonly name: 'PgshiftError';
  /** Every diagnostic of the translation, errors and the others. */
  readonly diagnostics: Diagnostic[];
}

/**
 * Translates a PostgreSQL script.
 * @throws {PgshiftError} when the input cannot be translated faithfully.
 * @throws {TypeError} when the options are wrong (unknown profile, profile and target disagree).
 */
export function translate(sql: string, options: TranslateOptions): Translation;

/** Translates many scripts with the same options, and its schema read once. */
export interface Translator {
  /**
   * Translates a PostgreSQL script against the translator's schema.
   * @throws {PgshiftError} when the input cannot be translated faithfully.
   */
  translate(sql: string): Translation;
  /** Releases the translator's WASM memory now (otherwise the garbage collector does, in its own time). */
  free(): void;
}

/**
 * A translator for these options, with `schema` (if given) read once.
 * @throws {TypeError} when the options are wrong.
 * @throws {PgshiftError} when the schema does not translate; its diagnostics point into the schema.
 */
export function createTranslator(options: TranslateOptions): Translator;

/**
 * Orders (and repeats) the caller's arguments for the placeholders of a translation
 * or statement: the i-th result is `args[params[i] - 1]`.
 * @throws {RangeError} when the query uses a `$n` beyond `args`.
 */
export function bindParams<T>(result: { readonly params: readonly number[] }, args: readonly T[]): T[];

/** The names of the target profiles `translate` accepts. */
export function profileNames(): string[];

/** The module's linear memory in bytes: the high-water mark of every translation so far. */
export function wasmMemoryBytes(): number;
