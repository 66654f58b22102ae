//! `now()`, `transaction_timestamp()`, `statement_timestamp()` and `CURRENT_TIMESTAMP`.
//!
//! ```sql
//! -- input
//! SELECT now()
//! -- output (SQLite): UTC text, 'YYYY-MM-DD HH:MM:SS'
//! SELECT CURRENT_TIMESTAMP
//! -- output (MySQL): session time zone, microseconds
//! SELECT CURRENT_TIMESTAMP(6)
//! ```
//!
//! As a column default the value needs no parentheses in either target.
//! Fidelity: approximate in SQLite (whole seconds, UTC), exact in MySQL up to the
//! session time zone. <https://www.sqlite.org/lang_createtable.html#the_default_clause>

use super::RuleCx;
use crate::ir::{ExprKind, Stmt, ValueFunction};

pub fn run(stmt: &mut Stmt, _cx: &mut RuleCx) {
    super::each_expr(stmt, |e| {
        let ExprKind::Func(f) = &e.kind else { return };
        let is_now = matches!(
            f.plain_name(),
            Some("now" | "transaction_timestamp" | "statement_timestamp")
        ) && f.args.is_empty()
            && f.over.is_none();
        if is_now {
            // now() → CURRENT_TIMESTAMP, printed per target by the emitter.
            e.kind = ExprKind::ValueFunction(ValueFunction::CurrentTimestamp);
        }
    });
}
