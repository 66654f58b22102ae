//! `CREATE [OR REPLACE] VIEW` and `ALTER VIEW … RENAME TO`.
//!
//! ```sql
//! -- input
//! CREATE OR REPLACE VIEW v AS SELECT a FROM t;
//! ALTER VIEW v RENAME TO w;
//! -- output (SQLite): no OR REPLACE and no ALTER VIEW
//! DROP VIEW IF EXISTS v;
//! CREATE VIEW v AS SELECT a FROM t;
//! DROP VIEW v;
//! CREATE VIEW w AS SELECT a FROM t;
//! -- output (MySQL)
//! CREATE OR REPLACE VIEW v AS SELECT a FROM t;
//! DROP VIEW v;
//! CREATE VIEW w AS SELECT a FROM t;
//! ```
//!
//! The view's query passes through every query rule, as a SELECT would. A
//! renamed view is created again under its new name from the definition the
//! catalog holds (its PostgreSQL form), which is what PostgreSQL keeps; a view
//! the catalog does not know is an error. A renamed materialized view is a
//! renamed table.
//!
//! Fidelity: exact.
//! <https://www.sqlite.org/lang_createview.html>, <https://dev.mysql.com/doc/refman/8.0/en/create-view.html>

use super::RuleCx;
use crate::catalog::key;
use crate::diagnostics::Code;
use crate::ir::{
    AlterOp, AlterTable, CreateView, DropObject, ObjectChange, ObjectChangeKind, ObjectKind,
    ObjectName, Stmt,
};

pub fn expand(stmt: Stmt, cx: &mut RuleCx) -> Vec<Stmt> {
    match stmt {
        // CREATE OR REPLACE VIEW v … → DROP VIEW IF EXISTS v; CREATE VIEW v … (SQLite).
        Stmt::CreateView(mut v)
            if v.or_replace && !v.materialized && !cx.target.caps.create_or_replace_view =>
        {
            v.or_replace = false;
            vec![drop_view(&v.name, true, v.span), Stmt::CreateView(v)]
        }
        Stmt::ObjectChange(ObjectChange {
            name,
            change: ObjectChangeKind::RenameView { materialized, to },
            span,
        }) => rename(name, materialized, to, span, cx),
        other => vec![other],
    }
}

fn rename(
    name: ObjectName,
    materialized: bool,
    to: crate::ir::Ident,
    span: crate::span::Span,
    cx: &mut RuleCx,
) -> Vec<Stmt> {
    if materialized {
        // ALTER MATERIALIZED VIEW m RENAME TO n → ALTER TABLE m RENAME TO n.
        return vec![Stmt::AlterTable(Box::new(AlterTable {
            name,
            if_exists: false,
            ops: vec![AlterOp::RenameTable { to }],
            span,
        }))];
    }
    let Some(view) = cx.catalog.views.get(&key(&name)) else {
        cx.report(
            Code::UnknownView,
            span,
            format!("the catalog does not know the view `{}`", key(&name)),
        );
        return vec![Stmt::ObjectChange(ObjectChange {
            name,
            change: ObjectChangeKind::RenameView { materialized, to },
            span,
        })];
    };
    // ALTER VIEW v RENAME TO w → DROP VIEW v; CREATE VIEW w AS <v's query>.
    let mut new_name = name.clone();
    if let Some(last) = new_name.parts.last_mut() {
        *last = to;
    }
    let created = CreateView {
        name: new_name,
        or_replace: false,
        if_not_exists: false,
        materialized: false,
        columns: view.columns.clone(),
        query: view.query.clone(),
        span,
    };
    vec![
        drop_view(&name, false, span),
        Stmt::CreateView(Box::new(created)),
    ]
}

fn drop_view(name: &ObjectName, if_exists: bool, span: crate::span::Span) -> Stmt {
    Stmt::DropObject(DropObject {
        kind: ObjectKind::View,
        names: vec![name.clone()],
        if_exists,
        cascade: false,
        table: None,
        span,
    })
}
