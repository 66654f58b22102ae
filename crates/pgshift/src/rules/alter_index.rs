//! `ALTER INDEX name RENAME TO new`.
//!
//! ```sql
//! -- input
//! ALTER INDEX t_a_idx RENAME TO t_a_key;
//! -- output (both): the index is created again under its new name, from the catalog
//! DROP INDEX t_a_idx;                 -- MySQL: DROP INDEX t_a_idx ON t
//! CREATE INDEX t_a_key ON t (a);
//! ```
//!
//! SQLite has no ALTER INDEX, and MySQL's `RENAME INDEX` is an ALTER TABLE that
//! needs the table: both are written as a drop and a create of the definition
//! the catalog holds, which then passes through `create_index` like any index.
//! An index the catalog does not know is an error.
//!
//! Fidelity: exact.
//! <https://www.sqlite.org/lang_createindex.html>

use super::RuleCx;
use crate::catalog::key;
use crate::diagnostics::Code;
use crate::ir::{DropObject, ObjectChange, ObjectChangeKind, ObjectKind, Stmt};

pub fn expand(stmt: Stmt, cx: &mut RuleCx) -> Vec<Stmt> {
    let Stmt::ObjectChange(ObjectChange {
        name,
        change: ObjectChangeKind::RenameIndex { to },
        span,
    }) = stmt
    else {
        return vec![stmt];
    };
    let Some((_, index)) = cx.catalog.index(&key(&name)) else {
        cx.report(
            Code::UnknownIndex,
            span,
            format!("the catalog does not know the index `{}`", key(&name)),
        );
        return vec![Stmt::ObjectChange(ObjectChange {
            name,
            change: ObjectChangeKind::RenameIndex { to },
            span,
        })];
    };
    let mut created = index.clone();
    created.name = Some(to);
    created.if_not_exists = false;
    created.concurrently = false;
    created.span = span;
    // ALTER INDEX i RENAME TO j → DROP INDEX i; CREATE INDEX j … (the `drop` expansion adds MySQL's ON t).
    let drop = Stmt::DropObject(DropObject {
        kind: ObjectKind::Index,
        names: vec![name],
        if_exists: false,
        cascade: false,
        table: None,
        span,
    });
    vec![drop, Stmt::CreateIndex(Box::new(created))]
}
