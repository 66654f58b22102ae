//! FOREIGN KEY constraints on a target that does not accept them.
//!
//! PlanetScale (Vitess) rejects FOREIGN KEY constraints unless foreign key
//! support is enabled on the database. On such a target
//! (`Caps::foreign_key_constraints` false) each foreign key of a CREATE TABLE and
//! each `ALTER TABLE … ADD CONSTRAINT … FOREIGN KEY` is dropped with a warning,
//! and the `DROP FOREIGN KEY` of one is dropped with it:
//!
//! ```sql
//! -- input
//! CREATE TABLE c (id int PRIMARY KEY, p int REFERENCES p (id));
//! ALTER TABLE c ADD CONSTRAINT c_p_fkey FOREIGN KEY (p) REFERENCES p (id);
//! -- output (planetscale)
//! CREATE TABLE c (id INT NOT NULL PRIMARY KEY, p INT) …;
//! -- pgshift: skipped ALTER TABLE c: its foreign keys are dropped on the target
//! ```
//!
//! `Options::keep_foreign_keys(true)` picks the profile's variant that keeps them
//! (for a PlanetScale database with foreign key support enabled).
//!
//! Fidelity: lossy, said by warning PGS0585: the target does not check references
//! and does not cascade deletes; the application must.
//! <https://planetscale.com/docs/vitess/foreign-key-constraints>
//! <https://planetscale.com/docs/vitess/schema-changes/schema-lint-errors/foreign-keys-disallowed>

use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{AlterOp, ConstraintKind, Stmt, TableConstraint};

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    if cx.target.caps.foreign_key_constraints {
        return;
    }
    match stmt {
        // CREATE TABLE c (…, FOREIGN KEY (p) REFERENCES p (id)) → CREATE TABLE c (…).
        Stmt::CreateTable(t) => {
            let table = t.name.base_name();
            t.constraints.retain(|c| keep(c, &table, cx));
        }
        // ALTER TABLE c ADD CONSTRAINT … FOREIGN KEY … / DROP FOREIGN KEY … → dropped.
        Stmt::AlterTable(a) => {
            let table = a.name.base_name();
            let before = a.ops.len();
            a.ops.retain(|op| match op {
                AlterOp::AddConstraint(c) => keep(c, &table, cx),
                // The foreign key was never created on the target.
                AlterOp::DropForeignKey(_) => false,
                _ => true,
            });
            if a.ops.is_empty() && before > 0 {
                *stmt = Stmt::Skipped(super::one_line(&format!(
                    "pgshift: skipped ALTER TABLE {table}: its foreign keys are dropped on the target"
                )));
            }
        }
        _ => {}
    }
}

/// False (and a warning) for a foreign key.
fn keep(c: &TableConstraint, table: &str, cx: &mut RuleCx) -> bool {
    let ConstraintKind::ForeignKey(fk) = &c.kind else {
        return true;
    };
    let name = c
        .name
        .as_ref()
        .map(|n| format!(" {}", n.name))
        .unwrap_or_default();
    cx.report(
        Code::ForeignKeyDropped,
        c.span,
        format!(
            "the foreign key{name} of {table} to {} is dropped: {} does not accept FOREIGN KEY constraints",
            fk.table.base_name(),
            cx.target.name
        ),
    );
    false
}
