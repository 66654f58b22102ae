//! The aggregates `string_agg(x, sep [ORDER BY ...])` and `array_agg(x)`.
//!
//! Both targets call it `group_concat`. SQLite takes the separator as a second
//! argument and ORDER BY inside the parentheses (3.44+), but a DISTINCT aggregate
//! may have one argument only, whose default separator is ','. MySQL writes
//! `GROUP_CONCAT(x ORDER BY y SEPARATOR ',')` (the emitter prints the second
//! argument after SEPARATOR), needs a literal separator, and truncates at
//! group_concat_max_len. `array_agg` becomes a JSON array: `json_group_array`
//! in SQLite, `JSON_ARRAYAGG` in MySQL (no ORDER BY or DISTINCT in MySQL 8).
//!
//! ```sql
//! -- input
//! SELECT string_agg(name, '; ' ORDER BY name), array_agg(id) FROM t
//! -- output (SQLite)
//! SELECT group_concat(name, '; ' ORDER BY name), json_group_array(id) FROM t
//! -- output (MySQL)
//! SELECT group_concat(name ORDER BY name SEPARATOR '; '), json_arrayagg(id) FROM t
//! ```
//!
//! Fidelity: `string_agg` exact, with PGS0303 (warning) for MySQL's length limit;
//! DISTINCT with a separator other than ',' in SQLite, or a non-literal separator
//! in MySQL, is PGS0307 (error). `array_agg` changes type: PGS0304 (warning).
//! <https://www.postgresql.org/docs/current/functions-aggregate.html>,
//! <https://www.sqlite.org/lang_aggfunc.html#group_concat>,
//! <https://dev.mysql.com/doc/refman/8.0/en/aggregate-functions.html#function_group-concat>

use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{ExprKind, Stmt};
use crate::target::Dialect;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    let sqlite = cx.target.dialect == Dialect::Sqlite;
    super::each_expr(stmt, |e| {
        let span = e.span;
        let ExprKind::Func(f) = &mut e.kind else {
            return;
        };
        let rename = match f.plain_name() {
            Some("string_agg") => {
                let sep = f.args.get(1).and_then(|s| s.as_str_literal());
                if sqlite && f.distinct {
                    // string_agg(DISTINCT x, ',') → group_concat(DISTINCT x).
                    if sep == Some(",") {
                        f.args.truncate(1);
                    } else {
                        cx.report(
                            Code::FunctionArgs,
                            span,
                            "SQLite's group_concat(DISTINCT x) takes no separator, so only ',' can be translated",
                        );
                    }
                } else if !sqlite {
                    if sep.is_none() {
                        cx.report(
                            Code::FunctionArgs,
                            span,
                            "MySQL's GROUP_CONCAT needs a literal SEPARATOR",
                        );
                    } else if f.over.is_some() {
                        cx.report(
                            Code::UnsupportedTarget,
                            span,
                            "MySQL's GROUP_CONCAT is not a window function",
                        );
                    } else {
                        cx.report(
                            Code::GroupConcatLimit,
                            span,
                            "GROUP_CONCAT stops at group_concat_max_len bytes",
                        );
                    }
                }
                // string_agg(x, sep) → group_concat(x, sep).
                "group_concat"
            }
            Some("array_agg") => {
                if !sqlite && (f.distinct || !f.order_by.is_empty() || f.over.is_some()) {
                    cx.report(
                        Code::UnsupportedTarget,
                        span,
                        "MySQL 8's JSON_ARRAYAGG takes no DISTINCT or ORDER BY and is no window function",
                    );
                }
                cx.report(
                    Code::ArrayAsJson,
                    span,
                    "array_agg returns a JSON array (text) here, not an array",
                );
                // array_agg(x) → json_group_array(x) (SQLite) / json_arrayagg(x) (MySQL).
                if sqlite {
                    "json_group_array"
                } else {
                    "json_arrayagg"
                }
            }
            _ => return,
        };
        if let Some(last) = f.name.parts.last_mut() {
            last.name = rename.to_string();
        }
    });
}
