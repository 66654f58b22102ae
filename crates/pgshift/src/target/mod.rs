//! Targets as capability sets.
//!
//! Rules and emitters ask what a target can do (`caps.returning_update`), never
//! which engine it is. A profile such as `d1` or `mariadb` is a row of data here.

mod profiles;
mod reserved;

pub use profiles::{profile, with_foreign_keys, PROFILES};

/// The family of SQL a target speaks; it picks the emitter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Dialect {
    Sqlite,
    Mysql,
}

impl Dialect {
    pub fn name(self) -> &'static str {
        match self {
            Dialect::Sqlite => "sqlite",
            Dialect::Mysql => "mysql",
        }
    }

    /// The default profile of the family: the common ground its engines share.
    pub fn default_target(self) -> &'static Target {
        match self {
            Dialect::Sqlite => &profiles::SQLITE,
            Dialect::Mysql => &profiles::MYSQL,
        }
    }
}

/// How bind parameters are written in the output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamStyle {
    /// `?1`, `?2`: bound by number, so order and reuse carry over unchanged.
    Numbered,
    /// `?`: bound by position, so the caller reorders its arguments per `params`.
    Positional,
}

/// How an auto-incrementing key is declared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AutoIncrement {
    /// Only `INTEGER PRIMARY KEY [AUTOINCREMENT]` (a rowid alias) increments.
    RowidAlias,
    /// An `AUTO_INCREMENT` attribute on an indexed integer column.
    ColumnAttribute,
}

/// How a SQLite table rebuild suspends foreign keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RebuildForeignKeys {
    /// `PRAGMA foreign_keys = OFF` before the rebuild and `ON` after it, as
    /// SQLite's procedure says (a no-op inside a transaction).
    /// <https://www.sqlite.org/lang_altertable.html#otheralter>
    Toggle,
    /// `PRAGMA defer_foreign_keys = ON` inside the rebuild: Cloudflare D1 keeps
    /// foreign keys on and documents this pragma for migrations.
    /// <https://developers.cloudflare.com/d1/sql-api/foreign-keys/>
    Defer,
}

