//! `greatest(...)` and `least(...)`.
//!
//! PostgreSQL ignores NULL arguments (the result is NULL only when all are);
//! SQLite's scalar `max()`/`min()` and MySQL's GREATEST/LEAST return NULL as soon
//! as one argument is NULL. Each argument is replaced by `coalesce` of itself and
//! then the others, so a NULL stands in for some non-NULL argument, which cannot
//! change the maximum.
//!
//! ```sql
//! -- input
//! SELECT greatest(a, b, c)
//! -- output (SQLite; MySQL spells max as GREATEST)
//! SELECT max(coalesce(a, b, c), coalesce(b, a, c), coalesce(c, a, b))
//! ```
//!
//! Fidelity: exact (arguments are evaluated more than once, so a volatile
//! argument such as random() may differ).
//! <https://www.postgresql.org/docs/current/functions-conditional.html#FUNCTIONS-GREATEST-LEAST>,
//! <https://www.sqlite.org/lang_corefunc.html#max_scalar>,
//! <https://dev.mysql.com/doc/refman/8.0/en/comparison-operators.html#function_greatest>

use super::build::call;
use super::RuleCx;
use crate::ir::{ExprKind, Stmt};
use crate::target::Dialect;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    let sqlite = cx.target.dialect == Dialect::Sqlite;
    super::each_expr(stmt, |e| {
        let span = e.span;
        let ExprKind::Func(f) = &mut e.kind else {
            return;
        };
        let name = match (f.plain_name(), sqlite) {
            (Some("greatest"), true) => "max",
            (Some("least"), true) => "min",
            (Some("greatest"), false) => "greatest",
            (Some("least"), false) => "least",
            _ => return,
        };
        let args = std::mem::take(&mut f.args);
        // greatest(a) → a.
        if args.len() == 1 {
            if let Some(only) = args.into_iter().next() {
                *e = only;
            }
            return;
        }
        // greatest(a, b) → max(coalesce(a, b), coalesce(b, a)).
        let rotated = (0..args.len())
            .map(|i| {
                let mut order = vec![args[i].clone()];
                order.extend(
                    args.iter()
                        .enumerate()
                        .filter(|(j, _)| *j != i)
                        .map(|(_, a)| a.clone()),
                );
                call("coalesce", order, span)
            })
            .collect();
        *e = call(name, rotated, span);
    });
}
