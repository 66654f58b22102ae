//! `gen_random_uuid()` and `random()`.
//!
//! SQLite has neither a UUID function nor a float `random()`: a version-4 UUID is
//! assembled from `randomblob` with the version nibble fixed to 4 and the variant
//! nibble drawn from 8, 9, a, b; `random()` (a 64-bit integer) is reduced to 53
//! bits and scaled into [0, 1). MySQL's RAND() is already in [0, 1); its UUID()
//! is a version-1 (time-based) UUID.
//!
//! ```sql
//! -- input
//! SELECT gen_random_uuid(), random()
//! -- output (SQLite)
//! SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)
//!        || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2)
//!        || '-' || hex(randomblob(6))),
//!        (abs(random() % 9007199254740992) / 9007199254740992.0)
//! -- output (MySQL)
//! SELECT uuid(), rand()
//! ```
//!
//! Fidelity: SQLite exact (a lowercase random v4 UUID); MySQL's UUID() is a
//! valid, unique UUID of version 1: PGS0305 (warning).
//! <https://www.postgresql.org/docs/current/functions-uuid.html>,
//! <https://www.sqlite.org/lang_corefunc.html#randomblob>,
//! <https://dev.mysql.com/doc/refman/8.0/en/miscellaneous-functions.html#function_uuid>

use super::build::{bin, call, int, text};
use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{BinOp, Expr, ExprKind, Literal, Stmt};
use crate::target::Dialect;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    let sqlite = cx.target.dialect == Dialect::Sqlite;
    super::each_expr(stmt, |e| {
        let span = e.span;
        let ExprKind::Func(f) = &e.kind else {
            return;
        };
        if !f.args.is_empty() {
            return;
        }
        let random_hex = |bytes: i64| {
            call(
                "hex",
                vec![call("randomblob", vec![int(bytes, span)], span)],
                span,
            )
        };
        let random_mod = |n: &str| {
            let r = bin(
                BinOp::Modulo,
                call("random", vec![], span),
                Expr::new(ExprKind::Literal(Literal::Integer(n.into())), span),
            );
            call("abs", vec![r], span)
        };
        *e = match (f.plain_name(), sqlite) {
            // gen_random_uuid() → lower(hex(randomblob(4)) || '-' || ... ) (SQLite).
            (Some("gen_random_uuid"), true) => {
                let variant = call(
                    "substr",
                    vec![
                        text("89ab", span),
                        bin(BinOp::Plus, int(1, span), random_mod("4")),
                        int(1, span),
                    ],
                    span,
                );
                let tail = |bytes| call("substr", vec![random_hex(bytes), int(2, span)], span);
                let parts = vec![
                    random_hex(4),
                    text("-", span),
                    random_hex(2),
                    text("-4", span),
                    tail(2),
                    text("-", span),
                    variant,
                    tail(2),
                    text("-", span),
                    random_hex(6),
                ];
                let mut it = parts.into_iter();
                let Some(first) = it.next() else {
                    return;
                };
                call(
                    "lower",
                    vec![it.fold(first, |a, b| bin(BinOp::Concat, a, b))],
                    span,
                )
            }
            // gen_random_uuid() → uuid() (MySQL), a version-1 UUID.
            (Some("gen_random_uuid"), false) => {
                cx.report(
                    Code::UuidVersion,
                    span,
                    "UUID() gives a version-1 UUID, not a random version-4 one",
                );
                call("uuid", vec![], span)
            }
            // random() → (abs(random() % 2^53) / 2^53) (SQLite); rand() (MySQL).
            (Some("random"), true) => {
                let scaled = bin(
                    BinOp::Divide,
                    random_mod("9007199254740992"),
                    Expr::new(
                        ExprKind::Literal(Literal::Decimal("9007199254740992.0".into())),
                        span,
                    ),
                );
                Expr::new(ExprKind::Nested(scaled.boxed()), span)
            }
            (Some("random"), false) => call("rand", vec![], span),
            _ => return,
        };
    });
}
