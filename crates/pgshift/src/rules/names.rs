//! Name resolution helpers for the rules that move expressions between scopes or
//! reorder assignments: which columns of the modified table an expression reads,
//! which names a FROM clause binds, renaming a table qualifier, and the name
//! PostgreSQL gives an output column.
//!
//! These work on names alone and err on the safe side:
//! a reference that might be the modified table's column counts as one.

use super::each_expr_in;
use crate::ir::visit::{walk_expr, walk_query, VisitMut};
use crate::ir::{Expr, ExprKind, FromItem, Ident, JoinKind, Query, Select, SelectItem, TableRef};
use crate::span::Span;
use std::collections::BTreeSet;

/// The columns of the modified table that `e` reads: unqualified columns, and
/// columns qualified by one of `qualifiers` (the table's name or alias).
/// Subqueries are searched too, since they may be correlated.
pub fn target_reads(e: &Expr, qualifiers: &[&str]) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    // The walk takes `&mut`; a copy keeps this a query.
    each_expr_in(&mut e.clone(), |e| {
        if let ExprKind::Column(parts) = &e.kind {
            let hit = match parts.as_slice() {
                [column] => Some(column),
                [.., table, column] if qualifiers.contains(&table.name.as_str()) => Some(column),
                _ => None,
            };
            found.extend(hit.map(|c| c.name.clone()));
        }
    });
    found
}

/// Every range name bound in `from` and in the queries nested anywhere in it or
/// in `exprs`: table names (or their aliases), derived-table aliases and CTE names.
pub fn bound_names<'a>(
    from: &mut [FromItem],
    exprs: impl IntoIterator<Item = &'a mut Expr>,
) -> BTreeSet<String> {
    let mut v = Bound::default();
    for item in from {
        v.item(item);
        // Queries in ON conditions.
        for join in &mut item.joins {
            if let crate::ir::JoinConstraint::On(e) = &mut join.constraint {
                walk_expr(&mut v, e);
            }
        }
    }
    for e in exprs {
        walk_expr(&mut v, e);
    }
    v.0
}

/// The range names bound anywhere in `q`, as [`bound_names`] finds them.
pub fn query_bound_names(q: &mut Query) -> BTreeSet<String> {
    let mut v = Bound::default();
    walk_query(&mut v, q);
    v.0
}

#[derive(Default)]
struct Bound(BTreeSet<String>);

impl VisitMut for Bound {
    fn query(&mut self, q: &mut Query) {
        if let Some(with) = &q.with {
            self.0.extend(with.ctes.iter().map(|c| c.name.name.clone()));
        }
    }
    fn select(&mut self, s: &mut Select) {
        for item in &mut s.from {
            self.item(item);
        }
    }
}

impl Bound {
    fn item(&mut self, item: &mut FromItem) {
        self.table_ref(&mut item.relation);
        for join in &mut item.joins {
            self.table_ref(&mut join.relation);
        }
    }

    fn table_ref(&mut self, t: &mut TableRef) {
        match t {
            TableRef::Table { name, alias } => {
                let bound = alias.as_ref().map(|a| &a.name).or(name.base());
                self.0.extend(bound.map(|b| b.name.clone()));
            }
            TableRef::Derived { query, alias, .. } => {
                self.0.extend(alias.as_ref().map(|a| a.name.name.clone()));
                walk_query(self, query);
            }
            TableRef::Nested(inner) => self.item(inner),
            // generate_series(1, 3) AS g binds g; without an alias, the function's own name.
            TableRef::Function { name, alias, .. } => {
                let bound = alias.as_ref().map(|a| &a.name).or(name.base());
                self.0.extend(bound.map(|b| b.name.clone()));
            }
            TableRef::JsonTable { alias, .. } => {
                self.0.insert(alias.name.clone());
            }
        }
    }
}

/// Rewrites `from.c` to `to.c` in `e`, subqueries included. The caller checks
/// that no scope inside rebinds either name.
pub fn requalify(e: &mut Expr, from: &str, to: &[Ident]) {
    each_expr_in(e, |e| {
        if let ExprKind::Column(parts) = &mut e.kind {
            if let [table, column] = parts.as_slice() {
                if table.name == from {
                    let column = column.clone();
                    *parts = to.to_vec();
                    parts.push(column);
                }
            }
        }
    });
}

