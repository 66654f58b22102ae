//! Function calls: a table of the PostgreSQL functions pgshift knows.
//!
//! A call is translated only when the table says how; any other function is an
//! error, never passed through in the hope that the target has it with the same
//! meaning. Functions that need more than a rename have their own rule and are
//! marked `Rule` here.
//!
//! ```sql
//! -- input
//! SELECT length(name) FROM t
//! -- output (MySQL): LENGTH counts bytes there
//! SELECT CHAR_LENGTH(name) FROM t
//! ```
//!
//! <https://www.postgresql.org/docs/current/functions.html>

use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{ExprKind, Stmt};
use crate::target::Dialect;

#[derive(Clone, Copy)]
enum Map {
    /// The target has the function with PostgreSQL's meaning.
    Same,
    /// The target spells it differently.
    Rename(&'static str),
    /// The target's function differs in a way the user must know about.
    Lossy(Code, &'static str),
    /// Another rule translates it.
    Rule,
}

use Map::*;

/// PostgreSQL name → (SQLite, MySQL).
static FUNCTIONS: &[(&str, Map, Map)] = &[
    ("abs", Same, Same),
    ("age", Rule, Rule),
    (
        "avg",
        Same,
        Lossy(
            Code::LossyType,
            "MySQL's AVG of integers has 4 decimal places; PostgreSQL's has up to 16",
        ),
    ),
    ("char_length", Rename("length"), Same),
    ("character_length", Rename("length"), Rename("char_length")),
    ("coalesce", Same, Same),
    ("count", Same, Same),
    ("cume_dist", Same, Same),
    ("date_part", Rule, Rule),
    ("date_trunc", Rule, Rule),
    ("dense_rank", Same, Same),
    ("first_value", Same, Same),
    ("lag", Same, Same),
    ("last_value", Same, Same),
    ("lead", Same, Same),
    ("length", Same, Rename("char_length")),
    (
        "lower",
        Lossy(
            Code::LikeCaseFolding,
            "SQLite's lower() folds only ASCII letters",
        ),
        Same,
    ),
    ("make_date", Rule, Rule),
    ("max", Same, Same),
    ("min", Same, Same),
    ("now", Rule, Rule),
    ("nth_value", Same, Same),
    ("ntile", Same, Same),
    ("nullif", Same, Same),
    ("percent_rank", Same, Same),
    ("rank", Same, Same),
    ("replace", Same, Same),
    ("row_number", Same, Same),
    ("statement_timestamp", Rule, Rule),
    ("sum", Same, Same),
    ("timezone", Rule, Rule),
    ("to_char", Rule, Rule),
    ("to_timestamp", Rule, Rule),
    ("transaction_timestamp", Rule, Rule),
    (
        "upper",
        Lossy(
            Code::LikeCaseFolding,
            "SQLite's upper() folds only ASCII letters",
        ),
        Same,
    ),
];

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    super::each_expr(stmt, |e| {
        let ExprKind::Func(f) = &mut e.kind else {
            return;
        };
        let entry = f
            .plain_name()
            .and_then(|name| FUNCTIONS.binary_search_by(|(n, ..)| n.cmp(&name)).ok());
        let Some(index) = entry else {
            let name = f
                .name
                .parts
                .iter()
                .map(|p| p.name.as_str())
                .collect::<Vec<_>>()
                .join(".");
            cx.report(
                Code::Unsupported,
                e.span,
                format!("the function `{name}` has no known translation"),
            );
            return;
        };
        let (_, sqlite, mysql) = FUNCTIONS[index];
        let map = match cx.target.dialect {
            Dialect::Sqlite => sqlite,
            Dialect::Mysql => mysql,
        };
        match map {
            Same | Rule => {}
            Rename(to) => {
                if let Some(last) = f.name.parts.last_mut() {
                    last.name = to.to_string();
                }
            }
            Lossy(code, msg) => cx.report(code, e.span, msg),
        }
        // pg_catalog.length → length: the targets have no pg_catalog.
        f.name.parts.drain(..f.name.parts.len().saturating_sub(1));
    });
}

#[cfg(test)]
mod tests {
    #[test]
    fn table_is_sorted_for_binary_search() {
        assert!(super::FUNCTIONS.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
