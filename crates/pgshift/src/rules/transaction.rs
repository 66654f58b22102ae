//! `BEGIN`, `START TRANSACTION`, `COMMIT`, `ROLLBACK`, `SAVEPOINT`, `RELEASE`
//! and `ROLLBACK TO`: transaction control in a script.
//!
//! Cloudflare D1 runs every statement in an implicit transaction of its own and
//! rejects transaction statements in SQL; its import guide says to remove BEGIN
//! TRANSACTION and COMMIT from a script. SAVEPOINT is refused the same way by the
//! storage D1 runs on. On such a target (`Caps::script_transactions` false):
//!
//! ```sql
//! -- input
//! BEGIN;
//! INSERT INTO t VALUES (1);
//! COMMIT;
//! -- output (d1)
//! -- pgshift: skipped BEGIN: the target runs each statement in a transaction of its own
//! INSERT INTO t VALUES (1);
//! -- pgshift: skipped COMMIT: the target runs each statement in a transaction of its own
//! ```
//!
//! BEGIN, COMMIT, SAVEPOINT and RELEASE only group statements, so dropping them
//! keeps what each statement does; a note says that the group is no longer
//! atomic. ROLLBACK and ROLLBACK TO undo statements, which no remaining statement
//! can do: they are errors. The savepoints of SQLite's table rebuild pass through
//! here too, and become skip notes on D1.
//!
//! Fidelity: exact for scripts that commit; not atomic as a whole.
//! <https://developers.cloudflare.com/d1/best-practices/import-export-data/>
//! <https://developers.cloudflare.com/d1/sql-api/foreign-keys/> (the implicit transaction)

use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{Savepoint, Stmt, TransactionKind};

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    if cx.target.caps.script_transactions {
        return;
    }
    let (what, span) = match stmt {
        // BEGIN / COMMIT → a skip note.
        Stmt::Transaction(TransactionKind::Begin, span) => ("BEGIN".to_string(), *span),
        Stmt::Transaction(TransactionKind::Commit, span) => ("COMMIT".to_string(), *span),
        // SAVEPOINT a / RELEASE a → a skip note.
        Stmt::Savepoint(Savepoint::Create(name)) => (format!("SAVEPOINT {}", name.name), name.span),
        Stmt::Savepoint(Savepoint::Release(name)) => {
            (format!("RELEASE SAVEPOINT {}", name.name), name.span)
        }
        // ROLLBACK / ROLLBACK TO a → an error: nothing else can undo the statements.
        Stmt::Transaction(TransactionKind::Rollback, span) => {
            cx.report(
                Code::TransactionRollback,
                *span,
                format!(
                    "ROLLBACK cannot run on {}, which has no transaction statements",
                    cx.target.name
                ),
            );
            return;
        }
        Stmt::Savepoint(Savepoint::RollbackTo(name)) => {
            cx.report(
                Code::TransactionRollback,
                name.span,
                format!(
                    "ROLLBACK TO SAVEPOINT {} cannot run on {}, which has no transaction statements",
                    name.name, cx.target.name
                ),
            );
            return;
        }
        _ => return,
    };
    cx.report(
        Code::TransactionRemoved,
        span,
        format!(
            "{what} is removed: {} runs each statement in a transaction of its own",
            cx.target.name
        ),
    );
    *stmt = Stmt::Skipped(super::one_line(&format!(
        "pgshift: skipped {what}: the target runs each statement in a transaction of its own"
    )));
}
