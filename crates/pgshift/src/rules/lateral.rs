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
use crate::ir::{Stmt, TableRef};

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    if cx.target.caps.lateral {
        return;
    }
    // LATERAL (SELECT …) → an error at the subquery.
    let mut spans = Vec::new();
    super::names::each_relation(stmt, |_, t| {
        if let TableRef::Derived {
            lateral: true,
            query,
            ..
        } = t
        {
            spans.push(query.span);
        }
    });
    for span in spans {
        cx.report(
            Code::Lateral,
            span,
            format!("{} has no LATERAL subqueries", cx.target.name),
        );
    }
}
