//! String functions whose target spelling needs more than a rename: `concat`,
//! `strpos` (and `position(a IN b)`), `substr`/`substring`, `left`, `right`,
//! `lpad`, `rpad`, `repeat`, `btrim`/`ltrim`/`rtrim` (and `TRIM(...)`) and
//! `octet_length`.
//!
//! ```sql
//! -- input
//! SELECT concat(a, b), strpos(a, 'x'), lpad(a, 5, '*'), trim(BOTH 'x' FROM a), octet_length(a)
//! -- output (SQLite)
//! SELECT coalesce(a, '') || coalesce(b, ''), instr(a, 'x'),
//!        CASE WHEN length(a) >= 5 THEN substr(a, 1, 5)
//!             ELSE substr(replace(hex(zeroblob(5)), '00', '*'), 1, 5 - length(a)) || a END,
//!        trim(a, 'x'), length(CAST(a AS BLOB))
//! -- output (MySQL)
//! SELECT concat_ws('', a, b), instr(a COLLATE utf8mb4_bin, 'x'), lpad(a, 5, '*'),
//!        TRIM(BOTH 'x' FROM a), octet_length(a)
//! ```
//!
//! Fidelity: exact. PostgreSQL's `concat` skips NULL arguments (MySQL's CONCAT
//! does not, CONCAT_WS does); `strpos` is case-sensitive (MySQL's INSTR follows
//! the collation, so the haystack is compared in binary); `substr` clamps a start
//! below 1 (SQLite counts a negative start from the end, MySQL returns '');
//! `left`/`right` take a negative count as "all but"; SQLite has no `lpad`,
//! `rpad` or `repeat`, so they are built from `zeroblob`; MySQL's `LPAD` and
//! `RPAD` return NULL for an empty fill, so a literal `''` fill becomes `left`;
//! MySQL's `TRIM(... FROM)`
//! removes a string, not a set of characters, so only a one-character set is
//! translated for MySQL (PGS0307 otherwise).
//!
//! SQLite's `lpad`, `rpad` and `right` mention their text several times; a text
//! that is not a column, literal or parameter is named once in a scalar subquery
//! (`build::sqlite_once`), so that nesting them does not multiply the output.
//! <https://www.postgresql.org/docs/current/functions-string.html>,
//! <https://www.sqlite.org/lang_corefunc.html>,
//! <https://dev.mysql.com/doc/refman/8.0/en/string-functions.html>

