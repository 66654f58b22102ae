//! Casts to `boolean` (`'yes'::boolean`, `CAST(x AS BOOLEAN)`, `1::boolean`).
//!
//! PostgreSQL reads, case-insensitively and trimmed, any prefix of `true`,
//! `false`, `yes`, `no`, plus `on`, `off` (at least `of`), `1` and `0`. In both
//! targets `CAST('true' AS INTEGER)` is 0, so the rule decides instead:
//! - a string literal is decided now (an invalid one is an error, as in PostgreSQL);
//! - an integer is `x <> 0`;
//! - other text is tested against the accepted spellings: exact for valid text,
//!   NULL where PostgreSQL would raise an error (a warning).
//!
//! ```sql
//! -- input
//! SELECT 'yes'::boolean, 't'::boolean, 0::boolean
//! -- output (both)
//! SELECT TRUE, TRUE, (0 <> 0)
//! ```
//!
//! <https://www.postgresql.org/docs/current/datatype-boolean.html>

use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{BinOp, DataType, Expr, ExprKind, FuncCall, Literal, Stmt};
use crate::pgtext::{parse_bool, FALSE_WORDS, TRUE_WORDS};

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    super::each_expr(stmt, |e| {
        let span = e.span;
        let ExprKind::PgCast {
            expr,
            ty: DataType::Boolean,
        } = &mut e.kind
        else {
            return;
        };
        let inner = std::mem::replace(
            &mut **expr,
            Expr::new(ExprKind::Literal(Literal::Null), span),
        );
        e.kind = match inner.kind {
            // 'yes'::boolean → TRUE.
            ExprKind::Literal(Literal::String(ref s)) => match parse_bool(s) {
                Some(b) => ExprKind::Literal(Literal::Boolean(b)),
                None => {
                    cx.report(
                        Code::InvalidLiteral,
                        inner.span,
                        format!("'{s}' is not a boolean"),
                    );
                    return;
                }
            },
            ExprKind::Literal(Literal::Null) => ExprKind::Literal(Literal::Null),
            // x::boolean where x is already boolean → x.
            _ if inner.is_boolean() => inner.kind,
            // 1::boolean → (1 <> 0).
            _ if inner.is_integer() => {
                let zero = Expr::new(ExprKind::Literal(Literal::Integer("0".into())), span);
                let ne = Expr::new(
                    ExprKind::Binary {
                        op: BinOp::NotEq,
                        left: inner.boxed(),
                        right: zero.boxed(),
                    },
                    span,
                );
                ExprKind::Nested(ne.boxed())
            }
            // x::boolean → CASE WHEN lower(trim(x)) IN ('t', ...) THEN TRUE WHEN ... IN ('f', ...) THEN FALSE END.
            _ => {
                cx.report(
                    Code::BooleanCast,
                    span,
                    "text that is not a boolean gives NULL here instead of an error",
                );
                let trimmed = Expr::new(
                    ExprKind::Func(Box::new(FuncCall::simple("trim", vec![inner], span))),
                    span,
                );
                let folded = Expr::new(
                    ExprKind::Func(Box::new(FuncCall::simple("lower", vec![trimmed], span))),
                    span,
                );
                let test = |words: &[&str], value: bool| {
                    let list = words
                        .iter()
                        .map(|w| Expr::new(ExprKind::Literal(Literal::String((*w).into())), span))
                        .collect();
                    (
                        Expr::new(
                            ExprKind::InList {
                                expr: folded.clone().boxed(),
                                list,
                                negated: false,
                            },
                            span,
                        ),
                        Expr::new(ExprKind::Literal(Literal::Boolean(value)), span),
                    )
                };
                ExprKind::Case {
                    operand: None,
                    whens: vec![test(TRUE_WORDS, true), test(FALSE_WORDS, false)],
                    else_: None,
                }
            }
        };
    });
}

#[cfg(test)]
mod tests {
    use crate::pgtext::parse_bool;

    #[test]
    fn reads_postgres_spellings() {
        for t in ["true", "TRUE", " t ", "yes", "Y", "on", "1", "tru"] {
            assert_eq!(parse_bool(t), Some(true), "{t}");
        }
        for f in ["false", "F", "no", "off", "of", "0", "fal"] {
            assert_eq!(parse_bool(f), Some(false), "{f}");
        }
        for bad in ["o", "2", "yess", "", "tr ue"] {
            assert_eq!(parse_bool(bad), None, "{bad}");
        }
    }
}
