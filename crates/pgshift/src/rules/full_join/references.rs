//! Rewriting the references to columns a derived table of the general form now
//! holds: `a.x` and an unqualified `x` become `__pgshift_fj1.a__x`, the merged
//! column of USING becomes COALESCE of its two sides, in the query and in its
//! subqueries, where a name the subquery binds itself hides the outer one.
//!
//! A name that cannot be resolved unambiguously is an error, never a guess.

use super::columns::{Col, Model, Sources};
use crate::ir::{
    Expr, ExprKind, FrameBound, FromItem, Ident, JoinConstraint, Query, Select, SelectItem,
    SetExpr, TableRef, Window, WindowSpec,
};
use crate::rules::names::output_name;

/// The columns of one query scope, and how strict to be with names outside them.
pub struct Resolver<'m> {
    pub model: &'m Model,
    pub sources: &'m Sources<'m>,
    /// A join condition that moves into a derived table: every column it reads
    /// must be one of the model's (a MariaDB derived table cannot read an outer
    /// query's columns), and it may hold no subquery.
    pub strict: bool,
}

/// The names a subquery binds itself, which hide the outer query's.
#[derive(Default)]
struct Scope {
    ranges: Vec<String>,
    columns: Vec<String>,
    /// A relation whose columns pgshift does not know.
    unknown: bool,
}