/// What a target engine can do. Every field links to the behaviour it describes.
#[derive(Clone, Debug)]
pub struct Caps {
    pub params: ParamStyle,
    /// The character that quotes identifiers.
    pub ident_quote: char,
    /// Any PostgreSQL identifier is a valid name. MySQL refuses names that end
    /// with a space and characters outside the Basic Multilingual Plane.
    /// <https://dev.mysql.com/doc/refman/8.0/en/identifiers.html>
    pub any_identifier: bool,
    /// A backslash in a string literal starts an escape (MySQL without NO_BACKSLASH_ESCAPES).
    /// <https://dev.mysql.com/doc/refman/8.0/en/string-literals.html>
    pub backslash_escapes: bool,
    /// `||` concatenates strings (false in MySQL's default sql_mode, where it is OR).
    pub pipes_concat: bool,
    /// `/` on two integers truncates, as in PostgreSQL (SQLite yes, MySQL no: 7/2 = 3.5000).
    pub int_division_truncates: bool,
    /// There is an integer-division operator `DIV`.
    pub div_operator: bool,
    /// A DECIMAL quotient keeps only the dividend's scale plus 4 places
    /// (MySQL's div_precision_increment: `1 / 3.0` is 0.3333).
    pub short_decimal_division: bool,
    /// A `numeric` value may be held as an integer, whose `/` truncates
    /// (SQLite's NUMERIC affinity stores 2.00 as 2).
    pub numeric_held_as_integer: bool,
    /// `GLOB` exists (SQLite), for case-sensitive pattern matching.
    /// <https://www.sqlite.org/lang_expr.html#glob>
    pub glob: bool,
    /// `LIKE ... COLLATE` / `LIKE BINARY` can force a case-sensitive LIKE (MySQL).
    pub like_binary: bool,
    /// A binary collation that counts trailing spaces (NO PAD), for text
    /// columns (MySQL). Without one, text columns keep the table's
    /// `utf8mb4_bin`, which ignores them, and the `text_comparison` rule warns.
    pub no_pad_collation: Option<crate::ir::Collation>,
    /// Tables live in schemas that may be named (`public.t`).
    pub schemas: bool,
    pub auto_increment: AutoIncrement,
    /// A BOOLEAN column type exists (an alias of TINYINT(1) in MySQL).
    pub boolean_type: bool,
    /// The type of a timestamp column with microseconds.
    pub datetime_type: bool,
    /// TEXT/BLOB cannot be a key without a length.
    pub text_key_needs_length: bool,
    /// `CAST(x AS ...)` accepts only the MySQL cast types (SIGNED, CHAR, DECIMAL, DATE, DATETIME, JSON).
    pub mysql_cast_types: bool,
    /// `%` converts both operands to integers first (SQLite: `5.5 % 2` is 1).
    pub modulo_truncates_operands: bool,
    /// `round(x, n)` ignores a negative `n` (SQLite).
    pub round_ignores_negative_places: bool,
    /// `round(x)` rounds a floating-point tie away from zero (SQLite:
    /// `round(2.5)` is 3.0), where PostgreSQL rounds it to even.
    pub round_floats_half_away: bool,
    /// `ORDER BY x NULLS FIRST|LAST` is accepted (SQLite 3.30+); otherwise it is emulated.
    pub nulls_first_last: bool,
    /// `RETURNING` on INSERT, UPDATE and DELETE.
    pub returning_insert: bool,
    pub returning_update: bool,
    pub returning_delete: bool,
    /// `RETURNING t.*` is accepted; SQLite refuses a table's wildcard there
    /// ("RETURNING may not use \"TABLE.*\" wildcards") and takes `*`.
    pub returning_table_wildcard: bool,
    /// `INSERT ... ON CONFLICT` (SQLite 3.24+; 3.35+ for a DO NOTHING without a target);
    /// without it the `on_conflict` rule writes MySQL's `ON DUPLICATE KEY UPDATE`.
    /// <https://www.sqlite.org/lang_upsert.html>
    pub on_conflict: bool,
    /// `UPDATE ... FROM` (SQLite 3.33+). <https://www.sqlite.org/lang_update.html#update_from>
    pub update_from: bool,
    /// Multi-table UPDATE and DELETE: `UPDATE t, s SET ...`, `DELETE t FROM t, s ...` (MySQL).
    /// <https://dev.mysql.com/doc/refman/8.0/en/delete.html>
    pub multi_table_dml: bool,
    /// Every SET assignment reads the row as it was, as in PostgreSQL (SQLite). MySQL
    /// assigns left to right, and a later assignment sees an earlier one's new value.
    /// <https://dev.mysql.com/doc/refman/8.0/en/update.html>
    pub simultaneous_assignment: bool,
    /// `FULL [OUTER] JOIN` (SQLite 3.39+); MySQL has none. <https://www.sqlite.org/lang_select.html>
    pub full_join: bool,
    /// `LATERAL` subqueries in FROM (MySQL 8.0.14+); SQLite and MariaDB have none.
    /// <https://dev.mysql.com/doc/refman/8.0/en/lateral-derived-tables.html>
    pub lateral: bool,
    /// The `INSERT … VALUES … AS new ON DUPLICATE KEY UPDATE c = new.c` row alias
    /// (MySQL 8.0.19+), which replaces the `VALUES(c)` function MySQL 8.0.20
    /// deprecates; MariaDB has only `VALUES(c)`.
    /// <https://dev.mysql.com/doc/refman/8.0/en/insert-on-duplicate.html>
    pub insert_row_alias: bool,
    /// `col->'$.a'` and `col->>'$.a'` on a column (MySQL 8.0.21+); MariaDB has
    /// only JSON_EXTRACT and JSON_UNQUOTE. <https://dev.mysql.com/doc/refman/8.0/en/json-search-functions.html#operator_json-inline-path>
    pub json_column_arrows: bool,
    /// `INTERSECT ALL` and `EXCEPT ALL` (MariaDB 10.5+, MySQL 8.0.31+); SQLite has neither.
    /// <https://mariadb.com/kb/en/intersect/>
    pub set_op_all: bool,
    /// A bare `VALUES (...), (...)` query whose columns are named column1, column2...
    /// (SQLite). MariaDB names them after the first row's values, and MySQL 8 wants `VALUES ROW(...)`.
    /// <https://www.sqlite.org/lang_select.html#simpleselect>
    pub values_query: bool,
    /// A parenthesized operand of a set operation, `(SELECT ... LIMIT 1) UNION ...` (MySQL); SQLite has none.
    pub parenthesized_set_operands: bool,
    /// Window frames in `GROUPS` units (SQLite 3.28+); MySQL and MariaDB have none.
    /// <https://www.sqlite.org/windowfunctions.html#frame_type>
    pub window_groups: bool,
    /// `SELECT *` over a RIGHT JOIN with USING or NATURAL lists the left table's
    /// columns first, as PostgreSQL does (SQLite); MySQL lists the right table's first.
    /// <https://dev.mysql.com/doc/refman/8.0/en/join.html>
    pub right_join_star_left_first: bool,
    /// A comma in FROM binds less tightly than an explicit JOIN, as in PostgreSQL
    /// (MySQL); SQLite gives the comma a CROSS JOIN's precedence and joins left to right.
    /// <https://dev.mysql.com/doc/refman/8.0/en/join.html>, <https://www.sqlite.org/lang_select.html>
    pub comma_below_join: bool,
    /// LIMIT and OFFSET take any expression (SQLite). MySQL takes only an integer literal or a placeholder.
    /// <https://dev.mysql.com/doc/refman/8.0/en/select.html>
    pub limit_expressions: bool,
    /// `x IN (SELECT ... LIMIT n)` (SQLite); MySQL and MariaDB reject LIMIT there.
    /// <https://dev.mysql.com/doc/refman/8.0/en/subquery-restrictions.html>
    pub limit_in_subquery: bool,
    /// `lag(x, n, default)` and `lead(x, n, default)` (SQLite, MySQL 8); MariaDB has
    /// no third argument. <https://mariadb.com/kb/en/lead/>
    pub lag_lead_default: bool,
    /// Rows per INSERT when COPY data becomes INSERT statements.
    pub copy_batch_rows: usize,
    /// The longest statement the target accepts, in bytes; COPY batches stay under it,
    /// and a longer translated statement is an error (`rules/statement_limits.rs`).
    /// SQLite: `SQLITE_MAX_SQL_LENGTH`, 1,000,000,000 by default
    /// (<https://www.sqlite.org/limits.html#max_sql_length>); D1: 100 KB
    /// (<https://developers.cloudflare.com/d1/platform/limits/>); MySQL: `max_allowed_packet`
    /// (16 MiB by default on MariaDB, 64 MiB on MySQL 8.0).
    /// <https://mariadb.com/kb/en/server-system-variables/#max_allowed_packet>
    pub max_statement_bytes: usize,
    /// Foreign keys are enforced only after `PRAGMA foreign_keys = ON` on the
    /// connection (SQLite, Turso). D1 enforces them always; MySQL's InnoDB always.
    /// <https://www.sqlite.org/foreignkeys.html#fk_enable>
    pub foreign_keys_pragma: bool,
    /// `CREATE INDEX IF NOT EXISTS` (SQLite, MariaDB); MySQL 8 has none.
    /// <https://mariadb.com/kb/en/create-index/>
    pub create_index_if_not_exists: bool,
    /// An index key part may be an expression (SQLite; MySQL 8.0.13+ as `((expr))`);
    /// MariaDB has none. <https://dev.mysql.com/doc/refman/8.0/en/create-index.html#create-index-functional-key-parts>
    pub expression_index: bool,
    /// `CREATE INDEX … WHERE` partial indexes (SQLite); MySQL has none.
    /// <https://www.sqlite.org/partialindex.html>
    pub partial_index: bool,
    /// A UNIQUE index on a whole TEXT/BLOB column, kept by a hidden hash (MariaDB 10.4+).
    /// <https://mariadb.com/kb/en/getting-started-with-indexes/#unique-index>
    pub unique_long_text: bool,
    /// `CREATE OR REPLACE VIEW` (MySQL); SQLite needs DROP VIEW IF EXISTS first.
    /// <https://www.sqlite.org/lang_createview.html>
    pub create_or_replace_view: bool,
    /// `ALTER TABLE` changes a column's type, default and nullability and adds or
    /// drops constraints in place (MySQL: `MODIFY COLUMN`). SQLite only adds,
    /// renames and drops columns; the rest needs its table rebuild.
    /// <https://www.sqlite.org/lang_altertable.html#otheralter>
    pub alter_in_place: bool,
    /// `ADD COLUMN IF NOT EXISTS` and `DROP COLUMN IF EXISTS` (MariaDB 10.0+);
    /// MySQL 8 and SQLite have neither. <https://mariadb.com/kb/en/alter-table/>
    pub alter_if_exists: bool,
    /// How a table rebuild keeps foreign keys from firing while the old table is dropped.
    pub rebuild_foreign_keys: RebuildForeignKeys,
    /// A script may hold BEGIN, COMMIT, ROLLBACK and savepoints. Cloudflare D1 runs
    /// each statement in an implicit transaction and rejects them; its import guide
    /// says to remove them. <https://developers.cloudflare.com/d1/best-practices/import-export-data/>
    pub script_transactions: bool,
    /// The most values one statement may bind: SQLite's `SQLITE_MAX_VARIABLE_NUMBER`
    /// (32766 since 3.32, <https://www.sqlite.org/limits.html#max_variable_number>),
    /// D1's 100 (<https://developers.cloudflare.com/d1/platform/limits/>), MySQL's 65535
    /// placeholders per prepared statement.
    pub max_bound_params: usize,
    /// The PRAGMAs the target accepts, by name (`None`: all of SQLite's). D1 documents
    /// its list. <https://developers.cloudflare.com/d1/sql-api/sql-statements/>
    pub pragmas: Option<&'static [&'static str]>,
    /// FOREIGN KEY constraints are accepted. PlanetScale rejects them unless the
    /// database enables them. <https://planetscale.com/docs/vitess/foreign-key-constraints>
    pub foreign_key_constraints: bool,
    /// The `JSON_TABLE` function (MySQL 8, MariaDB 10.6); Vitess does not plan it.
    /// <https://planetscale.com/docs/vitess/mysql-compatibility>
    pub json_table: bool,
    /// `CREATE DATABASE`/`DROP DATABASE` (what a PostgreSQL schema becomes on MySQL)
    /// run as SQL; PlanetScale creates databases in its CLI and dashboard only.
    pub create_database: bool,
    /// `ALTER TABLE … RENAME COLUMN` runs; PlanetScale lists it as unsupported.
    pub rename_column: bool,
    /// Words that must be quoted when used as identifiers.
    pub reserved: &'static [&'static str],
}

/// A named target: a dialect plus capabilities.
#[derive(Clone, Debug)]
pub struct Target {
    pub name: &'static str,
    pub dialect: Dialect,
    pub caps: Caps,
}

impl Target {
    /// True when `word` (any case) must be quoted as an identifier in this target.
    pub fn is_reserved(&self, word: &str) -> bool {
        let upper = word.to_ascii_uppercase();
        self.caps.reserved.binary_search(&upper.as_str()).is_ok()
    }
}