use super::build::{bin, call, decimal_as_text, if_else, int, int_value, sqlite_once, text};
use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{BinOp, Collation, DataType, Expr, ExprKind, Stmt};
use crate::target::Dialect;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    let sqlite = cx.target.dialect == Dialect::Sqlite;
    super::each_expr(stmt, |e| {
        let span = e.span;
        let ExprKind::Func(f) = &mut e.kind else {
            return;
        };
        let name = match f.plain_name() {
            Some(
                n @ ("concat" | "strpos" | "substr" | "left" | "right" | "lpad" | "rpad" | "repeat"
                | "btrim" | "ltrim" | "rtrim" | "octet_length"),
            ) if f.over.is_none() => n.to_string(),
            _ => return,
        };
        let mut args = std::mem::take(&mut f.args);
        let len = |x: &Expr| {
            call(
                if sqlite { "length" } else { "char_length" },
                vec![x.clone()],
                span,
            )
        };
        let new = match (name.as_str(), args.len()) {
            // concat(a, b) → coalesce(a, '') || coalesce(b, '') (SQLite), concat_ws('', a, b) (MySQL).
            ("concat", _) if sqlite => {
                let mut parts = args
                    .into_iter()
                    .map(|a| call("coalesce", vec![decimal_as_text(a), text("", span)], span));
                let first = parts.next().unwrap_or_else(|| text("", span));
                parts.fold(first, |acc, p| bin(BinOp::Concat, acc, p))
            }
            ("concat", _) => {
                args.insert(0, text("", span));
                call("concat_ws", args, span)
            }
            // strpos(s, t) → instr(s, t) (SQLite), instr(s COLLATE utf8mb4_bin, t) (MySQL).
            ("strpos", 2) => {
                if !sqlite {
                    let s = args.remove(0);
                    let s = Expr::new(
                        ExprKind::Collate {
                            expr: s.boxed(),
                            collation: Collation::Utf8mb4Bin,
                        },
                        span,
                    );
                    args.insert(0, s);
                }
                call("instr", args, span)
            }
            ("substr", 2 | 3) => substr(args, span),
            // left(s, n) → substr(s, 1, n) (SQLite) / left(s, n) (MySQL), with n < 0 meaning all but the last -n.
            ("left", 2) => {
                let n = args.remove(1);
                let s = args.remove(0);
                let count = non_negative_count(&s, n, &len);
                if sqlite {
                    call("substr", vec![s, int(1, span), count], span)
                } else {
                    call("left", vec![s, count], span)
                }
            }
            // right(s, n) → substr(s, max(length(s) - n + 1, 1)) (SQLite) / right(s, n) (MySQL).
            ("right", 2) => {
                let n = args.remove(1);
                let s = args.remove(0);
                if sqlite {
                    // The text is named once: it is measured, then cut.
                    sqlite_once(s, |s| {
                        let count = non_negative_count(&s, n, &len);
                        let start =
                            bin(BinOp::Plus, bin(BinOp::Minus, len(&s), count), int(1, span));
                        call(
                            "substr",
                            vec![s, call("max", vec![start, int(1, span)], span)],
                            span,
                        )
                    })
                } else {
                    let count = non_negative_count(&s, n, &len);
                    call("right", vec![s, count], span)
                }
            }
            // lpad(s, n) → lpad(s, n, ' ') (MySQL); SQLite builds the padding from zeroblob(n).
            ("lpad" | "rpad", 2 | 3) => {
                if args.len() == 2 {
                    args.push(text(" ", span));
                }
                if sqlite {
                    pad(args, name == "lpad", &len, span)
                } else if args[2].as_str_literal() == Some("") {
                    // lpad(s, n, '') → left(s, n) (MySQL): PostgreSQL only cuts s to n
                    // characters, where MySQL's LPAD with an empty fill returns NULL.
                    args.truncate(2);
                    call("left", args, span)
                } else {
                    call(&name, args, span)
                }
            }
            // repeat(s, n) → replace(hex(zeroblob(n)), '00', s) (SQLite): n bytes print as n "00"s.
            // A NULL count makes zeroblob() empty, so it is tested first: CASE WHEN n IS NOT NULL THEN ... END.
            ("repeat", 2) if sqlite => {
                let n = args.remove(1);
                let s = args.remove(0);
                let known = Expr::new(
                    ExprKind::IsNull {
                        expr: n.clone().boxed(),
                        negated: true,
                    },
                    span,
                );
                Expr::new(
                    ExprKind::Case {
                        operand: None,
                        whens: vec![(known, fill(n, s, span))],
                        else_: None,
                    },
                    span,
                )
            }
            // btrim(s) → trim(s); btrim(s, 'x') → trim(s, 'x') (SQLite) / TRIM(BOTH 'x' FROM s) (MySQL).
            ("btrim" | "ltrim" | "rtrim", 1 | 2) => {
                let target_name = if name == "btrim" {
                    "trim"
                } else {
                    name.as_str()
                };
                let one_char = args
                    .get(1)
                    .and_then(|c| c.as_str_literal())
                    .is_some_and(|c| c.chars().count() == 1);
                if !sqlite && args.len() == 2 && !one_char {
                    cx.report(
                        Code::FunctionArgs,
                        span,
                        format!("MySQL's TRIM removes a string, not a set of characters: {name} is translated only with a one-character literal set"),
                    );
                }
                call(target_name, args, span)
            }
            // octet_length(x) → length(CAST(x AS BLOB)) (SQLite); MySQL has OCTET_LENGTH.
            ("octet_length", 1) if sqlite => {
                let x = args.remove(0);
                let blob = Expr::new(
                    ExprKind::Cast {
                        expr: x.boxed(),
                        ty: DataType::Blob,
                    },
                    span,
                );
                call("length", vec![blob], span)
            }
            _ => {
                f.args = args;
                return;
            }
        };
        *e = new;
    });
}

