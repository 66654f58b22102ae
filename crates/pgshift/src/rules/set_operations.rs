//! UNION, INTERSECT and EXCEPT, with and without ALL.
//!
//! MySQL (8.0.31+, MariaDB 10.5+) has them all, parenthesized operands
//! included. SQLite has no `INTERSECT ALL` or `EXCEPT ALL`, which the
//! `intersect_all` rule has rewritten before this one runs. SQLite also
//! takes no parentheses around an operand, so `(SELECT ... LIMIT 1)` becomes
//! `SELECT * FROM (SELECT ... LIMIT 1)`; and it reads a chain of operators left
//! to right, where INTERSECT binds tighter in PostgreSQL, so a nested right
//! operand becomes such a subquery too.
//!
//! ```sql
//! -- input
//! (SELECT v FROM a ORDER BY v LIMIT 1) UNION ALL (SELECT v FROM b ORDER BY v DESC LIMIT 1)
//! -- output (SQLite)
//! SELECT * FROM (SELECT v FROM a ORDER BY v LIMIT 1) UNION ALL SELECT * FROM (SELECT v FROM b ORDER BY v DESC LIMIT 1)
//! -- input
//! SELECT 1 UNION SELECT 2 INTERSECT SELECT 3
//! -- output (SQLite)
//! SELECT 1 UNION SELECT * FROM (SELECT 2 INTERSECT SELECT 3)
//! ```
//!
//! Fidelity: exact. <https://www.sqlite.org/lang_select.html#compound_select_statements>

use super::RuleCx;
use crate::ir::visit::{walk_stmt, VisitMut};
use crate::ir::{Query, SetExpr, Stmt};
use crate::span::Span;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    let mut v = SetOps {
        parentheses: cx.target.caps.parenthesized_set_operands,
    };
    walk_stmt(&mut v, stmt);
}

struct SetOps {
    parentheses: bool,
}

impl VisitMut for SetOps {
    fn query(&mut self, q: &mut Query) {
        let span = q.span;
        if !self.parentheses {
            // A query whose whole body is parenthesized: `(SELECT ...) ORDER BY ...`.
            unwrap_operand(&mut q.body);
        }
        self.body(&mut q.body, span);
    }
}

impl SetOps {
    fn body(&mut self, body: &mut SetExpr, span: Span) {
        let SetExpr::SetOp { left, right, .. } = body else {
            return;
        };
        for operand in [&mut *left, &mut *right] {
            if !self.parentheses {
                unwrap_operand(operand);
            }
            self.body(operand, span);
        }
        // SQLite reads a chain of set operations left to right, all of one
        // precedence: a nested right operand (`a UNION b INTERSECT c`, where
        // INTERSECT binds tighter) becomes a subquery.
        if !self.parentheses && matches!(right.as_ref(), SetExpr::SetOp { .. }) {
            let nested = std::mem::replace(right.as_mut(), SetExpr::Values(Vec::new()));
            **right = SetExpr::select_star_from(Query::of(nested, span));
        }
    }
}

/// `(query)` → `SELECT * FROM (query)`.
fn unwrap_operand(operand: &mut SetExpr) {
    if let SetExpr::Query(q) = operand {
        let span = q.span;
        let inner = std::mem::replace(q.as_mut(), Query::of(SetExpr::Values(Vec::new()), span));
        *operand = SetExpr::select_star_from(inner);
    }
}
