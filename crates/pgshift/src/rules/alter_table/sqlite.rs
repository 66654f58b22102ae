//! SQLite: the native actions, one per statement, or the table rebuild.
//!
//! SQLite's `ALTER TABLE` takes one action per statement and only adds, renames
//! and drops columns. `ADD COLUMN` is native when SQLite's restrictions leave it
//! exact (no PRIMARY KEY or UNIQUE, a constant default, no generated column);
//! `DROP COLUMN` when nothing uses the column. Anything else rebuilds the table.

use super::{rebuild, translated, RuleCx};
use crate::catalog::Table;
use crate::diagnostics::Code;
use crate::ir::{AlterOp, AlterTable, ConstraintKind, DataType, ExprKind, Literal, Stmt, UnOp};

pub fn expand(alter: AlterTable, table: Option<&Table>, cx: &mut RuleCx) -> Vec<Stmt> {
    let rebuilt = alter.ops.iter().find(|op| !native(op, table, cx));
    let Some(first) = rebuilt else {
        return one_per_statement(alter, table, cx);
    };
    let Some(table) = table else {
        let what = describe(first);
        cx.report(
            Code::AlterNeedsSchema,
            alter.span,
            format!(
                "SQLite cannot {what} in place; pgshift rebuilds the table from its definition, and `{}` is not in the schema it has seen",
                super::name_of(&alter)
            ),
        );
        return Vec::new();
    };
    if let Some(stop) = dependents(&alter, table, cx) {
        return stop;
    }
    rebuild::rebuild(&alter, table, cx)
}

/// `ALTER TABLE t ADD COLUMN a, RENAME b TO c` → one statement per action, each
/// naming the table as it is called at that point.
fn one_per_statement(alter: AlterTable, table: Option<&Table>, cx: &mut RuleCx) -> Vec<Stmt> {
    let mut name = alter.name.clone();
    let mut out = Vec::with_capacity(alter.ops.len());
    for mut op in alter.ops {
        let renamed = match &op {
            AlterOp::RenameTable { to } => Some(to.clone()),
            _ => None,
        };
        if let AlterOp::AddColumn { column, .. } = &mut op {
            *column = translated(cx, table.map(|t| &t.def), column, None, alter.span);
        }
        out.push(Stmt::AlterTable(Box::new(AlterTable {
            name: name.clone(),
            if_exists: alter.if_exists,
            ops: vec![op],
            span: alter.span,
        })));
        if let (Some(to), Some(last)) = (renamed, name.parts.last_mut()) {
            *last = to;
        }
    }
    out
}

/// The action is exact as SQLite's own ALTER TABLE.
fn native(op: &AlterOp, table: Option<&Table>, cx: &RuleCx) -> bool {
    match op {
        // ADD COLUMN c int DEFAULT 0 → native; a key, a generated column or a non-constant default → rebuild.
        AlterOp::AddColumn { column, .. } => {
            let constant_default = match &column.default {
                None => !column.not_null,
                Some(d) => match &d.kind {
                    ExprKind::Literal(Literal::Null) => !column.not_null,
                    ExprKind::Literal(_) => true,
                    ExprKind::Unary {
                        op: UnOp::Minus,
                        expr,
                    } => matches!(
                        expr.kind,
                        ExprKind::Literal(Literal::Integer(_) | Literal::Decimal(_))
                    ),
                    _ => false,
                },
            };
            constant_default
                && !column.primary_key
                && !column.unique
                && column.generated.is_none()
                && column.identity.is_none()
                && !matches!(column.ty, DataType::Serial(_))
        }
        // DROP COLUMN c → native unless a key, index or check uses c (PostgreSQL drops those too).
        AlterOp::DropColumn { name, .. } => table.is_none_or(|t| !column_used(t, &name.name, cx)),
        AlterOp::RenameColumn { .. } | AlterOp::RenameTable { .. } => true,
        _ => false,
    }
}

/// Something of the table (a key, an index, a check, a generated column) uses the column.
fn column_used(t: &Table, column: &str, cx: &RuleCx) -> bool {
    let reads = |e: &crate::ir::Expr| super::columns_in(e).iter().any(|c| c == column);
    let in_constraint = t.def.constraints.iter().any(|c| match &c.kind {
        ConstraintKind::Check(e) => reads(e),
        kind => kind.columns().iter().any(|c| c.name == column),
    });
    let in_column = t.def.columns.iter().any(|c| {
        (c.name.name == column && (c.primary_key || c.unique || !c.checks.is_empty()))
            || c.checks.iter().any(reads)
            || c.generated.as_ref().is_some_and(reads)
    });
    let in_index = t.indexes.iter().any(|i| {
        i.columns.iter().any(|o| reads(&o.expr)) || i.predicate.as_ref().is_some_and(reads)
    });
    in_constraint || in_column || in_index || referenced_column(t, column, cx)
}

/// Another table's foreign key refers to this column.
fn referenced_column(t: &Table, column: &str, cx: &RuleCx) -> bool {
    let me = crate::catalog::key(&t.def.name);
    cx.catalog.tables.values().any(|other| {
        other.def.constraints.iter().any(|c| match &c.kind {
            ConstraintKind::ForeignKey(fk) => {
                crate::catalog::key(&fk.table) == me
                    && (fk.referred.iter().any(|r| r.name == column)
                        || (fk.referred.is_empty()
                            && t.primary_key().iter().any(|k| k.name == column)))
            }
            _ => false,
        })
    })
}

/// Stops the translation when a dropped column is referenced by another table:
/// PostgreSQL refuses without CASCADE and drops their foreign keys with it.
fn dependents(alter: &AlterTable, table: &Table, cx: &mut RuleCx) -> Option<Vec<Stmt>> {
    for op in &alter.ops {
        if let AlterOp::DropColumn { name, .. } = op {
            if referenced_column(table, &name.name, cx) {
                cx.report(
                    Code::AlterDependents,
                    alter.span,
                    format!(
                        "another table's foreign key refers to column `{}`",
                        name.name
                    ),
                );
                return Some(Vec::new());
            }
        }
    }
    None
}

/// What an action does, for messages.
fn describe(op: &AlterOp) -> &'static str {
    match op {
        AlterOp::AddColumn { .. } => "add this column",
        AlterOp::DropColumn { .. } => "drop a column that a key, index or check uses",
        AlterOp::AddConstraint(_) => "add a constraint",
        AlterOp::DropConstraint { .. } => "drop a constraint",
        AlterOp::AlterColumn { .. } => "alter a column",
        _ => "run this action",
    }
}
