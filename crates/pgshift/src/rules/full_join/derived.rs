//! The general form: each FULL JOIN node becomes a derived table
//!
//! ```sql
//! (SELECT <left columns>, <right columns> FROM <left> LEFT JOIN <right> ON c
//!  UNION ALL
//!  SELECT NULL, …, <right columns> FROM <right>
//!  WHERE NOT EXISTS (SELECT 1 FROM <left> WHERE c)) AS __pgshift_fjN
//! ```
//!
//! with every column of both sides under a name of its own (`a__x`), and the
//! query's references to them are rewritten to read it. The LEFT JOIN gives every
//! match and the left rows that match nothing; the second branch gives each right
//! row (duplicates included) for which no left row makes `c` true, as PostgreSQL
//! does. The left side is the join tree so far, an earlier FULL JOIN's derived
//! table included, so chained FULL JOINs nest, innermost first.

use super::columns::{Col, Model};
use super::references::{select_exprs, Resolver};
use super::{span_of, Emulate};
use crate::ir::{
    BinOp, Expr, ExprKind, FromItem, Ident, Join, JoinConstraint, JoinKind, Literal, OrderItem,
    Query, Select, SelectItem, SetExpr, SetOp, TableRef,
};
use crate::rules::build::{bin, call, int};
use crate::rules::names::output_name;
use crate::span::Span;

/// The longest column name MySQL takes.
const MAX_NAME: usize = 64;

