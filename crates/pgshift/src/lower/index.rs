//! `CREATE INDEX`.
//!
//! Every PostgreSQL option is kept in the IR (the access method, INCLUDE,
//! CONCURRENTLY, NULLS NOT DISTINCT) so that the `create_index` rule decides
//! per target what each one becomes; only storage parameters (`WITH (…)`) and
//! operator classes are refused here.

use super::{expr::expr, query::order_item, Cx, Lower};
use crate::ir::CreateIndex;
use sqlparser::ast;

pub fn create_index(cx: &mut Cx, i: &ast::CreateIndex) -> Lower<CreateIndex> {
    let span = cx.whole();
    if i.r#async || !i.with.is_empty() || !i.index_options.is_empty() {
        return cx.unsupported(span, "this CREATE INDEX option");
    }
    let name = match &i.name {
        None => None,
        Some(n) => match n.0.as_slice() {
            [ast::ObjectNamePart::Identifier(id)] => Some(cx.ident(id)),
            // CREATE INDEX public.i ON t: the index lives in the table's schema.
            [ast::ObjectNamePart::Identifier(schema), ast::ObjectNamePart::Identifier(id)]
                if cx.ident(schema).name == "public" =>
            {
                Some(cx.ident(id))
            }
            _ => return cx.unsupported(cx.span_of(n), "a schema-qualified index name"),
        },
    };
    let mut columns = Vec::with_capacity(i.columns.len());
    for c in &i.columns {
        if c.operator_class.is_some() {
            return cx.unsupported(cx.span_of(&c.column.expr), "an operator class");
        }
        columns.push(order_item(cx, &c.column)?);
    }
    let using = i.using.as_ref().map(|m| m.to_string().to_ascii_lowercase());
    Ok(CreateIndex {
        name,
        table: cx.object_name(&i.table_name)?,
        unique: i.unique,
        if_not_exists: i.if_not_exists,
        columns,
        predicate: i.predicate.as_ref().map(|e| expr(cx, e)).transpose()?,
        span,
        using,
        include: i.include.iter().map(|id| cx.ident(id)).collect(),
        concurrently: i.concurrently,
        nulls_not_distinct: i.nulls_distinct == Some(false),
        prefixes: Vec::new(),
    })
}
