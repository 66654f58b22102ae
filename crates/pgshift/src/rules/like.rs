//! `LIKE` and `ILIKE` with PostgreSQL's case rules.
//!
//! PostgreSQL's `LIKE` is case-sensitive and `ILIKE` is not; both take `\` as the
//! default escape character.
//!
//! SQLite's `LIKE` ignores ASCII case and has no default escape. So:
//! - `LIKE` with a literal pattern becomes `GLOB` with the pattern converted
//!   (`%`→`*`, `_`→`?`, and GLOB's own `*?[` bracketed): exact.
//! - `LIKE` with a non-literal pattern (a parameter, a column) converts the pattern
//!   at run time with nested `replace()`: exact, except that a `\` escape inside
//!   the run-time pattern is not honoured (a warning).
//! - `ILIKE` becomes `LIKE ... ESCAPE '\'`: exact for ASCII; SQLite folds no other
//!   letters, so a pattern with non-ASCII letters gets a warning.
//!
//! MySQL's `LIKE` follows the collation, which is case-insensitive by default. So:
//! - `LIKE` becomes `LIKE CONVERT(p USING utf8mb4) COLLATE utf8mb4_bin`: exact
//!   (the conversion lets a utf8mb3 or latin1 connection take the collation).
//! - `ILIKE` becomes `LOWER(x) LIKE CONVERT(LOWER(p) USING utf8mb4) COLLATE utf8mb4_bin`: exact
//!   (MySQL's LOWER folds Unicode, and the binary collation keeps accents apart).
//!
//! ```sql
//! -- input
//! SELECT * FROM t WHERE name LIKE 'Jo%' AND city ILIKE 'par_s'
//! -- output (SQLite)
//! SELECT * FROM t WHERE name GLOB 'Jo*' AND city LIKE 'par_s'
//! -- output (MySQL)
//! SELECT * FROM t WHERE name LIKE CONVERT('Jo%' USING utf8mb4) COLLATE utf8mb4_bin
//!   AND lower(city) LIKE CONVERT(lower('par_s') USING utf8mb4) COLLATE utf8mb4_bin
//! ```
//!
//! <https://www.postgresql.org/docs/current/functions-matching.html#FUNCTIONS-LIKE>,
//! <https://www.sqlite.org/lang_expr.html#like>, <https://dev.mysql.com/doc/refman/8.0/en/string-comparison-functions.html>

