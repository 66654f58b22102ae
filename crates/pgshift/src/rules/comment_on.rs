//! `COMMENT ON TABLE … | COLUMN … IS 'text'`.
//!
//! ```sql
//! -- input
//! COMMENT ON TABLE t IS 'Orders';
//! COMMENT ON COLUMN t.a IS 'Amount';
//! -- output (SQLite): kept as comments
//! -- pgshift: skipped COMMENT ON TABLE t IS 'Orders'
//! -- pgshift: skipped COMMENT ON COLUMN t.a IS 'Amount'
//! -- output (MySQL): a table comment; a column comment stays a comment
//! ALTER TABLE t COMMENT = 'Orders';
//! -- pgshift: skipped COMMENT ON COLUMN t.a IS 'Amount'
//! ```
//!
//! A comment is documentation and changes no result. SQLite has no comments in
//! its catalog. MySQL has a table option `COMMENT`; its column comment is part of
//! the column definition, which `MODIFY COLUMN` would have to restate in full
//! (type, default, auto-increment, checks), at the risk of changing the column,
//! so pgshift keeps it in the output as an SQL comment (a note).
//!
//! Fidelity: exact for data; column comments (and every SQLite comment) are
//! only in the output script.
//! <https://dev.mysql.com/doc/refman/8.0/en/alter-table.html>

use super::{one_line, RuleCx};
use crate::catalog::key;
use crate::diagnostics::Code;
use crate::ir::Stmt;
use crate::target::Dialect;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    let Stmt::Comment(c) = stmt else { return };
    // COMMENT ON TABLE t IS 'x' → ALTER TABLE t COMMENT = 'x' (MySQL).
    if c.column.is_none() && cx.target.dialect == Dialect::Mysql {
        return;
    }
    // COMMENT ON … → -- pgshift: skipped COMMENT ON …
    let target = match &c.column {
        Some(col) => format!("COLUMN {}.{}", key(&c.table), col.name),
        None => format!("TABLE {}", key(&c.table)),
    };
    let text = match &c.text {
        Some(t) => format!("'{}'", t.replace('\'', "''")),
        None => "NULL".to_string(),
    };
    cx.report(
        Code::ObjectSkipped,
        c.span,
        format!("COMMENT ON {target} is kept only as a comment in the output"),
    );
    *stmt = Stmt::Skipped(one_line(&format!(
        "pgshift: skipped COMMENT ON {target} IS {text}"
    )));
}
