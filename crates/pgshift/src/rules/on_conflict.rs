//! `INSERT ... ON CONFLICT` (upsert), and the INSERT target's alias.
//!
//! **SQLite** (3.24+, 3.35+ for a DO NOTHING without a target) has PostgreSQL's
//! syntax, `EXCLUDED` included. Two differences remain: an `INSERT ... SELECT`
//! must end its SELECT with a WHERE clause, or SQLite reads `ON CONFLICT` as a
//! join constraint, so pgshift adds `WHERE true`; and `ON CONFLICT ON CONSTRAINT
//! name` has no SQLite spelling, and pgshift does not know the constraint's
//! columns (error PGS0200).
//!
//! **MySQL** has `ON DUPLICATE KEY UPDATE`:
//!
//! ```sql
//! -- input
//! INSERT INTO t (k, v) VALUES (1, 'a') ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v WHERE t.v < EXCLUDED.v
//! -- output (MySQL)
//! INSERT INTO t (k, v) VALUES (1, 'a') ON DUPLICATE KEY UPDATE v = CASE WHEN t.v < VALUES(v) THEN VALUES(v) ELSE t.v END
//! -- input
//! INSERT INTO t (k, v) VALUES (1, 'a') ON CONFLICT (k) DO NOTHING
//! -- output (MySQL): a no-op update, not INSERT IGNORE, which would also hide other errors
//! INSERT INTO t (k, v) VALUES (1, 'a') ON DUPLICATE KEY UPDATE k = t.k
//! ```
//!
//! On the mysql8 profile, `INSERT … VALUES (…) AS new` names the proposed row
//! and `EXCLUDED.c` becomes `new.c`, the form MySQL 8.0.20+ prefers.
//! Elsewhere `EXCLUDED.c` becomes `VALUES(c)` (MariaDB and MySQL 8, which deprecates it
//! but accepts it), references through the INSERT's alias use the table's name,
//! and a `WHERE` becomes a CASE per column, since MySQL has no WHERE there. MySQL
//! assigns left to right, so the assignments are reordered to read only old
//! values, or the statement is an error (see `simultaneous_assignment`).
//!
//! Fidelity: exact on SQLite. On MySQL the update fires on a duplicate in *any*
//! unique key, not only the conflict target, where PostgreSQL raises an error for
//! the others: a warning (PGS0201) says so whenever there is a target; without
//! one, PostgreSQL also ignores every unique key and the translation is exact.
//! MariaDB's RETURNING also returns the skipped rows of a no-op update: an error.
//!
//! <https://www.postgresql.org/docs/current/sql-insert.html#SQL-ON-CONFLICT>,
//! <https://www.sqlite.org/lang_upsert.html>,
//! <https://dev.mysql.com/doc/refman/8.0/en/insert-on-duplicate.html>

use super::names::{query_bound_names, requalify, requalify_items, target_reads};
use super::simultaneous_assignment::sequence;
use super::{each_expr_in, RuleCx};
use crate::diagnostics::Code;
use crate::ir::{
    Assignment, ConflictAction, ConflictTarget, ConstraintKind, Expr, ExprKind, FromItem, FuncCall,
    Ident, Insert, InsertSource, Literal, ObjectName, OnConflict, Query, Select, SelectItem,
    SetExpr, Stmt,
};

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    let Stmt::Insert(insert) = stmt else {
        return;
    };
    if cx.target.caps.on_conflict {
        if let Some(oc) = &insert.on_conflict {
            on_conflict(insert, oc.span, cx);
        }
    } else {
        if let Some(oc) = insert.on_conflict.take() {
            duplicate_key(insert, oc, cx);
        }
        // MySQL has no alias on the INSERT target: name the table instead.
        if let Some(alias) = insert.alias.take() {
            requalify_items(&mut insert.returning, &alias.name, &insert.table.parts);
        }
    }
}

