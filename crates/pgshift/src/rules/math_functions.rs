//! Numeric functions that need more than a rename: `ceil`/`ceiling`, `floor`,
//! `trunc`, `mod` and `avg`.
//!
//! SQLite has `ceil`, `floor`, `trunc` and `mod` only when built with
//! SQLITE_ENABLE_MATH_FUNCTIONS, which the amalgamation (and so rusqlite's
//! bundled build) leaves out, so they are built from `CAST(x AS INTEGER)`, which
//! truncates toward zero. MySQL spells `trunc` as `TRUNCATE(x, n)`. MariaDB's
//! `AVG` of integers keeps only 4 decimals, so MySQL averages in DOUBLE.
//!
//! ```sql
//! -- input
//! SELECT ceil(x), floor(x), trunc(x), mod(a, b), avg(a)
//! -- output (SQLite)
//! SELECT CASE WHEN x > CAST(x AS INTEGER) THEN CAST(x AS INTEGER) + 1 ELSE CAST(x AS INTEGER) END,
//!        CASE WHEN x < CAST(x AS INTEGER) THEN CAST(x AS INTEGER) - 1 ELSE CAST(x AS INTEGER) END,
//!        CAST(x AS INTEGER), a % b, avg(a)
//! -- output (MySQL)
//! SELECT ceil(x), floor(x), truncate(x, 0), mod(a, b), avg(CAST(a AS DOUBLE))
//! ```
//!
//! Fidelity: exact within 64-bit integers for SQLite; `trunc(x, n)` is an error
//! for SQLite (PGS0300). `avg` in MySQL is computed in double precision, which
//! agrees with PostgreSQL's numeric result to about 15 significant digits.
//! <https://www.postgresql.org/docs/current/functions-math.html>,
//! <https://www.sqlite.org/lang_mathfunc.html>,
//! <https://dev.mysql.com/doc/refman/8.0/en/mathematical-functions.html>

use super::build::{bin, call, if_else, int};
use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{BinOp, DataType, Expr, ExprKind, Stmt};
use crate::target::Dialect;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    let sqlite = cx.target.dialect == Dialect::Sqlite;
    super::each_expr(stmt, |e| {
        let span = e.span;
        let ExprKind::Func(f) = &mut e.kind else {
            return;
        };
        let name = match f.plain_name() {
            Some(n @ ("ceil" | "ceiling" | "floor" | "trunc" | "mod" | "avg")) => n.to_string(),
            _ => return,
        };
        let as_int = |x: &Expr| {
            Expr::new(
                ExprKind::Cast {
                    expr: x.clone().boxed(),
                    ty: DataType::SqliteInteger,
                },
                span,
            )
        };
        let new = match (name.as_str(), f.args.as_mut_slice()) {
            // ceil(x) → CASE WHEN x > CAST(x AS INTEGER) THEN CAST(x AS INTEGER) + 1 ELSE CAST(x AS INTEGER) END (SQLite).
            ("ceil" | "ceiling", [x]) if sqlite => if_else(
                bin(BinOp::Gt, x.clone(), as_int(x)),
                bin(BinOp::Plus, as_int(x), int(1, span)),
                as_int(x),
            ),
            // floor(x) → CASE WHEN x < CAST(x AS INTEGER) THEN CAST(x AS INTEGER) - 1 ELSE CAST(x AS INTEGER) END (SQLite).
            ("floor", [x]) if sqlite => if_else(
                bin(BinOp::Lt, x.clone(), as_int(x)),
                bin(BinOp::Minus, as_int(x), int(1, span)),
                as_int(x),
            ),
            // trunc(x) → CAST(x AS INTEGER) (SQLite).
            ("trunc", [x]) if sqlite => as_int(x),
            ("trunc", [_, _]) if sqlite => {
                cx.report(
                    Code::MissingFunction,
                    span,
                    "SQLite has trunc(x, n) only with SQLITE_ENABLE_MATH_FUNCTIONS, and then without n",
                );
                return;
            }
            // trunc(x) → truncate(x, 0); trunc(x, n) → truncate(x, n) (MySQL).
            ("trunc", [x]) => call("truncate", vec![x.clone(), int(0, span)], span),
            ("trunc", [x, n]) => call("truncate", vec![x.clone(), n.clone()], span),
            // mod(a, b) → a % b (SQLite).
            ("mod", [a, b]) if sqlite => Expr::new(
                ExprKind::Nested(bin(BinOp::Modulo, a.clone(), b.clone()).boxed()),
                span,
            ),
            // avg(x) → avg(CAST(x AS DOUBLE)) (MySQL).
            ("avg", [x]) if !sqlite => {
                let inner = std::mem::replace(x, int(0, span));
                *x = Expr::new(
                    ExprKind::Cast {
                        expr: inner.boxed(),
                        ty: DataType::Double,
                    },
                    span,
                );
                return;
            }
            _ => return,
        };
        *e = new;
    });
}
