//! Enum types: `CREATE TYPE … AS ENUM` is inlined on every column that uses it.
//!
//! ```sql
//! -- input
//! CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
//! CREATE TABLE t (m mood);
//! -- output (SQLite): text restricted by a CHECK
//! -- CREATE TYPE mood AS ENUM is inlined into the columns that use it
//! CREATE TABLE t (m TEXT CHECK (m IN ('sad', 'ok', 'happy')))
//! -- output (MySQL): an inline ENUM, which sorts by declaration like PostgreSQL
//! CREATE TABLE t (m ENUM('sad','ok','happy'))
//! ```
//!
//! - Casts: `'happy'::mood` becomes the text 'happy'; a literal that is not a
//!   label is an error, as in PostgreSQL.
//! - Order: PostgreSQL orders enum values by declaration. MySQL's ENUM sorts the
//!   same way; in SQLite `ORDER BY m` becomes `ORDER BY CASE m WHEN 'sad' THEN 0 …
//!   END` (see `order.rs`). `<`, `>`, `min()`/`max()` compare text on both
//!   targets (MySQL compares an ENUM with a string as a string): a warning.
//! - `ALTER TYPE … ADD VALUE`: MySQL gets a `MODIFY COLUMN` for every column of
//!   the type (see `alter.rs`); SQLite, whose CHECK lives in the table
//!   definition, gets an error that asks for a table rebuild.
//! - A type name that is neither an enum nor a domain is an error.
//!
//! Fidelity: exact for storage, equality and ORDER BY on the column; range
//! comparisons warn. <https://dev.mysql.com/doc/refman/8.0/en/enum.html>,
//! <https://www.postgresql.org/docs/current/datatype-enum.html>

mod alter;
mod order;

pub use alter::expand;

use super::RuleCx;
use crate::catalog::Catalog;
use crate::diagnostics::Code;
use crate::ir::{AlterOp, ColumnDef, DataType, Expr, ExprKind, Literal, Stmt};
use crate::span::Span;
use crate::target::Dialect;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    match stmt {
        // CREATE TYPE mood AS ENUM (…) → `-- CREATE TYPE mood AS ENUM is inlined …`.
        Stmt::CreateEnum(e) => {
            let name = crate::catalog::key(&e.name);
            *stmt = Stmt::Skipped(format!(
                "CREATE TYPE {name} AS ENUM is inlined into the columns that use it"
            ));
            return;
        }
        // An ALTER TYPE the expansion left (an error was reported) prints nothing.
        Stmt::AlterEnum(e) => {
            let name = crate::catalog::key(&e.name);
            *stmt = Stmt::Skipped(format!("ALTER TYPE {name}"));
            return;
        }
        Stmt::CreateTable(t) => {
            for col in &mut t.columns {
                column(col, cx);
            }
        }
        // ALTER TABLE t ADD COLUMN m mood → the column's type inlined the same way.
        Stmt::AlterTable(a) => {
            for op in &mut a.ops {
                match op {
                    AlterOp::AddColumn { column: col, .. } | AlterOp::ModifyColumn(col) => {
                        column(col, cx)
                    }
                    _ => {}
                }
            }
        }
        _ => {}
    }
    casts(stmt, cx);
    order::run(stmt, cx);
}

/// m mood → m TEXT CHECK (m IN (…)) (SQLite) | m ENUM(…) (MySQL).
fn column(col: &mut ColumnDef, cx: &mut RuleCx) {
    match &col.ty {
        DataType::Named(name) => match cx.catalog.enum_labels(name) {
            Some(labels) => {
                let labels = labels.to_vec();
                match cx.target.dialect {
                    Dialect::Sqlite => {
                        col.ty = DataType::Text;
                        let check = in_labels(col, &labels);
                        col.checks.push(check);
                    }
                    Dialect::Mysql => col.ty = DataType::Enum(labels),
                }
            }
            None => unknown(cx, col.span, name),
        },
        // mood[] → text[] (JSON in both targets, without a check on the elements).
        DataType::Array(_) => {
            let span = col.span;
            resolve_array(&mut col.ty, cx, span);
        }
        _ => {}
    }
}

/// Element types of an array: an enum becomes text, an unknown name an error.
fn resolve_array(ty: &mut DataType, cx: &mut RuleCx, span: Span) {
    match ty {
        DataType::Array(elem) => resolve_array(elem, cx, span),
        DataType::Named(name) => {
            if cx.catalog.enum_labels(name).is_some() {
                *ty = DataType::Text;
            } else {
                let name = name.clone();
                unknown(cx, span, &name);
            }
        }
        _ => {}
    }
}

fn unknown(cx: &mut RuleCx, span: Span, name: &str) {
    cx.report(
        Code::UnknownType,
        span,
        format!("the type `{name}` has no translation"),
    );
}

/// `col IN ('a', 'b')`.
pub(super) fn in_labels(col: &ColumnDef, labels: &[String]) -> Expr {
    let span = col.span;
    let column = Expr::new(ExprKind::Column(vec![col.name.clone()]), span);
    Expr::new(
        ExprKind::InList {
            expr: column.boxed(),
            list: labels.iter().map(|l| text(l, span)).collect(),
            negated: false,
        },
        span,
    )
}

fn text(s: &str, span: Span) -> Expr {
    Expr::new(ExprKind::Literal(Literal::String(s.to_string())), span)
}

/// `'happy'::mood` → `'happy'::text`; a literal that is not a label is an error.
fn casts(stmt: &mut Stmt, cx: &mut RuleCx) {
    let catalog: &Catalog = cx.catalog;
    let mut bad = Vec::new();
    super::each_expr(stmt, |e| {
        let span = e.span;
        let ExprKind::PgCast { expr, ty } = &mut e.kind else {
            return;
        };
        let DataType::Named(name) = ty else {
            if let DataType::Array(_) = ty {
                array_cast(ty, catalog, span, &mut bad);
            }
            return;
        };
        match catalog.enum_labels(name) {
            Some(labels) => {
                if let Some(value) = expr.as_str_literal() {
                    if !labels.iter().any(|l| l == value) {
                        bad.push((
                            Code::InvalidLiteral,
                            span,
                            format!("invalid input value for enum {name}: \"{value}\""),
                        ));
                    }
                }
                *ty = DataType::Text;
            }
            None => bad.push((
                Code::UnknownType,
                span,
                format!("the type `{name}` has no translation"),
            )),
        }
    });
    for (code, span, msg) in bad {
        cx.report(code, span, msg);
    }
}

/// A cast to `mood[]`: the element type becomes text.
fn array_cast(
    ty: &mut DataType,
    catalog: &Catalog,
    span: Span,
    bad: &mut Vec<(Code, Span, String)>,
) {
    match ty {
        DataType::Array(elem) => array_cast(elem, catalog, span, bad),
        DataType::Named(name) if catalog.enum_labels(name).is_some() => *ty = DataType::Text,
        DataType::Named(name) => bad.push((
            Code::UnknownType,
            span,
            format!("the type `{name}` has no translation"),
        )),
        _ => {}
    }
}