/// SQLite: PostgreSQL's syntax, with the SELECT's WHERE that keeps it unambiguous.
fn on_conflict(insert: &mut Insert, span: crate::span::Span, cx: &mut RuleCx) {
    let table = cx.catalog.table(&insert.table);
    let Some(oc) = &mut insert.on_conflict else {
        return;
    };
    // ON CONFLICT ON CONSTRAINT t_k_key → ON CONFLICT (k), the constraint's columns
    // from the catalog.
    if let Some(ConflictTarget::Constraint(name)) = &oc.target {
        let columns = table
            .and_then(|t| super::alter_table::find_constraint(t, &name.base_name()))
            .and_then(|(c, _)| match c.kind {
                ConstraintKind::PrimaryKey(cols) | ConstraintKind::Unique(cols) => Some(cols),
                _ => None,
            });
        if let Some(cols) = columns {
            oc.target = Some(ConflictTarget::Columns(cols));
        }
    }
    if let Some(ConflictTarget::Constraint(name)) = &oc.target {
        let name = name.base().map_or("", |b| b.name.as_str());
        cx.report(
            Code::ConflictConstraint,
            span,
            format!(
                "{} needs the columns of the constraint `{name}` as the conflict target",
                cx.target.name
            ),
        );
    }
    match &mut insert.source {
        InsertSource::DefaultValues => cx.report(
            Code::UnsupportedTarget,
            span,
            format!(
                "{} has no ON CONFLICT after DEFAULT VALUES; list a column and its value",
                cx.target.name
            ),
        ),
        // INSERT ... SELECT ... FROM s ON CONFLICT → ... FROM s WHERE true ON CONFLICT.
        InsertSource::Query(q) => {
            if let Some(select) = last_select(q) {
                if !select.from.is_empty() && select.selection.is_none() {
                    select.selection =
                        Some(Expr::new(ExprKind::Literal(Literal::Boolean(true)), span));
                }
            }
        }
    }
}

/// The SELECT that ends the query's text when nothing follows its clauses.
fn last_select(q: &mut Query) -> Option<&mut crate::ir::Select> {
    if !q.order_by.is_empty() || q.limit.is_some() || q.offset.is_some() {
        return None;
    }
    let mut body = &mut q.body;
    loop {
        match body {
            SetExpr::Select(s)
                if s.group_by.is_empty() && s.having.is_none() && s.windows.is_empty() =>
            {
                return Some(s)
            }
            SetExpr::SetOp { right, .. } => body = right,
            _ => return None,
        }
    }
}

