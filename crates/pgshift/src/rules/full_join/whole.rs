//! The whole-SELECT form of a lone FULL JOIN: the SELECT itself becomes the
//! LEFT JOIN's rows UNION ALL the right rows no left row matches (the first
//! example of the `full_join` module doc). It needs no table definition unless
//! `*` must be listed, and is tried before the general form of `derived.rs`.

use super::{span_of, Emulate};
use crate::ir::{
    BinOp, Expr, ExprKind, FromItem, Ident, JoinConstraint, JoinKind, Literal, OrderItem, Query,
    Select, SelectItem, SetExpr, SetOp, TableRef,
};
use crate::rules::build::{bin, col, int, is_aggregate_call};
use crate::rules::names::{derived_column, output_name};
use crate::span::Span;

impl Emulate<'_> {
    /// The union that replaces `s`, and the ORDER BY that then orders it (empty
    /// when `order` is), or why `s` cannot be emulated.
    pub(super) fn emulate(
        &self,
        s: &Select,
        order: &[OrderItem],
    ) -> Result<(SetExpr, Vec<OrderItem>), &'static str> {
        let [item] = s.from.as_slice() else {
            return Err("beside another table in the same FROM");
        };
        let [join] = item.joins.as_slice() else {
            return Err("beside another join in the same FROM");
        };
        if join.kind != JoinKind::Full {
            return Err("inside a parenthesized join");
        }
        let (left, right) = (&item.relation, &join.relation);
        let (Some(l), Some(r)) = (range_name(left), range_name(right)) else {
            return Err("of a parenthesized join, a function or a LATERAL subquery");
        };
        let using = match &join.constraint {
            JoinConstraint::On(_) => None,
            JoinConstraint::Using(cols) => Some(cols.as_slice()),
            JoinConstraint::Natural | JoinConstraint::None => {
                return Err("as a NATURAL join");
            }
        };
        if !s.group_by.is_empty()
            || s.having.is_some()
            || !s.windows.is_empty()
            || !s.distinct_on.is_empty()
            || aggregates(s, order)
        {
            return Err("under GROUP BY, an aggregate or a window function");
        }
        let span = span_of(right);

        // `*` is listed where the union must name the columns, or where MySQL would
        // list a RIGHT JOIN's merged columns in another order.
        let wildcard = |i: &SelectItem| !matches!(i, SelectItem::Expr { .. });
        let mut select = s.clone();
        let listed = !order.is_empty() || (using.is_some() && s.projection.iter().any(wildcard));
        if listed && s.projection.iter().any(wildcard) {
            select.projection = self
                .list_star(&s.projection, (left, &l), (right, &r), using, span)
                .ok_or("with a `*` whose columns pgshift does not know (list them)")?;
        }

        if order.is_empty() {
            // SELECT … FROM a FULL JOIN b … → SELECT … LEFT JOIN … UNION ALL SELECT … RIGHT JOIN ….
            return Ok((halves(select, (left, &l), &r, span), Vec::new()));
        }

        // With an ORDER BY: SELECT names FROM (union with unique names) AS __pgshift_fj ORDER BY ….
        let names: Vec<Ident> = select
            .projection
            .iter()
            .map(|i| output_name(i, span))
            .collect();
        let mut inner_items = Vec::with_capacity(names.len() + order.len());
        let mut outer_items = Vec::with_capacity(names.len());
        let mut inner_names = Vec::with_capacity(names.len());
        for (i, item) in select.projection.iter().enumerate().take(names.len()) {
            let SelectItem::Expr { expr, .. } = item else {
                return Err("with a `*` whose columns pgshift does not know (list them)");
            };
            let (inner_name, outer_item) = derived_column(&names, i, span);
            inner_items.push(SelectItem::Expr {
                expr: expr.clone(),
                alias: Some(inner_name.clone()),
            });
            outer_items.push(outer_item);
            inner_names.push(inner_name);
        }
        // An ORDER BY key names an output column (by position or name), or is an
        // expression over the join, carried out as a hidden column. Under DISTINCT
        // PostgreSQL accepts only keys that are select-list expressions, so a hidden
        // key never splits a group the UNION would merge.
        let mut outer_order = Vec::with_capacity(order.len());
        for (n, o) in order.iter().enumerate() {
            let column = match output_index(&o.expr, &select.projection, &names) {
                Some(i) => inner_names[i].clone(),
                None => {
                    let hidden = Ident::new(&format!("__pgshift_o{}", n + 1), span);
                    inner_items.push(SelectItem::Expr {
                        expr: o.expr.clone(),
                        alias: Some(hidden.clone()),
                    });
                    hidden
                }
            };
            outer_order.push(OrderItem {
                expr: Expr::new(ExprKind::Column(vec![column]), o.expr.span),
                ..o.clone()
            });
        }
        select.projection = inner_items;
        let union = halves(select, (left, &l), &r, span);
        let outer = Select::new(
            outer_items,
            vec![FromItem::derived(
                Query::of(union, span),
                Ident::new("__pgshift_fj", span),
            )],
        );
        Ok((SetExpr::Select(Box::new(outer)), outer_order))
    }

    /// The select list with `*` and `t.*` spelled out: PostgreSQL lists the merged
    /// USING columns first, then the left side's other columns, then the right's.
    fn list_star(
        &self,
        projection: &[SelectItem],
        (left, l): (&TableRef, &Ident),
        (right, r): (&TableRef, &Ident),
        using: Option<&[Ident]>,
        span: Span,
    ) -> Option<Vec<SelectItem>> {
        let merged = using.unwrap_or_default();
        let is_merged = |c: &Ident| merged.iter().any(|m| m.name == c.name);
        let qualified = |t: &Ident, c: &Ident| SelectItem::Expr {
            expr: Expr::new(
                ExprKind::Column(vec![
                    Ident { span, ..t.clone() },
                    Ident { span, ..c.clone() },
                ]),
                span,
            ),
            alias: None,
        };
        let mut out = Vec::with_capacity(projection.len());
        for item in projection {
            match item {
                SelectItem::Expr { .. } => out.push(item.clone()),
                SelectItem::Wildcard => {
                    let (lc, rc) = (self.columns(left)?, self.columns(right)?);
                    out.extend(merged.iter().map(|c| SelectItem::Expr {
                        expr: col(&c.name, span),
                        alias: None,
                    }));
                    out.extend(lc.iter().filter(|c| !is_merged(c)).map(|c| qualified(l, c)));
                    out.extend(rc.iter().filter(|c| !is_merged(c)).map(|c| qualified(r, c)));
                }
                SelectItem::QualifiedWildcard(name) => {
                    let [only] = name.parts.as_slice() else {
                        return None;
                    };
                    let (t, side) = if only.name == l.name {
                        (l, left)
                    } else if only.name == r.name {
                        (r, right)
                    } else {
                        return None;
                    };
                    out.extend(self.columns(side)?.iter().map(|c| qualified(t, c)));
                }
            }
        }
        Some(out)
    }

    /// A relation's column names: a table's from the catalog, a subquery's from
    /// its alias list or its select list.
    fn columns(&self, t: &TableRef) -> Option<Vec<Ident>> {
        match t {
            TableRef::Table { name, alias } => match alias {
                Some(a) if !a.columns.is_empty() => None,
                _ => self
                    .catalog
                    .table(name)
                    .map(|t| t.def.columns.iter().map(|c| c.name.clone()).collect()),
            },
            TableRef::Derived { query, alias, .. } => {
                if let Some(a) = alias.as_ref().filter(|a| !a.columns.is_empty()) {
                    return Some(a.columns.clone());
                }
                first_select(&query.body)?
                    .projection
                    .iter()
                    .map(|i| {
                        matches!(i, SelectItem::Expr { .. }).then(|| output_name(i, query.span))
                    })
                    .collect()
            }
            _ => None,
        }
    }
}