impl Emulate<'_> {
    /// `s` with its FULL JOINs made derived tables and its references rewritten,
    /// and the query's ORDER BY rewritten to match, or why that cannot be done.
    pub(super) fn general(
        &mut self,
        s: &Select,
        order: &[OrderItem],
    ) -> Result<(Select, Vec<OrderItem>), String> {
        let mut s = s.clone();
        let mut model = Model::default();
        for item in &mut s.from {
            let m = self.item(item, false)?;
            model.append(m);
        }
        let r = Resolver {
            model: &model,
            sources: &self.sources,
            strict: false,
        };

        // The select list: `*` and `a.*` listed, a column that moves keeps its name.
        let mut projection = Vec::with_capacity(s.projection.len());
        for item in std::mem::take(&mut s.projection) {
            match item {
                // SELECT * → SELECT __pgshift_fj1.a__x AS x, ….
                SelectItem::Wildcard => {
                    if let Some(u) = model.unknown.first() {
                        return Err(format!(
                            "under a `*` over `{}`, whose columns pgshift does not know (list them)",
                            u.name
                        ));
                    }
                    projection.extend(model.cols.iter().filter(|c| c.visible).map(star_item));
                }
                // SELECT a.* → SELECT __pgshift_fj1.a__x AS x, ….
                SelectItem::QualifiedWildcard(name) => {
                    let of = |c: &&Col| {
                        c.absorbed
                            && c.qual.as_ref().map(|q| &q.name) == name.base().map(|b| &b.name)
                    };
                    if model.cols.iter().any(|c| of(&c)) {
                        projection.extend(model.cols.iter().filter(of).map(star_item));
                    } else {
                        projection.push(SelectItem::QualifiedWildcard(name));
                    }
                }
                // SELECT a.x → SELECT __pgshift_fj1.a__x AS x.
                SelectItem::Expr { mut expr, alias } => {
                    let name = output_name(
                        &SelectItem::Expr {
                            expr: expr.clone(),
                            alias: None,
                        },
                        expr.span,
                    );
                    let column = matches!(expr.kind, ExprKind::Column(_));
                    r.expr(&mut expr)?;
                    let renamed = !matches!(&expr.kind, ExprKind::Column(p) if p.last().is_some_and(|l| l.name == name.name));
                    let alias = alias.or_else(|| (column && renamed).then_some(name));
                    projection.push(SelectItem::Expr { expr, alias });
                }
            }
        }
        // WHERE, GROUP BY, HAVING and the named windows; the select list is done.
        for e in select_exprs(&mut s) {
            r.expr(e)?;
        }
        s.projection = projection;

        // ORDER BY: an output column's position stays, and its name too unless the
        // column now reads the derived table: then the key is that column, since a
        // later rewrite of the key (`id IS NULL, id`) would let MariaDB read the
        // name as another table's column. Anything else is an expression over the FROM.
        let outputs: Vec<(String, Option<&Expr>)> = s
            .projection
            .iter()
            .map(|i| {
                let moved = match i {
                    SelectItem::Expr { expr, .. } => matches!(&expr.kind,
                        ExprKind::Column(p) if p.first().is_some_and(|q| q.name.starts_with("__pgshift_fj")))
                    .then_some(expr),
                    _ => None,
                };
                (output_name(i, Span::default()).name, moved)
            })
            .collect();
        let mut order = order.to_vec();
        for o in &mut order {
            let output = match &o.expr.kind {
                ExprKind::Column(parts) => match parts.as_slice() {
                    [c] => outputs.iter().find(|(n, _)| *n == c.name),
                    _ => None,
                },
                _ => None,
            };
            match (&o.expr.kind, output) {
                (ExprKind::Literal(Literal::Integer(_)), _) => {}
                // ORDER BY id → ORDER BY __pgshift_fj1.__id, the output column `id` reads.
                (_, Some((_, Some(expr)))) => o.expr = Expr::new(expr.kind.clone(), o.expr.span),
                (_, Some((_, None))) => {}
                _ => r.expr(&mut o.expr)?,
            }
        }
        Ok((s, order))
    }

    /// Makes the FULL JOINs of one FROM item derived tables, and gives its
    /// columns. `inside`: the item itself moves into a derived table.
    fn item(&mut self, item: &mut FromItem, inside: bool) -> Result<Model, String> {
        let joins = std::mem::take(&mut item.joins);
        let last_full = joins.iter().rposition(|j| j.kind == JoinKind::Full);
        let mut model = self.relation(&mut item.relation, inside || last_full.is_some())?;
        for (k, mut join) in joins.into_iter().enumerate() {
            let inside = inside || last_full.is_some_and(|l| k <= l);
            let right = self.relation(&mut join.relation, inside)?;
            if join.kind == JoinKind::Full {
                model = self.full(item, model, join, right)?;
            } else {
                model = self.join(&mut join, model, right, inside)?;
                item.joins.push(join);
            }
        }
        Ok(model)
    }

    fn relation(&mut self, t: &mut TableRef, inside: bool) -> Result<Model, String> {
        match t {
            TableRef::Nested(inner) => self.item(inner, inside),
            _ => Ok(self.sources.relation(t)),
        }
    }

    /// An inner, left, right or cross join: its condition rewritten, USING and
    /// NATURAL made equalities where a side moved into a derived table.
    fn join(
        &mut self,
        join: &mut Join,
        mut left: Model,
        right: Model,
        inside: bool,
    ) -> Result<Model, String> {
        let moved = left.cols.iter().chain(&right.cols).any(|c| c.absorbed);
        if inside {
            known(&left)?;
            known(&right)?;
        }
        let keys = match &mut join.constraint {
            JoinConstraint::On(e) => {
                let mut both = left.clone();
                both.append(right.clone());
                let r = Resolver {
                    model: &both,
                    sources: &self.sources,
                    strict: inside,
                };
                r.expr(e)?;
                left.append(right);
                return Ok(left);
            }
            JoinConstraint::None => {
                left.append(right);
                return Ok(left);
            }
            JoinConstraint::Using(keys) => keys.clone(),
            JoinConstraint::Natural if !moved && !inside => {
                // Kept as it is: which columns it merges matters only to `*`.
                let mut m = left;
                m.append(right);
                m.unknown
                    .push(Ident::new("NATURAL JOIN", span_of(&join.relation)));
                return Ok(m);
            }
            JoinConstraint::Natural => common(&left, &right)?,
        };
        let explicit = moved || inside;
        if explicit {
            // a JOIN b USING (k) → a JOIN b ON a.k = b.k.
            join.constraint =
                JoinConstraint::On(equalities(&left, &right, &keys, join_span(join))?);
        }
        merge(join.kind, left, right, &keys, explicit)
    }

    /// `left FULL JOIN right` as a derived table; `item` becomes it.
    fn full(
        &mut self,
        item: &mut FromItem,
        left: Model,
        join: Join,
        right: Model,
    ) -> Result<Model, String> {
        known(&left)?;
        known(&right)?;
        let span = span_of(&join.relation);
        let mut both = left.clone();
        both.append(right.clone());
        let (cond, keys) = match join.constraint {
            JoinConstraint::On(mut e) => {
                let r = Resolver {
                    model: &both,
                    sources: &self.sources,
                    strict: true,
                };
                r.expr(&mut e)?;
                (e, Vec::new())
            }
            JoinConstraint::Using(keys) => (equalities(&left, &right, &keys, span)?, keys),
            JoinConstraint::Natural => {
                let keys = common(&left, &right)?;
                (equalities(&left, &right, &keys, span)?, keys)
            }
            JoinConstraint::None => (bool_lit(true, span), Vec::new()),
        };

        // The columns: each merged key first (COALESCE of its sides), then the
        // left's, then the right's, as PostgreSQL lists them.
        let all = merge(JoinKind::Full, left.clone(), right.clone(), &keys, true)?;
        let (merged, sides) = (keys.len(), keys.len() + left.cols.len());
        self.derived += 1;
        let alias = Ident::new(&format!("__pgshift_fj{}", self.derived), span);
        let names = unique_names(&all.cols, span);
        let named = |expr: Expr, name: &Ident| SelectItem::Expr {
            expr,
            alias: Some(name.clone()),
        };
        // SELECT coalesce(a.id, b.id) AS __id, a.id AS a__id, …, b.id AS b__id, … FROM <left> LEFT JOIN b ON c.
        let matched = all
            .cols
            .iter()
            .zip(&names)
            .map(|(c, n)| named(c.expr.clone(), n))
            .collect();
        let mut first_from = item.clone();
        first_from.joins.push(Join {
            kind: JoinKind::Left,
            relation: join.relation.clone(),
            constraint: JoinConstraint::On(cond.clone()),
        });
        let first = Select::new(matched, vec![first_from]);
        // SELECT b.id AS __id, NULL AS a__id, …, b.id AS b__id, … FROM b
        // WHERE NOT EXISTS (SELECT 1 FROM <left> WHERE c).
        let mut unmatched = Vec::with_capacity(names.len());
        for (i, (c, n)) in all.cols.iter().zip(&names).enumerate() {
            let value = if i < merged {
                key_column(&right, &keys[i])?.expr.clone()
            } else if i < sides {
                Expr::new(ExprKind::Literal(Literal::Null), span)
            } else {
                c.expr.clone()
            };
            unmatched.push(named(value, n));
        }
        let mut probe = Select::new(
            vec![SelectItem::Expr {
                expr: int(1, span),
                alias: None,
            }],
            vec![item.clone()],
        );
        probe.selection = Some(cond);
        let mut second = Select::new(
            unmatched,
            vec![FromItem {
                relation: join.relation,
                joins: Vec::new(),
            }],
        );
        second.selection = Some(Expr::new(
            ExprKind::Exists {
                query: Box::new(Query::of(SetExpr::Select(Box::new(probe)), span)),
                negated: true,
            },
            span,
        ));
        let union = SetExpr::SetOp {
            op: SetOp::Union,
            all: true,
            left: Box::new(SetExpr::Select(Box::new(first))),
            right: Box::new(SetExpr::Select(Box::new(second))),
        };
        *item = FromItem::derived(Query::of(union, span), alias.clone());

        // The columns now read the derived table.
        let cols = all
            .cols
            .into_iter()
            .zip(names)
            .map(|(c, n)| Col {
                expr: Expr::new(ExprKind::Column(vec![alias.clone(), n]), span),
                absorbed: true,
                ..c
            })
            .collect();
        Ok(Model {
            cols,
            unknown: Vec::new(),
        })
    }
}

