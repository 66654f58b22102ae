//! Queries: SELECT, set operations, VALUES, FROM and ORDER BY.

use super::{expr::expr, Cx, Lower};
use crate::ir::{
    Cte, FrameBound, FrameUnits, FromItem, Join, JoinConstraint, JoinKind, Lock, LockKind,
    LockWait, OrderItem, Query, Select, SelectItem, SetExpr, SetOp, TableAlias, TableRef,
    WindowFrame, WindowSpec, With,
};
use crate::span::Span;
use sqlparser::ast;

pub fn query(cx: &mut Cx, q: &ast::Query) -> Lower<Query> {
    // The statement's span: sqlparser's span of a query walks the whole tree.
    let span = cx.whole();
    if q.for_clause.is_some()
        || q.settings.is_some()
        || q.format_clause.is_some()
        || !q.pipe_operators.is_empty()
    {
        return cx.unsupported(span, "this query clause");
    }
    let with = match &q.with {
        Some(w) => Some(With {
            recursive: w.recursive,
            ctes: w
                .cte_tables
                .iter()
                .map(|c| {
                    if c.materialized.is_some() || c.from.is_some() {
                        return cx.unsupported(cx.span_of(c), "MATERIALIZED in a CTE");
                    }
                    let (name, columns) = alias_parts(cx, &c.alias)?;
                    Ok(Cte {
                        name,
                        columns,
                        query: query(cx, &c.query)?,
                    })
                })
                .collect::<Lower<_>>()?,
        }),
        None => None,
    };
    let body = set_expr(cx, &q.body)?;
    let order_by = match &q.order_by {
        None => Vec::new(),
        Some(ast::OrderBy {
            kind: ast::OrderByKind::Expressions(items),
            interpolate: None,
        }) => items
            .iter()
            .map(|o| order_item(cx, o))
            .collect::<Lower<_>>()?,
        Some(other) => return cx.unsupported(cx.span_of(other), "this ORDER BY form"),
    };
    let (mut limit, mut offset) = (None, None);
    match &q.limit_clause {
        None => {}
        Some(ast::LimitClause::LimitOffset {
            limit: l,
            offset: o,
            limit_by,
        }) if limit_by.is_empty() => {
            // LIMIT ALL is parsed as no limit; LIMIT NULL means no limit and OFFSET NULL none.
            limit = l
                .as_ref()
                .map(|l| expr(cx, l))
                .transpose()?
                .filter(not_null);
            offset = o
                .as_ref()
                .map(|o| expr(cx, &o.value))
                .transpose()?
                .filter(not_null);
        }
        Some(other) => return cx.unsupported(cx.span_of(other), "this LIMIT form"),
    }
    // FETCH FIRST n ROWS ONLY → LIMIT n.
    if let Some(fetch) = &q.fetch {
        if fetch.with_ties || fetch.percent || limit.is_some() {
            return cx.unsupported(span, "FETCH WITH TIES or PERCENT");
        }
        limit = Some(match &fetch.quantity {
            Some(n) => expr(cx, n)?,
            None => crate::ir::Expr::new(
                crate::ir::ExprKind::Literal(crate::ir::Literal::Integer("1".into())),
                span,
            ),
        });
    }
    let locks = q
        .locks
        .iter()
        .map(|l| {
            Ok(Lock {
                kind: match l.lock_type {
                    ast::LockType::Update => LockKind::Update,
                    ast::LockType::Share => LockKind::Share,
                },
                of: l
                    .of
                    .iter()
                    .map(|n| cx.object_name(n))
                    .collect::<Lower<_>>()?,
                wait: match l.nonblock {
                    None => LockWait::Wait,
                    Some(ast::NonBlock::Nowait) => LockWait::NoWait,
                    Some(ast::NonBlock::SkipLocked) => LockWait::SkipLocked,
                },
                span,
            })
        })
        .collect::<Lower<_>>()?;
    Ok(Query {
        with,
        body,
        order_by,
        limit,
        offset,
        locks,
        span,
    })
}

fn not_null(e: &crate::ir::Expr) -> bool {
    !matches!(
        e.kind,
        crate::ir::ExprKind::Literal(crate::ir::Literal::Null)
    )
}

