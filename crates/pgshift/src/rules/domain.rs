//! Domains: `CREATE DOMAIN` is replaced by its base type on every column that
//! uses it, with the domain's constraints inlined.
//!
//! ```sql
//! -- input
//! CREATE DOMAIN posint AS int NOT NULL DEFAULT 1 CHECK (VALUE > 0);
//! CREATE TABLE t (n posint);
//! -- output (both targets)
//! -- CREATE DOMAIN posint is inlined into the columns that use it
//! CREATE TABLE t (n INT NOT NULL DEFAULT 1 CHECK (n > 0))
//! ```
//!
//! The domain's CHECK constraints are added to the column with `VALUE` replaced
//! by the column's name; its NOT NULL and DEFAULT apply unless the column sets
//! its own default (a column cannot loosen NOT NULL in PostgreSQL either). A
//! domain over another domain, or over an enum type, resolves step by step.
//! A cast to a domain becomes a cast to its base type, with a warning: the
//! target does not check the domain's constraints there.
//!
//! Fidelity: exact in columns; approximate (warning) in casts. `DROP DOMAIN`
//! becomes a skip note.
//! <https://www.postgresql.org/docs/current/sql-createdomain.html>

use super::RuleCx;
use crate::catalog::Catalog;
use crate::diagnostics::Code;
use crate::ir::{ColumnDef, DataType, Expr, ExprKind, ObjectKind, Stmt};

/// Domains nest at most this deep (a domain over a domain…), which bounds the loop.
const MAX_NESTING: usize = 16;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    match stmt {
        // CREATE DOMAIN d … → `-- CREATE DOMAIN d is inlined …`.
        Stmt::CreateDomain(d) => {
            let name = crate::catalog::key(&d.name);
            *stmt = Stmt::Skipped(format!(
                "CREATE DOMAIN {name} is inlined into the columns that use it"
            ));
        }
        // DROP DOMAIN d → `-- DROP DOMAIN d: …`.
        Stmt::DropObject(d) if d.kind == ObjectKind::Domain => {
            let names: Vec<String> = d.names.iter().map(crate::catalog::key).collect();
            *stmt = Stmt::Skipped(format!(
                "DROP DOMAIN {}: domains exist only inlined in columns",
                names.join(", ")
            ));
        }
        // n posint → n INT NOT NULL CHECK (n > 0).
        Stmt::CreateTable(t) => {
            for col in &mut t.columns {
                inline(col, cx.catalog);
            }
        }
        _ => {}
    }
    // x::posint → x::int, with a warning.
    let catalog = cx.catalog;
    let mut casts = Vec::new();
    super::each_expr(stmt, |e| {
        if let ExprKind::PgCast { ty, .. } = &mut e.kind {
            let mut depth = 0;
            while let Some(d) = domain_of(ty, catalog).filter(|_| depth < MAX_NESTING) {
                casts.push((e.span, crate::catalog::key(&d.name)));
                *ty = d.base.clone();
                depth += 1;
            }
        }
    });
    for (span, name) in casts {
        cx.report(
            Code::DomainCast,
            span,
            format!("the cast to the domain `{name}` does not check its constraints"),
        );
    }
}

/// The domain a type names, if it names one.
fn domain_of<'c>(ty: &DataType, catalog: &'c Catalog) -> Option<&'c crate::ir::CreateDomain> {
    match ty {
        DataType::Named(name) => catalog.domain(name),
        _ => None,
    }
}

/// Replaces a column's domain type by the base type and the domain's constraints.
fn inline(col: &mut ColumnDef, catalog: &Catalog) {
    for _ in 0..MAX_NESTING {
        let Some(d) = domain_of(&col.ty, catalog) else {
            return;
        };
        col.ty = d.base.clone();
        col.not_null |= d.not_null;
        if col.default.is_none() {
            col.default.clone_from(&d.default);
        }
        for check in &d.checks {
            let mut check = check.clone();
            replace_value(&mut check, col);
            col.checks.push(check);
        }
    }
}

/// `VALUE` in a domain's CHECK → the column's name.
fn replace_value(e: &mut Expr, col: &ColumnDef) {
    super::each_expr_in(e, |x| {
        if let ExprKind::Column(parts) = &mut x.kind {
            if let [only] = parts.as_slice() {
                if !only.quoted && only.name == "value" {
                    let mut name = col.name.clone();
                    name.span = only.span;
                    *parts = vec![name];
                }
            }
        }
    });
}
