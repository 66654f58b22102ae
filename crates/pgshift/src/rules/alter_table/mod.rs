//! `ALTER TABLE`: add, drop and rename columns, rename the table, add and drop
//! constraints, and change a column's type, default or nullability.
//!
//! ```sql
//! -- input (the table was created as t (a int NOT NULL DEFAULT 1, b text))
//! ALTER TABLE t ALTER COLUMN a TYPE bigint
//! -- output (MySQL): the whole column is restated, so NOT NULL and DEFAULT stay
//! ALTER TABLE t MODIFY COLUMN a BIGINT NOT NULL DEFAULT 1
//! -- output (SQLite): the documented table rebuild
//! PRAGMA foreign_keys = OFF            -- only when another table references t
//! SAVEPOINT pgshift_alter
//! CREATE TABLE "__pgshift_new_t" (a INTEGER NOT NULL DEFAULT 1, b TEXT)
//! INSERT INTO "__pgshift_new_t" (a, b) SELECT CAST(a AS INTEGER), b FROM t
//! DROP TABLE t
//! ALTER TABLE "__pgshift_new_t" RENAME TO t
//! CREATE INDEX … -- the table's indexes, recreated
//! PRAGMA foreign_key_check
//! RELEASE SAVEPOINT pgshift_alter
//! PRAGMA foreign_keys = ON
//! ```
//!
//! - SQLite (`sqlite.rs`, `rebuild.rs`): ADD COLUMN, RENAME COLUMN, RENAME TO and
//!   DROP COLUMN are native where SQLite's restrictions leave them exact; every
//!   other action rebuilds the table from the catalog, one rebuild per statement.
//! - MySQL (`mysql.rs`): `MODIFY COLUMN` with the column's whole definition from
//!   the catalog; `DROP CONSTRAINT` becomes `DROP INDEX`, `DROP FOREIGN KEY`,
//!   `DROP INDEX PRIMARY` or `DROP CONSTRAINT` (a check) after its kind.
//! - `ADD COLUMN IF NOT EXISTS` and `DROP COLUMN IF EXISTS` are decided from the
//!   catalog, or left to MariaDB, which has them.
//!
//! Fidelity: exact where the catalog knows the table; without it, the actions
//! that need the table's definition stop with `PGS0500`.
//! <https://www.sqlite.org/lang_altertable.html>, <https://dev.mysql.com/doc/refman/8.0/en/alter-table.html>,
//! <https://mariadb.com/kb/en/alter-table/>

mod mysql;
pub(crate) mod rebuild;
mod sqlite;

use super::RuleCx;
use crate::catalog::Table;
use crate::diagnostics::Code;
use crate::ir::{
    AlterOp, AlterTable, ColumnDef, ConstraintKind, Expr, ExprKind, Stmt, TableConstraint,
};
use crate::span::Span;

/// The expansion: one ALTER TABLE into the target's statements.
pub fn expand(stmt: Stmt, cx: &mut RuleCx) -> Vec<Stmt> {
    let Stmt::AlterTable(mut alter) = stmt else {
        return vec![stmt];
    };
    let table = cx.catalog.table(&alter.name).cloned();
    if !if_exists(&mut alter, table.as_ref(), cx) {
        return Vec::new();
    }
    if alter.ops.is_empty() {
        return vec![Stmt::Skipped(format!(
            "ALTER TABLE {}: nothing to change",
            name_of(&alter)
        ))];
    }
    if cx.target.caps.alter_in_place {
        mysql::expand(*alter, table.as_ref(), cx)
    } else {
        sqlite::expand(*alter, table.as_ref(), cx)
    }
}

