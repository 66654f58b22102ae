//! `jsonb || jsonb` and `jsonb - key`: refused.
//!
//! PostgreSQL's `||` of two jsonb values merges objects (one level deep) or
//! joins arrays, and `-` removes a key or an element. SQLite's `||` and MySQL's
//! CONCAT join the JSON text (`{"a": 1}{"z": 2}`, then malformed JSON), and `-`
//! subtracts numbers, so both would run and answer wrongly. Neither target has an
//! exact equivalent: `json_patch`/`JSON_MERGE_PATCH` merge nested objects too,
//! and `json_remove` takes a path, not a key or an element.
//!
//! ```sql
//! -- input: j a jsonb column
//! SELECT j || '{"z": 2}', j - 'b' FROM t
//! -- output: error PGS0403, twice
//! ```
//!
//! An operand is jsonb by a cast (`'{}'::jsonb`) or by its column's declared
//! type (`column_types`); a json (not jsonb) value's `||` is text concatenation
//! in PostgreSQL too, and is left to `string_concat`.
//!
//! Fidelity: unsupported (error). <https://www.postgresql.org/docs/current/functions-json.html#FUNCTIONS-JSONB-OP-TABLE>

use super::column_types::ColumnTypes;
use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{BinOp, DataType, ExprKind, Stmt};

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    let types = ColumnTypes::of(stmt, cx.catalog);
    let mut found = Vec::new();
    super::each_expr(stmt, |e| {
        let ExprKind::Binary { op, left, right } = &e.kind else {
            return;
        };
        let jsonb = |x| types.type_of(x) == Some(DataType::Jsonb);
        // j || '{"z": 2}' and j - 'b' → errors.
        match op {
            BinOp::Concat | BinOp::Minus if jsonb(left) || jsonb(right) => {
                found.push((e.span, if *op == BinOp::Concat { "||" } else { "-" }));
            }
            _ => {}
        }
    });
    for (span, op) in found {
        cx.report(
            Code::JsonbMerge,
            span,
            format!(
                "jsonb `{op}` has no exact translation: the target would apply it to the JSON text"
            ),
        );
    }
}
