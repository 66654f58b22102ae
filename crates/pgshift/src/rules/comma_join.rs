//! A FROM list with explicit joins: `FROM c, a FULL JOIN b ON …`.
//!
//! In PostgreSQL (and MySQL) an explicit JOIN binds tighter than the comma, so
//! the query joins `c` with the result of `a FULL JOIN b`. SQLite gives the comma
//! the precedence of a CROSS JOIN and joins left to right: it reads
//! `(c CROSS JOIN a) FULL JOIN b`. Where re-association changes the rows, the
//! FROM item after the comma is parenthesized, which SQLite reads as one join
//! group:
//!
//! - a RIGHT or FULL join keeps the unmatched rows of its right side once, not
//!   once per row of `c`;
//! - USING and NATURAL match the columns of the whole left side, so a column of
//!   `c` with the same name would join too.
//!
//! An INNER, LEFT or CROSS join with ON gives the same rows either way (its
//! condition can only read the two joined sides), and is left as it is.
//!
//! ```sql
//! -- input
//! SELECT * FROM c, a FULL JOIN b ON a.k = b.k
//! -- output (SQLite)
//! SELECT * FROM c, (a FULL JOIN b ON a.k = b.k)
//! -- output (MySQL): unchanged
//! ```
//!
//! The `*` columns and the merged column of USING and NATURAL come out as in
//! PostgreSQL. A table-valued function in the group that reads an earlier FROM
//! item (`c, json_each(c.j) AS e JOIN u USING (value)`) cannot be parenthesized,
//! since SQLite does not let a join group see the items before it: an error
//! (PGS0002).
//!
//! Fidelity: exact. <https://www.sqlite.org/lang_select.html>,
//! <https://www.postgresql.org/docs/current/queries-table-expressions.html#QUERIES-FROM>

use super::full_join::span_of;
use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::visit::{walk_stmt, VisitMut};
use crate::ir::{
    Expr, ExprKind, FromItem, Join, JoinConstraint, JoinKind, ObjectName, Select, Stmt, TableRef,
};
use crate::span::Span;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    if cx.target.caps.comma_below_join {
        return;
    }
    let mut v = Group(Vec::new());
    match stmt {
        // UPDATE t SET … FROM c, a RIGHT JOIN b … → FROM c, (a RIGHT JOIN b …).
        Stmt::Update(u) => v.items(&mut u.from),
        Stmt::Delete(d) => v.items(&mut d.using),
        _ => {}
    }
    walk_stmt(&mut v, stmt);
    for span in v.0 {
        cx.report(
            Code::Unsupported,
            span,
            format!(
                "{} cannot join a function that reads an earlier FROM item inside parentheses",
                cx.target.name
            ),
        );
    }
}

/// The spans of functions that a parenthesized group would cut off from the
/// FROM items they read.
struct Group(Vec<Span>);

impl VisitMut for Group {
    fn select(&mut self, s: &mut Select) {
        self.items(&mut s.from);
    }
}

impl Group {
    fn items(&mut self, items: &mut [FromItem]) {
        for item in items.iter_mut().skip(1) {
            if !item.joins.iter().any(reassociates) {
                continue;
            }
            reading_functions(item, &mut self.0);
            // c, a FULL JOIN b ON … → c, (a FULL JOIN b ON …).
            let relation = std::mem::replace(&mut item.relation, placeholder());
            let joins = std::mem::take(&mut item.joins);
            item.relation = TableRef::Nested(Box::new(FromItem { relation, joins }));
        }
    }
}

/// Whether `(x, a) JOIN b` gives other rows than `x, (a JOIN b)`.
fn reassociates(join: &Join) -> bool {
    matches!(join.kind, JoinKind::Right | JoinKind::Full)
        || matches!(
            join.constraint,
            JoinConstraint::Using(_) | JoinConstraint::Natural
        )
}

/// Pushes the span of every function in FROM of `item` (outside subqueries)
/// whose arguments read a column.
fn reading_functions(item: &mut FromItem, out: &mut Vec<Span>) {
    let relations =
        std::iter::once(&mut item.relation).chain(item.joins.iter_mut().map(|j| &mut j.relation));
    for t in relations {
        let reads = match t {
            TableRef::Function { args, .. } => args.iter_mut().any(reads_column),
            TableRef::Nested(inner) => {
                reading_functions(inner, out);
                false
            }
            _ => false,
        };
        if reads {
            out.push(span_of(t));
        }
    }
}

/// Whether `e` reads a column (the walk takes `&mut`; nothing is changed).
fn reads_column(e: &mut Expr) -> bool {
    let mut found = false;
    super::each_expr_in(e, |e| {
        found |= matches!(e.kind, ExprKind::Column(_));
    });
    found
}

/// A stand-in for the relation while it moves into the group.
fn placeholder() -> TableRef {
    TableRef::Table {
        name: ObjectName {
            parts: Vec::new(),
            span: Span::default(),
        },
        alias: None,
    }
}
