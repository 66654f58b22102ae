//! Column types in `CREATE TABLE`.
//!
//! One table per target maps each PostgreSQL type to the type the target stores
//! it as, with its fidelity. Every lossy row raises its diagnostic; rows marked
//! `Check` add a CHECK constraint so that the target rejects what PostgreSQL
//! would reject instead of storing it silently.
//!
//! ```sql
//! -- input
//! CREATE TABLE t (name VARCHAR(20), active BOOLEAN, at TIMESTAMP, doc JSONB)
//! -- output (SQLite)
//! CREATE TABLE t (name VARCHAR(20) CHECK (length(name) <= 20), active BOOLEAN CHECK (active IN (0, 1)), at TEXT, doc TEXT)
//! -- output (MySQL)
//! CREATE TABLE t (name VARCHAR(20), active BOOLEAN CHECK (active IN (0, 1)), at DATETIME(6), doc JSON)
//! ```
//!
//! MySQL: TIMESTAMP holds only 1970–2038 and shifts with the session time zone,
//! so timestamps become DATETIME(6). TEXT becomes LONGTEXT (TEXT holds 64 KB),
//! and VARCHAR(255) where it is part of a key, with a warning.
//!
//! Arrays (`text[]`, `int[]`) become JSON text in SQLite and JSON in MySQL,
//! with a warning: a driver reads back JSON, not a list. Enum types and domains
//! (`DataType::Named`) are resolved earlier, by the `domain` and `enum_type` rules.
//!
//! <https://www.sqlite.org/datatype3.html>, <https://dev.mysql.com/doc/refman/8.0/en/data-types.html>

use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{BinOp, ColumnDef, DataType, Expr, ExprKind, FuncCall, Literal, Stmt};
use crate::target::Dialect;