/// The first SELECT of a query body, which names its columns.
pub(super) fn first_select(body: &SetExpr) -> Option<&Select> {
    match body {
        SetExpr::Select(s) => Some(s),
        SetExpr::SetOp { left, .. } => first_select(left),
        SetExpr::Query(q) => first_select(&q.body),
        SetExpr::Values(_) => None,
    }
}

/// `s`'s FULL JOIN as a LEFT JOIN (matches and unmatched left rows) UNION ALL a
/// RIGHT JOIN ON FALSE (every right row, left columns NULL) kept where no left row
/// matches; UNION for `SELECT DISTINCT`. USING stays in the second half, whose
/// merged columns are then the right side's keys.
fn halves(s: Select, (left, l): (&TableRef, &Ident), r: &Ident, span: Span) -> SetExpr {
    let distinct = s.distinct;
    let mut first = s;
    first.distinct = false;
    let mut second = first.clone();
    let mut matched = None;
    if let Some(join) = first.from.get_mut(0).and_then(|i| i.joins.get_mut(0)) {
        join.kind = JoinKind::Left;
    }
    if let Some(join) = second.from.get_mut(0).and_then(|i| i.joins.get_mut(0)) {
        join.kind = JoinKind::Right;
        matched = match &join.constraint {
            JoinConstraint::On(cond) => {
                let cond = cond.clone();
                join.constraint =
                    JoinConstraint::On(Expr::new(ExprKind::Literal(Literal::Boolean(false)), span));
                Some(cond)
            }
            // USING (k) → l.k = r.k AND ….
            JoinConstraint::Using(cols) => cols
                .iter()
                .map(|c| {
                    let side = |t: &Ident| {
                        Expr::new(
                            ExprKind::Column(vec![
                                Ident { span, ..t.clone() },
                                Ident { span, ..c.clone() },
                            ]),
                            span,
                        )
                    };
                    bin(BinOp::Eq, side(l), side(r))
                })
                .reduce(|a, b| bin(BinOp::And, a, b)),
            JoinConstraint::Natural | JoinConstraint::None => None,
        };
    }
    // NOT EXISTS (SELECT 1 FROM a WHERE <join condition>) [AND (w)].
    let mut probe = Select::new(
        vec![SelectItem::Expr {
            expr: int(1, span),
            alias: None,
        }],
        vec![FromItem {
            relation: left.clone(),
            joins: Vec::new(),
        }],
    );
    probe.selection = matched;
    let unmatched = Expr::new(
        ExprKind::Exists {
            query: Box::new(Query::of(SetExpr::Select(Box::new(probe)), span)),
            negated: true,
        },
        span,
    );
    second.selection = Some(match second.selection.take() {
        Some(w) => {
            let w_span = w.span;
            bin(
                BinOp::And,
                unmatched,
                Expr::new(ExprKind::Nested(w.boxed()), w_span),
            )
        }
        None => unmatched,
    });
    SetExpr::SetOp {
        op: SetOp::Union,
        all: !distinct,
        left: Box::new(SetExpr::Select(Box::new(first))),
        right: Box::new(SetExpr::Select(Box::new(second))),
    }
}

