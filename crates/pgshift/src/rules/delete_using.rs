//! `DELETE ... USING`, and the DELETE target's alias.
//!
//! SQLite has no USING: the other tables move into an `EXISTS` subquery, which
//! keeps each target row that some combination of their rows matches, as
//! PostgreSQL does. MySQL has a multi-table DELETE that names the table to
//! delete from. MariaDB also has no alias on a single-table DELETE.
//!
//! ```sql
//! -- input
//! DELETE FROM t AS a USING s WHERE s.id = a.id AND s.gone
//! -- output (SQLite): the alias becomes the table's name, which every SQLite reads
//! DELETE FROM t WHERE EXISTS (SELECT 1 FROM s WHERE s.id = t.id AND s.gone)
//! -- output (MySQL)
//! DELETE a FROM t AS a, s WHERE s.id = a.id AND s.gone
//! -- input
//! DELETE FROM t AS a WHERE a.v > 1
//! -- output (SQLite and MySQL)
//! DELETE FROM t WHERE t.v > 1
//! ```
//!
//! The alias is replaced by the table's name only when no table or subquery in
//! the statement binds either name (it would capture the reference); otherwise
//! SQLite keeps the alias, and MySQL uses the multi-table form.
//!
//! Fidelity: exact. RETURNING that reads the USING tables (`*` included) is an
//! error on SQLite, whose RETURNING sees only the target; MariaDB has no
//! RETURNING on a multi-table DELETE.
//!
//! <https://www.postgresql.org/docs/current/sql-delete.html>,
//! <https://www.sqlite.org/lang_delete.html>, <https://dev.mysql.com/doc/refman/8.0/en/delete.html>

use super::names::{bound_names, requalify, requalify_items, returning_reads_other};
use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{Delete, Expr, ExprKind, Literal, Query, Select, SelectItem, SetExpr, Stmt};

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    let Stmt::Delete(d) = stmt else {
        return;
    };
    if d.using.is_empty() && d.alias.is_none() {
        return;
    }
    let target = cx.target.name;
    if cx.target.caps.multi_table_dml {
        if d.using.is_empty() && drop_alias(d) {
            return;
        }
        // DELETE FROM t AS a USING s WHERE ... → DELETE a FROM t AS a, s WHERE ...
        d.multi_table = true;
        if !d.returning.is_empty() && cx.target.caps.returning_delete {
            cx.report(
                Code::UnsupportedTarget,
                d.span,
                format!(
                    "{target} has no RETURNING on a multi-table DELETE, which this DELETE needs"
                ),
            );
        }
        return;
    }
    if !d.using.is_empty() {
        let own = d.alias.as_ref().map(|a| &a.name).or(d.table.base());
        let own = own.map_or("", |o| o.name.as_str());
        if let Some(what) = returning_reads_other(&d.returning, own) {
            cx.report(
                Code::ReturningJoined,
                d.span,
                format!("{target}'s RETURNING cannot return {what} of a DELETE ... USING"),
            );
        }
        // USING s WHERE c → WHERE EXISTS (SELECT 1 FROM s WHERE c).
        let span = d.span;
        let mut subquery = Select::new(
            vec![SelectItem::Expr {
                expr: Expr::new(ExprKind::Literal(Literal::Integer("1".into())), span),
                alias: None,
            }],
            std::mem::take(&mut d.using),
        );
        subquery.selection = d.selection.take();
        let exists = ExprKind::Exists {
            query: Box::new(Query::of(SetExpr::Select(Box::new(subquery)), span)),
            negated: false,
        };
        d.selection = Some(Expr::new(exists, span));
    }
    drop_alias(d);
}

/// Replaces `alias.c` with `t.c` and drops the alias, when nothing in the
/// statement binds the table's name or the alias; returns whether it did.
fn drop_alias(d: &mut Delete) -> bool {
    let Some(alias) = &d.alias else {
        return true;
    };
    let alias = alias.name.name.clone();
    let Some(table) = d.table.base().map(|b| b.name.clone()) else {
        return false;
    };
    let bound = bound_names(
        &mut d.using,
        d.selection.iter_mut().chain(returned(&mut d.returning)),
    );
    if alias != table && (bound.contains(&alias) || bound.contains(&table)) {
        return false;
    }
    if let Some(selection) = &mut d.selection {
        requalify(selection, &alias, &d.table.parts);
    }
    requalify_items(&mut d.returning, &alias, &d.table.parts);
    d.alias = None;
    true
}

fn returned(items: &mut [SelectItem]) -> impl Iterator<Item = &mut Expr> {
    items.iter_mut().filter_map(|i| match i {
        SelectItem::Expr { expr, .. } => Some(expr),
        _ => None,
    })
}