/// An error naming a relation whose columns pgshift does not know.
fn known(m: &Model) -> Result<(), String> {
    match m.unknown.first() {
        None => Ok(()),
        Some(u) => Err(format!(
            "as it needs the columns of `{}`, which pgshift does not know (translate with its CREATE TABLE, or list the columns in a subquery)",
            u.name
        )),
    }
}

/// `*` of an item: the column under the name PostgreSQL gives it.
fn star_item(c: &Col) -> SelectItem {
    let same = matches!(&c.expr.kind, ExprKind::Column(p) if p.last().is_some_and(|l| l.name == c.name.name));
    SelectItem::Expr {
        expr: c.expr.clone(),
        alias: (!same).then(|| c.name.clone()),
    }
}

/// The visible column `name` of one side of a USING key.
fn key_column<'m>(m: &'m Model, name: &Ident) -> Result<&'m Col, String> {
    let mut hits = m
        .cols
        .iter()
        .filter(|c| c.visible && c.name.name == name.name);
    match (hits.next(), hits.next()) {
        (Some(c), None) => Ok(c),
        (None, _) => Err(format!(
            "as a side of its USING has no column `{}` that pgshift knows",
            name.name
        )),
        (Some(_), Some(_)) => Err(format!(
            "as the USING column `{}` is ambiguous on one side",
            name.name
        )),
    }
}