/// Requalifies the expressions of a select list (RETURNING) as [`requalify`] does.
pub fn requalify_items(items: &mut [SelectItem], from: &str, to: &[Ident]) {
    for item in items {
        match item {
            SelectItem::Expr { expr, .. } => requalify(expr, from, to),
            SelectItem::QualifiedWildcard(name) => {
                if let [only] = name.parts.as_slice() {
                    if only.name == from {
                        name.parts = to.to_vec();
                    }
                }
            }
            SelectItem::Wildcard => {}
        }
    }
}

/// The first RETURNING item that reads a table other than the modified one
/// (`*`, `s.*`, `s.c`), which a target whose RETURNING sees only the modified
/// table cannot return.
pub fn returning_reads_other<'a>(items: &'a [SelectItem], target: &str) -> Option<&'a str> {
    for item in items {
        match item {
            SelectItem::Wildcard => return Some("*"),
            SelectItem::QualifiedWildcard(name) => {
                if name.base().is_some_and(|b| b.name != target) {
                    return Some("a qualified `*` of another table");
                }
            }
            SelectItem::Expr { expr, .. } => {
                let mut other = false;
                each_expr_in(&mut expr.clone(), |e| {
                    if let ExprKind::Column(parts) = &e.kind {
                        if let [.., table, _] = parts.as_slice() {
                            other |= table.name != target;
                        }
                    }
                });
                if other {
                    return Some("a column of another table");
                }
            }
        }
    }
    None
}

/// Calls `f` with every relation of every FROM list in `stmt`: SELECTs at any
/// depth, `UPDATE … FROM`, `DELETE … USING` and parenthesized joins. `kind` is
/// the join that attaches the relation, `None` for the first of a FROM item.
pub fn each_relation(stmt: &mut crate::ir::Stmt, f: impl FnMut(Option<JoinKind>, &TableRef)) {
    struct Relations<F>(F);
    impl<F: FnMut(Option<JoinKind>, &TableRef)> Relations<F> {
        fn items(&mut self, items: &[FromItem]) {
            for item in items {
                self.relation(None, &item.relation);
                for join in &item.joins {
                    self.relation(Some(join.kind), &join.relation);
                }
            }
        }

        fn relation(&mut self, kind: Option<JoinKind>, t: &TableRef) {
            (self.0)(kind, t);
            if let TableRef::Nested(inner) = t {
                self.items(std::slice::from_ref(inner.as_ref()));
            }
        }
    }
    impl<F: FnMut(Option<JoinKind>, &TableRef)> VisitMut for Relations<F> {
        fn select(&mut self, s: &mut Select) {
            self.items(&s.from);
        }
    }
    let mut v = Relations(f);
    match stmt {
        crate::ir::Stmt::Update(u) => v.items(&u.from),
        crate::ir::Stmt::Delete(d) => v.items(&d.using),
        _ => {}
    }
    crate::ir::visit::walk_stmt(&mut v, stmt);
}

/// The name PostgreSQL gives an output column: its alias, column or function
/// name, `case`, or `?column?`.
pub fn output_name(item: &SelectItem, span: Span) -> Ident {
    let SelectItem::Expr { expr, alias } = item else {
        return Ident::new("?column?", span);
    };
    if let Some(alias) = alias {
        return alias.clone();
    }
    fn of(e: &Expr) -> Option<Ident> {
        match &e.kind {
            ExprKind::Column(parts) => parts.last().cloned(),
            ExprKind::Func(f) => f.plain_name().map(|n| Ident::new(n, e.span)),
            ExprKind::PgCast { expr, .. } | ExprKind::Nested(expr) => of(expr),
            ExprKind::Case { .. } => Some(Ident::new("case", e.span)),
            _ => None,
        }
    }
    of(expr).unwrap_or_else(|| Ident::new("?column?", span))
}

/// The name a derived table gives output column `i` of a query whose output
/// names are `names`, and the outer select item that shows it under
/// PostgreSQL's name. A name another output column shares (MySQL compares
/// column names without case) becomes `__pgshift_c<i+1>` inside and is
/// aliased back outside.
pub fn derived_column(names: &[Ident], i: usize, span: Span) -> (Ident, SelectItem) {
    let name = &names[i];
    let shared = names
        .iter()
        .filter(|n| n.name.eq_ignore_ascii_case(&name.name))
        .count()
        > 1;
    let inner = if shared {
        Ident::new(&format!("__pgshift_c{}", i + 1), span)
    } else {
        name.clone()
    };
    let outer = SelectItem::Expr {
        expr: Expr::new(ExprKind::Column(vec![inner.clone()]), span),
        alias: shared.then(|| name.clone()),
    };
    (inner, outer)
}
