//! INSERT, UPDATE and DELETE.

use super::query::{from_items, query, select_items, table_alias};
use super::{expr::expr, Cx, Lower};
use crate::ir::{
    Assignment, ConflictAction, ConflictTarget, Delete, Ident, Insert, InsertSource, OnConflict,
    SelectItem, Update,
};
use crate::span::Span;
use sqlparser::ast;

pub fn insert(cx: &mut Cx, i: &ast::Insert) -> Lower<Insert> {
    let span = cx.whole();
    let plain = i.optimizer_hints.is_empty()
        && i.or.is_none()
        && !i.ignore
        && !i.overwrite
        && i.assignments.is_empty()
        && i.partitioned.is_none()
        && i.after_columns.is_empty()
        && !i.has_table_keyword
        && i.output.is_none()
        && !i.replace_into
        && i.priority.is_none()
        && i.insert_alias.is_none()
        && i.settings.is_none()
        && i.format_clause.is_none()
        && i.multi_table_insert_type.is_none()
        && i.multi_table_into_clauses.is_empty();
    if !plain {
        return cx.unsupported(span, "this INSERT form");
    }
    let alias = i.table_alias.as_ref().map(|a| cx.ident(&a.alias));
    let table = match &i.table {
        ast::TableObject::TableName(name) => cx.object_name(name)?,
        _ => return cx.unsupported(span, "INSERT into a table function"),
    };
    let columns = i
        .columns
        .iter()
        .map(|c| match c.0.as_slice() {
            [ast::ObjectNamePart::Identifier(id)] => Ok(cx.ident(id)),
            _ => cx.unsupported(cx.span_of(c), "a qualified INSERT column"),
        })
        .collect::<Lower<Vec<Ident>>>()?;
    let source = match &i.source {
        Some(q) => InsertSource::Query(Box::new(query(cx, q)?)),
        None => InsertSource::DefaultValues,
    };
    let on_conflict = match &i.on {
        None => None,
        Some(ast::OnInsert::OnConflict(oc)) => Some(on_conflict(cx, oc)?),
        Some(other) => return cx.unsupported(cx.span_of(other), "ON DUPLICATE KEY UPDATE"),
    };
    Ok(Insert {
        table,
        alias,
        columns,
        source,
        on_conflict,
        on_duplicate_key_update: Vec::new(),
        row_alias: None,
        returning: returning(cx, i.returning.as_deref())?,
        span,
    })
}

/// `ON CONFLICT [(cols) | ON CONSTRAINT name] DO NOTHING | DO UPDATE SET ... [WHERE ...]`.
fn on_conflict(cx: &mut Cx, oc: &ast::OnConflict) -> Lower<OnConflict> {
    let span = clause_span(cx, "conflict");
    let target = match &oc.conflict_target {
        None => None,
        Some(ast::ConflictTarget::Columns(cols)) => Some(ConflictTarget::Columns(
            cols.iter().map(|c| cx.ident(c)).collect(),
        )),
        Some(ast::ConflictTarget::OnConstraint(name)) => {
            Some(ConflictTarget::Constraint(cx.object_name(name)?))
        }
    };
    let action = match &oc.action {
        ast::OnConflictAction::DoNothing => ConflictAction::DoNothing,
        ast::OnConflictAction::DoUpdate(u) => ConflictAction::DoUpdate {
            assignments: assignments(cx, &u.assignments, span)?,
            selection: u.selection.as_ref().map(|e| expr(cx, e)).transpose()?,
        },
    };
    Ok(OnConflict {
        target,
        action,
        span,
    })
}

/// The span of the last `ON <word>` in the statement (`ON CONFLICT`), or the
/// whole statement: sqlparser records no span for the clause's keywords.
fn clause_span(cx: &Cx, word: &str) -> Span {
    let lower = cx.text().to_ascii_lowercase();
    let found = lower.rmatch_indices(word).find_map(|(at, _)| {
        let before = lower[..at].trim_end();
        let on = before.len().checked_sub(2)?;
        let is_on = before.ends_with("on")
            && (on == 0 || !before.as_bytes()[on - 1].is_ascii_alphanumeric())
            && before.len() < at;
        is_on.then_some((on, at + word.len()))
    });
    match found {
        Some((start, end)) => cx.local_span(start, end),
        None => cx.whole(),
    }
}

