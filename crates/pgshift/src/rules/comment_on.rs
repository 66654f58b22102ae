//! `COMMENT ON TABLE … | COLUMN … IS 'text'`.
//!
//! ```sql
//! -- input
//! COMMENT ON TABLE t IS 'Orders';
//! COMMENT ON COLUMN t.a IS 'Amount';
//! -- output (SQLite): kept as comments
//! -- pgshift: skipped COMMENT ON TABLE t IS 'Orders'
//! -- pgshift: skipped COMMENT ON COLUMN t.a IS 'Amount'
//! -- output (MySQL): a table comment, and the column restated with its comment
//! ALTER TABLE t COMMENT = 'Orders';
//! ALTER TABLE t MODIFY COLUMN a DECIMAL(10,2) NOT NULL COMMENT 'Amount';
//! ```
//!
//! A comment is documentation and changes no result. SQLite has no comments in
//! its catalog. MySQL has a table option `COMMENT`; its column comment is part of
//! the column definition, so the expansion here turns `COMMENT ON COLUMN` into an
//! `ALTER COLUMN` that `alter_table` restates in full from the catalog (the
//! catalog keeps the comment, so a later `MODIFY COLUMN` keeps it too). A column
//! the catalog does not know keeps its comment only as an SQL comment (a note).
//!
//! Fidelity: exact for data; SQLite's comments, and MySQL column comments on
//! unknown tables, are only in the output script.
//! <https://dev.mysql.com/doc/refman/8.0/en/alter-table.html>

use super::{one_line, RuleCx};
use crate::catalog::key;
use crate::diagnostics::Code;
use crate::ir::{AlterOp, AlterTable, ColumnChange, Stmt};
use crate::target::Dialect;

/// The expansion: `COMMENT ON COLUMN t.c` → `ALTER TABLE t ALTER COLUMN c` with a
/// comment change, which `alter_table` makes a MODIFY COLUMN (MySQL).
pub fn expand(stmt: Stmt, cx: &mut RuleCx) -> Vec<Stmt> {
    let Stmt::Comment(c) = &stmt else {
        return vec![stmt];
    };
    let Some(column) = &c.column else {
        return vec![stmt];
    };
    let known = cx
        .catalog
        .table(&c.table)
        .is_some_and(|t| t.column(&column.name).is_some());
    if !cx.target.caps.alter_in_place || !known {
        return vec![stmt];
    }
    vec![Stmt::AlterTable(Box::new(AlterTable {
        name: c.table.clone(),
        if_exists: false,
        ops: vec![AlterOp::AlterColumn {
            name: column.clone(),
            change: ColumnChange::Comment(c.text.clone()),
            span: c.span,
        }],
        span: c.span,
    }))]
}

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
