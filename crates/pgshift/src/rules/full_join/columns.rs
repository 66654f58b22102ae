//! The columns a FROM item gives its query, as the general form reads them:
//! every column under the range name that qualifies it, the merged columns of
//! USING and NATURAL, which of them `*` and an unqualified name see, and how the
//! rewritten query now reads each one.

use super::whole::first_select;
use crate::catalog::{key, Catalog, NameMap};
use crate::ir::visit::{walk_stmt, VisitMut};
use crate::ir::{Expr, ExprKind, Ident, ObjectName, Query, SelectItem, SetExpr, Stmt, TableRef};
use crate::rules::names::output_name;

/// One column a FROM item gives.
#[derive(Clone, Debug)]
pub struct Col {
    /// The range name that qualifies it (`a` of `a.x`); `None` for the merged
    /// column of USING or NATURAL, which has no qualifier.
    pub qual: Option<Ident>,
    pub name: Ident,
    /// How the query reads it now: `a.x`, or `__pgshift_fj1.a__x` once a derived
    /// table holds it.
    pub expr: Expr,
    /// Whether `*` and an unqualified name see it (the two sides of a USING key
    /// are seen only qualified).
    pub visible: bool,
    /// Whether a derived table of this rule holds it, so that its references must
    /// be rewritten.
    pub absorbed: bool,
}

/// The columns of a FROM item, in PostgreSQL's `*` order.
#[derive(Clone, Debug, Default)]
pub struct Model {
    pub cols: Vec<Col>,
    /// The range names whose columns pgshift does not know.
    pub unknown: Vec<Ident>,
}

impl Model {
    pub fn append(&mut self, other: Model) {
        self.cols.extend(other.cols);
        self.unknown.extend(other.unknown);
    }

    /// The visible columns called `name`.
    pub fn visible<'m>(&'m self, name: &'m str) -> impl Iterator<Item = &'m Col> + 'm {
        self.cols
            .iter()
            .filter(move |c| c.visible && c.name.name == name)
    }
}

/// Where relations' column names come from: the catalog's tables and views, and
/// the CTEs of the statement being translated.
pub struct Sources<'a> {
    catalog: &'a Catalog,
    /// Each CTE name of the statement with its columns; `None` where two CTEs (or a
    /// CTE and a table) share the name with other columns, or the columns of the
    /// CTE are not listed.
    ctes: NameMap<Option<Vec<Ident>>>,
}

impl<'a> Sources<'a> {
    /// The sources for `stmt`, whose CTEs are collected before the rule changes them.
    pub fn of(catalog: &'a Catalog, stmt: &mut Stmt) -> Sources<'a> {
        struct Ctes<'c>(&'c Catalog, NameMap<Option<Vec<Ident>>>);
        impl VisitMut for Ctes<'_> {
            fn query(&mut self, q: &mut Query) {
                for cte in q.with.iter().flat_map(|w| &w.ctes) {
                    let cols = if cte.columns.is_empty() {
                        query_columns(&cte.query)
                    } else {
                        Some(cte.columns.clone())
                    };
                    let name = cte.name.name.clone();
                    let table = self
                        .0
                        .tables
                        .get(&name)
                        .map(|t| t.def.columns.iter().map(|c| c.name.clone()).collect());
                    let same = |a: &Option<Vec<Ident>>, b: &Option<Vec<Ident>>| match (a, b) {
                        (Some(a), Some(b)) => names_equal(a, b),
                        _ => false,
                    };
                    let merged = match self.1.get(&name) {
                        Some(seen) if !same(seen, &cols) => None,
                        _ if table.is_some() && !same(&table, &cols) => None,
                        _ => cols,
                    };
                    self.1.insert(name, merged);
                }
            }
        }
        let mut v = Ctes(catalog, NameMap::new());
        walk_stmt(&mut v, stmt);
        Sources { catalog, ctes: v.1 }
    }

    /// The model of one relation that is not a parenthesized join: its columns
    /// under its range name, or its range name among the unknown ones.
    pub fn relation(&self, t: &TableRef) -> Model {
        let (range, cols) = match t {
            TableRef::Table { name, alias } => {
                let range = alias.as_ref().map(|a| &a.name).or(name.base());
                let cols = match alias {
                    Some(a) if !a.columns.is_empty() => Some(a.columns.clone()),
                    _ => self.table_columns(name),
                };
                (range, cols)
            }
            TableRef::Derived {
                lateral: false,
                query,
                alias: Some(alias),
            } => {
                let cols = if alias.columns.is_empty() {
                    query_columns(query)
                } else {
                    Some(alias.columns.clone())
                };
                (Some(&alias.name), cols)
            }
            TableRef::Derived { alias, .. } => (alias.as_ref().map(|a| &a.name), None),
            TableRef::Function { name, alias, .. } => {
                (alias.as_ref().map(|a| &a.name).or(name.base()), None)
            }
            TableRef::JsonTable { alias, .. } => (Some(alias), None),
            TableRef::Nested(_) => (None, None),
        };
        let Some(range) = range else {
            return Model::default();
        };
        match cols {
            Some(cols) => Model {
                cols: cols
                    .into_iter()
                    .map(|c| Col {
                        qual: Some(range.clone()),
                        expr: Expr::new(
                            ExprKind::Column(vec![range.clone(), c.clone()]),
                            range.span,
                        ),
                        name: c,
                        visible: true,
                        absorbed: false,
                    })
                    .collect(),
                unknown: Vec::new(),
            },
            None => Model {
                cols: Vec::new(),
                unknown: vec![range.clone()],
            },
        }
    }

    /// A table's, view's or CTE's columns by name.
    fn table_columns(&self, name: &ObjectName) -> Option<Vec<Ident>> {
        if let [only] = name.parts.as_slice() {
            if let Some(cte) = self.ctes.get(&only.name) {
                return cte.clone();
            }
        }
        if let Some(t) = self.catalog.table(name) {
            return Some(t.def.columns.iter().map(|c| c.name.clone()).collect());
        }
        let view = self.catalog.views.get(&key(name))?;
        if view.columns.is_empty() {
            query_columns(&view.query)
        } else {
            Some(view.columns.clone())
        }
    }
}

/// A query's output column names, when its select list names them all.
pub fn query_columns(q: &Query) -> Option<Vec<Ident>> {
    if let SetExpr::Values(rows) = &q.body {
        let n = rows.first()?.len();
        return Some(
            (1..=n)
                .map(|i| Ident::new(&format!("column{i}"), q.span))
                .collect(),
        );
    }
    first_select(&q.body)?
        .projection
        .iter()
        .map(|i| matches!(i, SelectItem::Expr { .. }).then(|| output_name(i, q.span)))
        .collect()
}

fn names_equal(a: &[Ident], b: &[Ident]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.name == y.name)
}
