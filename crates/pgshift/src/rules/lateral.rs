//! `LATERAL` subqueries in FROM.
//!
//! MySQL 8.0.14+ has them (profile `mysql8`); SQLite and MariaDB do not, so for
//! them a lateral subquery is an error (PGS0207) rather than text the engine
//! rejects.
//!
//! ```sql
//! -- input
//! SELECT t.id, l.d FROM t, LATERAL (SELECT t.n * 2 AS d) AS l
//! -- output (mysql8): unchanged; (SQLite, MySQL/MariaDB): error PGS0207
//! ```
//!
//! <https://dev.mysql.com/doc/refman/8.0/en/lateral-derived-tables.html>

use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::visit::{walk_stmt, VisitMut};
use crate::ir::{FromItem, Select, Stmt, TableRef};
use crate::span::Span;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    if cx.target.caps.lateral {
        return;
    }
    let mut v = Lateral(Vec::new());
    match stmt {
        Stmt::Update(u) => v.items(&u.from),
        Stmt::Delete(d) => v.items(&d.using),
        _ => {}
    }
    walk_stmt(&mut v, stmt);
    for span in v.0 {
        cx.report(
            Code::Lateral,
            span,
            format!("{} has no LATERAL subqueries", cx.target.name),
        );
    }
}

struct Lateral(Vec<Span>);

impl VisitMut for Lateral {
    fn select(&mut self, s: &mut Select) {
        self.items(&s.from);
    }
}

impl Lateral {
    fn items(&mut self, items: &[FromItem]) {
        for item in items {
            for t in std::iter::once(&item.relation).chain(item.joins.iter().map(|j| &j.relation)) {
                match t {
                    TableRef::Derived {
                        lateral: true,
                        query,
                        ..
                    } => self.0.push(query.span),
                    TableRef::Nested(inner) => self.items(std::slice::from_ref(inner.as_ref())),
                    _ => {}
                }
            }
        }
    }
}
