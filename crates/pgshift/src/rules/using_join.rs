//! `SELECT *` over a RIGHT JOIN with `USING` or `NATURAL`.
//!
//! Such a join merges its common columns, and `*` lists them first, then the
//! left table's other columns, then the right table's. MySQL treats a RIGHT
//! JOIN as the mirrored LEFT JOIN and lists the right table's columns before the
//! left's, so every row comes back with its columns in another order. pgshift
//! cannot list the columns without the tables' definitions: an error (PGS0213).
//!
//! ```sql
//! -- input
//! SELECT * FROM a RIGHT JOIN b USING (id)
//! -- output (SQLite): unchanged; (MySQL): error PGS0213
//! ```
//!
//! <https://dev.mysql.com/doc/refman/8.0/en/join.html>

use super::full_join::span_of;
use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::visit::{walk_stmt, VisitMut};
use crate::ir::{FromItem, JoinConstraint, JoinKind, Select, SelectItem, Stmt, TableRef};
use crate::span::Span;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    if cx.target.caps.right_join_star_left_first {
        return;
    }
    let mut v = Star(Vec::new());
    walk_stmt(&mut v, stmt);
    for span in v.0 {
        cx.report(
            Code::StarColumnOrder,
            span,
            format!(
                "{} lists the columns of `*` in another order for a RIGHT JOIN with USING or NATURAL",
                cx.target.name
            ),
        );
    }
}

struct Star(Vec<Span>);

impl VisitMut for Star {
    fn select(&mut self, s: &mut Select) {
        if s.projection
            .iter()
            .any(|i| matches!(i, SelectItem::Wildcard))
        {
            self.items(&s.from);
        }
    }
}

impl Star {
    fn items(&mut self, items: &[FromItem]) {
        for item in items {
            if let TableRef::Nested(inner) = &item.relation {
                self.items(std::slice::from_ref(inner.as_ref()));
            }
            for join in &item.joins {
                let merges = matches!(
                    join.constraint,
                    JoinConstraint::Using(_) | JoinConstraint::Natural
                );
                if join.kind == JoinKind::Right && merges {
                    self.0.push(span_of(&join.relation));
                }
                if let TableRef::Nested(inner) = &join.relation {
                    self.items(std::slice::from_ref(inner.as_ref()));
                }
            }
        }
    }
}