/// MySQL: `ON DUPLICATE KEY UPDATE`.
fn duplicate_key(insert: &mut Insert, oc: OnConflict, cx: &mut RuleCx) {
    let target = cx.target.name;
    if oc.target.is_some() {
        cx.report(
            Code::DuplicateKeyAnyKey,
            oc.span,
            format!("{target}'s ON DUPLICATE KEY UPDATE also fires on a duplicate in another unique key of the table"),
        );
    }
    let table = insert.table.clone();
    let alias = insert.alias.as_ref().map(|a| a.name.clone());
    // MySQL 8: `VALUES (…) AS new`, and `new.c` for `EXCLUDED.c` (a row alias
    // follows VALUES only, not a SELECT).
    let row_alias = (cx.target.caps.insert_row_alias && values_source(insert)).then(|| {
        let taken = |n: &str| alias.as_deref() == Some(n) || table.base_name() == n;
        let name = if taken("new") { "__pgshift_new" } else { "new" };
        name.to_string()
    });
    let own: Vec<&str> = alias
        .as_deref()
        .into_iter()
        .chain(table.base().map(|b| b.name.as_str()))
        .collect();
    // INSERT INTO t SELECT ... FROM t: `t.c` in the update would be ambiguous, so
    // the SELECT moves into a derived table, which hides its own `t`.
    if let InsertSource::Query(q) = &mut insert.source {
        let own = table.base_name();
        if query_bound_names(q).contains(&own) {
            let span = q.span;
            let inner = std::mem::replace(q.as_mut(), Query::of(SetExpr::Values(Vec::new()), span));
            let src = FromItem::derived(inner, Ident::new("__pgshift_src", span));
            *q.as_mut() = Query::of(
                SetExpr::Select(Box::new(Select::new(vec![SelectItem::Wildcard], vec![src]))),
                span,
            );
        }
    }
    let skips_rows = match oc.action {
        // DO NOTHING → a no-op update of one column, which MySQL counts as no change.
        ConflictAction::DoNothing => {
            let column = insert
                .columns
                .first()
                .cloned()
                .or_else(|| match &oc.target {
                    Some(ConflictTarget::Columns(cols)) => cols.first().cloned(),
                    _ => None,
                })
                // The table's first column, from the catalog.
                .or_else(|| {
                    cx.catalog
                        .table(&insert.table)
                        .and_then(|t| t.def.columns.first())
                        .map(|c| Ident::new(&c.name.name, oc.span))
                });
            let Some(column) = column else {
                cx.report(
                    Code::UpsertNoColumn,
                    oc.span,
                    format!("{target} has no DO NOTHING, and the INSERT names no column for a no-op update"),
                );
                return;
            };
            let value = column_of(&table, &column);
            insert.on_duplicate_key_update = vec![Assignment {
                table: None,
                column,
                value,
            }];
            true
        }
        ConflictAction::DoUpdate {
            mut assignments,
            selection,
        } => {
            // MySQL assigns left to right: read every old value before it is replaced.
            let condition_reads = selection
                .as_ref()
                .map(|c| target_reads(c, &own))
                .unwrap_or_default();
            let reads: Vec<_> = assignments
                .iter()
                .map(|a| {
                    // `EXCLUDED.c` reads the proposed row, and is no read of the table.
                    let mut r = target_reads(&a.value, &own);
                    r.extend(condition_reads.iter().cloned());
                    r
                })
                .collect();
            if !sequence(&mut assignments, &reads) {
                cx.report(
                    Code::AssignmentOrder,
                    oc.span,
                    format!("{target} assigns ON DUPLICATE KEY UPDATE columns one after another, and an assignment or the WHERE here reads a column another one changes"),
                );
                return;
            }
            let condition = selection.map(|mut c| {
                mysql_names(&mut c, alias.as_deref(), &table, row_alias.as_deref());
                c
            });
            for a in &mut assignments {
                mysql_names(&mut a.value, alias.as_deref(), &table, row_alias.as_deref());
                // SET c = v WHERE cond → c = CASE WHEN cond THEN v ELSE t.c END.
                if let Some(cond) = &condition {
                    let span = a.value.span;
                    let old = column_of(&table, &a.column);
                    let value = std::mem::replace(&mut a.value, old.clone());
                    a.value = Expr::new(
                        ExprKind::Case {
                            operand: None,
                            whens: vec![(cond.clone(), value)],
                            else_: Some(old.boxed()),
                        },
                        span,
                    );
                }
            }
            insert.on_duplicate_key_update = assignments;
            insert.row_alias = row_alias.map(|name| Ident::new(&name, oc.span));
            condition.is_some()
        }
    };
    if skips_rows && !insert.returning.is_empty() && cx.target.caps.returning_insert {
        cx.report(
            Code::UpsertReturning,
            oc.span,
            format!("{target} would return the rows whose conflict PostgreSQL skips"),
        );
    }
}

/// `t.c`: a column of the inserted table, qualified so that an INSERT ... SELECT's
/// own columns cannot capture it.
fn column_of(table: &ObjectName, column: &Ident) -> Expr {
    let mut parts = table.parts.clone();
    parts.push(column.clone());
    Expr::new(ExprKind::Column(parts), column.span)
}

fn excluded_column(e: &Expr) -> Option<&Ident> {
    match &e.kind {
        ExprKind::Column(parts) => match parts.as_slice() {
            [table, column] if table.name == "excluded" => Some(column),
            _ => None,
        },
        _ => None,
    }
}

/// Whether the INSERT's rows are a plain VALUES list.
fn values_source(insert: &Insert) -> bool {
    matches!(&insert.source, InsertSource::Query(q)
        if matches!(q.body, SetExpr::Values(_)) && q.with.is_none() && q.order_by.is_empty() && q.limit.is_none())
}

/// `EXCLUDED.c` → `VALUES(c)`, or `new.c` with MySQL 8's row alias; `alias.c` → `t.c`.
fn mysql_names(e: &mut Expr, alias: Option<&str>, table: &ObjectName, row_alias: Option<&str>) {
    each_expr_in(e, |e| {
        if let Some(column) = excluded_column(e).cloned() {
            e.kind = match row_alias {
                // EXCLUDED.c → new.c (mysql8).
                Some(row) => ExprKind::Column(vec![Ident::new(row, e.span), column]),
                // EXCLUDED.c → VALUES(c).
                None => {
                    let arg = Expr::new(ExprKind::Column(vec![column]), e.span);
                    ExprKind::Func(Box::new(FuncCall::simple("VALUES", vec![arg], e.span)))
                }
            };
        }
    });
    if let Some(alias) = alias {
        requalify(e, alias, &table.parts);
    }
}
