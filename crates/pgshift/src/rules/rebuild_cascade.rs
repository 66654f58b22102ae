//! `ON DELETE CASCADE | SET NULL | SET DEFAULT` foreign keys to a table that
//! SQLite's table rebuild drops, on a target that can only defer foreign keys.
//!
//! The rebuild copies the table, drops the old one and renames the copy
//! (`alter_table/rebuild.rs`). Plain SQLite turns foreign keys off around it.
//! Cloudflare D1 cannot: it defers them (`PRAGMA defer_foreign_keys = ON`), and a
//! deferred foreign key still runs its ON DELETE action when the old table's rows
//! are dropped. Observed on SQLite 3.4x with foreign keys on, in one transaction
//! as D1 runs a script: the rows of a child table declared `ON DELETE CASCADE`
//! are all deleted. So the rebuild stops instead:
//!
//! ```sql
//! -- input
//! CREATE TABLE p (id int PRIMARY KEY, name text);
//! CREATE TABLE c (id int PRIMARY KEY, p int REFERENCES p (id) ON DELETE CASCADE);
//! ALTER TABLE p ALTER COLUMN name SET NOT NULL;
//! -- output (sqlite): the rebuild, with foreign keys off
//! -- output (d1): error PGS0589
//! ```
//!
//! Fidelity: a check, nothing is rewritten.
//! <https://developers.cloudflare.com/d1/sql-api/foreign-keys/>
//! <https://www.sqlite.org/foreignkeys.html#fk_deferred>

use super::{RuleCx, Translated};
use crate::catalog::key;
use crate::diagnostics::Code;
use crate::ir::{ConstraintKind, Pragma, RefAction, Stmt};
use crate::span::Span;
use crate::target::RebuildForeignKeys;

/// Reports a deferred rebuild (one source statement's target statements, at
/// `span`) that drops a table other tables refer to with an ON DELETE action.
pub fn check(stmts: &[Translated], span: Span, cx: &mut RuleCx) {
    if cx.target.caps.rebuild_foreign_keys != RebuildForeignKeys::Defer
        || !stmts
            .iter()
            .any(|t| matches!(t.stmt, Stmt::Pragma(Pragma::DeferForeignKeys(true))))
    {
        return;
    }
    for t in stmts {
        let Stmt::DropTable(drop) = &t.stmt else {
            continue;
        };
        for dropped in &drop.names {
            let dropped_key = key(dropped);
            for (child_key, child) in cx.catalog.tables.iter() {
                if *child_key == dropped_key {
                    continue;
                }
                for c in &child.def.constraints {
                    let ConstraintKind::ForeignKey(fk) = &c.kind else {
                        continue;
                    };
                    let acts = matches!(
                        fk.on_delete,
                        Some(RefAction::Cascade | RefAction::SetNull | RefAction::SetDefault)
                    );
                    if acts && key(&fk.table) == dropped_key {
                        let message = format!(
                            "rebuilding {} would fire the ON DELETE action of {}'s foreign key on {}, which {} can only defer, not turn off",
                            dropped.base_name(),
                            child.def.name.base_name(),
                            dropped.base_name(),
                            cx.target.name
                        );
                        cx.report(Code::RebuildCascade, span, message);
                    }
                }
            }
        }
    }
}