/// NATURAL's keys: the visible column names both sides share, in the left's order.
fn common(left: &Model, right: &Model) -> Result<Vec<Ident>, String> {
    known(left)?;
    known(right)?;
    let mut keys: Vec<Ident> = Vec::new();
    for c in left.cols.iter().filter(|c| c.visible) {
        if right.visible(&c.name.name).next().is_some()
            && !keys.iter().any(|k| k.name == c.name.name)
        {
            keys.push(c.name.clone());
        }
    }
    Ok(keys)
}

/// USING (k1, k2) → l.k1 = r.k1 AND l.k2 = r.k2 (TRUE without keys).
fn equalities(left: &Model, right: &Model, keys: &[Ident], span: Span) -> Result<Expr, String> {
    let mut cond: Option<Expr> = None;
    for k in keys {
        let eq = bin(
            BinOp::Eq,
            key_column(left, k)?.expr.clone(),
            key_column(right, k)?.expr.clone(),
        );
        cond = Some(match cond {
            Some(c) => bin(BinOp::And, c, eq),
            None => eq,
        });
    }
    Ok(cond.unwrap_or_else(|| bool_lit(true, span)))
}

/// The columns of `left JOIN right USING (keys)`: each merged key first (the
/// left's for INNER and LEFT, the right's for RIGHT, COALESCE of both for FULL),
/// then the left's columns, then the right's, the keys' sides seen only qualified.
/// `explicit: false` keeps the target's own USING, whose merged column the target
/// reads unqualified.
fn merge(
    kind: JoinKind,
    left: Model,
    right: Model,
    keys: &[Ident],
    explicit: bool,
) -> Result<Model, String> {
    let mut merged = Vec::with_capacity(keys.len());
    let (mut left, mut right) = (left, right);
    for k in keys {
        let (l, r) = if left.unknown.is_empty() && right.unknown.is_empty() {
            (
                Some(key_column(&left, k)?.clone()),
                Some(key_column(&right, k)?.clone()),
            )
        } else {
            (None, None)
        };
        let expr = match (&l, &r) {
            (Some(l), Some(r)) if explicit => match kind {
                JoinKind::Right => r.expr.clone(),
                JoinKind::Full => call("coalesce", vec![l.expr.clone(), r.expr.clone()], k.span),
                JoinKind::Inner | JoinKind::Left | JoinKind::Cross => l.expr.clone(),
            },
            _ => Expr::new(ExprKind::Column(vec![k.clone()]), k.span),
        };
        let absorbed = [&l, &r].into_iter().flatten().any(|c| c.absorbed);
        for side in [&mut left, &mut right] {
            for c in side
                .cols
                .iter_mut()
                .filter(|c| c.visible && c.name.name == k.name)
            {
                c.visible = false;
            }
        }
        merged.push(Col {
            qual: None,
            name: k.clone(),
            expr,
            visible: true,
            absorbed,
        });
    }
    let mut out = Model {
        cols: merged,
        unknown: Vec::new(),
    };
    out.append(left);
    out.append(right);
    Ok(out)
}

/// The name each column takes in the derived table: `a__x` (`__x` for a merged
/// column), or `__pgshift_cN` where that is too long or taken (MySQL compares
/// column names without case).
fn unique_names(cols: &[Col], span: Span) -> Vec<Ident> {
    let mut taken: Vec<String> = Vec::with_capacity(cols.len());
    cols.iter()
        .enumerate()
        .map(|(i, c)| {
            let qual = c.qual.as_ref().map(|q| q.name.as_str()).unwrap_or_default();
            let mut name = format!("{qual}__{}", c.name.name);
            if name.len() > MAX_NAME || taken.contains(&name.to_lowercase()) {
                name = format!("__pgshift_c{}", i + 1);
            }
            taken.push(name.to_lowercase());
            Ident::new(&name, span)
        })
        .collect()
}

fn bool_lit(b: bool, span: Span) -> Expr {
    Expr::new(ExprKind::Literal(Literal::Boolean(b)), span)
}

/// Where a join stands, for the condition made of its USING keys.
fn join_span(join: &Join) -> Span {
    span_of(&join.relation)
}
