//! `UPDATE ... FROM`.
//!
//! SQLite (3.33+) has it, but its RETURNING sees only the updated table, where
//! PostgreSQL's also returns the FROM tables' columns (`RETURNING *` included):
//! such a RETURNING is an error. MySQL writes the other tables beside the
//! target, and qualifies the SET columns, which could otherwise name a column
//! of another table.
//!
//! ```sql
//! -- input
//! UPDATE t AS a SET v = s.v FROM s WHERE s.id = a.id
//! -- output (SQLite): unchanged
//! -- output (MySQL)
//! UPDATE t AS a, s SET a.v = s.v WHERE s.id = a.id
//! ```
//!
//! Fidelity: exact. When a target row matches several FROM rows, PostgreSQL and
//! both targets update it once, with a value from one of them. MySQL gives no
//! order to a multi-table UPDATE's assignments (see `simultaneous_assignment`).
//!
//! <https://www.sqlite.org/lang_update.html#update_from>,
//! <https://dev.mysql.com/doc/refman/8.0/en/update.html>

use super::names::returning_reads_other;
use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{ObjectName, Stmt};

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    let Stmt::Update(u) = stmt else {
        return;
    };
    if u.from.is_empty() {
        return;
    }
    let target = cx.target.name;
    if cx.target.caps.update_from {
        let own = u.alias.as_ref().map(|a| &a.name).or(u.table.base());
        let own = own.map_or("", |o| o.name.as_str());
        if let Some(what) = returning_reads_other(&u.returning, own) {
            cx.report(
                Code::ReturningJoined,
                u.span,
                format!("{target}'s RETURNING cannot return {what} of an UPDATE ... FROM"),
            );
        }
    } else if cx.target.caps.multi_table_dml {
        // UPDATE t AS a SET c = ... FROM s → UPDATE t AS a, s SET a.c = ...
        let qualifier = match &u.alias {
            Some(alias) => ObjectName {
                parts: vec![alias.name.clone()],
                span: alias.name.span,
            },
            None => u.table.clone(),
        };
        for a in &mut u.assignments {
            a.table = Some(qualifier.clone());
        }
        u.multi_table = true;
    } else {
        cx.report(
            Code::UnsupportedTarget,
            u.span,
            format!("{target} has neither UPDATE ... FROM nor a multi-table UPDATE"),
        );
    }
}
