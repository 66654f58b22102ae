//! Views, `DROP` of objects other than tables, `TRUNCATE`, `COMMENT ON`,
//! `CREATE SCHEMA` and `CREATE EXTENSION`; and, through `fallback.rs`, the
//! statements sqlparser cannot parse: `REFRESH MATERIALIZED VIEW`, `DROP INDEX
//! CONCURRENTLY`, `ALTER [MATERIALIZED] VIEW … RENAME TO` and `ALTER INDEX … RENAME TO`.

use super::{query::query, Cx, Lower};
use crate::ir::{
    Comment, CreateNamed, CreateView, DropObject, ObjectChange, ObjectChangeKind, ObjectKind,
    ObjectName, Stmt, Truncate,
};
use sqlparser::ast;
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::keywords::Keyword;
use sqlparser::parser::Parser;

pub fn create_view(cx: &mut Cx, v: &ast::CreateView) -> Lower<Stmt> {
    let plain = !v.or_alter
        && !v.secure
        && matches!(v.options, ast::CreateTableOptions::None)
        && v.cluster_by.is_empty()
        && v.comment.is_none()
        && !v.with_no_schema_binding
        && !v.copy_grants
        && v.to.is_none()
        && v.params.is_none();
    if !plain {
        return cx.unsupported(cx.whole(), "this CREATE VIEW option");
    }
    if v.temporary {
        return cx.unsupported(cx.whole(), "a temporary view");
    }
    let mut columns = Vec::with_capacity(v.columns.len());
    for c in &v.columns {
        if c.data_type.is_some() || c.options.is_some() {
            return cx.unsupported(cx.span(c.name.span), "a typed view column");
        }
        columns.push(cx.ident(&c.name));
    }
    Ok(Stmt::CreateView(Box::new(CreateView {
        name: cx.object_name(&v.name)?,
        or_replace: v.or_replace,
        if_not_exists: v.if_not_exists,
        materialized: v.materialized,
        columns,
        query: Box::new(query(cx, &v.query)?),
        span: cx.whole(),
    })))
}

/// `DROP VIEW|INDEX|TYPE|SEQUENCE|SCHEMA … [IF EXISTS] names [CASCADE]`.
pub fn drop(cx: &mut Cx, stmt: &ast::Statement) -> Lower<Stmt> {
    let ast::Statement::Drop {
        object_type,
        if_exists,
        names,
        cascade,
        purge: false,
        temporary: false,
        table: None,
        ..
    } = stmt
    else {
        return cx.unsupported(cx.whole(), "this DROP");
    };
    if *object_type == ast::ObjectType::Database {
        return database(cx, "DROP DATABASE", names.first());
    }
    let kind = match object_type {
        ast::ObjectType::View => ObjectKind::View,
        ast::ObjectType::MaterializedView => ObjectKind::MaterializedView,
        ast::ObjectType::Index => ObjectKind::Index,
        ast::ObjectType::Type => ObjectKind::Type,
        ast::ObjectType::Sequence => ObjectKind::Sequence,
        ast::ObjectType::Schema => ObjectKind::Schema,
        other => return cx.unsupported(cx.whole(), format!("DROP {other}")),
    };
    let names = names
        .iter()
        .map(|n| cx.object_name(n))
        .collect::<Lower<Vec<_>>>()?;
    Ok(Stmt::DropObject(DropObject {
        kind,
        names,
        if_exists: *if_exists,
        cascade: *cascade,
        table: None,
        span: cx.whole(),
    }))
}

