//! `ALTER TYPE … ADD VALUE | RENAME VALUE`: the enum's new labels are restated
//! on every column that uses the type.
//!
//! ```sql
//! -- input (t.m is of type mood)
//! ALTER TYPE mood ADD VALUE 'meh' BEFORE 'ok';
//! -- output (MySQL)
//! ALTER TABLE t MODIFY COLUMN m ENUM('sad','meh','ok','happy')
//! -- output (SQLite): the table rebuilt with m TEXT CHECK (m IN ('sad','meh','ok','happy'))
//! ```
//!
//! A type no column uses becomes a skip note. Renaming a label that a column
//! uses is an error on both targets (existing rows would hold the old label).

use crate::diagnostics::Code;
use crate::ir::{
    AlterEnum, AlterOp, AlterTable, ColumnChange, ConstraintKind, DataType, EnumChange, Stmt,
    TableConstraint,
};
use crate::rules::RuleCx;
use crate::target::Dialect;

/// The expansion: `ALTER TYPE` into one `ALTER TABLE … MODIFY COLUMN` per table (MySQL).
pub fn expand(stmt: Stmt, cx: &mut RuleCx) -> Vec<Stmt> {
    let Stmt::AlterEnum(e) = stmt else {
        return vec![stmt];
    };
    let key = crate::catalog::key(&e.name);
    let catalog: &crate::catalog::Catalog = cx.catalog;
    let Some(old) = catalog.enum_labels(&key) else {
        cx.report(
            Code::UnknownType,
            e.span,
            format!("the enum type `{key}` is not defined in this script"),
        );
        return vec![Stmt::AlterEnum(e)];
    };
    let labels = new_labels(old, &e);
    // Every (table, column) whose type is this enum.
    let users: Vec<(&crate::catalog::Table, Vec<&crate::ir::ColumnDef>)> = catalog
        .tables
        .values()
        .map(|t| {
            let cols = t
                .def
                .columns
                .iter()
                .filter(|c| matches!(&c.ty, DataType::Named(n) if n == &key))
                .collect::<Vec<_>>();
            (t, cols)
        })
        .filter(|(_, cols)| !cols.is_empty())
        .collect();
    let what = describe(&e);
    // A type no column uses: nothing to change in the target.
    if users.is_empty() || labels == old {
        return vec![Stmt::Skipped(format!(
            "ALTER TYPE {key} {what}: recorded; no column needs a change"
        ))];
    }
    if let EnumChange::RenameValue { .. } = &e.op {
        cx.report(
            Code::EnumRenameValue,
            e.span,
            format!("ALTER TYPE {key} {what}: columns of the type hold the old label"),
        );
        return vec![Stmt::AlterEnum(e)];
    }
    match cx.target.dialect {
        // ALTER TYPE mood ADD VALUE 'x' → a rebuild of each table that uses the type, its
        // columns restated as TEXT CHECK (m IN (…, 'x')). Later statements see the column
        // as the enum again: the catalog records the ALTER TYPE, not the rebuild.
        Dialect::Sqlite => users
            .into_iter()
            .flat_map(|(t, cols)| {
                let mut ops = Vec::with_capacity(cols.len() * 2);
                for c in cols {
                    ops.push(AlterOp::AlterColumn {
                        name: c.name.clone(),
                        change: ColumnChange::Type {
                            ty: DataType::Text,
                            type_span: e.span,
                            using: None,
                        },
                        span: e.span,
                    });
                    ops.push(AlterOp::AddConstraint(TableConstraint {
                        name: None,
                        kind: ConstraintKind::Check(super::in_labels(c, &labels)),
                        span: e.span,
                    }));
                }
                let alter = AlterTable {
                    name: t.def.name.clone(),
                    if_exists: false,
                    ops,
                    span: e.span,
                };
                crate::rules::alter_table::rebuild::rebuild(&alter, t, cx)
            })
            .collect(),
        // ALTER TYPE mood ADD VALUE 'x' → ALTER TABLE t MODIFY COLUMN m ENUM(…, 'x') per table.
        Dialect::Mysql => users
            .into_iter()
            .map(|(t, cols)| {
                let ops = cols
                    .into_iter()
                    .map(|c| {
                        let mut c = c.clone();
                        c.ty = DataType::Enum(labels.clone());
                        AlterOp::ModifyColumn(c)
                    })
                    .collect();
                Stmt::AlterTable(Box::new(AlterTable {
                    name: t.def.name.clone(),
                    if_exists: false,
                    ops,
                    span: e.span,
                }))
            })
            .collect(),
    }
}

/// The labels after the change, as `catalog::observe` will record them.
fn new_labels(old: &[String], e: &AlterEnum) -> Vec<String> {
    let mut labels = old.to_vec();
    match &e.op {
        EnumChange::AddValue {
            label, position, ..
        } => {
            if labels.contains(label) {
                return labels;
            }
            let at = position
                .as_ref()
                .and_then(|(before, other)| {
                    labels
                        .iter()
                        .position(|l| l == other)
                        .map(|i| if *before { i } else { i + 1 })
                })
                .unwrap_or(labels.len());
            labels.insert(at, label.clone());
        }
        EnumChange::RenameValue { from, to } => {
            for l in labels.iter_mut().filter(|l| *l == from) {
                l.clone_from(to);
            }
        }
    }
    labels
}

fn describe(e: &AlterEnum) -> String {
    match &e.op {
        EnumChange::AddValue { label, .. } => format!("ADD VALUE '{label}'"),
        EnumChange::RenameValue { from, to } => format!("RENAME VALUE '{from}' TO '{to}'"),
    }
}
