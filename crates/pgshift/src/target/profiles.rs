//! The named profiles. Each is data: a dialect and its capabilities.

use super::reserved::{MYSQL_RESERVED, SQLITE_RESERVED};
use super::{AutoIncrement, Caps, Dialect, ParamStyle, RebuildForeignKeys, Target};

const SQLITE_CAPS: Caps = Caps {
    params: ParamStyle::Numbered,
    ident_quote: '"',
    backslash_escapes: false,
    pipes_concat: true,
    int_division_truncates: true,
    div_operator: false,
    glob: true,
    like_binary: false,
    schemas: false,
    auto_increment: AutoIncrement::RowidAlias,
    boolean_type: false,
    datetime_type: false,
    text_key_needs_length: false,
    mysql_cast_types: false,
    nulls_first_last: true,
    modulo_truncates_operands: true,
    round_ignores_negative_places: true,
    // RETURNING needs SQLite 3.35 (2021); rusqlite bundles a newer one, D1 and Turso have it.
    returning_insert: true,
    returning_update: true,
    returning_delete: true,
    on_conflict: true,
    update_from: true,
    multi_table_dml: false,
    simultaneous_assignment: true,
    full_join: true,
    lateral: false,
    set_op_all: false,
    values_query: true,
    parenthesized_set_operands: false,
    window_groups: true,
    right_join_star_left_first: true,
    limit_expressions: true,
    limit_in_subquery: true,
    lag_lead_default: true,
    copy_batch_rows: 500,
    max_statement_bytes: 1_000_000,
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
    reserved: SQLITE_RESERVED,
};

const MYSQL_CAPS: Caps = Caps {
    params: ParamStyle::Positional,
    ident_quote: '`',
    backslash_escapes: true,
    pipes_concat: false,
    int_division_truncates: false,
    div_operator: true,
    glob: false,
    like_binary: true,
    schemas: true,
    auto_increment: AutoIncrement::ColumnAttribute,
    boolean_type: true,
    datetime_type: true,
    text_key_needs_length: true,
    mysql_cast_types: true,
    nulls_first_last: false,
    modulo_truncates_operands: false,
    round_ignores_negative_places: false,
    // MySQL 8.0 has no RETURNING; MariaDB has it on INSERT and DELETE only.
    returning_insert: false,
    returning_update: false,
    returning_delete: false,
    on_conflict: false,
    update_from: false,
    multi_table_dml: true,
    simultaneous_assignment: false,
    full_join: false,
    // MySQL 8.0.14+ has LATERAL, MariaDB has not: only the mysql8 profile allows it.
    lateral: false,
    set_op_all: true,
    values_query: false,
    parenthesized_set_operands: true,
    window_groups: false,
    right_join_star_left_first: false,
    limit_expressions: false,
    limit_in_subquery: false,
    // MySQL 8 has it, MariaDB has not: only the mysql8 profile allows it.
    lag_lead_default: false,
    copy_batch_rows: 500,
    max_statement_bytes: 1_000_000,
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
    reserved: MYSQL_RESERVED,
};

/// SQLite 3.35+, as bundled by rusqlite.
pub static SQLITE: Target = Target {
    name: "sqlite",
    dialect: Dialect::Sqlite,
    caps: SQLITE_CAPS,
};
/// Cloudflare D1: SQLite underneath.
pub static D1: Target = Target {
    name: "d1",
    dialect: Dialect::Sqlite,
    // D1 enforces foreign keys on every connection and cannot turn them off; it
    // documents defer_foreign_keys for migrations.
    caps: Caps {
        copy_batch_rows: 100,
        max_statement_bytes: 100_000,
        foreign_keys_pragma: false,
        rebuild_foreign_keys: RebuildForeignKeys::Defer,
        ..SQLITE_CAPS
    },
};
/// Turso / libSQL: SQLite underneath.
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
/// MySQL 8.0 (and PlanetScale/Vitess, which speak it).
pub static MYSQL8: Target = Target {
    name: "mysql8",
    dialect: Dialect::Mysql,
    caps: Caps {
        lateral: true,
        lag_lead_default: true,
        expression_index: true,
        ..MYSQL_CAPS
    },
};
pub static PLANETSCALE: Target = Target {
    name: "planetscale",
    dialect: Dialect::Mysql,
    caps: MYSQL_CAPS,
};
/// MariaDB 10.6+: RETURNING on INSERT and DELETE.
pub static MARIADB: Target = Target {
    name: "mariadb",
    dialect: Dialect::Mysql,
    caps: Caps {
        returning_insert: true,
        returning_delete: true,
        create_index_if_not_exists: true,
        unique_long_text: true,
        alter_if_exists: true,
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
