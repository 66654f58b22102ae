//! JSON set-returning functions in FROM: `json(b)_array_elements`,
//! `json(b)_array_elements_text`, `json(b)_each` and `json(b)_each_text`.
//!
//! The function becomes the target's table function, and every reference to
//! its PostgreSQL columns (`e.value`, `kv.key`, an alias column such as `e.v`,
//! or the bare table alias of a one-column function) becomes an expression over
//! the target function's own columns. A bare reference in the select list keeps
//! PostgreSQL's column name as an alias.
//!
//! ```sql
//! -- input
//! SELECT e.value, x.value FROM t, jsonb_array_elements(t.doc) AS e, jsonb_each_text(t.obj) AS x
//! -- output (SQLite): json_each's type/value/atom columns rebuilt as PostgreSQL's values
//! SELECT json(CASE e.type WHEN 'real' THEN coalesce(e.json -> e.fullkey, json_quote(e.value))
//!          WHEN 'text' THEN json_quote(e.value) WHEN 'integer' THEN json_quote(e.value)
//!          WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' WHEN 'null' THEN 'null' ELSE e.value END) AS value,
//!        CASE x.type WHEN 'null' THEN NULL WHEN 'true' THEN 'true' ... END AS value
//! FROM t, json_each(t.doc) AS e, json_each(t.obj) AS x
//! -- output (MySQL): JSON_TABLE over the array, or over the object's keys
//! SELECT e.v AS value, CASE COALESCE(JSON_TYPE(JSON_EXTRACT(t.obj, CONCAT('$."', REPLACE(REPLACE(x.k, '\\', '\\\\'), '"', '\\"'), '"'))), 'NULL')
//!          WHEN 'NULL' THEN NULL ELSE JSON_UNQUOTE(...) END AS value
//! FROM t, JSON_TABLE(t.doc, '$[*]' COLUMNS (v JSON PATH '$')) AS e,
//!      JSON_TABLE(JSON_KEYS(t.obj), '$[*]' COLUMNS (k LONGTEXT COLLATE utf8mb4_bin PATH '$')) AS x
//! ```
//!
//! Fidelity: the `_text` columns are exact for scalars (a JSON null is SQL NULL,
//! strings are unquoted, booleans print `true`/`false`, numbers keep their
//! digits); objects and arrays, and the JSON columns, come back as JSON text
//! whose spacing differs from PostgreSQL's. Without ORDER BY the row order is the
//! target's (document order); PostgreSQL's jsonb_each lists keys in jsonb's own
//! order. An input that PostgreSQL rejects (elements of an object, members of an
//! array) yields rows or none on the targets instead of an error. A reference
//! that pgshift cannot resolve with certainty (an unqualified column name inside
//! a subquery, `SELECT *`, a whole-row reference to a two-column function) is an
//! error (PGS0400). A repeated argument on MySQL's `jsonb_each` is guarded by
//! the volatile-call check.
//!
//! <https://www.postgresql.org/docs/current/functions-json.html>,
//! <https://www.sqlite.org/json1.html#jeach>,
//! <https://dev.mysql.com/doc/refman/8.0/en/json-table-functions.html>,
//! <https://mariadb.com/kb/en/json_table/>

use super::build::{call, text};
use super::json_operators::binary;
use super::json_operators::build::{column, ident};
use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::visit::{walk_expr, walk_query, walk_stmt, VisitMut};
use crate::ir::{
    BinOp, DataType, Expr, ExprKind, FromItem, JoinConstraint, JsonColumnKind, JsonTableColumn,
    Literal, ObjectName, OrderItem, Query, Select, SelectItem, SetExpr, Stmt, TableAlias, TableRef,
};
use crate::span::Span;
use crate::target::Dialect;

/// The functions this rule owns; `set_returning` leaves them alone.
pub(super) fn is_json_srf(name: &str) -> bool {
    matches!(
        name,
        "json_array_elements"
            | "jsonb_array_elements"
            | "json_array_elements_text"
            | "jsonb_array_elements_text"
            | "json_each"
            | "jsonb_each"
            | "json_each_text"
            | "jsonb_each_text"
    )
}

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    struct V<'a, 'b>(&'a mut RuleCx<'b>);
    impl VisitMut for V<'_, '_> {
        fn query(&mut self, q: &mut Query) {
            let direct = matches!(q.body, SetExpr::Select(_));
            let mut order = std::mem::take(&mut q.order_by);
            set_expr(&mut q.body, direct.then_some(&mut order), self.0);
            q.order_by = order;
        }
    }
    walk_stmt(&mut V(cx), stmt);
    // UPDATE ... FROM and DELETE ... USING are not translated.
    let from = match stmt {
        Stmt::Update(u) => u.from.as_slice(),
        Stmt::Delete(d) => d.using.as_slice(),
        _ => &[],
    };
    for item in from {
        for t in std::iter::once(&item.relation).chain(item.joins.iter().map(|j| &j.relation)) {
            if let Some(span) = json_srf_span(t) {
                cx.report(
                    Code::JsonSetReturning,
                    span,
                    "a JSON set-returning function is translated only in a SELECT",
                );
            }
        }
    }
}

