//! The regular-expression operators `~`, `~*`, `!~`, `!~*` (lowered to
//! `regexp_like(x, p [, 'i'])`, under `NOT` when negated).
//!
//! MariaDB has no REGEXP_LIKE, so MySQL gets the `REGEXP` operator, whose case
//! rules come from the collation; an inline `(?-i)` or `(?i)` at the head of the
//! pattern overrides them in both ICU (MySQL) and PCRE (MariaDB). SQLite's
//! REGEXP calls a user function only the host can register, so it is an error.
//!
//! ```sql
//! -- input
//! SELECT x ~ '^a', x ~* '^a', x !~ p
//! -- output (MySQL)
//! SELECT x REGEXP '(?-i)^a', x REGEXP '(?i)^a', NOT x REGEXP concat('(?-i)', p)
//! ```
//!
//! Fidelity: exact for patterns in the syntax the engines share; a pattern that is
//! not a literal, or that holds a backslash escape or a POSIX class, raises
//! PGS0302 (warning). SQLite: PGS0301 (error).
//! <https://www.postgresql.org/docs/current/functions-matching.html#FUNCTIONS-POSIX-REGEXP>,
//! <https://dev.mysql.com/doc/refman/8.0/en/regexp.html>,
//! <https://mariadb.com/kb/en/regular-expressions-overview/>

use super::build::{bin, call, text};
use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{BinOp, ExprKind, Stmt};
use crate::target::Dialect;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    super::each_expr(stmt, |e| {
        let span = e.span;
        let ExprKind::Func(f) = &mut e.kind else {
            return;
        };
        if f.plain_name() != Some("regexp_like") {
            return;
        }
        if cx.target.dialect == Dialect::Sqlite {
            cx.report(
                Code::SqliteRegex,
                span,
                "SQLite has no built-in regular-expression match",
            );
            return;
        }
        let flag = match f.args.get(2).map(|a| a.as_str_literal()) {
            None => "(?-i)",
            Some(Some("i")) => "(?i)",
            Some(Some("c")) => "(?-i)",
            Some(_) => {
                cx.report(
                    Code::FunctionArgs,
                    span,
                    "regexp_like is translated only without flags or with 'i' or 'c'",
                );
                return;
            }
        };
        let mut args = std::mem::take(&mut f.args).into_iter();
        let (Some(x), Some(p)) = (args.next(), args.next()) else {
            return;
        };
        let portable = p
            .as_str_literal()
            .is_some_and(|s| !s.contains('\\') && !s.contains("[[:") && !s.contains("(?"));
        if !portable {
            cx.report(
                Code::RegexFlavor,
                p.span,
                "PostgreSQL's regular expressions differ from MySQL's ICU and MariaDB's PCRE in escapes and classes",
            );
        }
        // x ~ 'p' → x REGEXP '(?-i)p'; x ~ p → x REGEXP concat('(?-i)', p).
        let pattern = match p.as_str_literal() {
            Some(s) => text(&format!("{flag}{s}"), p.span),
            None => call("concat", vec![text(flag, span), p], span),
        };
        *e = bin(BinOp::Regexp, x, pattern);
    });
}
