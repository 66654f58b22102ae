//! CREATE TABLE and CREATE INDEX.
//!
//! Lowering canonicalizes: a column's `REFERENCES` becomes a table-level foreign
//! key (MySQL ignores inline REFERENCES), and `NULL` is the default nullability.

use super::{expr::expr, query::order_item, types, Cx, Lower};
use crate::ir::{
    ColumnDef, ConstraintKind, CreateIndex, CreateTable, ForeignKey, Ident, Identity, RefAction,
    TableConstraint,
};
use sqlparser::ast;

pub fn create_table(cx: &mut Cx, t: &ast::CreateTable) -> Lower<CreateTable> {
    let span = cx.whole();
    let plain = !t.or_replace
        && !t.external
        && !t.dynamic
        && t.global.is_none()
        && !t.transient
        && !t.volatile
        && !t.iceberg
        && !t.snapshot
        && t.query.is_none()
        && !t.without_rowid
        && t.like.is_none()
        && t.clone.is_none()
        && t.comment.is_none()
        && t.on_commit.is_none()
        && t.partition_by.is_none()
        && t.inherits.is_none()
        && t.partition_of.is_none()
        && matches!(t.table_options, ast::CreateTableOptions::None);
    if !plain {
        return cx.unsupported(span, "this CREATE TABLE form");
    }
    if t.unlogged {
        return cx.unsupported(span, "UNLOGGED");
    }
    let name = cx.object_name(&t.name)?;
    let mut columns = Vec::with_capacity(t.columns.len());
    let mut constraints = Vec::new();
    for c in &t.columns {
        columns.push(column(cx, c, &mut constraints)?);
    }
    for c in &t.constraints {
        constraints.push(table_constraint(cx, c)?);
    }
    Ok(CreateTable {
        name,
        if_not_exists: t.if_not_exists,
        temporary: t.temporary,
        columns,
        constraints,
        binary_collation: false,
        span,
    })
}

pub(super) fn column(
    cx: &mut Cx,
    c: &ast::ColumnDef,
    constraints: &mut Vec<TableConstraint>,
) -> Lower<ColumnDef> {
    let name = cx.ident(&c.name);
    let span = cx.span_of(c);
    let type_span = name.span;
    let ty = types::data_type(cx, &c.data_type, span)?;
    let mut col = ColumnDef {
        name,
        ty,
        type_span,
        not_null: false,
        default: None,
        primary_key: false,
        unique: false,
        auto_increment: false,
        identity: None,
        checks: Vec::new(),
        generated: None,
        span,
    };
    for opt in &c.options {
        let opt_span = span;
        match &opt.option {
            ast::ColumnOption::Null => col.not_null = false,
            ast::ColumnOption::NotNull => col.not_null = true,
            ast::ColumnOption::Default(e) => col.default = Some(expr(cx, e)?),
            ast::ColumnOption::PrimaryKey(pk) if pk.characteristics.is_none() => {
                col.primary_key = true
            }
            ast::ColumnOption::Unique(u) if u.characteristics.is_none() => col.unique = true,
            ast::ColumnOption::Check(check) => col.checks.push(expr(cx, &check.expr)?),
            // a INT REFERENCES t(b) → FOREIGN KEY (a) REFERENCES t(b).
            ast::ColumnOption::ForeignKey(fk) => {
                let mut fk_lowered = foreign_key(cx, fk)?;
                fk_lowered.columns = vec![col.name.clone()];
                let name = opt.name.as_ref().map(|n| cx.ident(n));
                constraints.push(TableConstraint {
                    name,
                    kind: ConstraintKind::ForeignKey(fk_lowered),
                    span: opt_span,
                });
            }
            // GENERATED ... AS IDENTITY.
            ast::ColumnOption::Generated {
                generated_as,
                sequence_options,
                generation_expr: None,
                ..
            } => {
                if sequence_options.as_ref().is_some_and(|o| !o.is_empty()) {
                    cx.diagnostics.push(crate::Diagnostic::new(
                        crate::Code::SerialSequence,
                        opt_span,
                        "the identity's sequence options are dropped",
                    ));
                }
                col.identity = Some(match generated_as {
                    ast::GeneratedAs::Always => Identity::Always,
                    ast::GeneratedAs::ByDefault => Identity::ByDefault,
                    ast::GeneratedAs::ExpStored => {
                        return cx.unsupported(opt_span, "this generated column")
                    }
                });
            }
            // GENERATED ALWAYS AS (expr) STORED.
            ast::ColumnOption::Generated {
                generated_as: ast::GeneratedAs::ExpStored | ast::GeneratedAs::Always,
                generation_expr: Some(e),
                generation_expr_mode: Some(ast::GeneratedExpressionMode::Stored),
                ..
            } => col.generated = Some(expr(cx, e)?),
            _ => return cx.unsupported(opt_span, format!("the column option `{}`", opt.option)),
        }
    }
    Ok(col)
}