/// The name a table or a (non-LATERAL) subquery is bound to in its FROM.
fn range_name(t: &TableRef) -> Option<Ident> {
    match t {
        TableRef::Table { name, alias } => alias.as_ref().map(|a| &a.name).or(name.base()).cloned(),
        TableRef::Derived {
            lateral: false,
            alias: Some(alias),
            ..
        } => Some(alias.name.clone()),
        _ => None,
    }
}

/// Whether the select list or ORDER BY calls an aggregate or a window function,
/// subqueries included (an aggregate there may belong to this query).
fn aggregates(s: &Select, order: &[OrderItem]) -> bool {
    let mut found = false;
    let mut check = |e: &mut Expr| {
        if let ExprKind::Func(f) = &e.kind {
            found |= is_aggregate_call(f);
        }
    };
    let items = s.projection.iter().filter_map(|i| match i {
        SelectItem::Expr { expr, .. } => Some(expr),
        _ => None,
    });
    for e in items.chain(order.iter().map(|o| &o.expr)) {
        crate::rules::each_expr_in(&mut e.clone(), &mut check);
    }
    found
}

/// The output column an ORDER BY key names: `2` is the second, a bare name the
/// first column PostgreSQL gives that name (it looks at output names first), and
/// a qualified column the select-list item that is the same column.
fn output_index(key: &Expr, projection: &[SelectItem], names: &[Ident]) -> Option<usize> {
    match &key.kind {
        ExprKind::Literal(Literal::Integer(n)) => n
            .parse::<usize>()
            .ok()
            .and_then(|n| n.checked_sub(1))
            .filter(|&i| i < names.len()),
        ExprKind::Column(parts) => match parts.as_slice() {
            [only] => names.iter().position(|n| n.name == only.name),
            _ => projection.iter().position(|item| {
                matches!(item, SelectItem::Expr { expr, .. } if matches!(&expr.kind,
                    ExprKind::Column(other) if other.len() == parts.len()
                        && other.iter().zip(parts).all(|(p, q)| p.name == q.name && p.quoted == q.quoted)))
            }),
        },
        _ => None,
    }
}
