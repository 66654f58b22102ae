//! `initcap(text)`.
//!
//! PostgreSQL upper-cases the first letter of each word and lower-cases the rest,
//! where a word is a run of letters and digits. Neither target has the function,
//! so the translation walks the characters, remembering whether the previous one
//! was a letter or digit. Both forms name the text once, so a nested `initcap`
//! is printed once.
//!
//! - SQLite: a recursive CTE in a scalar subquery, which carries the text in its
//!   first column and builds the result in its second.
//! - MySQL: `JSON_TABLE` numbers the positions of the text (MariaDB cannot run a
//!   CTE that reads an outer column, but `JSON_TABLE` may read one), and
//!   `GROUP_CONCAT` joins the cased characters in order.
//!
//! ```sql
//! -- input
//! SELECT initcap(name) FROM people
//! -- output (SQLite)
//! SELECT (WITH RECURSIVE __pgshift_cap(__pgshift_s, __pgshift_i, __pgshift_out, __pgshift_word) AS
//!   (SELECT name, 1, '', 0 UNION ALL SELECT __pgshift_s, __pgshift_i + 1, __pgshift_out || CASE WHEN __pgshift_word
//!   THEN lower(substr(__pgshift_s, __pgshift_i, 1)) ELSE upper(substr(__pgshift_s, __pgshift_i, 1)) END,
//!   (substr(__pgshift_s, __pgshift_i, 1) GLOB '[A-Za-z0-9]' OR unicode(…) > 127)
//!   FROM __pgshift_cap WHERE __pgshift_i <= length(__pgshift_s))
//!   SELECT __pgshift_out FROM __pgshift_cap WHERE __pgshift_i = length(__pgshift_s) + 1) FROM people
//! -- output (MySQL)
//! SELECT (SELECT group_concat(CASE WHEN substring(t.v, p.n - 1, 1) REGEXP '^[[:alnum:]]$'
//!   OR ord(substring(t.v, p.n - 1, 1)) > 127 THEN lower(substring(t.v, p.n, 1))
//!   ELSE upper(substring(t.v, p.n, 1)) END ORDER BY p.n SEPARATOR '')
//!   FROM JSON_TABLE(json_array(name), '$[*]' COLUMNS (v LONGTEXT COLLATE utf8mb4_bin PATH '$')) AS t,
//!   JSON_TABLE(concat('[', repeat('0,', char_length(t.v)), '0]'), '$[*]' COLUMNS (n FOR ORDINALITY)) AS p)
//!   FROM people
//! ```
//!
//! In the MySQL form position `n` reads the character before it; the first and
//! the one past the end read nothing, so an empty text gives `''` and a NULL text
//! (no positions at all) gives NULL.
//!
//! Fidelity: exact for ASCII text on both targets. Non-ASCII characters count as
//! letters on both; SQLite folds only ASCII letters, so `été` stays `été` where
//! PostgreSQL gives `Été` (warning PGS0120). MySQL folds Unicode letters, but its
//! GROUP_CONCAT stops at group_concat_max_len (warning PGS0303).
//! <https://www.postgresql.org/docs/current/functions-string.html>,
//! <https://mariadb.com/kb/en/json_table/>

use super::build::{bin, call, col, if_else, int, select, text, with_recursive};
use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{
    BinOp, Expr, ExprKind, FromItem, FuncCall, Ident, JsonColumnKind, JsonTableColumn, LikeMode,
    OrderItem, Query, Select, SelectItem, SetExpr, Stmt, TableRef,
};
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
        let query = match cx.target.dialect {
            // initcap(s) → (SELECT group_concat(…) FROM JSON_TABLE(…) AS t, JSON_TABLE(…) AS p).
            Dialect::Mysql => {
                cx.report(
                    Code::GroupConcatLimit,
                    span,
                    "initcap joins its characters with GROUP_CONCAT",
                );
                mysql_initcap(s.clone(), span)
            }
            // initcap(s) → (WITH RECURSIVE … SELECT the capitalized text).
            Dialect::Sqlite => {
                cx.report(
                    Code::LikeCaseFolding,
                    span,
                    "SQLite capitalizes only ASCII letters",
                );
                sqlite_initcap(s.clone(), span)
            }
        };
        e.kind = ExprKind::Subquery(Box::new(query));
    });
}

fn sqlite_initcap(s: Expr, span: Span) -> Query {
    const CTE: &str = "__pgshift_cap";
    const S: &str = "__pgshift_s";
    const I: &str = "__pgshift_i";
    const OUT: &str = "__pgshift_out";
    const WORD: &str = "__pgshift_word";
    let ch = || {
        call(
            "substr",
            vec![col(S, span), col(I, span), int(1, span)],
            span,
        )
    };
    let length = || call("length", vec![col(S, span)], span);
    let anchor = select(
        vec![s, int(1, span), text("", span), int(0, span)],
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
            col(S, span),
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
    with_recursive(CTE, &[S, I, OUT, WORD], anchor, step, main, span)
}

fn mysql_initcap(s: Expr, span: Span) -> Query {
    let ident = |name: &str| Ident {
        name: name.to_string(),
        quoted: false,
        span,
    };
    let column = |table: &str, name: &str| {
        Expr::new(ExprKind::Column(vec![ident(table), ident(name)]), span)
    };
    // The character at `offset` from position p.n.
    let ch = |offset: i64| {
        let at = if offset == 0 {
            column("p", "n")
        } else {
            bin(BinOp::Minus, column("p", "n"), int(-offset, span))
        };
        call("substring", vec![column("t", "v"), at, int(1, span)], span)
    };
    let alnum = bin(BinOp::Regexp, ch(-1), text("^[[:alnum:]]$", span));
    let non_ascii = bin(BinOp::Gt, call("ord", vec![ch(-1)], span), int(127, span));
    let cased = if_else(
        bin(BinOp::Or, alnum, non_ascii),
        call("lower", vec![ch(0)], span),
        call("upper", vec![ch(0)], span),
    );
    let mut joined = FuncCall::simple("group_concat", vec![cased, text("", span)], span);
    joined.order_by = vec![OrderItem {
        expr: column("p", "n"),
        desc: None,
        nulls_first: None,
    }];
    let joined = Expr::new(ExprKind::Func(Box::new(joined)), span);
    // The text, read back from a one-element JSON array, so that it is named once.
    let value = TableRef::JsonTable {
        expr: call("json_array", vec![s], span),
        path: "$[*]".into(),
        columns: vec![JsonTableColumn {
            name: ident("v"),
            kind: JsonColumnKind::Text("$".into()),
        }],
        alias: ident("t"),
    };
    // One row per position, 1 to length + 1: `[0,0,…,0]` has length + 1 elements.
    let zeros = call(
        "concat",
        vec![
            text("[", span),
            call(
                "repeat",
                vec![
                    text("0,", span),
                    call("char_length", vec![column("t", "v")], span),
                ],
                span,
            ),
            text("0]", span),
        ],
        span,
    );
    let positions = TableRef::JsonTable {
        expr: zeros,
        path: "$[*]".into(),
        columns: vec![JsonTableColumn {
            name: ident("n"),
            kind: JsonColumnKind::Ordinality,
        }],
        alias: ident("p"),
    };
    let from = |relation| FromItem {
        relation,
        joins: Vec::new(),
    };
    let select = Select::new(
        vec![SelectItem::Expr {
            expr: joined,
            alias: None,
        }],
        vec![from(value), from(positions)],
    );
    Query::of(SetExpr::Select(Box::new(select)), span)
}
