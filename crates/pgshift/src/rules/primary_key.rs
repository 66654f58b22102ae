//! `PRIMARY KEY` columns.
//!
//! In PostgreSQL a primary key column is implicitly NOT NULL. SQLite, for
//! historical reasons, lets NULL into a primary key that is not an INTEGER rowid
//! alias, so the rule states NOT NULL explicitly (harmless in MySQL, which
//! already implies it).
//!
//! ```sql
//! -- input
//! CREATE TABLE t (code TEXT PRIMARY KEY)
//! -- output (SQLite)
//! CREATE TABLE t (code TEXT PRIMARY KEY NOT NULL)
//! ```
//!
//! Fidelity: exact. <https://www.sqlite.org/lang_createtable.html#the_primary_key>

use super::RuleCx;
use crate::ir::{ConstraintKind, Stmt};

pub fn run(stmt: &mut Stmt, _cx: &mut RuleCx) {
    let Stmt::CreateTable(t) = stmt else { return };
    let keyed: Vec<String> = t
        .constraints
        .iter()
        .filter_map(|c| match &c.kind {
            ConstraintKind::PrimaryKey(cols) => Some(cols.iter().map(|c| c.name.clone())),
            _ => None,
        })
        .flatten()
        .collect();
    for col in &mut t.columns {
        if col.primary_key || keyed.contains(&col.name.name) {
            col.not_null = true;
        }
    }
}
