//! `split_part(text, delimiter, n)`.
//!
//! PostgreSQL returns the n-th field of `text` split on `delimiter`, an empty
//! string past the last field, and NULL for a NULL text. Neither target has the
//! function, so:
//! - MySQL: `SUBSTRING_INDEX(SUBSTRING_INDEX(s, d, n), d, -1)` once the text is
//!   known to have at least n fields (counted by removing the delimiters), else `''`;
//! - SQLite: a recursive CTE in a scalar subquery walks the fields.
//!
//! ```sql
//! -- input
//! SELECT split_part(path, '/', 2) FROM files
//! -- output (MySQL)
//! SELECT CASE WHEN path IS NULL THEN NULL
//!   WHEN (char_length(path) - char_length(replace(path, '/', ''))) DIV char_length('/') >= 1
//!   THEN substring_index(substring_index(path, '/', 2), '/', -1) ELSE '' END FROM files
//! -- output (SQLite)
//! SELECT (WITH RECURSIVE __pgshift_split(__pgshift_i, __pgshift_rest) AS (SELECT 1, path UNION ALL
//!   SELECT __pgshift_i + 1, substr(__pgshift_rest, instr(__pgshift_rest, '/') + length('/')) FROM __pgshift_split
//!   WHERE __pgshift_i < 2 AND instr(__pgshift_rest, '/') > 0)
//!   SELECT CASE WHEN max(__pgshift_rest) IS NULL THEN NULL WHEN max(__pgshift_i) < 2 THEN '' ELSE … END
//!   FROM __pgshift_split) FROM files
//! ```
//!
//! The SQLite form names the text once, in the walk's first row, and learns that
//! it was NULL from that row (`max` of the rests is NULL only when the one rest
//! is): a text that is itself a translated `split_part` is then printed once,
//! not once per mention, so nesting grows the output linearly.
//!
//! The field number must be a positive integer literal and the delimiter a
//! non-empty string literal (PostgreSQL 14's negative field numbers and the empty
//! delimiter are errors here). Both targets match case-sensitively, as PostgreSQL does.
//!
//! Fidelity: exact. <https://www.postgresql.org/docs/current/functions-string.html>

use super::build::{
    bin, call, col, if_else, int, int_value, is_null, select, text, with_recursive,
};
use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{BinOp, Expr, ExprKind, Literal, Query, Stmt};
use crate::span::Span;
use crate::target::Dialect;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    super::each_expr(stmt, |e| {
        let span = e.span;
        let ExprKind::Func(f) = &e.kind else { return };
        if f.plain_name() != Some("split_part") {
            return;
        }
        let [s, d, n] = f.args.as_slice() else {
            cx.report(
                Code::FunctionArgs,
                span,
                "split_part takes a text, a delimiter and a field number",
            );
            return;
        };
        let Some(n) = int_value(n).filter(|n| *n >= 1) else {
            cx.report(
                Code::FunctionArgs,
                n.span,
                "the field number must be a positive integer literal",
            );
            return;
        };
        if d.as_str_literal().is_none_or(str::is_empty) {
            cx.report(
                Code::FunctionArgs,
                d.span,
                "the delimiter must be a non-empty string literal",
            );
            return;
        }
        let (s, d) = (s.clone(), d.clone());
        e.kind = match cx.target.dialect {
            // split_part(s, d, n) → CASE WHEN s IS NULL THEN NULL WHEN <fields> >= n - 1 THEN substring_index(…) ELSE '' END.
            // The text is named three times: SUBSTRING_INDEX cannot tell "too few fields"
            // apart, and appending delimiters would misplace overlapping ones ('aaa', 'aa').
            Dialect::Mysql => {
                let is_null = is_null(s.clone());
                let null = Expr::new(ExprKind::Literal(Literal::Null), span);
                let removed = call(
                    "char_length",
                    vec![call(
                        "replace",
                        vec![s.clone(), d.clone(), text("", span)],
                        span,
                    )],
                    span,
                );
                let count = bin(
                    BinOp::IntDivide,
                    Expr::new(
                        ExprKind::Nested(
                            bin(
                                BinOp::Minus,
                                call("char_length", vec![s.clone()], span),
                                removed,
                            )
                            .boxed(),
                        ),
                        span,
                    ),
                    call("char_length", vec![d.clone()], span),
                );
                let enough = bin(BinOp::GtEq, count, int(n - 1, span));
                let first_n = call("substring_index", vec![s, d.clone(), int(n, span)], span);
                let field = call("substring_index", vec![first_n, d, int(-1, span)], span);
                ExprKind::Case {
                    operand: None,
                    whens: vec![(is_null, null), (enough, field)],
                    else_: Some(text("", span).boxed()),
                }
            }
            // split_part(s, d, n) → (WITH RECURSIVE … SELECT … FROM the fields).
            Dialect::Sqlite => ExprKind::Subquery(Box::new(sqlite_fields(s, d, n, span))),
        };
    });
}

/// The scalar subquery that walks the fields of `s` in SQLite.
fn sqlite_fields(s: Expr, d: Expr, n: i64, span: Span) -> Query {
    const CTE: &str = "__pgshift_split";
    const I: &str = "__pgshift_i";
    const REST: &str = "__pgshift_rest";
    let pos = || call("instr", vec![col(REST, span), d.clone()], span);
    let anchor = select(vec![int(1, span), s], None, None, span);
    let next = bin(BinOp::Plus, pos(), call("length", vec![d.clone()], span));
    let step = select(
        vec![
            bin(BinOp::Plus, col(I, span), int(1, span)),
            call("substr", vec![col(REST, span), next], span),
        ],
        Some(CTE),
        Some(bin(
            BinOp::And,
            bin(BinOp::Lt, col(I, span), int(n, span)),
            bin(BinOp::Gt, pos(), int(0, span)),
        )),
        span,
    );
    // The n-th rest up to its first delimiter, or all of it when it is the last field.
    let field = if_else(
        bin(BinOp::Gt, pos(), int(0, span)),
        call(
            "substr",
            vec![
                col(REST, span),
                int(1, span),
                bin(BinOp::Minus, pos(), int(1, span)),
            ],
            span,
        ),
        col(REST, span),
    );
    let nth = Query::of(
        select(
            vec![field],
            Some(CTE),
            Some(bin(BinOp::Eq, col(I, span), int(n, span))),
            span,
        ),
        span,
    );
    let too_few = bin(
        BinOp::Lt,
        call("max", vec![col(I, span)], span),
        int(n, span),
    );
    // A NULL text walks one row whose rest is NULL; any other text has no NULL rest.
    let null_text = is_null(call("max", vec![col(REST, span)], span));
    let result = Expr::new(
        ExprKind::Case {
            operand: None,
            whens: vec![
                (null_text, Expr::new(ExprKind::Literal(Literal::Null), span)),
                (too_few, text("", span)),
            ],
            else_: Some(Expr::new(ExprKind::Subquery(Box::new(nth)), span).boxed()),
        },
        span,
    );
    let main = select(vec![result], Some(CTE), None, span);
    with_recursive(CTE, &[I, REST], anchor, step, main, span)
}
