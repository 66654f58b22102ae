//! `FOR UPDATE`, `FOR SHARE`, `NOWAIT` and `SKIP LOCKED`.
//!
//! SQLite has no row locks: a write transaction locks the whole database, so the
//! clause is dropped with a warning. MySQL (8.0 and MariaDB 10.6+) keeps it.
//!
//! ```sql
//! -- input
//! SELECT * FROM jobs WHERE state = 'new' LIMIT 1 FOR UPDATE SKIP LOCKED
//! -- output (SQLite)
//! SELECT * FROM jobs WHERE state = 'new' LIMIT 1
//! ```
//!
//! Fidelity: approximate for SQLite (a warning). <https://www.sqlite.org/lockingv3.html>

use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::visit::{walk_stmt, VisitMut};
use crate::ir::{Query, Stmt};
use crate::target::Dialect;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    if cx.target.dialect != Dialect::Sqlite {
        return;
    }
    struct Drop(Vec<crate::span::Span>);
    impl VisitMut for Drop {
        fn query(&mut self, q: &mut Query) {
            for lock in q.locks.drain(..) {
                self.0.push(lock.span);
            }
        }
    }
    let mut v = Drop(Vec::new());
    walk_stmt(&mut v, stmt);
    for span in v.0 {
        cx.report(
            Code::RowLockDropped,
            span,
            "SQLite has no row locks; the locking clause is dropped",
        );
    }
}
