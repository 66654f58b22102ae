//! MySQL and MariaDB: the actions in place, restated from the catalog.
//!
//! `ALTER COLUMN` becomes `MODIFY COLUMN` with the column's whole definition, as
//! MySQL resets what a MODIFY leaves out (NOT NULL, DEFAULT, AUTO_INCREMENT).
//! `DROP CONSTRAINT` takes the form of the constraint's kind. `DROP COLUMN`
//! first drops the multi-column indexes that use the column, which PostgreSQL
//! drops and MySQL would shrink.

use super::{find_constraint, translated, RuleCx};
use crate::catalog::{key, observe, Catalog, Table};
use crate::diagnostics::Code;
use crate::ir::{
    AlterOp, AlterTable, ColumnChange, ColumnDef, ConstraintKind, ExprKind, Ident, Stmt,
};
use crate::span::Span;

pub fn expand(alter: AlterTable, table: Option<&Table>, cx: &mut RuleCx) -> Vec<Stmt> {
    let span = alter.span;
    // The table as it stands before each action.
    let mut running = Catalog::default();
    let k = key(&alter.name);
    if let Some(t) = table {
        running.tables.insert(k.clone(), t.clone());
    }
    let mut k = k;
    let mut ops = Vec::with_capacity(alter.ops.len());
    for op in &alter.ops {
        let current = running.tables.get(&k);
        if action(op, current, cx, span, &mut ops).is_none() {
            return Vec::new();
        }
        if let AlterOp::RenameTable { to } = op {
            k.clone_from(&to.name);
        }
        let single = AlterTable {
            name: current.map_or_else(|| alter.name.clone(), |t| t.def.name.clone()),
            if_exists: false,
            ops: vec![op.clone()],
            span,
        };
        observe(&mut running, &Stmt::AlterTable(Box::new(single)));
    }
    if ops.is_empty() {
        return vec![Stmt::Skipped(format!(
            "ALTER TABLE {}: nothing to change",
            super::name_of(&alter)
        ))];
    }
    vec![Stmt::AlterTable(Box::new(AlterTable { ops, ..alter }))]
}

