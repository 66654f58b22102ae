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
use crate::ir::visit::{walk_stmt, VisitMut};
use crate::ir::{FromItem, JoinKind, Select, Stmt, TableRef};
use crate::span::Span;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    if cx.target.caps.full_join {
        return;
    }
    let mut v = Full(Vec::new());
    match stmt {
        Stmt::Update(u) => v.items(&u.from),
        Stmt::Delete(d) => v.items(&d.using),
        _ => {}
    }
    walk_stmt(&mut v, stmt);
    for span in v.0 {
        cx.report(
            Code::FullJoin,
            span,
            format!("{} has no FULL JOIN", cx.target.name),
        );
    }
}

/// The spans of the FULL JOINs found.
struct Full(Vec<Span>);

impl VisitMut for Full {
    fn select(&mut self, s: &mut Select) {
        self.items(&s.from);
    }
}

impl Full {
    fn items(&mut self, items: &[FromItem]) {
        for item in items {
            if let TableRef::Nested(inner) = &item.relation {
                self.items(std::slice::from_ref(inner.as_ref()));
            }
            for join in &item.joins {
                if join.kind == JoinKind::Full {
                    self.0.push(span_of(&join.relation));
                }
                if let TableRef::Nested(inner) = &join.relation {
                    self.items(std::slice::from_ref(inner.as_ref()));
                }
            }
        }
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
