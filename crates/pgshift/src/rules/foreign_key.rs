//! Foreign keys: `REFERENCES p` without columns, and SQLite's
//! `PRAGMA foreign_keys = ON` before the first table that declares one.
//!
//! `REFERENCES p` means p's primary key. MySQL wants the columns named, so the
//! rule names them from the catalog (or from the table itself, for a
//! self-reference); a table the catalog does not know is an error on MySQL.
//!
//! SQLite parses `FOREIGN KEY … ON DELETE CASCADE` but enforces it only on a
//! connection that has run `PRAGMA foreign_keys = ON`. Without it, a DELETE
//! that PostgreSQL cascades would leave orphans silently.
//!
//! ```sql
//! -- input
//! CREATE TABLE c (id int PRIMARY KEY, p int REFERENCES p(id) ON DELETE CASCADE)
//! -- output (SQLite): when no table of the schema so far has a foreign key
//! PRAGMA foreign_keys = ON;
//! CREATE TABLE c (id INT PRIMARY KEY, p INT, FOREIGN KEY (p) REFERENCES p (id) ON DELETE CASCADE)
//! ```
//!
//! Fidelity: exact for the script's own connection; a note says that every
//! other connection that writes must set the pragma too (it is per connection).
//! <https://www.sqlite.org/foreignkeys.html#fk_enable>

use super::RuleCx;
use crate::catalog::Catalog;
use crate::diagnostics::Code;
use crate::ir::{AlterOp, ConstraintKind, CreateTable, Ident, Pragma, Stmt, TableConstraint};

/// REFERENCES p → REFERENCES p (id), p's primary key.
pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    match stmt {
        // CREATE TABLE c (…, FOREIGN KEY (p) REFERENCES p) → … REFERENCES p (id).
        Stmt::CreateTable(t) => {
            let own_key = crate::catalog::Table {
                def: (**t).clone(),
                indexes: Vec::new(),
            }
            .primary_key();
            let own = crate::catalog::key(&t.name);
            for c in &mut t.constraints {
                name_referred(c, &own, &own_key, cx);
            }
        }
        // ALTER TABLE c ADD CONSTRAINT f FOREIGN KEY (p) REFERENCES p → … REFERENCES p (id).
        Stmt::AlterTable(a) => {
            let own = crate::catalog::key(&a.name);
            let own_key = cx
                .catalog
                .table(&a.name)
                .map(crate::catalog::Table::primary_key)
                .unwrap_or_default();
            for op in &mut a.ops {
                if let AlterOp::AddConstraint(c) = op {
                    name_referred(c, &own, &own_key, cx);
                }
            }
        }
        _ => {}
    }
}

/// Names the referenced columns of a foreign key that leaves them out: the
/// primary key of the table it references (`own_key` when that is `own`).
fn name_referred(c: &mut TableConstraint, own: &str, own_key: &[Ident], cx: &mut RuleCx) {
    let ConstraintKind::ForeignKey(fk) = &mut c.kind else {
        return;
    };
    if !fk.referred.is_empty() {
        return;
    }
    let key = if crate::catalog::key(&fk.table) == own {
        own_key.to_vec()
    } else {
        cx.catalog
            .table(&fk.table)
            .map(crate::catalog::Table::primary_key)
            .unwrap_or_default()
    };
    if key.is_empty() {
        if cx.target.dialect == crate::target::Dialect::Mysql {
            cx.report(
                Code::UnsupportedTarget,
                c.span,
                "REFERENCES without columns needs the referenced table's primary key, which the schema so far does not show",
            );
        }
        return;
    }
    fk.referred = key;
}

/// The expansion: CREATE TABLE with a foreign key → PRAGMA foreign_keys = ON; CREATE TABLE.
pub fn expand(stmt: Stmt, cx: &mut RuleCx) -> Vec<Stmt> {
    let Stmt::CreateTable(t) = &stmt else {
        return vec![stmt];
    };
    if !cx.target.caps.foreign_keys_pragma || !has_foreign_key(t) || any_foreign_key(cx.catalog) {
        return vec![stmt];
    }
    cx.report(
        Code::ForeignKeysPragma,
        t.span,
        "PRAGMA foreign_keys = ON is added so that SQLite enforces this table's foreign keys",
    );
    vec![Stmt::Pragma(Pragma::ForeignKeys(true)), stmt]
}

fn has_foreign_key(t: &CreateTable) -> bool {
    t.constraints
        .iter()
        .any(|c| matches!(c.kind, ConstraintKind::ForeignKey(_)))
}

/// True when a table already in the schema has a foreign key (the pragma was emitted then).
fn any_foreign_key(catalog: &Catalog) -> bool {
    catalog.tables.values().any(|t| has_foreign_key(&t.def))
}
