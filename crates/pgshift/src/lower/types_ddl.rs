//! `CREATE TYPE … AS ENUM`, `ALTER TYPE … ADD VALUE | RENAME VALUE`, `CREATE DOMAIN`, `DROP DOMAIN`.
//!
//! `CREATE DOMAIN` with `NOT NULL` does not parse in sqlparser; `fallback.rs`
//! reads every `CREATE DOMAIN` and builds the same IR as [`create_domain`].

use super::{expr::expr, types, Cx, Lower};
use crate::ir::{AlterEnum, CreateDomain, CreateEnum, DropObject, EnumChange, ObjectKind, Stmt};
use sqlparser::ast;

/// `CREATE TYPE mood AS ENUM ('sad', 'ok')` → `CreateEnum`. Composite and range
/// types are not supported.
pub fn create_type(cx: &mut Cx, stmt: &ast::Statement) -> Lower<Stmt> {
    let ast::Statement::CreateType {
        name,
        representation: Some(ast::UserDefinedTypeRepresentation::Enum { labels }),
    } = stmt
    else {
        return cx.unsupported(cx.whole(), "CREATE TYPE other than AS ENUM");
    };
    Ok(Stmt::CreateEnum(CreateEnum {
        name: cx.object_name(name)?,
        labels: labels.iter().map(|l| l.value.clone()).collect(),
        span: cx.whole(),
    }))
}

/// `ALTER TYPE mood ADD VALUE [IF NOT EXISTS] 'x' [BEFORE|AFTER 'y']`, `ALTER TYPE mood RENAME VALUE 'a' TO 'b'`.
pub fn alter_type(cx: &mut Cx, t: &ast::AlterType) -> Lower<Stmt> {
    let op = match &t.operation {
        ast::AlterTypeOperation::AddValue(add) => EnumChange::AddValue {
            label: add.value.value.clone(),
            if_not_exists: add.if_not_exists,
            position: add.position.as_ref().map(|p| match p {
                ast::AlterTypeAddValuePosition::Before(v) => (true, v.value.clone()),
                ast::AlterTypeAddValuePosition::After(v) => (false, v.value.clone()),
            }),
        },
        ast::AlterTypeOperation::RenameValue(r) => EnumChange::RenameValue {
            from: r.from.value.clone(),
            to: r.to.value.clone(),
        },
        ast::AlterTypeOperation::Rename(_) => {
            return cx.unsupported(cx.whole(), "ALTER TYPE … RENAME TO")
        }
    };
    Ok(Stmt::AlterEnum(AlterEnum {
        name: cx.object_name(&t.name)?,
        op,
        span: cx.whole(),
    }))
}

/// `CREATE DOMAIN d AS base [DEFAULT e] [CHECK (…)]…` as sqlparser reads it.
pub fn create_domain(cx: &mut Cx, d: &ast::CreateDomain) -> Lower<Stmt> {
    let span = cx.whole();
    if d.collation.is_some() {
        return cx.unsupported(span, "a domain's COLLATE");
    }
    let base = types::data_type(cx, &d.data_type, span)?;
    let default = d.default.as_ref().map(|e| expr(cx, e)).transpose()?;
    let mut checks = Vec::new();
    for c in &d.constraints {
        match c {
            ast::TableConstraint::Check(check) => checks.push(expr(cx, &check.expr)?),
            other => return cx.unsupported(cx.span_of(other), "this domain constraint"),
        }
    }
    Ok(Stmt::CreateDomain(Box::new(CreateDomain {
        name: cx.object_name(&d.name)?,
        base,
        not_null: false,
        default,
        checks,
        span,
    })))
}

/// `DROP DOMAIN [IF EXISTS] d [CASCADE]` → `DropObject` of kind `Domain`.
pub fn drop_domain(cx: &mut Cx, d: &ast::DropDomain) -> Lower<Stmt> {
    Ok(Stmt::DropObject(DropObject {
        kind: ObjectKind::Domain,
        names: vec![cx.object_name(&d.name)?],
        if_exists: d.if_exists,
        cascade: matches!(d.drop_behavior, Some(ast::DropBehavior::Cascade)),
        table: None,
        span: cx.whole(),
    }))
}

/// `CREATE DOMAIN d [AS] base { [CONSTRAINT n] NOT NULL | NULL | CHECK (…) | DEFAULT e }…`,
/// read with sqlparser's column-option parser (its statement parser rejects `NOT NULL`).
pub fn create_domain_text(cx: &mut Cx) -> Lower<Stmt> {
    use sqlparser::keywords::Keyword;
    use sqlparser::tokenizer::Token;
    let span = cx.whole();
    let read = |cx: &mut Cx| -> Result<
        (ast::ObjectName, ast::DataType, Vec<ast::ColumnOption>),
        sqlparser::parser::ParserError,
    > {
        let mut p = super::fallback::parser(cx)?;
        p.expect_keywords(&[Keyword::CREATE, Keyword::DOMAIN])?;
        let name = p.parse_object_name(false)?;
        let _ = p.parse_keyword(Keyword::AS);
        let ty = p.parse_data_type()?;
        let mut options = Vec::new();
        loop {
            if matches!(p.peek_token().token, Token::EOF | Token::SemiColon) {
                return Ok((name, ty, options));
            }
            if p.parse_keyword(Keyword::CONSTRAINT) {
                p.parse_identifier()?;
            }
            match p.parse_optional_column_option()? {
                Some(o) => options.push(o),
                None => {
                    let found = p.peek_token();
                    return Err(sqlparser::parser::ParserError::ParserError(format!(
                        "Expected: a domain constraint, found: {found}"
                    )));
                }
            }
        }
    };
    let (name, ty, options) = match read(cx) {
        Ok(parts) => parts,
        Err(e) => return super::fallback::parse_error(cx, &e),
    };
    let base = types::data_type(cx, &ty, span)?;
    let mut domain = CreateDomain {
        name: cx.object_name(&name)?,
        base,
        not_null: false,
        default: None,
        checks: Vec::new(),
        span,
    };
    for o in &options {
        match o {
            ast::ColumnOption::NotNull => domain.not_null = true,
            ast::ColumnOption::Null => domain.not_null = false,
            ast::ColumnOption::Default(e) => domain.default = Some(expr(cx, e)?),
            ast::ColumnOption::Check(c) => domain.checks.push(expr(cx, &c.expr)?),
            other => return cx.unsupported(span, format!("the domain option `{other}`")),
        }
    }
    Ok(Stmt::CreateDomain(Box::new(domain)))
}