/// Settles `IF [NOT] EXISTS` on columns from the catalog; false when the
/// translation stopped with a diagnostic.
fn if_exists(alter: &mut AlterTable, table: Option<&Table>, cx: &mut RuleCx) -> bool {
    let Some(table) = table else {
        let guarded = alter.ops.iter().any(|op| {
            matches!(
                op,
                AlterOp::AddColumn {
                    if_not_exists: true,
                    ..
                } | AlterOp::DropColumn {
                    if_exists: true,
                    ..
                }
            )
        });
        if guarded && !cx.target.caps.alter_if_exists {
            cx.report(
                Code::AlterNeedsSchema,
                alter.span,
                format!(
                    "`IF [NOT] EXISTS` on a column of `{}`: the target has no such clause, and the table is not in the schema pgshift has seen",
                    name_of(alter)
                ),
            );
            return false;
        }
        return true;
    };
    // Columns as they stand before each action.
    let mut columns: Vec<String> = table
        .def
        .columns
        .iter()
        .map(|c| c.name.name.clone())
        .collect();
    alter.ops.retain_mut(|op| match op {
        // ADD COLUMN IF NOT EXISTS c … → nothing when c exists, ADD COLUMN c … otherwise.
        AlterOp::AddColumn {
            column,
            if_not_exists,
        } => {
            if *if_not_exists && columns.contains(&column.name.name) {
                return false;
            }
            *if_not_exists = false;
            columns.push(column.name.name.clone());
            true
        }
        // DROP COLUMN IF EXISTS c → nothing when c does not exist, DROP COLUMN c otherwise.
        AlterOp::DropColumn {
            name, if_exists, ..
        } => {
            if *if_exists && !columns.contains(&name.name) {
                return false;
            }
            *if_exists = false;
            columns.retain(|c| *c != name.name);
            true
        }
        AlterOp::RenameColumn { from, to } => {
            for c in columns.iter_mut().filter(|c| **c == from.name) {
                c.clone_from(&to.name);
            }
            true
        }
        _ => true,
    });
    true
}

/// The table's name as written, for messages.
fn name_of(alter: &AlterTable) -> String {
    alter
        .name
        .parts
        .iter()
        .map(|p| p.name.as_str())
        .collect::<Vec<_>>()
        .join(".")
}

/// The name PostgreSQL gives an unnamed constraint: `t_pkey`, `t_a_b_key`,
/// `t_a_fkey`, `t_a_check` (a check on one column) or `t_check`.
pub(crate) fn pg_constraint_name(table: &str, kind: &ConstraintKind) -> String {
    let joined = |cols: &[crate::ir::Ident]| {
        cols.iter()
            .map(|c| c.name.as_str())
            .collect::<Vec<_>>()
            .join("_")
    };
    let name = match kind {
        ConstraintKind::PrimaryKey(_) => format!("{table}_pkey"),
        ConstraintKind::Unique(cols) => format!("{table}_{}_key", joined(cols)),
        ConstraintKind::Index(cols) => format!("{table}_{}_idx", joined(cols)),
        ConstraintKind::ForeignKey(fk) => format!("{table}_{}_fkey", joined(&fk.columns)),
        ConstraintKind::Check(e) => {
            let mut cols = columns_in(e);
            cols.dedup();
            match cols.as_slice() {
                [one] => format!("{table}_{one}_check"),
                _ => format!("{table}_check"),
            }
        }
    };
    // PostgreSQL truncates names to 63 bytes.
    let mut end = name.len().min(63);
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    name[..end].to_string()
}

/// The distinct column names an expression reads, in order of appearance.
fn columns_in(e: &Expr) -> Vec<String> {
    let mut e = e.clone();
    let mut cols: Vec<String> = Vec::new();
    super::each_expr_in(&mut e, |x| {
        if let ExprKind::Column(parts) = &x.kind {
            if let Some(last) = parts.last() {
                if !cols.contains(&last.name) {
                    cols.push(last.name.clone());
                }
            }
        }
    });
    cols
}