/// Appends the MySQL actions for one PostgreSQL action; `None` when it stopped
/// with a diagnostic.
fn action(
    op: &AlterOp,
    table: Option<&Table>,
    cx: &mut RuleCx,
    span: Span,
    ops: &mut Vec<AlterOp>,
) -> Option<()> {
    match op {
        // ADD COLUMN c serial → ADD COLUMN c INT NOT NULL AUTO_INCREMENT (types as CREATE TABLE gives them).
        AlterOp::AddColumn {
            column,
            if_not_exists,
        } => ops.push(AlterOp::AddColumn {
            column: translated(cx, table.map(|t| &t.def), column, None, span),
            if_not_exists: *if_not_exists,
        }),
        // DROP COLUMN c → DROP INDEX i (each multi-column key using c), DROP FOREIGN KEY, DROP COLUMN c.
        AlterOp::DropColumn { name, .. } => {
            if let Some(t) = table {
                drop_dependents(t, &name.name, cx, span, ops)?;
            }
            ops.push(op.clone());
        }
        // RENAME COLUMN a TO b, RENAME TO u → the same.
        AlterOp::RenameColumn { .. } | AlterOp::RenameTable { .. } => ops.push(op.clone()),
        // ADD CONSTRAINT t_a_key UNIQUE (a) → the same, after MODIFY COLUMN a VARCHAR(255) if a is TEXT.
        AlterOp::AddConstraint(c) => {
            if let (Some(t), ConstraintKind::PrimaryKey(cols) | ConstraintKind::Unique(cols)) =
                (table, &c.kind)
            {
                for col in cols {
                    let Some(def) = t.column(&col.name) else {
                        continue;
                    };
                    let before = translated(cx, Some(&t.def), def, None, span);
                    let keyed = translated(cx, Some(&t.def), def, Some(c), span);
                    if keyed.ty != before.ty {
                        ops.push(AlterOp::ModifyColumn(restated(keyed, span)));
                    }
                }
            }
            ops.push(op.clone());
        }
        AlterOp::DropConstraint {
            name, if_exists, ..
        } => drop_constraint(table, name, *if_exists, cx, span, ops)?,
        AlterOp::AlterColumn { name, change, .. } => {
            let Some(t) = table else {
                // ALTER COLUMN c SET DEFAULT 1 / DROP DEFAULT → the same: MySQL has them.
                if matches!(
                    change,
                    ColumnChange::SetDefault(_) | ColumnChange::DropDefault
                ) {
                    ops.push(op.clone());
                    return Some(());
                }
                cx.report(
                    Code::AlterNeedsSchema,
                    span,
                    format!(
                        "MySQL restates the whole column `{}` in MODIFY COLUMN, and its table is not in the schema pgshift has seen",
                        name.name
                    ),
                );
                return None;
            };
            let Some(mut col) = t.column(&name.name).cloned() else {
                cx.report(
                    Code::AlterNeedsSchema,
                    span,
                    format!(
                        "the table has no column `{}` in the schema pgshift has seen",
                        name.name
                    ),
                );
                return None;
            };
            match change {
                ColumnChange::Type { ty, using, .. } => {
                    if let Some(u) = using {
                        if !plain_using(u, &name.name, ty) {
                            cx.report(
                                Code::AlterUsing,
                                u.span,
                                "MODIFY COLUMN cannot apply a USING expression",
                            );
                            return None;
                        }
                    }
                    col.ty = ty.clone();
                }
                ColumnChange::SetDefault(e) => col.default = Some(e.clone()),
                ColumnChange::DropDefault => col.default = None,
                ColumnChange::SetNotNull => col.not_null = true,
                ColumnChange::DropNotNull => col.not_null = false,
                ColumnChange::Comment(text) => col.comment.clone_from(text),
            }
            // ALTER COLUMN a TYPE bigint → MODIFY COLUMN a BIGINT NOT NULL DEFAULT 1.
            let col = translated(cx, Some(&t.def), &col, None, span);
            // Two changes of one column → one MODIFY with both (MySQL rejects a second).
            ops.retain(|o| !matches!(o, AlterOp::ModifyColumn(c) if c.name.name == col.name.name));
            ops.push(AlterOp::ModifyColumn(restated(col, span)));
        }
        AlterOp::ModifyColumn(_)
        | AlterOp::DropIndex(_)
        | AlterOp::DropForeignKey(_)
        | AlterOp::AutoIncrement(_) => ops.push(op.clone()),
    }
    Some(())
}

/// The column as MODIFY COLUMN restates it: keys and checks stay where they are
/// (a key or check in MODIFY would be added a second time).
fn restated(mut col: ColumnDef, span: Span) -> ColumnDef {
    col.primary_key = false;
    col.unique = false;
    col.checks.clear();
    col.span = span;
    if let Some(d) = &mut col.default {
        super::super::each_expr_in(d, |e| e.span = span);
    }
    col
}

/// `USING c` or `USING c::ty` with the new type: what MODIFY COLUMN's own conversion does.
fn plain_using(u: &crate::ir::Expr, column: &str, ty: &crate::ir::DataType) -> bool {
    let is_column = |e: &crate::ir::Expr| matches!(&e.kind, ExprKind::Column(p) if p.last().is_some_and(|i| i.name == column) && p.len() == 1);
    match &u.kind {
        ExprKind::PgCast { expr, ty: to } => to == ty && is_column(expr),
        _ => is_column(u),
    }
}

/// PostgreSQL drops the keys, indexes and checks that use a dropped column;
/// MySQL shrinks a multi-column index instead and refuses to drop a column of a
/// foreign key or check.
fn drop_dependents(
    t: &Table,
    column: &str,
    cx: &mut RuleCx,
    span: Span,
    ops: &mut Vec<AlterOp>,
) -> Option<()> {
    let base = t.def.name.base_name();
    for c in &t.def.constraints {
        let uses = match &c.kind {
            ConstraintKind::Check(e) => super::columns_in(e).iter().any(|x| x == column),
            kind => kind.columns().iter().any(|x| x.name == column),
        };
        if !uses {
            continue;
        }
        let name = c
            .name
            .clone()
            .unwrap_or_else(|| Ident::new(&super::pg_constraint_name(&base, &c.kind), span));
        let multi = c.kind.columns().len() > 1;
        match &c.kind {
            ConstraintKind::Unique(_)
            | ConstraintKind::Index(_)
            | ConstraintKind::PrimaryKey(_)
                if !multi => {}
            _ => drop_constraint(Some(t), &name, false, cx, span, ops)?,
        }
    }
    for i in &t.indexes {
        let reads = i
            .columns
            .iter()
            .any(|o| super::columns_in(&o.expr).iter().any(|x| x == column));
        if reads && i.columns.len() > 1 {
            if let Some(n) = &i.name {
                ops.push(AlterOp::DropIndex(n.clone()));
            }
        }
    }
    Some(())
}

