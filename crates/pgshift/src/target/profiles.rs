//! The named profiles. Each is data: a dialect and its capabilities.

use super::reserved::{MYSQL_RESERVED, SQLITE_RESERVED};
use super::{AutoIncrement, Caps, Dialect, ParamStyle, RebuildForeignKeys, Target};
use crate::ir::Collation;

const SQLITE_CAPS: Caps = Caps {
    params: ParamStyle::Numbered,
    ident_quote: '"',
    any_identifier: true,
    backslash_escapes: false,
    pipes_concat: true,
    int_division_truncates: true,
    div_operator: false,
    short_decimal_division: false,
    numeric_held_as_integer: true,
    glob: true,
    like_binary: false,
    no_pad_collation: None,
    schemas: false,
    auto_increment: AutoIncrement::RowidAlias,
    boolean_type: false,
    datetime_type: false,
    text_key_needs_length: false,
    mysql_cast_types: false,
    nulls_first_last: true,
    modulo_truncates_operands: true,
    round_ignores_negative_places: true,
    round_floats_half_away: true,
    // RETURNING needs SQLite 3.35 (2021); rusqlite bundles a newer one, D1 and Turso have it.
    returning_insert: true,
    returning_update: true,
    returning_delete: true,
    returning_table_wildcard: false,
    on_conflict: true,
    update_from: true,
    multi_table_dml: false,
    simultaneous_assignment: true,
    full_join: true,
    lateral: false,
    insert_row_alias: false,
    json_column_arrows: false,
    set_op_all: false,
    values_query: true,
    parenthesized_set_operands: false,
    window_groups: true,
    right_join_star_left_first: true,
    comma_below_join: false,
    limit_expressions: true,
    limit_in_subquery: true,
    lag_lead_default: true,
    copy_batch_rows: 500,
    // SQLITE_MAX_SQL_LENGTH's default.
    max_statement_bytes: 1_000_000_000,
    foreign_keys_pragma: true,
    create_index_if_not_exists: true,
    expression_index: true,
    partial_index: true,
    // Only MySQL needs a length to index TEXT.
    unique_long_text: false,
    create_or_replace_view: false,
    alter_in_place: false,
    alter_if_exists: false,
    rebuild_foreign_keys: RebuildForeignKeys::Toggle,
    script_transactions: true,
    // SQLITE_MAX_VARIABLE_NUMBER's default since 3.32 (999 before).
    max_bound_params: 32_766,
    pragmas: None,
    foreign_key_constraints: true,
    json_table: false,
    create_database: false,
    rename_column: true,
    reserved: SQLITE_RESERVED,
};

const MYSQL_CAPS: Caps = Caps {
    params: ParamStyle::Positional,
    ident_quote: '`',
    any_identifier: false,
    backslash_escapes: true,
    pipes_concat: false,
    int_division_truncates: false,
    div_operator: true,
    // MariaDB 10.11: SELECT 1 / 3.0 is 0.3333.
    short_decimal_division: true,
    numeric_held_as_integer: false,
    glob: false,
    like_binary: true,
    // MySQL 8 and MariaDB name their NO PAD binary collations differently:
    // only the mysql8, planetscale and mariadb profiles have one.
    no_pad_collation: None,
    schemas: true,
    auto_increment: AutoIncrement::ColumnAttribute,
    boolean_type: true,
    datetime_type: true,
    text_key_needs_length: true,
    mysql_cast_types: true,
    nulls_first_last: false,
    modulo_truncates_operands: false,
    round_ignores_negative_places: false,
    // MariaDB 10.11 rounds a DOUBLE tie to even, as PostgreSQL does.
    round_floats_half_away: false,
    // MySQL 8.0 has no RETURNING; MariaDB has it on INSERT and DELETE only.
    returning_insert: false,
    returning_update: false,
    returning_delete: false,
    returning_table_wildcard: true,
    on_conflict: false,
    update_from: false,
    multi_table_dml: true,
    simultaneous_assignment: false,
    full_join: false,
    // MySQL 8.0.14+ has LATERAL, MariaDB has not: only the mysql8 profile allows it.
    lateral: false,
    insert_row_alias: false,
    json_column_arrows: false,
    set_op_all: true,
    values_query: false,
    parenthesized_set_operands: true,
    window_groups: false,
    right_join_star_left_first: false,
    comma_below_join: true,
    limit_expressions: false,
    limit_in_subquery: false,
    // MySQL 8 has it, MariaDB has not: only the mysql8 profile allows it.
    lag_lead_default: false,
    copy_batch_rows: 500,
    // max_allowed_packet's default on MariaDB (MySQL 8.0: 64 MiB).
    max_statement_bytes: 16 * 1024 * 1024,
    foreign_keys_pragma: false,
    // MariaDB has CREATE INDEX IF NOT EXISTS, MySQL 8 has not: only the mariadb profile allows it.
    create_index_if_not_exists: false,
    // MySQL 8.0.13+ has functional key parts, MariaDB has not: only mysql8 allows them.
    expression_index: false,
    partial_index: false,
    // MariaDB 10.4+ has unique hash indexes on TEXT, MySQL 8 has not: only mariadb allows them.
    unique_long_text: false,
    create_or_replace_view: true,
    alter_in_place: true,
    // MariaDB has ADD COLUMN IF NOT EXISTS / DROP COLUMN IF EXISTS, MySQL 8 has not:
    // only the mariadb profile allows them.
    alter_if_exists: false,
    // Not used: MySQL changes tables in place.
    rebuild_foreign_keys: RebuildForeignKeys::Toggle,
    script_transactions: true,
    // The prepared-statement protocol counts placeholders in 16 bits.
    max_bound_params: 65_535,
    pragmas: None,
    foreign_key_constraints: true,
    // MySQL 8.0.4+ and MariaDB 10.6+ both have JSON_TABLE.
    json_table: true,
    create_database: true,
    rename_column: true,
    reserved: MYSQL_RESERVED,
};