impl Resolver<'_> {
    /// Rewrites the references in `e`.
    pub fn expr(&self, e: &mut Expr) -> Result<(), String> {
        self.walk(e, &mut Vec::new())
    }

    fn walk(&self, e: &mut Expr, shadow: &mut Vec<Scope>) -> Result<(), String> {
        match &mut e.kind {
            ExprKind::Column(parts) => {
                if let Some(new) = self.column(parts, shadow)? {
                    *e = Expr::new(new.kind, e.span);
                }
                Ok(())
            }
            ExprKind::Subquery(q) | ExprKind::Exists { query: q, .. } => self.subquery(q, shadow),
            ExprKind::InSubquery { expr, query, .. } => {
                self.walk(expr, shadow)?;
                self.subquery(query, shadow)
            }
            _ => {
                for child in children(e) {
                    self.walk(child, shadow)?;
                }
                Ok(())
            }
        }
    }

    /// The expression that now reads the column `parts` names, or `None` to keep it.
    fn column(&self, parts: &[Ident], shadow: &[Scope]) -> Result<Option<Expr>, String> {
        match parts {
            [.., q, c] => {
                if shadow.iter().any(|s| s.ranges.contains(&q.name)) {
                    return Ok(None);
                }
                let ours = |col: &&Col| col.qual.as_ref().is_some_and(|x| x.name == q.name);
                if self.model.cols.iter().any(|col| ours(&col)) {
                    return match self
                        .model
                        .cols
                        .iter()
                        .filter(ours)
                        .find(|col| col.name.name == c.name)
                    {
                        Some(col) if col.absorbed || self.strict => Ok(Some(col.expr.clone())),
                        Some(_) => Ok(None),
                        None => Err(format!(
                            "where `{}` has no column `{}` that pgshift knows",
                            q.name, c.name
                        )),
                    };
                }
                if self.strict && !self.model.unknown.iter().any(|u| u.name == q.name) {
                    return Err(format!(
                        "as its join condition reads `{}.{}`, outside the two joined sides (a MariaDB derived table cannot read an outer query's columns)",
                        q.name, c.name
                    ));
                }
                Ok(None)
            }
            [c] => {
                if shadow.iter().any(|s| s.columns.contains(&c.name)) {
                    return Ok(None);
                }
                let hits: Vec<&Col> = self.model.visible(&c.name).collect();
                let rewritten = |col: &&Col| col.absorbed || col.qual.is_none();
                if shadow.iter().any(|s| s.unknown) && hits.iter().any(rewritten) {
                    return Err(format!(
                        "as it cannot tell whether `{}` in a subquery names a column of the join or of the subquery's own tables (qualify it)",
                        c.name
                    ));
                }
                match hits.as_slice() {
                    [] if self.strict => Err(format!(
                        "as its join condition reads `{}`, which neither joined side has (a MariaDB derived table cannot read an outer query's columns)",
                        c.name
                    )),
                    [] => Ok(None),
                    [col] if rewritten(col) || self.strict => Ok(Some(col.expr.clone())),
                    [_] => Ok(None),
                    _ if hits.iter().any(rewritten) || self.strict => Err(format!(
                        "as the column name `{}` is ambiguous (qualify it)",
                        c.name
                    )),
                    _ => Ok(None),
                }
            }
            [] => Ok(None),
        }
    }

    fn subquery(&self, q: &mut Query, shadow: &mut Vec<Scope>) -> Result<(), String> {
        if self.strict {
            return Err("as its join condition holds a subquery".to_string());
        }
        self.query(q, shadow)
    }

    fn query(&self, q: &mut Query, shadow: &mut Vec<Scope>) -> Result<(), String> {
        for cte in q.with.iter_mut().flat_map(|w| &mut w.ctes) {
            self.query(&mut cte.query, shadow)?;
        }
        match &mut q.body {
            SetExpr::Select(s) => {
                shadow.push(self.scope(s));
                self.select(s, shadow)?;
                // ORDER BY also sees the output names.
                if let Some(scope) = shadow.last_mut() {
                    let names = s.projection.iter().map(|i| output_name(i, q.span).name);
                    scope.columns.extend(names);
                }
                for o in &mut q.order_by {
                    self.walk(&mut o.expr, shadow)?;
                }
                shadow.pop();
            }
            // A set operation's ORDER BY names its output columns only.
            body => self.set_expr(body, shadow)?,
        }
        for e in q.limit.iter_mut().chain(q.offset.as_mut()) {
            self.walk(e, shadow)?;
        }
        Ok(())
    }

    fn set_expr(&self, body: &mut SetExpr, shadow: &mut Vec<Scope>) -> Result<(), String> {
        match body {
            SetExpr::Select(s) => {
                shadow.push(self.scope(s));
                let done = self.select(s, shadow);
                shadow.pop();
                done
            }
            SetExpr::SetOp { left, right, .. } => {
                self.set_expr(left, shadow)?;
                self.set_expr(right, shadow)
            }
            SetExpr::Values(rows) => {
                for e in rows.iter_mut().flatten() {
                    self.walk(e, shadow)?;
                }
                Ok(())
            }
            SetExpr::Query(q) => self.query(q, shadow),
        }
    }

    /// A subquery's SELECT, with its own scope already on `shadow`.
    fn select(&self, s: &mut Select, shadow: &mut Vec<Scope>) -> Result<(), String> {
        fn items(
            r: &Resolver,
            from: &mut [FromItem],
            shadow: &mut Vec<Scope>,
        ) -> Result<(), String> {
            for item in from {
                let joins = item.joins.iter_mut();
                let relations =
                    std::iter::once(&mut item.relation).chain(joins.map(|j| &mut j.relation));
                for t in relations {
                    match t {
                        TableRef::Derived { query, .. } => r.query(query, shadow)?,
                        TableRef::Nested(inner) => items(r, std::slice::from_mut(inner), shadow)?,
                        TableRef::Function { args, .. } => {
                            for a in args {
                                r.walk(a, shadow)?;
                            }
                        }
                        TableRef::JsonTable { expr, .. } => r.walk(expr, shadow)?,
                        TableRef::Table { .. } => {}
                    }
                }
                for join in &mut item.joins {
                    if let JoinConstraint::On(e) = &mut join.constraint {
                        r.walk(e, shadow)?;
                    }
                }
            }
            Ok(())
        }
        items(self, &mut s.from, shadow)?;
        for e in select_exprs(s) {
            self.walk(e, shadow)?;
        }
        Ok(())
    }

    /// The names a subquery's FROM binds.
    fn scope(&self, s: &Select) -> Scope {
        fn add(sources: &Sources, t: &TableRef, scope: &mut Scope) {
            if let TableRef::Nested(inner) = t {
                add(sources, &inner.relation, scope);
                for j in &inner.joins {
                    add(sources, &j.relation, scope);
                }
                return;
            }
            let model = sources.relation(t);
            scope.unknown |= !model.unknown.is_empty();
            scope
                .ranges
                .extend(model.unknown.iter().map(|u| u.name.clone()));
            for c in model.cols {
                scope.ranges.extend(c.qual.map(|q| q.name));
                scope.columns.push(c.name.name);
            }
        }
        let mut scope = Scope::default();
        for item in &s.from {
            add(self.sources, &item.relation, &mut scope);
            for j in &item.joins {
                add(self.sources, &j.relation, &mut scope);
            }
        }
        scope
    }
}

