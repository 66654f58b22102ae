//! CREATE TABLE and CREATE INDEX.
//!
//! Lowering canonicalizes: a column's `REFERENCES` becomes a table-level foreign
//! key (MySQL ignores inline REFERENCES), and `NULL` is the default nullability.

use super::{expr::expr, types, Cx, Lower};
use crate::diagnostics::{Code, Diagnostic};
use crate::ir::{
    ColumnDef, ConstraintKind, CreateTable, ForeignKey, Ident, Identity, RefAction, TableConstraint,
};
use crate::span::Span;
use sqlparser::ast;

/// Records an error with its own code and stops lowering this statement.
fn stop<T>(cx: &mut Cx, code: Code, span: Span, message: &str) -> Lower<T> {
    cx.diagnostics.push(Diagnostic::new(code, span, message));
    Err(super::Stop)
}

/// Warns about `DEFERRABLE`, which the targets check immediately, and refuses
/// `NOT ENFORCED`. `NOT DEFERRABLE` and `INITIALLY IMMEDIATE` alone mean the default.
fn characteristics(
    cx: &mut Cx,
    c: Option<&ast::ConstraintCharacteristics>,
    span: Span,
) -> Lower<()> {
    let Some(c) = c else { return Ok(()) };
    if c.enforced == Some(false) {
        return cx.unsupported(span, "NOT ENFORCED");
    }
    if c.deferrable == Some(true) || matches!(c.initially, Some(ast::DeferrableInitial::Deferred)) {
        cx.diagnostics.push(Diagnostic::new(
            Code::Deferrable,
            span,
            "DEFERRABLE is dropped: the target checks the constraint at each statement",
        ));
    }
    Ok(())
}

/// `COLLATE "C"` (and `"POSIX"`, `"default"`) is the targets' own byte order:
/// SQLite's BINARY and the utf8mb4_bin that tables get for MySQL. Any other collation is an error.
fn collation(cx: &mut Cx, name: &ast::ObjectName, span: Span) -> Lower<()> {
    let base = match name.0.last() {
        Some(ast::ObjectNamePart::Identifier(id)) => id.value.as_str(),
        _ => "",
    };
    if matches!(
        base,
        "C" | "POSIX" | "default" | "c" | "posix" | "ucs_basic"
    ) {
        return Ok(());
    }
    stop(
        cx,
        Code::Collation,
        span,
        &format!("the collation `{name}` has no equivalent in the target"),
    )
}

pub fn create_table(cx: &mut Cx, t: &ast::CreateTable) -> Lower<CreateTable> {
    let span = cx.whole();
    // PARTITION BY, INHERITS and LIKE have no equivalent: each is an error with its own help.
    if let Some(p) = &t.partition_by {
        return stop(
            cx,
            Code::PartitionBy,
            cx.span_of(&**p),
            "PARTITION BY has no equivalent in the target",
        );
    }
    if t.partition_of.is_some() {
        return stop(
            cx,
            Code::PartitionBy,
            span,
            "PARTITION OF has no equivalent in the target",
        );
    }
    if t.inherits.is_some() {
        return stop(
            cx,
            Code::Inherits,
            span,
            "INHERITS has no equivalent in the target",
        );
    }
    if t.like.is_some() {
        return stop(
            cx,
            Code::TableLike,
            span,
            "CREATE TABLE … LIKE is not translated",
        );
    }
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
        && t.clone.is_none()
        && t.comment.is_none()
        && t.on_commit.is_none()
        && matches!(t.table_options, ast::CreateTableOptions::None);
    if !plain {
        return cx.unsupported(span, "this CREATE TABLE form");
    }
    // CREATE UNLOGGED TABLE → CREATE TABLE, with a note.
    if t.unlogged {
        cx.diagnostics.push(Diagnostic::new(
            Code::Unlogged,
            span,
            "UNLOGGED is dropped: the table is an ordinary table",
        ));
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
        comment: None,
        collation: None,
        span,
    };
    for opt in &c.options {
        let opt_span = span;
        match &opt.option {
            ast::ColumnOption::Null => col.not_null = false,
            ast::ColumnOption::NotNull => col.not_null = true,
            ast::ColumnOption::Default(e) => col.default = Some(expr(cx, e)?),
            ast::ColumnOption::PrimaryKey(pk) => {
                characteristics(cx, pk.characteristics.as_ref(), opt_span)?;
                col.primary_key = true
            }
            ast::ColumnOption::Unique(u) => {
                characteristics(cx, u.characteristics.as_ref(), opt_span)?;
                col.unique = true
            }
            // COLLATE "C" → nothing (binary is the targets' order); others are errors.
            ast::ColumnOption::Collation(name) => collation(cx, name, opt_span)?,
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
            if pk.include.is_empty() && pk.index_options.is_empty() =>
        {
            characteristics(cx, pk.characteristics.as_ref(), span)?;
            (
                pk.name.as_ref(),
                ConstraintKind::PrimaryKey(index_columns(cx, &pk.columns)?),
            )
        }
        ast::TableConstraint::Unique(u)
            if u.include.is_empty()
                && u.index_options.is_empty()
                && matches!(u.nulls_distinct, ast::NullsDistinctOption::None) =>
        {
            characteristics(cx, u.characteristics.as_ref(), span)?;
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
    // MATCH SIMPLE is the default; MATCH FULL differs on partly NULL keys.
    if fk
        .match_kind
        .as_ref()
        .is_some_and(|m| !matches!(m, ast::ConstraintReferenceMatchKind::Simple))
    {
        return cx.unsupported(span, "MATCH FULL or MATCH PARTIAL on a foreign key");
    }
    characteristics(cx, fk.characteristics.as_ref(), span)?;
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
