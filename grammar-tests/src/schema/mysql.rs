//! Reading a MariaDB/MySQL schema through `information_schema`, for the current
//! database.
//!
//! `COLUMNS` gives the columns: `EXTRA` marks `auto_increment` (a generated key)
//! and generated columns, and `COLUMN_DEFAULT` is MariaDB's text of the default,
//! with string literals quoted (a backslash doubled) and the word `NULL` for
//! "no default" on a nullable column. `STATISTICS` gives the indexes (`PRIMARY` is the primary key), and
//! `KEY_COLUMN_USAGE` with `REFERENTIAL_CONSTRAINTS` the foreign keys.

use super::normalize::{default_value, fk_action};
use super::{ColumnDefault, ForeignKey, Schema, EXPR_COLUMN};
use crate::engines::mysql::collect;
use crate::Rows;
use mysql::prelude::Queryable;
use mysql::Conn;

/// Reads every table and view of the current database.
pub fn read(conn: &mut Conn) -> Result<Schema, String> {
    let mut out = Schema::default();
    let objects = query(
        conn,
        "SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES \
         WHERE TABLE_SCHEMA = DATABASE()",
    )?;
    for row in &objects {
        match (text(row, 0)?, text(row, 1)?) {
            (name, "VIEW") => {
                out.views.insert(name.to_lowercase());
            }
            (name, _) => {
                out.table(name);
            }
        }
    }
    read_columns(conn, &mut out)?;
    read_indexes(conn, &mut out)?;
    read_foreign_keys(conn, &mut out)?;
    Ok(out.finish())
}

fn read_columns(conn: &mut Conn, out: &mut Schema) -> Result<(), String> {
    let columns = query(
        conn,
        "SELECT TABLE_NAME, COLUMN_NAME, IS_NULLABLE, COLUMN_DEFAULT, EXTRA \
         FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() \
         ORDER BY TABLE_NAME, ORDINAL_POSITION",
    )?;
    for row in &columns {
        let table = text(row, 0)?;
        if !out.tables.contains_key(&table.to_lowercase()) {
            continue;
        }
        let extra = text(row, 4)?.to_ascii_lowercase();
        let default = if extra.contains("auto_increment") {
            ColumnDefault::Auto
        } else if extra.contains("default_generated") {
            ColumnDefault::Expr
        } else if extra.contains("generated") {
            ColumnDefault::Generated
        } else {
            opt(row, 3).map_or(ColumnDefault::None, mysql_default)
        };
        let nullable = text(row, 2)? == "YES";
        out.table(table)
            .push_column(text(row, 1)?, nullable, default);
    }
    Ok(())
}

/// Normalizes MariaDB's text of a default. Its quoted literals escape a
/// backslash with a backslash, as PostgreSQL's `E'…'` strings do.
fn mysql_default(text: &str) -> ColumnDefault {
    if text.starts_with('\'') {
        default_value(&format!("E{text}"))
    } else {
        default_value(text)
    }
}

fn read_indexes(conn: &mut Conn, out: &mut Schema) -> Result<(), String> {
    let parts = query(
        conn,
        "SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME \
         FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() \
         ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX",
    )?;
    for index in parts.chunk_by(|a, b| a.get(..2) == b.get(..2)) {
        let Some(first) = index.first() else {
            continue;
        };
        let columns: Vec<String> = index
            .iter()
            .map(|r| opt(r, 3).map_or_else(|| EXPR_COLUMN.to_string(), str::to_lowercase))
            .collect();
        let table = out.table(text(first, 0)?);
        if text(first, 1)? == "PRIMARY" {
            table.primary_key = columns;
        } else if text(first, 2)? == "0" {
            table.uniques.insert(columns);
        } else {
            table.indexes.insert(columns);
        }
    }
    Ok(())
}

fn read_foreign_keys(conn: &mut Conn, out: &mut Schema) -> Result<(), String> {
    let parts = query(
        conn,
        "SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME, \
                k.REFERENCED_COLUMN_NAME, r.DELETE_RULE, r.UPDATE_RULE \
         FROM information_schema.KEY_COLUMN_USAGE k \
         JOIN information_schema.REFERENTIAL_CONSTRAINTS r \
           ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA \
          AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME \
          AND r.TABLE_NAME = k.TABLE_NAME \
         WHERE k.TABLE_SCHEMA = DATABASE() AND k.REFERENCED_TABLE_NAME IS NOT NULL \
         ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION",
    )?;
    for key in parts.chunk_by(|a, b| a.get(..2) == b.get(..2)) {
        let Some(first) = key.first() else {
            continue;
        };
        let mut columns = Vec::new();
        let mut referenced = Vec::new();
        for part in key {
            columns.push(text(part, 2)?.to_lowercase());
            referenced.push(text(part, 4)?.to_lowercase());
        }
        let fk = ForeignKey {
            columns,
            table: text(first, 3)?.to_lowercase(),
            referenced,
            on_delete: fk_action(text(first, 5)?)?,
            on_update: fk_action(text(first, 6)?)?,
        };
        out.table(text(first, 0)?).foreign_keys.insert(fk);
    }
    Ok(())
}

fn query(conn: &mut Conn, sql: &str) -> Result<Rows, String> {
    let fail = |e: mysql::Error| format!("MySQL: cannot read the schema: {e}\n    {sql}");
    let mut result = conn.query_iter(sql).map_err(fail)?;
    collect(&mut result).map_err(fail)
}

fn opt(row: &[Option<String>], i: usize) -> Option<&str> {
    row.get(i).and_then(Option::as_deref)
}

fn text(row: &[Option<String>], i: usize) -> Result<&str, String> {
    opt(row, i).ok_or_else(|| format!("MySQL: the catalog gave NULL in column {i}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_defaults_unescape_backslashes_and_quotes() {
        let value = |v: &str| ColumnDefault::Value(v.into());
        assert_eq!(mysql_default("'a\\\\b'"), value("a\\b"));
        assert_eq!(mysql_default("'it''s'"), value("it's"));
        assert_eq!(mysql_default("'NULL'"), value("NULL"));
        assert_eq!(mysql_default("NULL"), ColumnDefault::None);
        assert_eq!(mysql_default("current_timestamp()"), ColumnDefault::Expr);
        assert_eq!(mysql_default("1.50"), value("1.5"));
    }
}
