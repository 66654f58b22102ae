//! INSERT, UPDATE and DELETE.

use super::query::{from_items, query, select_items, table_alias};
use super::{expr::expr, Cx, Lower};
use crate::ir::{Assignment, Delete, Ident, Insert, InsertSource, SelectItem, Update};
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
    if i.table_alias.is_some() {
        return cx.unsupported(span, "an alias on the INSERT target");
    }
    if i.on.is_some() {
        return cx.unsupported(span, "ON CONFLICT");
    }
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
    Ok(Insert {
        table,
        columns,
        source,
        returning: returning(cx, i.returning.as_deref())?,
        span,
    })
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
    let mut assignments = Vec::with_capacity(u.assignments.len());
    for a in &u.assignments {
        let column = match &a.target {
            ast::AssignmentTarget::ColumnName(name) => match name.0.as_slice() {
                [ast::ObjectNamePart::Identifier(id)] => cx.ident(id),
                _ => return cx.unsupported(cx.span_of(name), "a qualified SET column"),
            },
            ast::AssignmentTarget::Tuple(_) => return cx.unsupported(span, "SET (a, b) = (...)"),
        };
        assignments.push(Assignment {
            column,
            value: expr(cx, &a.value)?,
        });
    }
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
        selection: d.selection.as_ref().map(|e| expr(cx, e)).transpose()?,
        returning: returning(cx, d.returning.as_deref())?,
        span,
    })
}

fn returning(cx: &mut Cx, items: Option<&[ast::SelectItem]>) -> Lower<Vec<SelectItem>> {
    match items {
        Some(items) => select_items(cx, items),
        None => Ok(Vec::new()),
    }
}