/// A constraint of the table found by name: declared with that name, or
/// unnamed with PostgreSQL's generated name. The flag says it had no name.
pub(crate) fn find_constraint(table: &Table, name: &str) -> Option<(TableConstraint, bool)> {
    let base = table.def.name.base_name();
    if let Some(c) = table
        .def
        .constraints
        .iter()
        .find(|c| c.name.as_ref().is_some_and(|n| n.name == name))
    {
        // A name the catalog froze (empty span) was not given in the input.
        let generated = c.name.as_ref().is_some_and(|n| n.span.start == n.span.end);
        return Some((c.clone(), generated));
    }
    if let Some(c) = table
        .def
        .constraints
        .iter()
        .find(|c| c.name.is_none() && pg_constraint_name(&base, &c.kind) == name)
    {
        return Some((c.clone(), true));
    }
    // Column-level keys and checks: PRIMARY KEY, UNIQUE, CHECK on the column.
    for col in &table.def.columns {
        let id = std::slice::from_ref(&col.name).to_vec();
        let mut kinds = Vec::new();
        if col.primary_key {
            kinds.push(ConstraintKind::PrimaryKey(id.clone()));
        }
        if col.unique {
            kinds.push(ConstraintKind::Unique(id.clone()));
        }
        for check in &col.checks {
            kinds.push(ConstraintKind::Check(check.clone()));
        }
        if let Some(kind) = kinds
            .into_iter()
            .find(|k| pg_constraint_name(&base, k) == name)
        {
            return Some((
                TableConstraint {
                    name: None,
                    kind,
                    span: col.span,
                },
                true,
            ));
        }
    }
    None
}

/// Gives every expression and definition of `stmt` the span `span`, so that
/// what rules report on statements built from the catalog points at the ALTER.
fn respan(stmt: &mut Stmt, span: Span) {
    super::each_expr(stmt, |e| e.span = span);
    if let Stmt::CreateTable(t) = stmt {
        t.span = span;
        for c in &mut t.columns {
            respan_column(c, span);
        }
        for c in &mut t.constraints {
            c.span = span;
        }
    }
}

fn respan_column(c: &mut ColumnDef, span: Span) {
    c.span = span;
    c.type_span = span;
}

/// The column with the target type a fresh `CREATE TABLE` would give it: the
/// column, inside the table's definition (so that keys count), passes through
/// every rule, and its type, auto-increment, nullability and added checks are
/// kept. Its default and own checks stay in PostgreSQL's form, for the rules
/// that will run over the ALTER statement itself.
fn translated(
    cx: &mut RuleCx,
    def: Option<&crate::ir::CreateTable>,
    column: &ColumnDef,
    extra: Option<&TableConstraint>,
    span: Span,
) -> ColumnDef {
    let mut table = def.cloned().unwrap_or_else(|| crate::ir::CreateTable {
        name: crate::ir::ObjectName {
            parts: vec![crate::ir::Ident::new("t", span)],
            span,
        },
        if_not_exists: false,
        temporary: false,
        columns: Vec::new(),
        constraints: Vec::new(),
        binary_collation: false,
        span,
    });
    let mut probe = column.clone();
    respan_column(&mut probe, span);
    match table
        .columns
        .iter_mut()
        .find(|c| c.name.name == column.name.name)
    {
        Some(c) => *c = probe,
        None => table.columns.push(probe),
    }
    table.constraints.extend(extra.cloned());
    let mut stmt = Stmt::CreateTable(Box::new(table));
    let mut found = Vec::new();
    let mut scratch = RuleCx {
        target: cx.target,
        catalog: cx.catalog,
        lenient: cx.lenient,
        diagnostics: &mut found,
    };
    super::apply(&mut stmt, &mut scratch);
    for d in found.into_iter().filter(|d| d.span == span) {
        if !cx.diagnostics.contains(&d) {
            cx.diagnostics.push(d);
        }
    }
    let mut out = column.clone();
    if let Stmt::CreateTable(t) = stmt {
        if let Some(c) = t
            .columns
            .into_iter()
            .find(|c| c.name.name == column.name.name)
        {
            out.ty = c.ty;
            out.auto_increment = c.auto_increment;
            out.not_null = c.not_null;
            out.identity = c.identity;
            out.collation = c.collation;
            out.checks
                .extend(c.checks.into_iter().skip(column.checks.len()));
        }
    }
    out
}