/// How faithfully a mapping keeps PostgreSQL's meaning.
#[derive(Clone, Copy)]
enum Fidelity {
    Exact,
    /// Exact once a CHECK constraint enforces PostgreSQL's domain.
    Check(CheckKind),
    /// A warning with this code and message.
    Lossy(Code, &'static str),
    /// No translation.
    Error(&'static str),
}

#[derive(Clone, Copy)]
enum CheckKind {
    /// `col IN (0, 1)`.
    Boolean,
    /// `length(col) <= n`.
    MaxLength,
}

/// PostgreSQL type → (SQLite type, fidelity). `None` keeps the type.
fn sqlite(ty: &DataType) -> (Option<DataType>, Fidelity) {
    use DataType as T;
    use Fidelity::*;
    match ty {
        T::Real => (None, Lossy(Code::LossyType, "`real` is stored as an 8-byte float in SQLite")),
        T::Numeric(_, Some(0)) => (None, Exact),
        T::Numeric(..) => (None, Lossy(Code::LossyType, "SQLite stores non-integer NUMERIC values as 8-byte floats, not exact decimals")),
        T::Varchar(Some(_)) => (None, Check(CheckKind::MaxLength)),
        T::Varchar(None) | T::Text => (Some(T::Text), Exact),
        T::Char(_) => (None, Lossy(Code::LossyType, "SQLite does not pad char(n) with spaces")),
        T::Boolean => (None, Check(CheckKind::Boolean)),
        T::Timestamp { tz: false } | T::Date | T::Time { tz: false } => (Some(T::Text), Exact),
        T::Timestamp { tz: true } | T::Time { tz: true } => {
            (Some(T::Text), Lossy(Code::TimeZoneDropped, "SQLite stores the timestamp as text without a time zone"))
        }
        T::Json => (Some(T::Text), Exact),
        T::Jsonb => (Some(T::Text), Lossy(Code::LossyType, "jsonb is stored as JSON text; keys are not reordered or deduplicated")),
        T::Uuid => (Some(T::Text), Lossy(Code::LossyType, "uuid is stored as text; PostgreSQL would also accept and normalize other spellings")),
        T::Bytea => (Some(T::Blob), Exact),
        T::Interval => (None, Error("interval columns are not supported for SQLite")),
        T::Array(_) => (Some(T::Text), Lossy(Code::ArrayAsJson, "the array is stored as JSON text")),
        _ => (None, Exact),
    }
}

/// PostgreSQL type → (MySQL type, fidelity). `None` keeps the type.
fn mysql(ty: &DataType) -> (Option<DataType>, Fidelity) {
    use DataType as T;
    use Fidelity::*;
    match ty {
        T::Numeric(None, _) => (
            None,
            Lossy(Code::LossyType, "unbounded numeric becomes DECIMAL(65,30)"),
        ),
        T::Numeric(Some(p), s) if *p > 65 || s.unwrap_or(0) > 30 => (
            None,
            Error("MySQL's DECIMAL holds at most 65 digits, 30 after the point"),
        ),
        T::Varchar(None) | T::Text => (Some(T::LongText), Exact),
        T::Char(_) => (
            None,
            Lossy(
                Code::LossyType,
                "MySQL strips trailing spaces from char(n) values",
            ),
        ),
        T::Boolean => (None, Check(CheckKind::Boolean)),
        T::Timestamp { tz: false } => (Some(T::Datetime(6)), Exact),
        T::Timestamp { tz: true } => (
            Some(T::Datetime(6)),
            Lossy(
                Code::TimeZoneDropped,
                "timestamptz becomes DATETIME(6), which has no time zone",
            ),
        ),
        T::Time { tz: true } => (
            None,
            Lossy(
                Code::TimeZoneDropped,
                "timetz becomes TIME(6), which has no time zone",
            ),
        ),
        T::Jsonb => (
            Some(T::Json),
            Lossy(
                Code::LossyType,
                "jsonb becomes JSON; MariaDB keeps the text as given",
            ),
        ),
        T::Uuid => (
            None,
            Lossy(
                Code::LossyType,
                "uuid becomes CHAR(36); PostgreSQL would also accept and normalize other spellings",
            ),
        ),
        T::Bytea => (Some(T::LongBlob), Exact),
        T::Interval => (None, Error("interval columns are not supported for MySQL")),
        T::Array(_) => (
            Some(T::Json),
            Lossy(Code::ArrayAsJson, "the array is stored as JSON"),
        ),
        _ => (None, Exact),
    }
}

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    let Stmt::CreateTable(t) = stmt else { return };
    let keyed = t.key_columns();
    for col in &mut t.columns {
        let (to, fidelity) = match cx.target.dialect {
            Dialect::Sqlite => sqlite(&col.ty),
            Dialect::Mysql => mysql(&col.ty),
        };
        match fidelity {
            Fidelity::Exact => {}
            Fidelity::Check(kind) => add_check(col, kind),
            Fidelity::Lossy(code, msg) => {
                cx.report(code, col.span, format!("column `{}`: {msg}", col.name.name))
            }
            Fidelity::Error(msg) => cx.report(Code::UnsupportedTarget, col.span, msg),
        }
        if let Some(to) = to {
            col.ty = to;
        }
        // MySQL cannot index unbounded text: a key column becomes VARCHAR(255).
        let is_key = col.primary_key || col.unique || keyed.contains(&col.name.name);
        if is_key
            && cx.target.caps.text_key_needs_length
            && matches!(col.ty, DataType::LongText | DataType::Text)
        {
            cx.report(
                Code::TextKey,
                col.span,
                format!(
                    "column `{}` is part of a key; TEXT becomes VARCHAR(255)",
                    col.name.name
                ),
            );
            col.ty = DataType::Varchar(Some(255));
        }
    }
}

fn add_check(col: &mut ColumnDef, kind: CheckKind) {
    let span = col.span;
    let column = Expr::new(ExprKind::Column(vec![col.name.clone()]), span);
    let int = |n: String| Expr::new(ExprKind::Literal(Literal::Integer(n)), span);
    let check = match kind {
        CheckKind::Boolean => ExprKind::InList {
            expr: column.boxed(),
            list: vec![int("0".into()), int("1".into())],
            negated: false,
        },
        CheckKind::MaxLength => {
            let DataType::Varchar(Some(n)) = col.ty else {
                return;
            };
            let len = Expr::new(
                ExprKind::Func(Box::new(FuncCall::simple("length", vec![column], span))),
                span,
            );
            ExprKind::Binary {
                op: BinOp::LtEq,
                left: len.boxed(),
                right: int(n.to_string()).boxed(),
            }
        }
    };
    col.checks.push(Expr::new(check, span));
}