/// The expressions of a SELECT outside its FROM: select list, WHERE, GROUP BY,
/// HAVING and named windows.
pub fn select_exprs(s: &mut Select) -> Vec<&mut Expr> {
    let mut out: Vec<&mut Expr> = s.distinct_on.iter_mut().collect();
    for item in &mut s.projection {
        if let SelectItem::Expr { expr, .. } = item {
            out.push(expr);
        }
    }
    out.extend(s.selection.as_mut());
    out.extend(s.group_by.iter_mut());
    out.extend(s.having.as_mut());
    for (_, spec) in &mut s.windows {
        out.extend(spec_exprs(spec));
    }
    out
}

fn spec_exprs(spec: &mut WindowSpec) -> Vec<&mut Expr> {
    let mut out: Vec<&mut Expr> = spec.partition_by.iter_mut().collect();
    out.extend(spec.order_by.iter_mut().map(|o| &mut o.expr));
    if let Some(frame) = &mut spec.frame {
        for bound in std::iter::once(&mut frame.start).chain(frame.end.as_mut()) {
            if let FrameBound::Preceding(Some(e)) | FrameBound::Following(Some(e)) = bound {
                out.push(e);
            }
        }
    }
    out
}

/// The expressions directly inside `e`, subqueries excepted.
fn children(e: &mut Expr) -> Vec<&mut Expr> {
    match &mut e.kind {
        ExprKind::Column(_)
        | ExprKind::Literal(_)
        | ExprKind::Param(_)
        | ExprKind::ValueFunction(_)
        | ExprKind::Interval(_)
        | ExprKind::Subquery(_)
        | ExprKind::Exists { .. } => Vec::new(),
        ExprKind::Binary { left, right, .. }
        | ExprKind::IsDistinctFrom { left, right, .. }
        | ExprKind::AnyAll { left, right, .. } => vec![left, right],
        ExprKind::Unary { expr, .. }
        | ExprKind::IsNull { expr, .. }
        | ExprKind::IsBool { expr, .. }
        | ExprKind::Cast { expr, .. }
        | ExprKind::PgCast { expr, .. }
        | ExprKind::Nested(expr)
        | ExprKind::Collate { expr, .. }
        | ExprKind::InSubquery { expr, .. }
        | ExprKind::IntervalAmount { amount: expr, .. } => vec![expr],
        ExprKind::Like {
            expr,
            pattern,
            escape,
            ..
        } => {
            let mut out: Vec<&mut Expr> = vec![expr, pattern];
            out.extend(escape.as_deref_mut());
            out
        }
        ExprKind::InList { expr, list, .. } => {
            let mut out: Vec<&mut Expr> = vec![expr];
            out.extend(list.iter_mut());
            out
        }
        ExprKind::Between {
            expr, low, high, ..
        } => vec![expr, low, high],
        ExprKind::Func(f) => {
            let mut out: Vec<&mut Expr> = f.args.iter_mut().collect();
            out.extend(f.order_by.iter_mut().map(|o| &mut o.expr));
            out.extend(f.filter.as_deref_mut());
            if let Some(Window::Spec(spec)) = &mut f.over {
                out.extend(spec_exprs(spec));
            }
            out
        }
        ExprKind::Case {
            operand,
            whens,
            else_,
        } => {
            let mut out: Vec<&mut Expr> = operand.as_deref_mut().into_iter().collect();
            for (w, t) in whens {
                out.push(w);
                out.push(t);
            }
            out.extend(else_.as_deref_mut());
            out
        }
        ExprKind::Array(items) => items.iter_mut().collect(),
    }
}
