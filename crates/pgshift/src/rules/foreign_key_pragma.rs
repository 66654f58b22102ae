//! Foreign keys on SQLite: `PRAGMA foreign_keys = ON` before the first table
//! that declares one.
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
use crate::ir::{ConstraintKind, CreateTable, Pragma, Stmt};

/// The expansion: CREATE TABLE with a foreign key → PRAGMA foreign_keys = ON; CREATE TABLE.
pub fn expand(stmt: Stmt, cx: &mut RuleCx) -> Vec<Stmt> {
    let Stmt::CreateTable(t) = &stmt else {
        return vec![stmt];
    };
    if !cx.target.caps.foreign_keys_pragma || !has_foreign_key(t) || any_foreign_key(cx.catalog)
    {
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
