//! `ALTER TABLE … RENAME COLUMN` on a target that cannot rename a column in place.
//!
//! PlanetScale lists RENAME COLUMN as unsupported: its schema changes copy the
//! table in the background while the application runs, and a renamed column
//! breaks the queries still using the old name. On such a target
//! (`Caps::rename_column` false) the statement stops:
//!
//! ```sql
//! -- input
//! ALTER TABLE t RENAME COLUMN a TO b;
//! -- output (mysql)
//! ALTER TABLE t RENAME COLUMN a TO b;
//! -- output (planetscale): error PGS0588
//! ```
//!
//! Fidelity: a check, nothing is rewritten.
//! <https://planetscale.com/docs/vitess/mysql-compatibility>

use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{AlterOp, Stmt};

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    if cx.target.caps.rename_column {
        return;
    }
    let Stmt::AlterTable(a) = stmt else { return };
    for op in &a.ops {
        if let AlterOp::RenameColumn { from, to } = op {
            cx.report(
                Code::RenameColumnUnsupported,
                from.span.cover(to.span),
                format!(
                    "{} cannot rename the column {} of {} to {}",
                    cx.target.name,
                    from.name,
                    a.name.base_name(),
                    to.name
                ),
            );
        }
    }
}