fn json_srf_span(t: &TableRef) -> Option<Span> {
    match t {
        TableRef::Function { name, .. } if srf_name(name).is_some() => Some(name.span),
        _ => None,
    }
}

fn srf_name(name: &ObjectName) -> Option<&str> {
    let plain = match name.parts.as_slice() {
        [only] if !only.quoted => only.name.as_str(),
        [schema, only] if !only.quoted && schema.name == "pg_catalog" => only.name.as_str(),
        _ => return None,
    };
    is_json_srf(plain).then_some(plain)
}

fn set_expr(body: &mut SetExpr, order: Option<&mut Vec<OrderItem>>, cx: &mut RuleCx) {
    match body {
        SetExpr::Select(s) => select(s, order, cx),
        SetExpr::SetOp { left, right, .. } => {
            set_expr(left, None, cx);
            set_expr(right, None, cx);
        }
        SetExpr::Values(_) | SetExpr::Query(_) => {}
    }
}

/// One translated function: its alias, its PostgreSQL columns and their target expressions.
struct Srf {
    alias: String,
    columns: Vec<(String, Expr)>,
    /// A one-column function: the bare alias also names its value.
    single: bool,
}

fn select(s: &mut Select, order: Option<&mut Vec<OrderItem>>, cx: &mut RuleCx) {
    let mut srfs: Vec<Srf> = Vec::new();
    let mut errors: Vec<(Span, String)> = Vec::new();
    for item in &mut s.from {
        let relations = std::iter::once(&mut item.relation)
            .chain(item.joins.iter_mut().map(|j| &mut j.relation));
        for t in relations {
            if let TableRef::Nested(inner) = t {
                if let Some(span) = nested_srf(inner) {
                    errors.push((
                        span,
                        "a JSON set-returning function inside parenthesized joins is not supported"
                            .into(),
                    ));
                }
                continue;
            }
            let TableRef::Function { name, args, alias } = t else {
                continue;
            };
            let Some(fname) = srf_name(name).map(str::to_string) else {
                continue;
            };
            let span = name.span;
            // Arguments may refer to the functions before this one.
            for a in args.iter_mut() {
                rewrite(a, &srfs, &mut errors);
            }
            match translate(&fname, args, alias.as_ref(), span, cx.target.dialect) {
                Ok((relation, srf)) => {
                    *t = relation;
                    srfs.push(srf);
                }
                Err(why) => errors.push((span, why)),
            }
        }
    }
    if !srfs.is_empty() {
        resolve_select(s, order, &srfs, &mut errors);
    }
    for (span, why) in errors {
        cx.report(Code::JsonSetReturning, span, why);
    }
}

fn nested_srf(item: &FromItem) -> Option<Span> {
    std::iter::once(&item.relation)
        .chain(item.joins.iter().map(|j| &j.relation))
        .find_map(|t| match t {
            TableRef::Nested(inner) => nested_srf(inner),
            other => json_srf_span(other),
        })
}

