//! `= ANY (...)`, `<> ALL (...)` and `ARRAY[...]`.
//!
//! The targets have no array type. A comparison with ANY or ALL of an ARRAY
//! literal becomes an IN list or a chain of comparisons; one with an array
//! parameter reads the parameter as JSON array text on SQLite; a subquery on the
//! right becomes `IN (subquery)`. Any other array is an error (PGS0353).
//!
//! ```sql
//! -- input
//! SELECT * FROM t WHERE id = ANY(ARRAY[1,2,3]) AND id <> ALL(ARRAY[4]) AND n > ANY(ARRAY[5,6]) AND id = ANY($1)
//! -- output (SQLite)
//! SELECT * FROM t WHERE id IN (1, 2, 3) AND id NOT IN (4) AND (n > 5 OR n > 6)
//!   AND id IN (SELECT j.value FROM json_each(?1) AS j)
//! -- output (MySQL): the same, except for the array parameter
//!   AND id IN (SELECT j.v FROM JSON_TABLE(?, '$[*]' COLUMNS (v LONGTEXT COLLATE utf8mb4_bin PATH '$')) AS j)
//! ```
//!
//! Fidelity: exact. `x = ANY(ARRAY[...])` is by definition `x = a OR x = b ...`,
//! which is what IN and an OR chain compute, NULLs included; ALL is the AND chain.
//! An array parameter must be bound as JSON text such as '[1,2,3]' (note PGS0354).
//! Its elements compare as PostgreSQL's do (checked on MariaDB: a NULL element gives
//! NULL, an empty array gives false, strings compare case-sensitively), except
//! that a NULL parameter gives false where PostgreSQL gives NULL (the same in a
//! WHERE clause), and JSON booleans compare as the text 'true'/'false'.
//!
//! <https://www.postgresql.org/docs/current/functions-comparisons.html>,
//! <https://www.sqlite.org/json1.html#jeach>

use super::json_operators::binary;
use super::json_operators::build::{column, select_from_function};
use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{
    BinOp, Expr, ExprKind, FromItem, Ident, JsonColumnKind, JsonTableColumn, Query, Select,
    SelectItem, SetExpr, Stmt, TableRef,
};
use crate::target::Dialect;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    super::each_expr(stmt, |e| {
        let span = e.span;
        let ExprKind::AnyAll {
            left,
            op,
            all,
            right,
        } = &e.kind
        else {
            return;
        };
        let (op, all) = (*op, *all);
        let (left, right) = ((**left).clone(), (**right).clone());
        let membership = (op == BinOp::Eq && !all) || (op == BinOp::NotEq && all);
        let kind = match right.kind {
            // x = ANY(ARRAY[1,2]) → x IN (1, 2); x <> ALL(ARRAY[1,2]) → x NOT IN (1, 2).
            ExprKind::Array(items) if membership && !items.is_empty() => ExprKind::InList {
                expr: left.boxed(),
                list: items,
                negated: all,
            },
            // x > ANY(ARRAY[1,2]) → (x > 1 OR x > 2); x > ALL(...) → (x > 1 AND x > 2).
            ExprKind::Array(items) if !items.is_empty() => {
                let join = if all { BinOp::And } else { BinOp::Or };
                let mut acc: Option<Expr> = None;
                for item in items {
                    let test = binary(op, left.clone(), item, span);
                    acc = Some(match acc {
                        None => test,
                        Some(prev) => binary(join, prev, test, span),
                    });
                }
                match acc {
                    Some(chain) => ExprKind::Nested(chain.boxed()),
                    None => return,
                }
            }
            // x = ANY(SELECT ...) → x IN (SELECT ...); x <> ALL(SELECT ...) → x NOT IN (SELECT ...).
            ExprKind::Subquery(query) if membership => ExprKind::InSubquery {
                expr: left.boxed(),
                query,
                negated: all,
            },
            // x = ANY($1) → SQLite x IN (SELECT j.value FROM json_each(?1) AS j).
            ExprKind::Param(_) if membership && cx.target.dialect == Dialect::Sqlite => {
                cx.report(
                    Code::ArrayParam,
                    right.span,
                    "bind this parameter as JSON array text, such as '[1,2,3]'",
                );
                let query = select_from_function(
                    column(&["j", "value"], span),
                    "json_each",
                    vec![right],
                    "j",
                    None,
                    span,
                );
                ExprKind::InSubquery {
                    expr: left.boxed(),
                    query: Box::new(query),
                    negated: all,
                }
            }
            // x = ANY($1) → MySQL x IN (SELECT j.v FROM JSON_TABLE(?, '$[*]'
            //   COLUMNS (v LONGTEXT COLLATE utf8mb4_bin PATH '$')) AS j).
            ExprKind::Param(_) if membership => {
                cx.report(
                    Code::ArrayParam,
                    right.span,
                    "bind this parameter as JSON array text, such as '[1,2,3]'",
                );
                ExprKind::InSubquery {
                    expr: left.boxed(),
                    query: Box::new(json_table_values(right, span)),
                    negated: all,
                }
            }
            _ => {
                cx.report(
                    Code::ArrayValue,
                    span,
                    "only `= ANY`/`<> ALL` of an ARRAY literal, a subquery or a parameter, and comparisons with ANY/ALL of an ARRAY literal, are translated",
                );
                return;
            }
        };
        e.kind = kind;
    });
    // Arrays no rule consumed have no translation.
    super::each_expr(stmt, |e| {
        if let ExprKind::Array(_) = e.kind {
            cx.report(Code::ArrayValue, e.span, "the targets have no array type");
        }
    });
}

/// `SELECT j.v FROM JSON_TABLE(param, '$[*]' COLUMNS (v … PATH '$')) AS j`: the
/// elements of a JSON array as text in the binary collation, so that strings
/// compare case-sensitively and numbers compare numerically, and a JSON null
/// element is SQL NULL (MySQL 8.0.4+, MariaDB 10.6+).
fn json_table_values(param: Expr, span: crate::span::Span) -> Query {
    let ident = |name: &str| Ident {
        name: name.to_string(),
        quoted: false,
        span,
    };
    let relation = TableRef::JsonTable {
        expr: param,
        path: "$[*]".into(),
        columns: vec![JsonTableColumn {
            name: ident("v"),
            kind: JsonColumnKind::Text("$".into()),
        }],
        alias: ident("j"),
    };
    let item = SelectItem::Expr {
        expr: column(&["j", "v"], span),
        alias: None,
    };
    let select = Select::new(
        vec![item],
        vec![FromItem {
            relation,
            joins: Vec::new(),
        }],
    );
    Query::of(SetExpr::Select(Box::new(select)), span)
}
