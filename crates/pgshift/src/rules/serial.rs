//! `SERIAL`, `BIGSERIAL`, `SMALLSERIAL` and `GENERATED ... AS IDENTITY` columns.
//!
//! ```sql
//! -- input
//! CREATE TABLE t (id SERIAL PRIMARY KEY, n TEXT)
//! -- output (SQLite): only an INTEGER PRIMARY KEY auto-increments
//! CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, n TEXT)
//! -- output (MySQL)
//! CREATE TABLE t (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, n LONGTEXT)
//! ```
//!
//! - SQLite: the column must be the primary key, alone, whether declared on the
//!   column or as a table constraint (which is folded onto the column). Otherwise
//!   it is an error: SQLite would store NULL where PostgreSQL draws from a sequence.
//! - MySQL: `AUTO_INCREMENT` on an integer of the same width, NOT NULL. A column
//!   that is not a key gets a plain `KEY`, which MySQL requires.
//! - `GENERATED ALWAYS` is not enforced by either target: a warning.
//!
//! Fidelity: exact, except the ALWAYS warning.
//! <https://www.sqlite.org/autoinc.html>, <https://dev.mysql.com/doc/refman/8.0/en/example-auto-increment.html>

use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{ConstraintKind, DataType, Identity, IntWidth, Stmt, TableConstraint};
use crate::target::AutoIncrement;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    let Stmt::CreateTable(t) = stmt else { return };
    for i in 0..t.columns.len() {
        let col = &t.columns[i];
        let width = match (&col.ty, col.identity) {
            (DataType::Serial(w), _) => *w,
            (DataType::SmallInt, Some(_)) => IntWidth::Small,
            (DataType::Integer, Some(_)) => IntWidth::Int,
            (DataType::BigInt, Some(_)) => IntWidth::Big,
            (_, Some(_)) => {
                cx.report(
                    Code::Unsupported,
                    col.span,
                    "an identity column of a non-integer type is not supported",
                );
                continue;
            }
            _ => continue,
        };
        if col.identity == Some(Identity::Always) {
            cx.report(
                Code::IdentityAlways,
                col.span,
                "GENERATED ALWAYS becomes an ordinary auto-increment",
            );
        }
        let name = col.name.name.clone();
        // A table-level PRIMARY KEY (id) on this column alone.
        let table_pk = t.constraints.iter().position(|c| matches!(&c.kind, ConstraintKind::PrimaryKey(cols) if cols.len() == 1 && cols[0].name == name));
        let in_composite_pk = t.constraints.iter().any(|c| matches!(&c.kind, ConstraintKind::PrimaryKey(cols) if cols.len() > 1 && cols.iter().any(|k| k.name == name)));
        let col = &mut t.columns[i];
        col.identity = None;
        col.not_null = true;
        col.auto_increment = true;
        match cx.target.caps.auto_increment {
            AutoIncrement::RowidAlias => {
                if let Some(pos) = table_pk {
                    // PRIMARY KEY (id) → id INTEGER PRIMARY KEY AUTOINCREMENT.
                    t.constraints.remove(pos);
                    t.columns[i].primary_key = true;
                }
                let col = &mut t.columns[i];
                if col.primary_key {
                    col.ty = DataType::SqliteInteger;
                } else {
                    col.auto_increment = false;
                    col.ty = DataType::SqliteInteger;
                    let why = if in_composite_pk {
                        "part of a composite primary key"
                    } else {
                        "not the primary key"
                    };
                    cx.report(
                        Code::SerialNotPrimaryKey,
                        col.span,
                        format!("`{name}` auto-increments in PostgreSQL but is {why}; SQLite cannot auto-increment it"),
                    );
                }
            }
            AutoIncrement::ColumnAttribute => {
                col.ty = match width {
                    IntWidth::Small => DataType::SmallInt,
                    IntWidth::Int => DataType::Integer,
                    IntWidth::Big => DataType::BigInt,
                };
                let keyed = col.primary_key || col.unique || table_pk.is_some();
                let first_of_composite = t.constraints.iter().any(|c| {
                    matches!(&c.kind, ConstraintKind::PrimaryKey(cols) | ConstraintKind::Unique(cols) if cols.first().is_some_and(|k| k.name == name))
                });
                if !keyed && !first_of_composite {
                    // MySQL requires an index whose first column is the AUTO_INCREMENT column.
                    let span = t.columns[i].span;
                    let ident = t.columns[i].name.clone();
                    t.constraints.push(TableConstraint {
                        name: None,
                        kind: ConstraintKind::Index(vec![ident]),
                        span,
                    });
                }
            }
        }
    }
}