pub(super) fn table_constraint(cx: &mut Cx, c: &ast::TableConstraint) -> Lower<TableConstraint> {
    let span = cx.span_of(c);
    let (name, kind) = match c {
        ast::TableConstraint::PrimaryKey(pk)
            if pk.characteristics.is_none()
                && pk.include.is_empty()
                && pk.index_options.is_empty() =>
        {
            (
                pk.name.as_ref(),
                ConstraintKind::PrimaryKey(index_columns(cx, &pk.columns)?),
            )
        }
        ast::TableConstraint::Unique(u)
            if u.characteristics.is_none()
                && u.include.is_empty()
                && u.index_options.is_empty()
                && matches!(u.nulls_distinct, ast::NullsDistinctOption::None) =>
        {
            (
                u.name.as_ref(),
                ConstraintKind::Unique(index_columns(cx, &u.columns)?),
            )
        }
        ast::TableConstraint::ForeignKey(fk) => (
            fk.name.as_ref(),
            ConstraintKind::ForeignKey(foreign_key(cx, fk)?),
        ),
        ast::TableConstraint::Check(check) if check.enforced.is_none() && !check.no_inherit => (
            check.name.as_ref(),
            ConstraintKind::Check(expr(cx, &check.expr)?),
        ),
        _ => return cx.unsupported(span, "this table constraint"),
    };
    Ok(TableConstraint {
        name: name.map(|n| cx.ident(n)),
        kind,
        span,
    })
}

fn index_columns(cx: &mut Cx, cols: &[ast::IndexColumn]) -> Lower<Vec<Ident>> {
    cols.iter()
        .map(|c| match &c.column.expr {
            ast::Expr::Identifier(id)
                if c.operator_class.is_none() && c.column.options.sort.is_none() =>
            {
                Ok(cx.ident(id))
            }
            other => cx.unsupported(cx.span_of(other), "this key column"),
        })
        .collect()
}

fn foreign_key(cx: &mut Cx, fk: &ast::ForeignKeyConstraint) -> Lower<ForeignKey> {
    let span = cx.span_of(&fk.foreign_table);
    if fk.match_kind.is_some() || fk.characteristics.is_some() {
        return cx.unsupported(span, "MATCH or DEFERRABLE on a foreign key");
    }
    Ok(ForeignKey {
        columns: fk.columns.iter().map(|c| cx.ident(c)).collect(),
        table: cx.object_name(&fk.foreign_table)?,
        referred: fk.referred_columns.iter().map(|c| cx.ident(c)).collect(),
        on_delete: fk.on_delete.map(ref_action),
        on_update: fk.on_update.map(ref_action),
    })
}

fn ref_action(a: ast::ReferentialAction) -> RefAction {
    match a {
        ast::ReferentialAction::Restrict => RefAction::Restrict,
        ast::ReferentialAction::Cascade => RefAction::Cascade,
        ast::ReferentialAction::SetNull => RefAction::SetNull,
        ast::ReferentialAction::NoAction => RefAction::NoAction,
        ast::ReferentialAction::SetDefault => RefAction::SetDefault,
    }
}

pub fn create_index(cx: &mut Cx, i: &ast::CreateIndex) -> Lower<CreateIndex> {
    let span = cx.whole();
    if i.using.is_some()
        || i.concurrently
        || i.r#async
        || !i.include.is_empty()
        || i.nulls_distinct.is_some()
        || !i.with.is_empty()
        || !i.index_options.is_empty()
    {
        return cx.unsupported(span, "this CREATE INDEX option");
    }
    let name = match &i.name {
        None => None,
        Some(n) => match n.0.as_slice() {
            [ast::ObjectNamePart::Identifier(id)] => Some(cx.ident(id)),
            _ => return cx.unsupported(cx.span_of(n), "a schema-qualified index name"),
        },
    };
    let mut columns = Vec::with_capacity(i.columns.len());
    for c in &i.columns {
        if c.operator_class.is_some() {
            return cx.unsupported(span, "an operator class");
        }
        columns.push(order_item(cx, &c.column)?);
    }
    Ok(CreateIndex {
        name,
        table: cx.object_name(&i.table_name)?,
        unique: i.unique,
        if_not_exists: i.if_not_exists,
        columns,
        predicate: i.predicate.as_ref().map(|e| expr(cx, e)).transpose()?,
        span,
    })
}