fn set_expr(cx: &mut Cx, body: &ast::SetExpr) -> Lower<SetExpr> {
    match body {
        ast::SetExpr::Select(s) => Ok(SetExpr::Select(Box::new(select(cx, s)?))),
        ast::SetExpr::Query(q) => Ok(SetExpr::Query(Box::new(query(cx, q)?))),
        ast::SetExpr::SetOperation {
            left,
            op,
            set_quantifier,
            right,
        } => {
            let op = match op {
                ast::SetOperator::Union => SetOp::Union,
                ast::SetOperator::Intersect => SetOp::Intersect,
                ast::SetOperator::Except => SetOp::Except,
                other => return cx.unsupported(cx.whole(), format!("the set operator {other}")),
            };
            let all = match set_quantifier {
                ast::SetQuantifier::All => true,
                ast::SetQuantifier::Distinct | ast::SetQuantifier::None => false,
                _ => return cx.unsupported(cx.whole(), "BY NAME"),
            };
            Ok(SetExpr::SetOp {
                op,
                all,
                left: Box::new(set_expr(cx, left)?),
                right: Box::new(set_expr(cx, right)?),
            })
        }
        ast::SetExpr::Values(v) => Ok(SetExpr::Values(
            v.rows
                .iter()
                .map(|row| row.iter().map(|e| expr(cx, e)).collect::<Lower<Vec<_>>>())
                .collect::<Lower<_>>()?,
        )),
        other => cx.unsupported(cx.span_of(other), "this query form"),
    }
}

fn select(cx: &mut Cx, s: &ast::Select) -> Lower<Select> {
    let span = cx.span(s.select_token.0.span);
    let unsupported_parts = !s.optimizer_hints.is_empty()
        || s.select_modifiers.is_some()
        || s.top.is_some()
        || s.exclude.is_some()
        || s.into.is_some()
        || !s.lateral_views.is_empty()
        || s.prewhere.is_some()
        || !s.connect_by.is_empty()
        || !s.cluster_by.is_empty()
        || !s.distribute_by.is_empty()
        || !s.sort_by.is_empty()
        || s.qualify.is_some()
        || s.value_table_mode.is_some()
        || !matches!(s.flavor, ast::SelectFlavor::Standard);
    if unsupported_parts {
        return cx.unsupported(span, "this SELECT clause");
    }
    let (distinct, distinct_on) = match &s.distinct {
        None | Some(ast::Distinct::All) => (false, Vec::new()),
        Some(ast::Distinct::Distinct) => (true, Vec::new()),
        Some(ast::Distinct::On(keys)) => (
            false,
            keys.iter().map(|e| expr(cx, e)).collect::<Lower<_>>()?,
        ),
    };
    let projection = select_items(cx, &s.projection)?;
    let from = from_items(cx, &s.from)?;
    let selection = s.selection.as_ref().map(|e| expr(cx, e)).transpose()?;
    let group_by = match &s.group_by {
        ast::GroupByExpr::Expressions(exprs, modifiers) if modifiers.is_empty() => {
            exprs.iter().map(|e| expr(cx, e)).collect::<Lower<_>>()?
        }
        _ => return cx.unsupported(span, "this GROUP BY form"),
    };
    let having = s.having.as_ref().map(|e| expr(cx, e)).transpose()?;
    let mut windows = Vec::new();
    for ast::NamedWindowDefinition(name, def) in &s.named_window {
        let spec = match def {
            ast::NamedWindowExpr::WindowSpec(spec) => window_spec(cx, spec, span)?,
            ast::NamedWindowExpr::NamedWindow(base) => WindowSpec {
                base: Some(cx.ident(base)),
                partition_by: vec![],
                order_by: vec![],
                frame: None,
            },
        };
        windows.push((cx.ident(name), spec));
    }
    Ok(Select {
        distinct,
        distinct_on,
        projection,
        from,
        selection,
        group_by,
        having,
        windows,
    })
}