/// SQLite 3.44 or newer. The translations use `concat_ws` and ORDER BY inside
/// aggregates (`group_concat(x ORDER BY y)`, 3.44), `unixepoch(x, 'subsec')`
/// (3.42), FULL and RIGHT JOIN (3.39), `->`/`->>` and `unixepoch` (3.38),
/// RETURNING and DROP COLUMN (3.35), UPDATE … FROM (3.33) and upsert (3.24).
/// rusqlite bundles a newer SQLite; D1 and Turso run newer ones too.
/// <https://www.sqlite.org/changes.html>
pub static SQLITE: Target = Target {
    name: "sqlite",
    dialect: Dialect::Sqlite,
    caps: SQLITE_CAPS,
};

/// The PRAGMAs Cloudflare D1 documents. `foreign_keys` is listed there for
/// reading only: D1 enforces foreign keys on every query and a script cannot turn
/// them off, so pgshift, which would only set it, leaves it out.
/// <https://developers.cloudflare.com/d1/sql-api/sql-statements/#compatible-pragma-statements>
/// <https://developers.cloudflare.com/d1/sql-api/foreign-keys/>
static D1_PRAGMAS: &[&str] = &[
    "case_sensitive_like",
    "defer_foreign_keys",
    "foreign_key_check",
    "foreign_key_list",
    "ignore_check_constraints",
    "index_info",
    "index_list",
    "index_xinfo",
    "legacy_alter_table",
    "optimize",
    "quick_check",
    "recursive_triggers",
    "reverse_unordered_selects",
    "table_info",
    "table_list",
    "table_xinfo",
];

/// Cloudflare D1: SQLite underneath, with the limits of
/// <https://developers.cloudflare.com/d1/platform/limits/>: 100 KB per SQL
/// statement and 100 bound parameters per query. Scripts hold no BEGIN/COMMIT
/// (<https://developers.cloudflare.com/d1/best-practices/import-export-data/>):
/// D1 runs each query in an implicit transaction. Foreign keys are always
/// enforced and can only be deferred
/// (<https://developers.cloudflare.com/d1/sql-api/foreign-keys/>).
pub static D1: Target = Target {
    name: "d1",
    dialect: Dialect::Sqlite,
    caps: Caps {
        // 100 rows of a few columns stay far under 100 KB; the byte limit still applies.
        copy_batch_rows: 100,
        max_statement_bytes: 100_000,
        max_bound_params: 100,
        foreign_keys_pragma: false,
        rebuild_foreign_keys: RebuildForeignKeys::Defer,
        script_transactions: false,
        pragmas: Some(D1_PRAGMAS),
        ..SQLITE_CAPS
    },
};

/// Turso / libSQL: a fork of SQLite that keeps its SQL, so the sqlite
/// capabilities hold. libSQL adds `ALTER TABLE … ALTER COLUMN`, but it does not
/// check existing rows against a new NOT NULL or CHECK, unlike PostgreSQL, so
/// pgshift keeps SQLite's table rebuild. Turso Cloud rejects or ignores
/// `user_version`, `application_id`, `busy_timeout` and `journal_mode`, none of
/// which pgshift writes.
/// <https://github.com/tursodatabase/libsql/blob/main/libsql-sqlite3/doc/libsql_extensions.md>
/// <https://docs.turso.tech/cloud>
pub static TURSO: Target = Target {
    name: "turso",
    dialect: Dialect::Sqlite,
    caps: SQLITE_CAPS,
};