pub fn truncate(cx: &mut Cx, t: &ast::Truncate) -> Lower<Stmt> {
    if t.partitions.is_some() || t.if_exists || t.on_cluster.is_some() {
        return cx.unsupported(cx.whole(), "this TRUNCATE option");
    }
    // ONLY and `t *` choose whether inheriting tables are truncated too; the
    // targets have no table inheritance, so both mean the table alone.
    let tables = t
        .table_names
        .iter()
        .map(|n| cx.object_name(&n.name))
        .collect::<Lower<Vec<_>>>()?;
    Ok(Stmt::Truncate(Truncate {
        tables,
        restart_identity: t.identity == Some(ast::TruncateIdentityOption::Restart),
        cascade: t.cascade == Some(ast::CascadeOption::Cascade),
        span: cx.whole(),
    }))
}

/// `COMMENT ON TABLE t | COLUMN t.c IS …`; a comment on any other object is
/// only documentation, kept as a skip note.
pub fn comment(cx: &mut Cx, stmt: &ast::Statement) -> Lower<Stmt> {
    let ast::Statement::Comment {
        object_type,
        object_name,
        comment,
        if_exists: false,
    } = stmt
    else {
        return cx.unsupported(cx.whole(), "this COMMENT");
    };
    let mut name = cx.object_name(object_name)?;
    let column = match object_type {
        ast::CommentObject::Table => None,
        ast::CommentObject::Column => {
            if name.parts.len() < 2 {
                return cx.unsupported(name.span, "a column name without its table");
            }
            name.parts.pop()
        }
        other => {
            let what = format!("COMMENT ON {other} {}", crate::catalog::key(&name));
            let text = match comment {
                Some(t) => format!("'{}'", t.replace('\'', "''")),
                None => "NULL".to_string(),
            };
            cx.diagnostics.push(crate::diagnostics::Diagnostic::new(
                crate::diagnostics::Code::ObjectSkipped,
                cx.whole(),
                format!("{what} has no equivalent in the target; it is kept only as a comment in the output"),
            ));
            return Ok(Stmt::Skipped(crate::rules::one_line(&format!(
                "pgshift: skipped {what} IS {text}"
            ))));
        }
    };
    Ok(Stmt::Comment(Comment {
        table: name,
        column,
        text: comment.clone(),
        span: cx.whole(),
    }))
}

pub fn create_schema(cx: &mut Cx, stmt: &ast::Statement) -> Lower<Stmt> {
    let ast::Statement::CreateSchema {
        schema_name: ast::SchemaName::Simple(name),
        if_not_exists,
        or_replace: false,
        with: None,
        options: None,
        default_collate_spec: None,
        clone: None,
    } = stmt
    else {
        return cx.unsupported(cx.whole(), "this CREATE SCHEMA form");
    };
    let name = cx.object_name(name)?;
    let [id] = name.parts.as_slice() else {
        return cx.unsupported(name.span, "a qualified schema name");
    };
    Ok(Stmt::CreateSchema(CreateNamed {
        name: id.clone(),
        if_not_exists: *if_not_exists,
        span: cx.whole(),
    }))
}

pub fn create_extension(cx: &mut Cx, e: &ast::CreateExtension) -> Lower<Stmt> {
    Ok(Stmt::CreateExtension(CreateNamed {
        name: cx.ident(&e.name),
        if_not_exists: e.if_not_exists,
        span: cx.whole(),
    }))
}

