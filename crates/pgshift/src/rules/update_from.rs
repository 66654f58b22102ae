//! `UPDATE ... FROM` and `DELETE ... USING`.
//!
//! SQLite (3.33+) keeps `UPDATE ... FROM` as it is and has no `DELETE ... USING`;
//! MySQL needs its multi-table forms. Until those rewrites exist the statements
//! are errors for the targets that lack them, never passed through.
//!
//! ```sql
//! -- input
//! UPDATE t SET v = s.v FROM s WHERE s.id = t.id
//! -- output (SQLite): unchanged; (MySQL): error PGS0002
//! ```
//!
//! <https://www.sqlite.org/lang_update.html#update_from>

use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::Stmt;
use crate::target::Dialect;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    match stmt {
        Stmt::Update(u) if !u.from.is_empty() && cx.target.dialect == Dialect::Mysql => {
            cx.report(
                Code::Unsupported,
                u.span,
                "UPDATE ... FROM is not supported for MySQL yet; write a multi-table UPDATE",
            );
        }
        Stmt::Delete(d) if !d.using.is_empty() => {
            cx.report(
                Code::Unsupported,
                d.span,
                "DELETE ... USING is not supported yet; use WHERE ... IN (SELECT ...)",
            );
        }
        _ => {}
    }
}