pub fn select_items(cx: &mut Cx, items: &[ast::SelectItem]) -> Lower<Vec<SelectItem>> {
    items
        .iter()
        .map(|item| match item {
            ast::SelectItem::UnnamedExpr(e) => Ok(SelectItem::Expr {
                expr: expr(cx, e)?,
                alias: None,
            }),
            ast::SelectItem::ExprWithAlias { expr: e, alias } => Ok(SelectItem::Expr {
                expr: expr(cx, e)?,
                alias: Some(cx.ident(alias)),
            }),
            ast::SelectItem::Wildcard(opts) if is_plain_wildcard(opts) => Ok(SelectItem::Wildcard),
            ast::SelectItem::QualifiedWildcard(
                ast::SelectItemQualifiedWildcardKind::ObjectName(name),
                opts,
            ) if is_plain_wildcard(opts) => {
                Ok(SelectItem::QualifiedWildcard(cx.object_name(name)?))
            }
            other => cx.unsupported(cx.span_of(other), "this select item"),
        })
        .collect()
}

fn is_plain_wildcard(o: &ast::WildcardAdditionalOptions) -> bool {
    o.opt_ilike.is_none()
        && o.opt_exclude.is_none()
        && o.opt_except.is_none()
        && o.opt_replace.is_none()
        && o.opt_rename.is_none()
}

pub fn from_items(cx: &mut Cx, from: &[ast::TableWithJoins]) -> Lower<Vec<FromItem>> {
    from.iter().map(|t| from_item(cx, t)).collect()
}

fn from_item(cx: &mut Cx, t: &ast::TableWithJoins) -> Lower<FromItem> {
    let relation = table_ref(cx, &t.relation)?;
    let mut joins = Vec::with_capacity(t.joins.len());
    for j in &t.joins {
        use ast::JoinOperator as J;
        let (kind, constraint) = match &j.join_operator {
            J::Join(c) | J::Inner(c) => (JoinKind::Inner, c),
            J::Left(c) | J::LeftOuter(c) => (JoinKind::Left, c),
            J::Right(c) | J::RightOuter(c) => (JoinKind::Right, c),
            J::FullOuter(c) => (JoinKind::Full, c),
            J::CrossJoin(c) => (JoinKind::Cross, c),
            _ => return cx.unsupported(cx.span_of(&j.relation), "this join type"),
        };
        let constraint = match constraint {
            ast::JoinConstraint::On(e) => JoinConstraint::On(expr(cx, e)?),
            ast::JoinConstraint::Using(cols) => JoinConstraint::Using(
                cols.iter()
                    .map(|c| match c.0.as_slice() {
                        [ast::ObjectNamePart::Identifier(id)] => Ok(cx.ident(id)),
                        _ => cx.unsupported(cx.span_of(c), "a qualified USING column"),
                    })
                    .collect::<Lower<_>>()?,
            ),
            ast::JoinConstraint::Natural => JoinConstraint::Natural,
            ast::JoinConstraint::None => JoinConstraint::None,
        };
        joins.push(Join {
            kind,
            relation: table_ref(cx, &j.relation)?,
            constraint,
        });
    }
    Ok(FromItem { relation, joins })
}

fn table_ref(cx: &mut Cx, t: &ast::TableFactor) -> Lower<TableRef> {
    let span = cx.span_of(t);
    match t {
        ast::TableFactor::Table {
            name,
            alias,
            args: None,
            with_hints,
            version: None,
            with_ordinality: false,
            partitions,
            json_path: None,
            sample: None,
            index_hints,
        } if with_hints.is_empty() && partitions.is_empty() && index_hints.is_empty() => {
            Ok(TableRef::Table {
                name: cx.object_name(name)?,
                alias: table_alias(cx, alias.as_ref())?,
            })
        }
        ast::TableFactor::Derived {
            lateral,
            subquery,
            alias,
            sample: None,
        } => Ok(TableRef::Derived {
            lateral: *lateral,
            query: Box::new(query(cx, subquery)?),
            alias: table_alias(cx, alias.as_ref())?,
        }),
        ast::TableFactor::NestedJoin {
            table_with_joins,
            alias: None,
        } => Ok(TableRef::Nested(Box::new(from_item(cx, table_with_joins)?))),
        // generate_series(1, 3) AS g → Function, rewritten by the `set_returning` rule.
        ast::TableFactor::Table {
            name,
            alias,
            args: Some(args),
            with_hints,
            version: None,
            with_ordinality: false,
            partitions,
            json_path: None,
            sample: None,
            index_hints,
        } if with_hints.is_empty()
            && partitions.is_empty()
            && index_hints.is_empty()
            && args.settings.is_none() =>
        {
            let mut lowered = Vec::new();
            for arg in &args.args {
                match arg {
                    ast::FunctionArg::Unnamed(ast::FunctionArgExpr::Expr(e)) => {
                        lowered.push(super::expr::expr(cx, e)?)
                    }
                    other => return cx.unsupported(cx.span_of(other), "this function argument"),
                }
            }
            Ok(TableRef::Function {
                name: cx.object_name(name)?,
                args: lowered,
                alias: table_alias(cx, alias.as_ref())?,
            })
        }
        ast::TableFactor::Table { args: Some(_), .. } | ast::TableFactor::Function { .. } => {
            cx.unsupported(span, "a set-returning function in FROM")
        }
        _ => cx.unsupported(span, "this FROM item"),
    }
}