/// `DROP CONSTRAINT c` → the MySQL form for the constraint's kind.
fn drop_constraint(
    table: Option<&Table>,
    name: &Ident,
    if_exists: bool,
    cx: &mut RuleCx,
    span: Span,
    ops: &mut Vec<AlterOp>,
) -> Option<()> {
    let Some(t) = table else {
        cx.report(
            Code::AlterNeedsSchema,
            span,
            format!(
                "MySQL drops a constraint with DROP INDEX, DROP FOREIGN KEY or DROP CHECK after its kind, and the table of `{}` is not in the schema pgshift has seen",
                name.name
            ),
        );
        return None;
    };
    let Some((c, unnamed)) = find_constraint(t, &name.name) else {
        // DROP CONSTRAINT IF EXISTS c, with no c → nothing.
        if if_exists {
            return Some(());
        }
        cx.report(
            Code::ConstraintNotFound,
            span,
            format!("the table has no constraint `{}`", name.name),
        );
        return None;
    };
    let target_name = |cx: &mut RuleCx| -> Option<Ident> {
        if !unnamed {
            return Some(name.clone());
        }
        cx.report(
            Code::ConstraintTargetName,
            span,
            format!("`{}` was created without a name", name.name),
        );
        None
    };
    match &c.kind {
        // DROP CONSTRAINT t_pkey → DROP INDEX `PRIMARY`.
        ConstraintKind::PrimaryKey(_) => ops.push(AlterOp::DropIndex(Ident {
            name: "PRIMARY".into(),
            quoted: true,
            span,
        })),
        // DROP CONSTRAINT t_a_key → DROP INDEX t_a_key; unnamed, MySQL named it after its first column.
        ConstraintKind::Unique(cols) | ConstraintKind::Index(cols) => {
            let index = if unnamed {
                cols.first().cloned()?
            } else {
                name.clone()
            };
            ops.push(AlterOp::DropIndex(index));
        }
        // DROP CONSTRAINT t_a_fkey → DROP FOREIGN KEY t_a_fkey, DROP INDEX t_a_fkey. InnoDB
        // made an index of that name for the key when no index led with its columns, and
        // keeps it after the key is gone; PostgreSQL never had it.
        ConstraintKind::ForeignKey(fk) => {
            let fk_name = target_name(cx)?;
            ops.push(AlterOp::DropForeignKey(fk_name.clone()));
            if !index_leads_with(t, &fk.columns) {
                ops.push(AlterOp::DropIndex(fk_name));
            }
        }
        // DROP CONSTRAINT t_a_check → DROP CONSTRAINT t_a_check (MariaDB and MySQL 8.0.19+).
        ConstraintKind::Check(_) => ops.push(AlterOp::DropConstraint {
            name: target_name(cx)?,
            if_exists: false,
            cascade: false,
        }),
    }
    Some(())
}

/// Some index, key or unique constraint of `t` starts with `columns`, so InnoDB
/// did not need an index of its own for a foreign key on them.
fn index_leads_with(t: &crate::catalog::Table, columns: &[Ident]) -> bool {
    let leads = |cols: &[Ident]| {
        cols.len() >= columns.len() && cols.iter().zip(columns).all(|(a, b)| a.name == b.name)
    };
    let pk = t.primary_key();
    leads(&pk)
        || t.def.constraints.iter().any(|c| match &c.kind {
            ConstraintKind::Unique(cols) | ConstraintKind::Index(cols) => leads(cols),
            _ => false,
        })
        || t.def
            .columns
            .iter()
            .any(|c| c.unique && leads(std::slice::from_ref(&c.name)))
        || t.indexes.iter().any(|i| {
            i.columns.len() >= columns.len()
                && i.columns.iter().zip(columns).all(|(item, col)| {
                    matches!(&item.expr.kind, crate::ir::ExprKind::Column(parts)
                        if parts.last().is_some_and(|p| p.name == col.name))
                })
        })
}