use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{Collation, Expr, ExprKind, FuncCall, LikeMode, Literal, Stmt};
use crate::span::Span;
use crate::target::Dialect;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    super::each_expr(stmt, |e| {
        let span = e.span;
        let ExprKind::Like {
            expr,
            pattern,
            escape,
            mode,
            ..
        } = &mut e.kind
        else {
            return;
        };
        if !matches!(mode, LikeMode::Like | LikeMode::ILike) {
            return;
        }
        // The escape character: PostgreSQL's default is a backslash; ESCAPE '' disables escaping.
        let esc: Option<char> = match escape.as_deref() {
            None => Some('\\'),
            Some(e) => match e.as_str_literal() {
                Some("") => None,
                Some(s) if s.chars().count() == 1 => s.chars().next(),
                _ => {
                    cx.report(
                        Code::LikeEscape,
                        e.span,
                        "the ESCAPE clause must be a single-character literal",
                    );
                    return;
                }
            },
        };
        if matches!(pattern.kind, ExprKind::Literal(Literal::Null)) {
            // x LIKE NULL is NULL in every engine, whatever the case rules.
            *escape = None;
            *mode = LikeMode::TargetLike;
            return;
        }
        let case_sensitive = *mode == LikeMode::Like;
        match cx.target.dialect {
            Dialect::Sqlite if case_sensitive => {
                if let Some(p) = pattern.as_str_literal() {
                    // x LIKE 'Jo%' → x GLOB 'Jo*'.
                    let glob = like_to_glob(p, esc);
                    **pattern = string(glob, pattern.span);
                } else {
                    // x LIKE $1 → x GLOB replace(replace(... $1 ...)).
                    if esc.is_some() {
                        cx.report(Code::NonLiteralPattern, pattern.span, "a `\\` escape inside this run-time pattern is not honoured by SQLite's GLOB");
                    }
                    let p = std::mem::replace(&mut **pattern, string(String::new(), span));
                    **pattern = runtime_glob(p);
                }
                *escape = None;
                *mode = LikeMode::Glob;
            }
            Dialect::Sqlite => {
                // x ILIKE 'a\%' → x LIKE 'a\%' ESCAPE '\'.
                match pattern.as_str_literal() {
                    Some(p) if p.chars().any(|c| !c.is_ascii() && c.is_alphabetic()) => {
                        cx.report(
                            Code::LikeCaseFolding,
                            pattern.span,
                            "SQLite's LIKE ignores case only for ASCII letters",
                        );
                    }
                    Some(_) => {}
                    None => cx.report(
                        Code::LikeCaseFolding,
                        pattern.span,
                        "SQLite's LIKE ignores case only for ASCII letters",
                    ),
                }
                let needs_escape = match pattern.as_str_literal() {
                    Some(p) => esc.is_some_and(|c| p.contains(c)),
                    None => esc.is_some(),
                };
                *escape = match esc {
                    Some(c) if needs_escape => Some(Box::new(string(c.to_string(), span))),
                    _ => None,
                };
                *mode = LikeMode::TargetLike;
            }
            Dialect::Mysql => {
                if !case_sensitive {
                    // x ILIKE p → LOWER(x) LIKE LOWER(p).
                    let x = std::mem::replace(&mut **expr, string(String::new(), span));
                    **expr = lower(x);
                    let p = std::mem::replace(&mut **pattern, string(String::new(), span));
                    **pattern = lower(p);
                }
                // ... LIKE p → ... LIKE p COLLATE utf8mb4_bin.
                let p = std::mem::replace(&mut **pattern, string(String::new(), span));
                let pspan = p.span;
                **pattern = Expr::new(
                    ExprKind::Collate {
                        expr: p.boxed(),
                        collation: Collation::Utf8mb4Bin,
                    },
                    pspan,
                );
                *escape = match esc {
                    // MySQL's default escape is also `\`.
                    Some('\\') => None,
                    Some(c) => Some(Box::new(string(c.to_string(), span))),
                    None => Some(Box::new(string(String::new(), span))),
                };
                *mode = LikeMode::TargetLike;
            }
        }
    });
}

fn string(s: String, span: Span) -> Expr {
    Expr::new(ExprKind::Literal(Literal::String(s)), span)
}

fn lower(e: Expr) -> Expr {
    let span = e.span;
    Expr::new(
        ExprKind::Func(Box::new(FuncCall::simple("lower", vec![e], span))),
        span,
    )
}

/// Converts a LIKE pattern to an equivalent GLOB pattern.
pub fn like_to_glob(pattern: &str, esc: Option<char>) -> String {
    let mut out = String::with_capacity(pattern.len() + 4);
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        let literal = if Some(c) == esc {
            // An escaped character stands for itself; a trailing escape matches nothing more.
            match chars.next() {
                Some(next) => next,
                None => break,
            }
        } else {
            match c {
                '%' => {
                    out.push('*');
                    continue;
                }
                '_' => {
                    out.push('?');
                    continue;
                }
                c => c,
            }
        };
        match literal {
            '*' => out.push_str("[*]"),
            '?' => out.push_str("[?]"),
            '[' => out.push_str("[[]"),
            c => out.push(c),
        }
    }
    out
}

/// `replace()` calls that turn a run-time LIKE pattern into a GLOB pattern.
fn runtime_glob(p: Expr) -> Expr {
    let span = p.span;
    let steps = [
        ("[", "[[]"),
        ("*", "[*]"),
        ("?", "[?]"),
        ("%", "*"),
        ("_", "?"),
    ];
    steps.iter().fold(p, |acc, (from, to)| {
        let args = vec![
            acc,
            string((*from).into(), span),
            string((*to).into(), span),
        ];
        Expr::new(
            ExprKind::Func(Box::new(FuncCall::simple("replace", args, span))),
            span,
        )
    })
}

#[cfg(test)]
mod tests {
    use super::like_to_glob;

    #[test]
    fn converts_patterns() {
        let cases = [
            ("Jo%", "Jo*"),
            ("a_c", "a?c"),
            ("100\\%", "100%"),
            ("a*b?[c]", "a[*]b[?][[]c]"),
            ("\\_x", "_x"),
            ("%\\\\%", "*\\*"),
        ];
        for (like, glob) in cases {
            assert_eq!(like_to_glob(like, Some('\\')), glob, "{like}");
        }
        assert_eq!(like_to_glob("a\\%", None), "a\\*");
    }
}