/// Rewrites every reference to the functions' columns in the SELECT and its ORDER BY.
fn resolve_select(
    s: &mut Select,
    order: Option<&mut Vec<OrderItem>>,
    srfs: &[Srf],
    errors: &mut Vec<(Span, String)>,
) {
    let mut projection = Vec::with_capacity(s.projection.len());
    for item in std::mem::take(&mut s.projection) {
        match item {
            // SELECT * would show the target function's own columns.
            SelectItem::Wildcard => {
                errors.push((
                    srf_span(s),
                    "SELECT * with a JSON set-returning function: list the columns".into(),
                ));
                projection.push(SelectItem::Wildcard);
            }
            // SELECT e.* → SELECT <value> AS value.
            SelectItem::QualifiedWildcard(name) => {
                let found = match name.parts.as_slice() {
                    [only] => srfs.iter().find(|f| f.alias == only.name),
                    _ => None,
                };
                match found {
                    Some(f) => projection.extend(f.columns.iter().map(|(n, e)| SelectItem::Expr {
                        expr: e.clone(),
                        alias: Some(ident(n, name.span)),
                    })),
                    None => projection.push(SelectItem::QualifiedWildcard(name)),
                }
            }
            // SELECT e.value → SELECT <value> AS value.
            SelectItem::Expr { mut expr, alias } => {
                let alias = alias.or_else(|| match &expr.kind {
                    ExprKind::Column(parts)
                        if matches!(resolve(srfs, parts), Resolved::Expr(_)) =>
                    {
                        parts.last().map(|p| ident(&p.name, p.span))
                    }
                    _ => None,
                });
                rewrite(&mut expr, srfs, errors);
                projection.push(SelectItem::Expr { expr, alias });
            }
        }
    }
    s.projection = projection;
    let mut exprs: Vec<&mut Expr> = Vec::new();
    exprs.extend(s.selection.as_mut());
    exprs.extend(s.group_by.iter_mut());
    exprs.extend(s.having.as_mut());
    for item in &mut s.from {
        for j in &mut item.joins {
            if let JoinConstraint::On(e) = &mut j.constraint {
                exprs.push(e);
            }
        }
    }
    for (_, spec) in &mut s.windows {
        exprs.extend(spec.partition_by.iter_mut());
        exprs.extend(spec.order_by.iter_mut().map(|o| &mut o.expr));
    }
    if let Some(order) = order {
        exprs.extend(order.iter_mut().map(|o| &mut o.expr));
    }
    for e in exprs {
        rewrite(e, srfs, errors);
    }
}

fn srf_span(s: &Select) -> Span {
    s.from
        .iter()
        .find_map(nested_srf_translated)
        .unwrap_or_else(|| Span::new(0, 0))
}

fn nested_srf_translated(item: &FromItem) -> Option<Span> {
    std::iter::once(&item.relation)
        .chain(item.joins.iter().map(|j| &j.relation))
        .find_map(|t| match t {
            TableRef::Function { name, .. } => Some(name.span),
            TableRef::JsonTable { alias, .. } => Some(alias.span),
            _ => None,
        })
}

enum Resolved {
    Expr(Expr),
    Error(String),
    Other,
}

/// What a column reference means, given the functions in scope.
fn resolve(srfs: &[Srf], parts: &[crate::ir::Ident]) -> Resolved {
    match parts {
        [table, col] => match srfs.iter().find(|f| f.alias == table.name) {
            Some(f) => match f.columns.iter().find(|(n, _)| *n == col.name) {
                Some((_, e)) => Resolved::Expr(e.clone()),
                None => Resolved::Error(format!(
                    "{}.{} is not a column of this JSON function",
                    table.name, col.name
                )),
            },
            None => Resolved::Other,
        },
        [col] => {
            let mut found = srfs.iter().filter_map(|f| {
                f.columns
                    .iter()
                    .find(|(n, _)| *n == col.name)
                    .or_else(|| (f.single && f.alias == col.name).then(|| &f.columns[0]))
                    .map(|(_, e)| e)
            });
            match (found.next(), found.next()) {
                (Some(e), None) => Resolved::Expr(e.clone()),
                (Some(_), Some(_)) => Resolved::Error(format!(
                    "the column {} is ambiguous; qualify it with the function's alias",
                    col.name
                )),
                (None, _) if srfs.iter().any(|f| f.alias == col.name) => Resolved::Error(format!(
                    "the whole-row reference {} is not supported; name its columns",
                    col.name
                )),
                (None, _) => Resolved::Other,
            }
        }
        _ => Resolved::Other,
    }
}

