//! Volatile functions (`random()`, `gen_random_uuid()`) that a rewrite would repeat.
//!
//! Several translations mention an operand more than once: `x % y` on SQLite
//! becomes `x - y * CAST(x / y AS INTEGER)`, `GREATEST` becomes a chain of
//! `coalesce`, `->>` tests a value's JSON type before it reads it. For a pure
//! operand that is exact; for `random()` each mention draws a new value, so
//! `(random() * 10) % 3` could fall outside 0..3. This check counts the volatile
//! calls of each source position before the rules run and after, and reports an
//! error where a rule multiplied one.
//!
//! ```sql
//! -- input
//! SELECT (random() * 10)::int % 3
//! -- output (SQLite): error PGS0127; compute random() in a subquery first
//! ```
//!
//! Fidelity: a guard; it makes no translation. <https://www.postgresql.org/docs/current/xfunc-volatility.html>

use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{ExprKind, Stmt};
use crate::span::Span;
use std::collections::HashMap;

/// Volatile functions, grouped so that a rename (random → rand) counts as the same call.
fn family(name: &str) -> Option<u8> {
    match name {
        "random" | "rand" => Some(0),
        "gen_random_uuid" | "uuid" | "uuid_generate_v4" => Some(1),
        _ => None,
    }
}

/// How many volatile calls of each family stand at each source span.
pub type Census = HashMap<(Span, u8), usize>;

pub fn census(stmt: &mut Stmt) -> Census {
    let mut counts = Census::new();
    super::each_expr(stmt, |e| {
        if let ExprKind::Func(f) = &e.kind {
            if let Some(fam) = f.plain_name().and_then(family) {
                *counts.entry((e.span, fam)).or_default() += 1;
            }
        }
    });
    counts
}

/// Reports each volatile call that the rules have duplicated.
pub fn check(stmt: &mut Stmt, before: &Census, cx: &mut RuleCx) {
    if before.is_empty() {
        return;
    }
    let after = census(stmt);
    let mut spans: Vec<Span> = after
        .iter()
        .filter(|(key, n)| before.get(key).is_some_and(|b| *n > b))
        .map(|((span, _), _)| *span)
        .collect();
    spans.sort_by_key(|s| (s.start, s.end));
    for span in spans {
        cx.report(
            Code::VolatileRepeated,
            span,
            "this volatile call would run more than once in the translation and give inconsistent values",
        );
    }
}
