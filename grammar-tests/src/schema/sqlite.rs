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
