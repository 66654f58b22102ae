//! `RETURNING` on INSERT, UPDATE and DELETE.
//!
//! SQLite (3.35+) has it natively. MySQL 8.0 has none, and MariaDB has it on
//! INSERT and DELETE but not UPDATE, so each target's capabilities decide; where
//! it is missing the statement is an error, since dropping the clause would drop
//! the rows the caller reads.
//!
//! ```sql
//! -- input
//! INSERT INTO t (v) VALUES ('a') RETURNING id
//! -- output (SQLite): unchanged; (MySQL): error PGS0008
//! ```
//!
//! <https://www.sqlite.org/lang_returning.html>, <https://mariadb.com/kb/en/insertreturning/>

use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::Stmt;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    let caps = &cx.target.caps;
    let (has, allowed, span, what) = match stmt {
        Stmt::Insert(i) => (
            !i.returning.is_empty(),
            caps.returning_insert,
            i.span,
            "INSERT",
        ),
        Stmt::Update(u) => (
            !u.returning.is_empty(),
            caps.returning_update,
            u.span,
            "UPDATE",
        ),
        Stmt::Delete(d) => (
            !d.returning.is_empty(),
            caps.returning_delete,
            d.span,
            "DELETE",
        ),
        _ => return,
    };
    if has && !allowed {
        let target = cx.target.name;
        cx.report(
            Code::UnsupportedTarget,
            span,
            format!("{target} has no RETURNING on {what}; run a SELECT after it instead"),
        );
    }
}
