//! `ALTER TABLE`: each action lowered to an `AlterOp`.
//!
//! Unnamed constraints get the name PostgreSQL would give them (`t_a_key`,
//! `t_a_fkey`, `t_a_check`, `t_pkey`), so that a later `DROP CONSTRAINT` that
//! uses that name finds them in every target. `ALTER TABLE ONLY t` is `t`: the
//! targets have no inheritance. `OWNER TO` and row-level security become code
//! objects, which the targets cannot run.

use super::{ddl, expr::expr, types, Cx, Lower};
use crate::ir::{AlterOp, AlterTable, CodeObject, ColumnChange, Ident, Stmt};
use crate::rules::alter_table::pg_constraint_name;
use sqlparser::ast;

pub fn alter_table(cx: &mut Cx, t: &ast::AlterTable) -> Lower<Stmt> {
    let span = cx.whole();
    if t.table_type.is_some() || t.location.is_some() || t.on_cluster.is_some() {
        return cx.unsupported(span, "this ALTER TABLE form");
    }
    let name = cx.object_name(&t.name)?;
    let table = name.base_name();
    // ALTER TABLE t OWNER TO u → a code object that rules diagnose or skip.
    if let Some(what) = t.operations.iter().find_map(code_operation) {
        return Ok(Stmt::CodeObject(CodeObject {
            // OWNER TO is a privilege statement, which the `plpgsql` rule skips with a warning.
            what: if what == "OWNER TO" {
                what.to_string()
            } else {
                format!("ALTER TABLE … {what}")
            },
            name: Some(table),
            span,
        }));
    }
    let mut ops = Vec::with_capacity(t.operations.len());
    for op in &t.operations {
        operation(cx, &table, op, &mut ops)?;
    }
    Ok(Stmt::AlterTable(Box::new(AlterTable {
        name,
        if_exists: t.if_exists,
        ops,
        span,
    })))
}

/// The name of an operation the targets cannot run at all, as PostgreSQL spells it.
fn code_operation(op: &ast::AlterTableOperation) -> Option<&'static str> {
    use ast::AlterTableOperation as O;
    match op {
        O::OwnerTo { .. } => Some("OWNER TO"),
        O::EnableRowLevelSecurity => Some("ENABLE ROW LEVEL SECURITY"),
        O::DisableRowLevelSecurity => Some("DISABLE ROW LEVEL SECURITY"),
        O::ForceRowLevelSecurity => Some("FORCE ROW LEVEL SECURITY"),
        O::NoForceRowLevelSecurity => Some("NO FORCE ROW LEVEL SECURITY"),
        _ => None,
    }
}

fn operation(
    cx: &mut Cx,
    table: &str,
    op: &ast::AlterTableOperation,
    ops: &mut Vec<AlterOp>,
) -> Lower<()> {
    use ast::AlterTableOperation as O;
    let span = cx.span_of(op);
    match op {
        // ADD COLUMN [IF NOT EXISTS] c int REFERENCES p → ADD COLUMN c, ADD CONSTRAINT t_c_fkey FOREIGN KEY (c) ….
        O::AddColumn {
            if_not_exists,
            column_def,
            column_position: None,
            ..
        } => {
            let mut constraints = Vec::new();
            let column = ddl::column(cx, column_def, &mut constraints)?;
            ops.push(AlterOp::AddColumn {
                column,
                if_not_exists: *if_not_exists,
            });
            for mut c in constraints {
                if c.name.is_none() {
                    c.name = Some(Ident::new(&pg_constraint_name(table, &c.kind), c.span));
                }
                ops.push(AlterOp::AddConstraint(c));
            }
        }
        // DROP COLUMN [IF EXISTS] a, b [CASCADE] → one DropColumn per column.
        O::DropColumn {
            column_names,
            if_exists,
            drop_behavior,
            ..
        } => {
            for c in column_names {
                ops.push(AlterOp::DropColumn {
                    name: cx.ident(c),
                    if_exists: *if_exists,
                    cascade: matches!(drop_behavior, Some(ast::DropBehavior::Cascade)),
                });
            }
        }
        // RENAME COLUMN a TO b.
        O::RenameColumn {
            old_column_name,
            new_column_name,
        } => ops.push(AlterOp::RenameColumn {
            from: cx.ident(old_column_name),
            to: cx.ident(new_column_name),
        }),
        // RENAME TO u (a schema-qualified new name is not PostgreSQL).
        O::RenameTable {
            table_name: ast::RenameTableNameKind::To(to),
        } => match to.0.as_slice() {
            [ast::ObjectNamePart::Identifier(id)] => {
                ops.push(AlterOp::RenameTable { to: cx.ident(id) })
            }
            _ => return cx.unsupported(span, "a qualified new table name"),
        },
        // ADD [CONSTRAINT c] UNIQUE (a) → the constraint, named as PostgreSQL names it.
        O::AddConstraint {
            constraint,
            not_valid: false,
        } => {
            let mut c = ddl::table_constraint(cx, constraint)?;
            if c.name.is_none() {
                c.name = Some(Ident::new(&pg_constraint_name(table, &c.kind), c.span));
            }
            ops.push(AlterOp::AddConstraint(c));
        }
        // DROP CONSTRAINT [IF EXISTS] c [CASCADE].
        O::DropConstraint {
            if_exists,
            name,
            drop_behavior,
        } => ops.push(AlterOp::DropConstraint {
            name: cx.ident(name),
            if_exists: *if_exists,
            cascade: matches!(drop_behavior, Some(ast::DropBehavior::Cascade)),
        }),
        // ALTER COLUMN c TYPE … / SET DEFAULT … / DROP DEFAULT / SET NOT NULL / DROP NOT NULL.
        O::AlterColumn { column_name, op } => {
            let change = match op {
                ast::AlterColumnOperation::SetNotNull => ColumnChange::SetNotNull,
                ast::AlterColumnOperation::DropNotNull => ColumnChange::DropNotNull,
                ast::AlterColumnOperation::SetDefault { value } => {
                    ColumnChange::SetDefault(expr(cx, value)?)
                }
                ast::AlterColumnOperation::DropDefault => ColumnChange::DropDefault,
                ast::AlterColumnOperation::SetDataType {
                    data_type, using, ..
                } => ColumnChange::Type {
                    ty: types::data_type(cx, data_type, span)?,
                    type_span: span,
                    using: using.as_ref().map(|u| expr(cx, u)).transpose()?,
                },
                ast::AlterColumnOperation::AddGenerated { .. } => {
                    return cx.unsupported(span, "ADD GENERATED … AS IDENTITY")
                }
            };
            ops.push(AlterOp::AlterColumn {
                name: cx.ident(column_name),
                change,
                span,
            });
        }
        _ => return cx.unsupported(span, format!("ALTER TABLE … {op}")),
    }
    Ok(())
}
