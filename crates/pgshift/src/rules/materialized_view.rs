//! `CREATE MATERIALIZED VIEW` and `REFRESH MATERIALIZED VIEW`.
//!
//! ```sql
//! -- input
//! CREATE MATERIALIZED VIEW totals (k, n) AS SELECT k, count(*) FROM t GROUP BY k;
//! REFRESH MATERIALIZED VIEW totals;
//! -- output (both): a table filled by the query, refilled by REFRESH
//! CREATE TABLE totals AS SELECT k AS k, count(*) AS n FROM t GROUP BY k;
//! DELETE FROM totals;
//! INSERT INTO totals SELECT k, count(*) FROM t GROUP BY k;
//! ```
//!
//! Neither target has materialized views. A table filled by the query holds the
//! same rows until the data changes, as a materialized view does until REFRESH:
//! a warning. A column list names the query's columns (aliases in its SELECT
//! list); a query whose columns cannot be named that way is an error. REFRESH
//! empties the table and runs the stored query again (from the catalog): exact
//! but not atomic, a warning. `CONCURRENTLY` changes only locking.
//!
//! Fidelity: approximate with a warning.
//! <https://www.postgresql.org/docs/current/rules-materializedviews.html>

use super::RuleCx;
use crate::catalog::key;
use crate::diagnostics::Code;
use crate::ir::{
    Delete, Insert, InsertSource, ObjectChange, ObjectChangeKind, SelectItem, SetExpr, Stmt,
};

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    let Stmt::CreateView(v) = stmt else { return };
    if !v.materialized {
        return;
    }
    cx.report(
        Code::MaterializedView,
        v.span,
        format!(
            "the materialized view `{}` becomes a table filled once by its query",
            key(&v.name)
        ),
    );
    if v.columns.is_empty() {
        return;
    }
    // (k, n) AS SELECT k, count(*) → AS SELECT k AS k, count(*) AS n.
    let named = match &mut v.query.body {
        SetExpr::Select(s) if s.projection.len() == v.columns.len() => {
            let mut ok = true;
            for (item, name) in s.projection.iter_mut().zip(&v.columns) {
                match item {
                    SelectItem::Expr { alias, .. } => *alias = Some(name.clone()),
                    SelectItem::Wildcard | SelectItem::QualifiedWildcard(_) => ok = false,
                }
            }
            ok
        }
        _ => false,
    };
    if named {
        v.columns.clear();
    } else {
        cx.report(
            Code::ViewColumns,
            v.span,
            "the column list cannot be given to the query's SELECT list",
        );
    }
}

/// REFRESH MATERIALIZED VIEW m → DELETE FROM m; INSERT INTO m <m's query>.
pub fn expand(stmt: Stmt, cx: &mut RuleCx) -> Vec<Stmt> {
    let Stmt::ObjectChange(ObjectChange {
        name,
        change: ObjectChangeKind::Refresh { .. },
        span,
    }) = stmt
    else {
        return vec![stmt];
    };
    let Some(view) = cx.catalog.views.get(&key(&name)).filter(|v| v.materialized) else {
        cx.report(
            Code::UnknownView,
            span,
            format!(
                "the catalog does not know the materialized view `{}`",
                key(&name)
            ),
        );
        return vec![Stmt::ObjectChange(ObjectChange {
            name,
            change: ObjectChangeKind::Refresh {
                concurrently: false,
            },
            span,
        })];
    };
    cx.report(
        Code::RefreshRebuilt,
        span,
        format!(
            "REFRESH empties `{}` and fills it again from its query",
            key(&name)
        ),
    );
    vec![
        Stmt::Delete(Box::new(Delete {
            table: name.clone(),
            alias: None,
            using: Vec::new(),
            multi_table: false,
            selection: None,
            returning: Vec::new(),
            span,
        })),
        Stmt::Insert(Box::new(Insert {
            table: name,
            alias: None,
            columns: Vec::new(),
            source: InsertSource::Query(view.query.clone()),
            on_conflict: None,
            on_duplicate_key_update: Vec::new(),
            row_alias: None,
            returning: Vec::new(),
            span,
        })),
    ]
}