/// `REFRESH MATERIALIZED VIEW [CONCURRENTLY] v [WITH DATA]`, `DROP INDEX
/// CONCURRENTLY [IF EXISTS] i [CASCADE]`, `ALTER [MATERIALIZED] VIEW [IF EXISTS]
/// v RENAME TO w` and `ALTER INDEX [IF EXISTS] i RENAME TO j`, which sqlparser
/// cannot parse; `None` for any other statement.
pub fn fallback(cx: &mut Cx) -> Option<Lower<Stmt>> {
    let text = cx.text().to_string();
    let dialect = PostgreSqlDialect {};
    let mut p = Parser::new(&dialect).try_with_sql(&text).ok()?;
    if p.parse_keywords(&[Keyword::REFRESH, Keyword::MATERIALIZED, Keyword::VIEW]) {
        let concurrently = p.parse_keyword(Keyword::CONCURRENTLY);
        let name = p.parse_object_name(false).ok()?;
        if p.parse_keywords(&[Keyword::WITH, Keyword::NO, Keyword::DATA]) {
            return Some(cx.unsupported(cx.whole(), "REFRESH … WITH NO DATA"));
        }
        let _ = p.parse_keywords(&[Keyword::WITH, Keyword::DATA]);
        return Some(finish(
            cx,
            &mut p,
            &name,
            ObjectChangeKind::Refresh { concurrently },
        ));
    }
    if p.parse_keywords(&[Keyword::DROP, Keyword::INDEX, Keyword::CONCURRENTLY]) {
        let if_exists = p.parse_keywords(&[Keyword::IF, Keyword::EXISTS]);
        let names = p
            .parse_comma_separated(|p| p.parse_object_name(false))
            .ok()?;
        let cascade = p.parse_keyword(Keyword::CASCADE);
        let _ = p.parse_keyword(Keyword::RESTRICT);
        let _ = p.consume_token(&sqlparser::tokenizer::Token::SemiColon);
        if p.peek_token().token != sqlparser::tokenizer::Token::EOF {
            return None;
        }
        let names = match names.iter().map(|n| cx.object_name(n)).collect() {
            Ok(n) => n,
            Err(stop) => return Some(Err(stop)),
        };
        return Some(Ok(Stmt::DropObject(DropObject {
            kind: ObjectKind::Index,
            names,
            if_exists,
            cascade,
            table: None,
            span: cx.whole(),
        })));
    }
    if !p.parse_keyword(Keyword::ALTER) {
        return None;
    }
    let kind = if p.parse_keyword(Keyword::VIEW) {
        Some(false)
    } else if p.parse_keywords(&[Keyword::MATERIALIZED, Keyword::VIEW]) {
        Some(true)
    } else if p.parse_keyword(Keyword::INDEX) {
        None
    } else {
        return None;
    };
    if p.parse_keywords(&[Keyword::IF, Keyword::EXISTS]) {
        return Some(cx.unsupported(cx.whole(), "ALTER … IF EXISTS on a view or index"));
    }
    let name = p.parse_object_name(false).ok()?;
    if !p.parse_keywords(&[Keyword::RENAME, Keyword::TO]) {
        return None;
    }
    let to = p.parse_identifier().ok()?;
    let to = cx.ident(&to);
    let change = match kind {
        Some(materialized) => ObjectChangeKind::RenameView { materialized, to },
        None => ObjectChangeKind::RenameIndex { to },
    };
    Some(finish(cx, &mut p, &name, change))
}

/// The statement once its last clause is read: nothing may follow but `;`.
fn finish(
    cx: &mut Cx,
    p: &mut Parser,
    name: &ast::ObjectName,
    change: ObjectChangeKind,
) -> Lower<Stmt> {
    let _ = p.consume_token(&sqlparser::tokenizer::Token::SemiColon);
    if p.peek_token().token != sqlparser::tokenizer::Token::EOF {
        return cx.unsupported(cx.whole(), "this statement form");
    }
    let name: ObjectName = cx.object_name(name)?;
    Ok(Stmt::ObjectChange(ObjectChange {
        name,
        change,
        span: cx.whole(),
    }))
}

/// `CREATE DATABASE d`, `DROP DATABASE d` → a skip note with a warning: the
/// targets' output runs in the database it is loaded into.
pub fn database(cx: &mut Cx, what: &str, name: Option<&ast::ObjectName>) -> Lower<Stmt> {
    let name = name.map_or_else(String::new, |n| format!(" {n}"));
    cx.diagnostics.push(crate::Diagnostic::new(
        crate::Code::DatabaseSkipped,
        cx.whole(),
        format!("{what}{name} is skipped"),
    ));
    Ok(Stmt::Skipped(format!(
        "skipped {what}{name}: the output runs in the database it is loaded into"
    )))
}