/// Replaces references in `e`; a subquery that might shadow the names is an error.
fn rewrite(e: &mut Expr, srfs: &[Srf], errors: &mut Vec<(Span, String)>) {
    struct Check<'a> {
        srfs: &'a [Srf],
        errors: &'a mut Vec<(Span, String)>,
    }
    impl VisitMut for Check<'_> {
        fn expr(&mut self, e: &mut Expr) {
            if let ExprKind::Subquery(q)
            | ExprKind::Exists { query: q, .. }
            | ExprKind::InSubquery { query: q, .. } = &mut e.kind
            {
                if let Some(why) = shadowing(q, self.srfs) {
                    self.errors.push((e.span, why));
                }
            }
        }
    }
    struct R<'a> {
        srfs: &'a [Srf],
        errors: &'a mut Vec<(Span, String)>,
    }
    impl VisitMut for R<'_> {
        fn expr(&mut self, e: &mut Expr) {
            if let ExprKind::Column(parts) = &e.kind {
                match resolve(self.srfs, parts) {
                    Resolved::Expr(mut x) => {
                        x.span = e.span;
                        *e = if matches!(x.kind, ExprKind::Case { .. }) {
                            Expr::new(ExprKind::Nested(x.boxed()), e.span)
                        } else {
                            x
                        };
                    }
                    Resolved::Error(why) => self.errors.push((e.span, why)),
                    Resolved::Other => {}
                }
            }
        }
    }
    // Subqueries are checked before any name inside them is replaced.
    let before = errors.len();
    walk_expr(&mut Check { srfs, errors }, e);
    if errors.len() == before {
        walk_expr(&mut R { srfs, errors }, e);
    }
}

/// A reason to refuse a subquery whose names pgshift cannot resolve with certainty.
fn shadowing(q: &mut Query, srfs: &[Srf]) -> Option<String> {
    #[derive(Default)]
    struct N {
        bare: Vec<String>,
        declared: Vec<String>,
    }
    impl VisitMut for N {
        fn expr(&mut self, e: &mut Expr) {
            if let ExprKind::Column(parts) = &e.kind {
                if let [only] = parts.as_slice() {
                    self.bare.push(only.name.clone());
                }
            }
        }
        fn select(&mut self, s: &mut Select) {
            for item in &s.from {
                for t in
                    std::iter::once(&item.relation).chain(item.joins.iter().map(|j| &j.relation))
                {
                    let name = match t {
                        TableRef::Table { name, alias } => alias
                            .as_ref()
                            .map(|a| a.name.name.clone())
                            .or_else(|| name.parts.last().map(|p| p.name.clone())),
                        TableRef::Derived { alias, .. } | TableRef::Function { alias, .. } => {
                            alias.as_ref().map(|a| a.name.name.clone())
                        }
                        TableRef::JsonTable { alias, .. } => Some(alias.name.clone()),
                        TableRef::Nested(_) => None,
                    };
                    self.declared.extend(name);
                }
            }
        }
    }
    let mut n = N::default();
    walk_query(&mut n, q);
    for f in srfs {
        if n.declared.contains(&f.alias) {
            return Some(format!(
                "a subquery declares {} again; rename one of them",
                f.alias
            ));
        }
        for (col, _) in &f.columns {
            if n.bare.contains(col) || (f.single && n.bare.contains(&f.alias)) {
                return Some(format!(
                    "qualify {col} inside the subquery as {}.{col}",
                    f.alias
                ));
            }
        }
    }
    None
}

/// The target relation and the column expressions for one function.
fn translate(
    fname: &str,
    args: &[Expr],
    alias: Option<&TableAlias>,
    span: Span,
    dialect: Dialect,
) -> Result<(TableRef, Srf), String> {
    let [x] = args else {
        return Err(format!("{fname} takes one argument"));
    };
    let each = fname.ends_with("each") || fname.ends_with("each_text");
    let as_text = fname.ends_with("_text");
    let table = alias.map_or(fname, |a| a.name.name.as_str()).to_string();
    let given: Vec<String> = alias
        .map(|a| a.columns.iter().map(|c| c.name.clone()).collect())
        .unwrap_or_default();
    let defaults: &[&str] = if each { &["key", "value"] } else { &["value"] };
    if given.len() > defaults.len() {
        return Err(format!(
            "{fname} returns {} column(s), but the alias names {}",
            defaults.len(),
            given.len()
        ));
    }
    let names: Vec<String> = defaults
        .iter()
        .enumerate()
        .map(|(i, d)| given.get(i).cloned().unwrap_or_else(|| d.to_string()))
        .collect();
    let a = table.as_str();
    let (relation, values) = match dialect {
        Dialect::Sqlite => {
            let relation = TableRef::Function {
                name: ObjectName {
                    parts: vec![ident("json_each", span)],
                    span,
                },
                args: vec![x.clone()],
                alias: Some(TableAlias {
                    name: ident(a, span),
                    columns: Vec::new(),
                }),
            };
            let value = if as_text {
                sqlite_text(a, span)
            } else {
                sqlite_json(a, span)
            };
            (relation, vec![column(&[a, "key"], span), value])
        }
        Dialect::Mysql => mysql(x, a, each, as_text, span),
    };
    let exprs = if each {
        values
    } else {
        values.into_iter().skip(1).collect()
    };
    let srf = Srf {
        alias: table.clone(),
        columns: names.into_iter().zip(exprs).collect(),
        single: !each,
    };
    Ok((relation, srf))
}