pub fn table_alias(cx: &mut Cx, alias: Option<&ast::TableAlias>) -> Lower<Option<TableAlias>> {
    match alias {
        None => Ok(None),
        Some(a) => {
            let (name, columns) = alias_parts(cx, a)?;
            Ok(Some(TableAlias { name, columns }))
        }
    }
}

fn alias_parts(
    cx: &mut Cx,
    a: &ast::TableAlias,
) -> Lower<(crate::ir::Ident, Vec<crate::ir::Ident>)> {
    let mut columns = Vec::with_capacity(a.columns.len());
    for c in &a.columns {
        if c.data_type.is_some() {
            return cx.unsupported(cx.span(a.name.span), "typed alias columns");
        }
        columns.push(cx.ident(&c.name));
    }
    Ok((cx.ident(&a.name), columns))
}

pub fn order_item(cx: &mut Cx, o: &ast::OrderByExpr) -> Lower<OrderItem> {
    if o.with_fill.is_some() {
        return cx.unsupported(cx.span_of(&o.expr), "WITH FILL");
    }
    let desc = match &o.options.sort {
        None => None,
        Some(ast::OrderBySort::Asc) => Some(false),
        Some(ast::OrderBySort::Desc) => Some(true),
        Some(ast::OrderBySort::Using(_)) => {
            return cx.unsupported(cx.span_of(&o.expr), "ORDER BY ... USING")
        }
    };
    Ok(OrderItem {
        expr: expr(cx, &o.expr)?,
        desc,
        nulls_first: o.options.nulls_first,
    })
}

pub fn window_spec(cx: &mut Cx, spec: &ast::WindowSpec, span: Span) -> Lower<WindowSpec> {
    let frame = match &spec.window_frame {
        None => None,
        Some(f) => Some(WindowFrame {
            units: match f.units {
                ast::WindowFrameUnits::Rows => FrameUnits::Rows,
                ast::WindowFrameUnits::Range => FrameUnits::Range,
                ast::WindowFrameUnits::Groups => FrameUnits::Groups,
            },
            start: frame_bound(cx, &f.start_bound)?,
            end: f
                .end_bound
                .as_ref()
                .map(|b| frame_bound(cx, b))
                .transpose()?,
        }),
    };
    let _ = span;
    Ok(WindowSpec {
        base: spec.window_name.as_ref().map(|n| cx.ident(n)),
        partition_by: spec
            .partition_by
            .iter()
            .map(|e| expr(cx, e))
            .collect::<Lower<_>>()?,
        order_by: spec
            .order_by
            .iter()
            .map(|o| order_item(cx, o))
            .collect::<Lower<_>>()?,
        frame,
    })
}

fn frame_bound(cx: &mut Cx, b: &ast::WindowFrameBound) -> Lower<FrameBound> {
    Ok(match b {
        ast::WindowFrameBound::CurrentRow => FrameBound::CurrentRow,
        ast::WindowFrameBound::Preceding(e) => {
            FrameBound::Preceding(e.as_ref().map(|e| expr(cx, e).map(Box::new)).transpose()?)
        }
        ast::WindowFrameBound::Following(e) => {
            FrameBound::Following(e.as_ref().map(|e| expr(cx, e).map(Box::new)).transpose()?)
        }
    })
}
