//! Reading a SQLite schema through `sqlite_schema` and the table pragmas.
//!
//! `pragma_table_xinfo` gives the columns (hidden columns of virtual tables are
//! left out, generated ones are marked), `pragma_index_list` and
//! `pragma_index_xinfo` the indexes: origin `pk` is the primary key's own index,
//! origin `u` a UNIQUE constraint (`sqlite_autoindex_…`), origin `c` a CREATE
//! INDEX. A lone INTEGER primary key without such an index is the rowid alias,
//! which fills itself: a generated key. `pragma_foreign_key_list` gives the
//! foreign keys; one that names no referenced columns references the primary key.

use super::normalize::{default_value, fk_action};
use super::{lower_all, ColumnDefault, ForeignKey, Schema, Table, EXPR_COLUMN};
use rusqlite::{Connection, Row};

/// Reads every table and view of the main database.
pub fn read(conn: &Connection) -> Result<Schema, String> {
    let mut out = Schema::default();
    let objects: Vec<(String, String)> = rows(
        conn,
        "SELECT name, type FROM sqlite_schema WHERE type IN ('table', 'view') ORDER BY name",
        "",
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    for (name, kind) in objects {
        if Schema::is_internal(&name) {
            continue;
        }
        if kind == "view" {
            out.views.insert(name.to_lowercase());
        } else {
            let table = read_table(conn, &name)?;
            *out.table(&name) = table;
        }
    }
    Ok(out.finish())
}

/// One column as `pragma_table_xinfo` gives it.
struct RawColumn {
    name: String,
    declared: String,
    not_null: bool,
    default: Option<String>,
    pk: i64,
    hidden: i64,
}

fn read_table(conn: &Connection, name: &str) -> Result<Table, String> {
    let mut table = Table::default();
    let columns = rows(
        conn,
        "SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(?1) ORDER BY cid",
        name,
        |r| {
            Ok(RawColumn {
                name: r.get(0)?,
                declared: r.get(1)?,
                not_null: r.get::<_, i64>(2)? != 0,
                default: r.get(3)?,
                pk: r.get(4)?,
                hidden: r.get(5)?,
            })
        },
    )?;
    let mut key: Vec<&RawColumn> = columns.iter().filter(|c| c.pk > 0).collect();
    key.sort_by_key(|c| c.pk);
    table.primary_key = lower_all(&key.iter().map(|c| c.name.as_str()).collect::<Vec<_>>());
    let has_pk_index = read_indexes(conn, name, &mut table)?;
    let rowid_alias = match key.as_slice() {
        [only] if !has_pk_index && only.declared.eq_ignore_ascii_case("integer") => {
            Some(only.name.as_str())
        }
        _ => None,
    };
    for column in columns.iter().filter(|c| c.hidden != 1) {
        let default = if rowid_alias == Some(column.name.as_str()) {
            ColumnDefault::Auto
        } else if column.hidden >= 2 {
            ColumnDefault::Generated
        } else {
            column
                .default
                .as_deref()
                .map_or(ColumnDefault::None, default_value)
        };
        table.push_column(&column.name, !column.not_null, default);
    }
    read_foreign_keys(conn, name, &mut table)?;
    Ok(table)
}

/// Reads the indexes of `table` into it; returns true when the primary key has
/// an index of its own (so that it is not the rowid).
fn read_indexes(conn: &Connection, name: &str, table: &mut Table) -> Result<bool, String> {
    let indexes: Vec<(String, bool, String, bool)> = rows(
        conn,
        "SELECT name, \"unique\", origin, partial FROM pragma_index_list(?1)",
        name,
        |r| {
            Ok((
                r.get(0)?,
                r.get::<_, i64>(1)? != 0,
                r.get(2)?,
                r.get::<_, i64>(3)? != 0,
            ))
        },
    )?;
    let mut has_pk_index = false;
    for (index, unique, origin, partial) in indexes {
        if origin == "pk" {
            has_pk_index = true;
            continue;
        }
        let columns: Vec<String> = rows(
            conn,
            "SELECT name FROM pragma_index_xinfo(?1) WHERE key = 1 ORDER BY seqno",
            &index,
            |r| r.get::<_, Option<String>>(0),
        )?
        .into_iter()
        .map(|c| c.map_or_else(|| EXPR_COLUMN.to_string(), |c| c.to_lowercase()))
        .collect();
        match (unique, partial) {
            (true, false) => table.uniques.insert(columns),
            (true, true) => table.partial_uniques.insert(columns),
            (false, _) => table.indexes.insert(columns),
        };
    }
    Ok(has_pk_index)
}

/// One row of `pragma_foreign_key_list`.
struct RawKeyPart {
    id: i64,
    table: String,
    from: String,
    to: Option<String>,
    on_update: String,
    on_delete: String,
}

fn read_foreign_keys(conn: &Connection, name: &str, table: &mut Table) -> Result<(), String> {
    let parts = rows(
        conn,
        "SELECT id, \"table\", \"from\", \"to\", on_update, on_delete \
         FROM pragma_foreign_key_list(?1) ORDER BY id, seq",
        name,
        |r| {
            Ok(RawKeyPart {
                id: r.get(0)?,
                table: r.get(1)?,
                from: r.get(2)?,
                to: r.get(3)?,
                on_update: r.get(4)?,
                on_delete: r.get(5)?,
            })
        },
    )?;
    for key in parts.chunk_by(|a, b| a.id == b.id) {
        let Some(first) = key.first() else {
            continue;
        };
        let from: Vec<&str> = key.iter().map(|p| p.from.as_str()).collect();
        let to: Option<Vec<&str>> = key.iter().map(|p| p.to.as_deref()).collect();
        let referenced = match to {
            Some(to) => lower_all(&to),
            None => primary_key_of(conn, &first.table)?,
        };
        table.foreign_keys.insert(ForeignKey {
            columns: lower_all(&from),
            table: first.table.to_lowercase(),
            referenced,
            on_delete: fk_action(&first.on_delete)?,
            on_update: fk_action(&first.on_update)?,
        });
    }
    Ok(())
}

/// The primary key columns of `table`, which a foreign key without referenced
/// columns references.
fn primary_key_of(conn: &Connection, table: &str) -> Result<Vec<String>, String> {
    let names: Vec<String> = rows(
        conn,
        "SELECT name FROM pragma_table_info(?1) WHERE pk > 0 ORDER BY pk",
        table,
        |r| r.get(0),
    )?;
    Ok(lower_all(&names))
}

/// Runs a catalog query, binding `arg` to `?1` when the query has it.
fn rows<T>(
    conn: &Connection,
    sql: &str,
    arg: &str,
    map: impl FnMut(&Row<'_>) -> rusqlite::Result<T>,
) -> Result<Vec<T>, String> {
    let fail = |e: rusqlite::Error| format!("SQLite: cannot read the schema: {e}\n    {sql}");
    let mut stmt = conn.prepare(sql).map_err(fail)?;
    let out = if stmt.parameter_count() == 0 {
        stmt.query_map([], map)
            .map_err(fail)?
            .collect::<Result<_, _>>()
    } else {
        stmt.query_map([arg], map)
            .map_err(fail)?
            .collect::<Result<_, _>>()
    };
    out.map_err(fail)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;
    use crate::schema::FkAction;

    fn schema_of(sql: &str) -> Schema {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(sql).unwrap();
        read(&conn).unwrap()
    }

    fn cols(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| n.to_string()).collect()
    }

    #[test]
    fn the_rowid_alias_is_a_generated_key_and_other_keys_are_not() {
        let s = schema_of(
            "CREATE TABLE a (id INTEGER PRIMARY KEY, v TEXT);
             CREATE TABLE b (id INTEGER PRIMARY KEY AUTOINCREMENT);
             CREATE TABLE c (id INT PRIMARY KEY);
             CREATE TABLE d (code TEXT PRIMARY KEY, n INTEGER);
             CREATE TABLE e (id INTEGER PRIMARY KEY) WITHOUT ROWID;
             CREATE TABLE f (x INTEGER, y INTEGER, PRIMARY KEY (y, x));",
        );
        let default = |t: &str| s.tables[t].columns[0].default.clone();
        assert_eq!(default("a"), ColumnDefault::Auto);
        assert_eq!(default("b"), ColumnDefault::Auto);
        assert_eq!(default("c"), ColumnDefault::None);
        assert_eq!(default("d"), ColumnDefault::None);
        assert_eq!(default("e"), ColumnDefault::None);
        assert!(
            !s.tables["d"].columns[0].nullable,
            "a key column is NOT NULL"
        );
        assert!(
            s.tables["d"].uniques.is_empty(),
            "the key's index is not a unique key"
        );
        assert_eq!(s.tables["f"].primary_key, cols(&["y", "x"]));
        assert!(!s.tables.contains_key("sqlite_sequence"));
    }

    #[test]
    fn defaults_are_normalized() {
        let s = schema_of(
            "CREATE TABLE t (a TEXT DEFAULT 'x', b NUMERIC DEFAULT 1.50, c INT DEFAULT TRUE,
                             d TEXT DEFAULT CURRENT_TIMESTAMP, e INT DEFAULT (-1), f INT,
                             g INT GENERATED ALWAYS AS (e + 1) VIRTUAL);",
        );
        let defaults: Vec<ColumnDefault> = s.tables["t"]
            .columns
            .iter()
            .map(|c| c.default.clone())
            .collect();
        assert_eq!(
            defaults,
            [
                ColumnDefault::Value("x".into()),
                ColumnDefault::Value("1.5".into()),
                ColumnDefault::Value("1".into()),
                ColumnDefault::Expr,
                ColumnDefault::Value("-1".into()),
                ColumnDefault::None,
                ColumnDefault::Generated,
            ]
        );
    }

    #[test]
    fn keys_indexes_and_views() {
        let s = schema_of(
            "CREATE TABLE p (id INTEGER PRIMARY KEY, a TEXT UNIQUE, b TEXT, c TEXT, UNIQUE (b, c));
             CREATE UNIQUE INDEX p_c ON p (c);
             CREATE UNIQUE INDEX p_b_partial ON p (b) WHERE b IS NOT NULL;
             CREATE INDEX p_lower ON p (lower(a), b DESC);
             CREATE INDEX p_c_partial ON p (c) WHERE c > 'm';
             CREATE TABLE k (id INTEGER PRIMARY KEY, p_id INT REFERENCES p ON DELETE CASCADE,
                             b TEXT, c TEXT,
                             FOREIGN KEY (b, c) REFERENCES p (b, c) ON UPDATE SET NULL ON DELETE RESTRICT);
             CREATE VIEW v AS SELECT id FROM p;",
        );
        let p = &s.tables["p"];
        assert_eq!(
            p.uniques,
            [cols(&["a"]), cols(&["b", "c"]), cols(&["c"])].into()
        );
        assert_eq!(p.partial_uniques, [cols(&["b"])].into());
        assert_eq!(p.indexes, [cols(&["<expr>", "b"]), cols(&["c"])].into());
        let fks: Vec<&ForeignKey> = s.tables["k"].foreign_keys.iter().collect();
        assert_eq!(fks.len(), 2);
        assert_eq!(fks[0].columns, cols(&["b", "c"]));
        assert_eq!(fks[0].referenced, cols(&["b", "c"]));
        assert_eq!(fks[0].on_update, FkAction::SetNull);
        assert_eq!(fks[0].on_delete, FkAction::NoAction);
        assert_eq!(fks[1].columns, cols(&["p_id"]));
        assert_eq!(
            fks[1].referenced,
            cols(&["id"]),
            "the referenced key is read"
        );
        assert_eq!(fks[1].on_delete, FkAction::Cascade);
        assert_eq!(s.views, ["v".to_string()].into());
    }
}
