//! A column's `CHECK` constraint, on targets that alter tables in place.
//!
//! ```sql
//! -- input
//! CREATE TABLE t (id int, budget numeric CHECK (budget >= 0))
//! -- output (MySQL)
//! CREATE TABLE t (id INT, budget DECIMAL(65,30), CONSTRAINT t_budget_check CHECK (budget >= 0))
//! -- output (SQLite): unchanged; a table rebuild restates every constraint
//! ```
//!
//! PostgreSQL names a column's check `<table>_<column>_check`, and migrations
//! drop it by that name. MariaDB keeps a column-level check with the column,
//! and `MODIFY COLUMN` (which `ALTER COLUMN` becomes) drops it; MySQL names it
//! `t_chk_1`. Written at table level under PostgreSQL's name, the check
//! survives a later `MODIFY COLUMN` and answers to `DROP CONSTRAINT t_budget_check`.
//!
//! Fidelity: exact.
//! <https://www.postgresql.org/docs/current/ddl-constraints.html#DDL-CONSTRAINTS-CHECK-CONSTRAINTS>,
//! <https://mariadb.com/kb/en/constraint/>

use super::RuleCx;
use crate::ir::{ConstraintKind, Ident, Stmt, TableConstraint};

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    if !cx.target.caps.alter_in_place {
        return;
    }
    let Stmt::CreateTable(t) = stmt else { return };
    let table = t.name.base_name();
    let mut hoisted = Vec::new();
    for c in &mut t.columns {
        let many = c.checks.len() > 1;
        for (i, check) in c.checks.drain(..).enumerate() {
            // PostgreSQL numbers a second check on the same column: t_a_check1.
            let suffix = if many && i > 0 {
                i.to_string()
            } else {
                String::new()
            };
            hoisted.push(TableConstraint {
                name: Some(Ident::new(
                    &format!("{table}_{}_check{suffix}", c.name.name),
                    c.span,
                )),
                kind: ConstraintKind::Check(check),
                span: c.span,
            });
        }
    }
    t.constraints.extend(hoisted);
}
