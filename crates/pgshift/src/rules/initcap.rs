//! `initcap(text)`.
//!
//! PostgreSQL upper-cases the first letter of each word and lower-cases the rest,
//! where a word is a run of letters and digits. SQLite has no such function, so a
//! recursive CTE in a scalar subquery walks the characters, remembering whether
//! the previous one was a letter or digit:
//!
//! ```sql
//! -- input
//! SELECT initcap(name) FROM people
//! -- output (SQLite)
//! SELECT (WITH RECURSIVE __pgshift_cap(__pgshift_i, __pgshift_out, __pgshift_word) AS (SELECT 1, '', 0
//!   UNION ALL SELECT __pgshift_i + 1, __pgshift_out || CASE WHEN __pgshift_word THEN lower(substr(name, __pgshift_i, 1))
//!   ELSE upper(substr(name, __pgshift_i, 1)) END, substr(name, __pgshift_i, 1) GLOB '[A-Za-z0-9]' OR unicode(…) > 127
//!   FROM __pgshift_cap WHERE __pgshift_i <= length(name))
//!   SELECT __pgshift_out FROM __pgshift_cap WHERE __pgshift_i = length(name) + 1) FROM people
//! ```
//!
//! Fidelity: exact for ASCII text. SQLite folds only ASCII letters, so `été`
//! stays `été` where PostgreSQL gives `Été` (warning PGS0120); non-ASCII
//! characters count as letters. MySQL cannot run a CTE that reads an outer
//! column (MariaDB rejects it), so `initcap` is an error there.
//! <https://www.postgresql.org/docs/current/functions-string.html>

use super::build::{bin, call, col, if_else, int, select, text, with_recursive};
use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{BinOp, Expr, ExprKind, LikeMode, Query, Stmt};
use crate::span::Span;
use crate::target::Dialect;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    super::each_expr(stmt, |e| {
        let span = e.span;
        let ExprKind::Func(f) = &e.kind else { return };
        if f.plain_name() != Some("initcap") {
            return;
        }
        let [s] = f.args.as_slice() else {
            cx.report(Code::FunctionArgs, span, "initcap takes one text");
            return;
        };
        if cx.target.dialect == Dialect::Mysql {
            cx.report(
                Code::MissingFunction,
                span,
                "MySQL has no initcap(), and cannot walk the characters of an outer column",
            );
            return;
        }
        // initcap(s) → (WITH RECURSIVE … SELECT the capitalized text).
        cx.report(
            Code::LikeCaseFolding,
            span,
            "SQLite capitalizes only ASCII letters",
        );
        let query = sqlite_initcap(s.clone(), span);
        e.kind = ExprKind::Subquery(Box::new(query));
    });
}

fn sqlite_initcap(s: Expr, span: Span) -> Query {
    const CTE: &str = "__pgshift_cap";
    const I: &str = "__pgshift_i";
    const OUT: &str = "__pgshift_out";
    const WORD: &str = "__pgshift_word";
    let ch = || call("substr", vec![s.clone(), col(I, span), int(1, span)], span);
    let length = || call("length", vec![s.clone()], span);
    let anchor = select(
        vec![int(1, span), text("", span), int(0, span)],
        None,
        None,
        span,
    );
    let cased = if_else(
        col(WORD, span),
        call("lower", vec![ch()], span),
        call("upper", vec![ch()], span),
    );
    let glob = Expr::new(
        ExprKind::Like {
            expr: ch().boxed(),
            pattern: text("[A-Za-z0-9]", span).boxed(),
            escape: None,
            negated: false,
            mode: LikeMode::Glob,
        },
        span,
    );
    let non_ascii = bin(BinOp::Gt, call("unicode", vec![ch()], span), int(127, span));
    let step = select(
        vec![
            bin(BinOp::Plus, col(I, span), int(1, span)),
            bin(BinOp::Concat, col(OUT, span), cased),
            Expr::new(
                ExprKind::Nested(bin(BinOp::Or, glob, non_ascii).boxed()),
                span,
            ),
        ],
        Some(CTE),
        Some(bin(BinOp::LtEq, col(I, span), length())),
        span,
    );
    // The row past the last character holds the whole result; a NULL text has none, giving NULL.
    let last = bin(
        BinOp::Eq,
        col(I, span),
        bin(BinOp::Plus, length(), int(1, span)),
    );
    let main = select(vec![col(OUT, span)], Some(CTE), Some(last), span);
    with_recursive(CTE, &[I, OUT, WORD], anchor, step, main, span)
}