/// `n`, or `length(s) + n` when `n` is negative (PostgreSQL's "all but the last -n").
fn non_negative_count(s: &Expr, n: Expr, len: &dyn Fn(&Expr) -> Expr) -> Expr {
    match int_value(&n) {
        Some(v) if v >= 0 => n,
        _ => {
            let span = n.span;
            if_else(
                bin(BinOp::Lt, n.clone(), int(0, span)),
                bin(BinOp::Plus, len(s), n.clone()),
                n,
            )
        }
    }
}

/// substr(x, a[, b]) with PostgreSQL's clamping of a start below 1.
fn substr(mut args: Vec<Expr>, span: crate::span::Span) -> Expr {
    let start = args.remove(1);
    let x = args.remove(0);
    let count = args.pop();
    if int_value(&start).is_some_and(|a| a >= 1) {
        // substr(x, 2, 3) → substr(x, 2, 3): both targets agree for a start of 1 or more.
        let mut out = vec![x, start];
        out.extend(count);
        return call("substr", out, span);
    }
    // substr(x, a, b) → substr(x, CASE WHEN a < 1 THEN 1 ELSE a END,
    //                          CASE WHEN a < 1 THEN CASE WHEN a + b - 1 < 0 THEN 0 ELSE a + b - 1 END ELSE b END).
    let below = || bin(BinOp::Lt, start.clone(), int(1, span));
    let first = if_else(below(), int(1, span), start.clone());
    let mut out = vec![x, first];
    if let Some(b) = count {
        let end = bin(
            BinOp::Minus,
            bin(BinOp::Plus, start.clone(), b.clone()),
            int(1, span),
        );
        let clamped = if_else(bin(BinOp::Lt, end.clone(), int(0, span)), int(0, span), end);
        out.push(if_else(below(), clamped, b));
    }
    call("substr", out, span)
}

/// `replace(hex(zeroblob(n)), '00', s)`: `s` repeated `n` times (SQLite).
fn fill(n: Expr, s: Expr, span: crate::span::Span) -> Expr {
    let zeros = call("hex", vec![call("zeroblob", vec![n], span)], span);
    call("replace", vec![zeros, text("00", span), s], span)
}

/// SQLite lpad/rpad: truncate to n when long enough, else pad with the fill repeated.
fn pad(
    mut args: Vec<Expr>,
    left: bool,
    len: &dyn Fn(&Expr) -> Expr,
    span: crate::span::Span,
) -> Expr {
    let f = args.remove(2);
    let n = args.remove(1);
    let s = args.remove(0);
    // The text and the length are each named once (`sqlite_once`), though the
    // padding mentions them four times each.
    sqlite_once(s, |s| {
        sqlite_once(n, |n| pad_named(s, n, f, left, len, span))
    })
}

/// [`pad`] once its text `s` and length `n` are cheap to repeat.
fn pad_named(
    s: Expr,
    n: Expr,
    f: Expr,
    left: bool,
    len: &dyn Fn(&Expr) -> Expr,
    span: crate::span::Span,
) -> Expr {
    let long = bin(BinOp::GtEq, len(&s), n.clone());
    let cut = call("substr", vec![s.clone(), int(1, span), n.clone()], span);
    let missing = bin(BinOp::Minus, n.clone(), len(&s));
    let padding = call(
        "substr",
        vec![fill(n, f, span), int(1, span), missing],
        span,
    );
    let padded = if left {
        bin(BinOp::Concat, padding, s)
    } else {
        bin(BinOp::Concat, s, padding)
    };
    if_else(long, cut, padded)
}
