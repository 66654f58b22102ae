//! `JSON_TABLE`, which the `arrays` and `json_each` rules write on MySQL to read a
//! JSON array as rows, on a target that does not have it.
//!
//! PlanetScale (Vitess) lists JSON_TABLE as unsupported. On such a target
//! (`Caps::json_table` false) a statement whose translation needs it stops:
//!
//! ```sql
//! -- input
//! SELECT * FROM t WHERE id = ANY($1)
//! -- output (mysql)
//! SELECT * FROM t WHERE id IN (SELECT j.v FROM JSON_TABLE(?, '$[*]' COLUMNS (…)) AS j)
//! -- output (planetscale): error PGS0586
//! ```
//!
//! Fidelity: a check, nothing is rewritten. Runs after the rules that write JSON_TABLE.
//! <https://planetscale.com/docs/vitess/mysql-compatibility>

use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::visit::{walk_stmt, VisitMut};
use crate::ir::{FromItem, Select, Stmt, TableRef};
use crate::span::Span;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    if cx.target.caps.json_table || cx.target.dialect != crate::target::Dialect::Mysql {
        return;
    }
    let mut found = Found(Vec::new());
    walk_stmt(&mut found, stmt);
    for span in found.0 {
        cx.report(
            Code::JsonTableUnsupported,
            span,
            format!(
                "the translation reads a JSON array as rows with JSON_TABLE, which {} does not support",
                cx.target.name
            ),
        );
    }
}

/// The spans of the JSON_TABLE relations in FROM clauses.
struct Found(Vec<Span>);

impl VisitMut for Found {
    fn select(&mut self, select: &mut Select) {
        for item in &select.from {
            self.item(item);
        }
    }
}

impl Found {
    fn item(&mut self, item: &FromItem) {
        let relations =
            std::iter::once(&item.relation).chain(item.joins.iter().map(|j| &j.relation));
        for relation in relations {
            match relation {
                TableRef::JsonTable { expr, .. } => self.0.push(expr.span),
                // A parenthesized join: its relations belong to this FROM clause.
                TableRef::Nested(inner) => self.item(inner),
                _ => {}
            }
        }
    }
}
