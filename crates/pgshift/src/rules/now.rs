//! `now()`, `transaction_timestamp()` and `statement_timestamp()`.
//!
//! ```sql
//! -- input
//! SELECT now()
//! -- output (both targets, in the IR): CURRENT_TIMESTAMP, which the
//! -- `current_timestamp` rule reads from SQLite's clock to the millisecond, and
//! -- MySQL prints as CURRENT_TIMESTAMP(6), with microseconds
//! SELECT CURRENT_TIMESTAMP
//! ```
//!
//! Fidelity: exact up to the clock (see `current_timestamp`): milliseconds and
//! UTC in SQLite; MySQL reads the session time zone. PostgreSQL keeps all three
//! fixed for the transaction (`statement_timestamp()` for the statement); the
//! targets keep the value fixed within a statement.
//! <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-CURRENT>

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