fn case_type(a: &str, whens: Vec<(&str, Expr)>, else_: Expr, span: Span) -> Expr {
    Expr::new(
        ExprKind::Case {
            operand: Some(column(&[a, "type"], span).boxed()),
            whens: whens.into_iter().map(|(t, e)| (text(t, span), e)).collect(),
            else_: Some(else_.boxed()),
        },
        span,
    )
}

/// The digits of a real number as written: `a.json -> a.fullkey` (`2.50`, not 2.5).
fn sqlite_digits(a: &str, fallback: Expr, span: Span) -> Expr {
    let written = binary(
        BinOp::TargetJsonGet,
        column(&[a, "json"], span),
        column(&[a, "fullkey"], span),
        span,
    );
    call("coalesce", vec![written, fallback], span)
}

/// The element as jsonb text: strings quoted, booleans and null as words.
fn sqlite_json(a: &str, span: Span) -> Expr {
    let value = || column(&[a, "value"], span);
    let quoted = || call("json_quote", vec![value()], span);
    let case = case_type(
        a,
        vec![
            ("real", sqlite_digits(a, quoted(), span)),
            ("text", quoted()),
            ("integer", quoted()),
            ("true", text("true", span)),
            ("false", text("false", span)),
            ("null", text("null", span)),
        ],
        value(),
        span,
    );
    call("json", vec![case], span)
}

/// The element as PostgreSQL's text: JSON null is NULL, strings unquoted.
fn sqlite_text(a: &str, span: Span) -> Expr {
    let value = || column(&[a, "value"], span);
    let as_text = || {
        Expr::new(
            ExprKind::Cast {
                expr: value().boxed(),
                ty: DataType::Text,
            },
            span,
        )
    };
    case_type(
        a,
        vec![
            ("null", Expr::new(ExprKind::Literal(Literal::Null), span)),
            ("true", text("true", span)),
            ("false", text("false", span)),
            ("real", sqlite_digits(a, as_text(), span)),
            ("integer", as_text()),
        ],
        value(),
        span,
    )
}

/// MySQL: JSON_TABLE over the array, or over JSON_KEYS of the object.
fn mysql(x: &Expr, a: &str, each: bool, as_text: bool, span: Span) -> (TableRef, Vec<Expr>) {
    let (source, col) = if each {
        (
            call("json_keys", vec![x.clone()], span),
            JsonTableColumn {
                name: ident("k", span),
                kind: JsonColumnKind::Text("$".into()),
            },
        )
    } else {
        (
            x.clone(),
            JsonTableColumn {
                name: ident("v", span),
                kind: JsonColumnKind::Json("$".into()),
            },
        )
    };
    let relation = TableRef::JsonTable {
        expr: source,
        path: "$[*]".into(),
        columns: vec![col],
        alias: ident(a, span),
    };
    let key = column(&[a, "k"], span);
    let json = if each {
        // JSON_EXTRACT(x, CONCAT('$."', REPLACE(REPLACE(k, '\\', '\\\\'), '"', '\\"'), '"')).
        let escaped = call(
            "replace",
            vec![
                call(
                    "replace",
                    vec![key.clone(), text("\\", span), text("\\\\", span)],
                    span,
                ),
                text("\"", span),
                text("\\\"", span),
            ],
            span,
        );
        let path = call(
            "concat",
            vec![text("$.\"", span), escaped, text("\"", span)],
            span,
        );
        call("json_extract", vec![x.clone(), path], span)
    } else {
        column(&[a, "v"], span)
    };
    let value = if as_text {
        mysql_text(json, span)
    } else {
        json
    };
    (relation, vec![key, value])
}

/// CASE COALESCE(JSON_TYPE(j), 'NULL') WHEN 'NULL' THEN NULL ELSE JSON_UNQUOTE(j) END.
fn mysql_text(json: Expr, span: Span) -> Expr {
    let ty = call("json_type", vec![json.clone()], span);
    Expr::new(
        ExprKind::Case {
            operand: Some(call("coalesce", vec![ty, text("NULL", span)], span).boxed()),
            whens: vec![(
                text("NULL", span),
                Expr::new(ExprKind::Literal(Literal::Null), span),
            )],
            else_: Some(call("json_unquote", vec![json], span).boxed()),
        },
        span,
    )
}
