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
    ("array_agg", Rule, Rule),
    ("avg", Same, Rule),
    ("bool_and", Rename("min"), Rename("min")),
    ("bool_or", Rename("max"), Rename("max")),
    ("btrim", Rule, Rule),
    ("ceil", Rule, Same),
    ("ceiling", Rule, Same),
    ("char_length", Rename("length"), Same),
    ("character_length", Rename("length"), Rename("char_length")),
    ("coalesce", Same, Same),
    ("concat", Rule, Rule),
    ("concat_ws", Same, Same),
    ("count", Same, Same),
    ("cume_dist", Same, Same),
    (
        "currval",
        Lossy(Code::Sequence, "currval() reads a sequence"),
        Lossy(Code::Sequence, "currval() reads a sequence"),
    ),
    ("date_part", Rule, Rule),
    ("date_trunc", Rule, Rule),
    ("dense_rank", Same, Same),
    ("every", Rename("min"), Rename("min")),
    ("first_value", Same, Same),
    ("floor", Rule, Same),
    ("gen_random_uuid", Rule, Rule),
    ("greatest", Rule, Rule),
    ("initcap", Rule, Rule),
    ("json_agg", Rule, Rule),
    ("json_build_array", Rule, Rule),
    ("json_build_object", Rule, Rule),
    ("json_typeof", Rule, Rule),
    ("jsonb_agg", Rule, Rule),
    ("jsonb_build_array", Rule, Rule),
    ("jsonb_build_object", Rule, Rule),
    ("jsonb_set", Rule, Rule),
    ("jsonb_typeof", Rule, Rule),
    ("lag", Same, Same),
    ("last_value", Same, Same),
    ("lead", Same, Same),
    ("least", Rule, Rule),
    ("left", Rule, Rule),
    ("length", Same, Rename("char_length")),
    (
        "lower",
        Lossy(
            Code::LikeCaseFolding,
            "SQLite's lower() folds only ASCII letters",
        ),
        Same,
    ),
    ("lpad", Rule, Rule),
    ("ltrim", Rule, Rule),
    ("make_date", Rule, Rule),
    ("max", Same, Same),
    (
        "md5",
        Lossy(Code::MissingFunction, "SQLite has no md5()"),
        Same,
    ),
    ("min", Same, Same),
    ("mod", Rule, Same),
    (
        "nextval",
        Lossy(Code::Sequence, "nextval() advances a sequence"),
        Lossy(Code::Sequence, "nextval() advances a sequence"),
    ),
    ("now", Rule, Rule),
    ("nth_value", Same, Same),
    ("ntile", Same, Same),
    ("nullif", Same, Same),
    ("octet_length", Rule, Same),
    ("percent_rank", Same, Same),
    (
        "power",
        Lossy(
            Code::MissingFunction,
            "SQLite has power() only when built with SQLITE_ENABLE_MATH_FUNCTIONS",
        ),
        Same,
    ),
    ("random", Rule, Rule),
    ("rank", Same, Same),
    ("regexp_like", Rule, Rule),
    ("repeat", Rule, Same),
    ("replace", Same, Same),
    (
        "reverse",
        Lossy(Code::MissingFunction, "SQLite has no reverse()"),
        Same,
    ),
    ("right", Rule, Rule),
    ("round", Rule, Same),
    ("row_number", Same, Same),
    ("rpad", Rule, Rule),
    ("rtrim", Rule, Rule),
    (
        "setval",
        Lossy(Code::Sequence, "setval() sets a sequence"),
        Lossy(Code::Sequence, "setval() sets a sequence"),
    ),
    ("split_part", Rule, Rule),
    (
        "sqrt",
        Lossy(
            Code::MissingFunction,
            "SQLite has sqrt() only when built with SQLITE_ENABLE_MATH_FUNCTIONS",
        ),
        Same,
    ),
    ("statement_timestamp", Rule, Rule),
    ("string_agg", Rule, Rule),
    ("strpos", Rule, Rule),
    ("substr", Rule, Rule),
    ("sum", Same, Same),
    ("timezone", Rule, Rule),
    ("to_char", Rule, Rule),
    ("to_json", Rule, Rule),
    ("to_jsonb", Rule, Rule),
    ("to_timestamp", Rule, Rule),
    ("transaction_timestamp", Rule, Rule),
    ("trunc", Rule, Rule),
    (
        "upper",
        Lossy(
            Code::LikeCaseFolding,
            "SQLite's upper() folds only ASCII letters",
        ),
        Same,
    ),
    // Renamed to gen_random_uuid() by the `uuid_generate_v4` rule, before this table is read.
    ("uuid_generate_v4", Rule, Rule),
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