pub fn update(cx: &mut Cx, u: &ast::Update) -> Lower<Update> {
    let span = cx.whole();
    if !u.optimizer_hints.is_empty()
        || u.output.is_some()
        || u.or.is_some()
        || !u.order_by.is_empty()
        || u.limit.is_some()
    {
        return cx.unsupported(span, "this UPDATE form");
    }
    if !u.table.joins.is_empty() {
        return cx.unsupported(span, "a join in the UPDATE target");
    }
    let (table, alias) = match &u.table.relation {
        ast::TableFactor::Table {
            name,
            alias,
            args: None,
            ..
        } => (cx.object_name(name)?, table_alias(cx, alias.as_ref())?),
        other => return cx.unsupported(cx.span_of(other), "this UPDATE target"),
    };
    let assignments = assignments(cx, &u.assignments, span)?;
    let from = match &u.from {
        None => Vec::new(),
        Some(ast::UpdateTableFromKind::AfterSet(from)) => from_items(cx, from)?,
        Some(ast::UpdateTableFromKind::BeforeSet(_)) => {
            return cx.unsupported(span, "FROM before SET")
        }
    };
    Ok(Update {
        table,
        alias,
        assignments,
        from,
        multi_table: false,
        selection: u.selection.as_ref().map(|e| expr(cx, e)).transpose()?,
        returning: returning(cx, u.returning.as_deref())?,
        span,
    })
}

pub fn delete(cx: &mut Cx, d: &ast::Delete) -> Lower<Delete> {
    let span = cx.whole();
    if !d.optimizer_hints.is_empty()
        || !d.tables.is_empty()
        || d.output.is_some()
        || !d.order_by.is_empty()
        || d.limit.is_some()
    {
        return cx.unsupported(span, "this DELETE form");
    }
    let from = match &d.from {
        ast::FromTable::WithFromKeyword(f) | ast::FromTable::WithoutKeyword(f) => f,
    };
    let (table, alias) = match from.as_slice() {
        [ast::TableWithJoins {
            relation:
                ast::TableFactor::Table {
                    name,
                    alias,
                    args: None,
                    ..
                },
            joins,
        }] if joins.is_empty() => (cx.object_name(name)?, table_alias(cx, alias.as_ref())?),
        _ => return cx.unsupported(span, "this DELETE target"),
    };
    Ok(Delete {
        table,
        alias,
        using: match &d.using {
            Some(using) => from_items(cx, using)?,
            None => Vec::new(),
        },
        multi_table: false,
        selection: d.selection.as_ref().map(|e| expr(cx, e)).transpose()?,
        returning: returning(cx, d.returning.as_deref())?,
        span,
    })
}

/// `SET a = x, b = y`, in UPDATE and in ON CONFLICT DO UPDATE.
fn assignments(cx: &mut Cx, list: &[ast::Assignment], span: Span) -> Lower<Vec<Assignment>> {
    let mut out = Vec::with_capacity(list.len());
    for a in list {
        let column = match &a.target {
            ast::AssignmentTarget::ColumnName(name) => match name.0.as_slice() {
                [ast::ObjectNamePart::Identifier(id)] => cx.ident(id),
                _ => return cx.unsupported(cx.span_of(name), "a qualified SET column"),
            },
            ast::AssignmentTarget::Tuple(_) => return cx.unsupported(span, "SET (a, b) = (...)"),
        };
        out.push(Assignment {
            table: None,
            column,
            value: expr(cx, &a.value)?,
        });
    }
    Ok(out)
}

fn returning(cx: &mut Cx, items: Option<&[ast::SelectItem]>) -> Lower<Vec<SelectItem>> {
    match items {
        Some(items) => select_items(cx, items),
        None => Ok(Vec::new()),
    }
}