/// The common ground of MySQL 8.0 and MariaDB 10.6+.
pub static MYSQL: Target = Target {
    name: "mysql",
    dialect: Dialect::Mysql,
    caps: MYSQL_CAPS,
};

/// MySQL 8.0: LATERAL (8.0.14), `lag`/`lead` defaults, functional index key
/// parts (8.0.13), upserts with the `INSERT … VALUES … AS new` row alias
/// (8.0.19) instead of the `VALUES(c)` function that 8.0.20 deprecates, and
/// `->`/`->>` on columns (8.0.21).
/// <https://dev.mysql.com/doc/refman/8.0/en/insert-on-duplicate.html>
pub static MYSQL8: Target = Target {
    name: "mysql8",
    dialect: Dialect::Mysql,
    caps: Caps {
        lateral: true,
        insert_row_alias: true,
        json_column_arrows: true,
        lag_lead_default: true,
        expression_index: true,
        no_pad_collation: Some(Collation::Utf8mb4_0900Bin),
        ..MYSQL_CAPS
    },
};

/// PlanetScale: MySQL 8 behind Vitess. Its capabilities are the common ground of
/// the mysql profile (Vitess plans queries itself, and does not document LATERAL
/// or row aliases), without FOREIGN KEY constraints unless the database enables
/// them (`Options::keep_foreign_keys`), JSON_TABLE, CREATE/DROP DATABASE and
/// RENAME COLUMN. Stored routines, triggers and events are unsupported too;
/// pgshift never writes them.
/// <https://planetscale.com/docs/vitess/mysql-compatibility>
/// <https://planetscale.com/docs/vitess/foreign-key-constraints>
pub static PLANETSCALE: Target = Target {
    name: "planetscale",
    dialect: Dialect::Mysql,
    caps: PLANETSCALE_CAPS,
};

const PLANETSCALE_CAPS: Caps = Caps {
    // PlanetScale runs MySQL 8.0.
    no_pad_collation: Some(Collation::Utf8mb4_0900Bin),
    foreign_key_constraints: false,
    json_table: false,
    create_database: false,
    rename_column: false,
    ..MYSQL_CAPS
};

/// PlanetScale with foreign key constraints enabled on the database
/// (`Options::keep_foreign_keys(true)`).
pub static PLANETSCALE_FOREIGN_KEYS: Target = Target {
    name: "planetscale",
    dialect: Dialect::Mysql,
    caps: Caps {
        foreign_key_constraints: true,
        ..PLANETSCALE_CAPS
    },
};

/// MariaDB 10.6+: RETURNING on INSERT and DELETE (10.5), CREATE INDEX IF NOT
/// EXISTS, unique indexes on TEXT by hash (10.4), ADD COLUMN IF NOT EXISTS.
/// Sequences (10.3) are not used: pgshift folds PostgreSQL's sequences into
/// AUTO_INCREMENT columns, as on every MySQL profile.
/// <https://mariadb.com/kb/en/insertreturning/> <https://mariadb.com/kb/en/deletereturning/>
pub static MARIADB: Target = Target {
    name: "mariadb",
    dialect: Dialect::Mysql,
    caps: Caps {
        returning_insert: true,
        returning_delete: true,
        create_index_if_not_exists: true,
        unique_long_text: true,
        alter_if_exists: true,
        no_pad_collation: Some(Collation::Utf8mb4NopadBin),
        ..MYSQL_CAPS
    },
};

/// Every profile, by name.
pub static PROFILES: &[&Target] = &[
    &SQLITE,
    &D1,
    &TURSO,
    &MYSQL,
    &MYSQL8,
    &MARIADB,
    &PLANETSCALE,
];

/// The profile with this name, if any.
pub fn profile(name: &str) -> Option<&'static Target> {
    PROFILES
        .iter()
        .copied()
        .find(|t| t.name.eq_ignore_ascii_case(name))
}

/// The same target, with FOREIGN KEY constraints kept where the profile would
/// drop them (PlanetScale with foreign keys enabled); other targets unchanged.
pub fn with_foreign_keys(target: &'static Target) -> &'static Target {
    if target.caps.foreign_key_constraints {
        target
    } else if std::ptr::eq(target, &PLANETSCALE) {
        &PLANETSCALE_FOREIGN_KEYS
    } else {
        target
    }
}
