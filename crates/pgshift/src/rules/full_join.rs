//! `FULL [OUTER] JOIN`.
//!
//! SQLite has it from 3.39. MySQL has none, and MariaDB reads `a FULL JOIN b`
//! as `a AS full JOIN b`, an inner join: a silent wrong answer, so the join is
//! an error (PGS0206). An exact emulation (a LEFT JOIN UNION ALL the unmatched
//! rows of a RIGHT JOIN) needs to tell a missing row from a NULL column, which
//! takes a NOT NULL column pgshift cannot know without the table definitions.
//!
//! ```sql
//! -- input
//! SELECT * FROM a FULL JOIN b ON a.id = b.id
//! -- output (SQLite): unchanged; (MySQL): error PGS0206
//! ```
//!
//! <https://www.sqlite.org/lang_select.html#special_handling_of_cross_join_>

use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{JoinKind, Stmt, TableRef};
use crate::span::Span;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    if cx.target.caps.full_join {
        return;
    }
    // a FULL JOIN b → an error at b.
    let mut spans = Vec::new();
    super::names::each_relation(stmt, |kind, t| {
        if kind == Some(JoinKind::Full) {
            spans.push(span_of(t));
        }
    });
    for span in spans {
        cx.report(
            Code::FullJoin,
            span,
            format!("{} has no FULL JOIN", cx.target.name),
        );
    }
}

/// Where a FROM item stands: a table's name, or a subquery's statement.
pub fn span_of(t: &TableRef) -> Span {
    match t {
        TableRef::Table { name, .. } => name.span,
        TableRef::Derived { query, .. } => query.span,
        TableRef::Nested(inner) => span_of(&inner.relation),
        TableRef::Function { name, .. } => name.span,
        TableRef::JsonTable { expr, .. } => expr.span,
    }
}
