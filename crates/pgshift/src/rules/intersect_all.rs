//! `INTERSECT ALL` and `EXCEPT ALL`, which keep duplicates where the plain forms
//! remove them.
//!
//! MySQL 8.0.31+ and MariaDB 10.5+ have both and keep them. SQLite has only the
//! distinct forms, so the duplicates of each side are numbered first: a row that
//! occurs m times on the left and n times on the right becomes the rows (row, 1)
//! … (row, m) and (row, 1) … (row, n), and the distinct INTERSECT of those keeps
//! min(m, n) of them, EXCEPT keeps max(m − n, 0), as PostgreSQL does. The number
//! is `ROW_NUMBER() OVER (PARTITION BY` every output column`)`; PARTITION BY puts
//! NULLs together, as INTERSECT and EXCEPT compare them. Each operand becomes a
//! CTE with a column list, which names its output columns whatever they are, and
//! the outer SELECT drops the number and gives the columns the first operand's
//! names:
//!
//! ```sql
//! -- input
//! SELECT a, b FROM t1 INTERSECT ALL SELECT a, b FROM t2 ORDER BY a
//! -- output (SQLite)
//! SELECT __pgshift_c1 AS a, __pgshift_c2 AS b FROM (
//!     WITH __pgshift_1(__pgshift_c1, __pgshift_c2) AS (SELECT a, b FROM t1),
//!          __pgshift_2(__pgshift_c1, __pgshift_c2) AS (SELECT a, b FROM t2),
//!          __pgshift_3(__pgshift_c1, __pgshift_c2, __pgshift_n) AS (
//!              SELECT __pgshift_c1, __pgshift_c2, row_number() OVER (PARTITION BY __pgshift_c1, __pgshift_c2) FROM __pgshift_1
//!              INTERSECT
//!              SELECT __pgshift_c1, __pgshift_c2, row_number() OVER (PARTITION BY __pgshift_c1, __pgshift_c2) FROM __pgshift_2)
//!     SELECT __pgshift_c1, __pgshift_c2 FROM __pgshift_3
//! ) AS __pgshift_s ORDER BY a
//! ```
//!
//! A chain (`a INTERSECT ALL b EXCEPT ALL c`, `(a UNION b) EXCEPT ALL c`) is
//! one list of CTEs, each operation over the CTEs of its operands, rather than
//! nested subqueries: SQLite's parser stack holds only about ten levels of them.
//! The rewritten operation is a plain SELECT, so a UNION above it (`a UNION b
//! INTERSECT ALL c`) has no precedence question left, and the query's ORDER BY
//! and LIMIT, which can name only output columns and ordinals, read the same
//! columns. The rule runs among the structural rules, before `values_query`:
//! the operands pass through every later rule, and the output names are read
//! from PostgreSQL's select list.
//!
//! Fidelity: exact. The first operand's column count comes from its select
//! list; a `*` is counted from the catalog's tables and from subqueries, and a
//! `*` over anything else (a view, a function, a join with USING or NATURAL, a
//! table the script did not create) is an error (PGS0210).
//! <https://www.postgresql.org/docs/current/queries-union.html>
//! <https://www.sqlite.org/lang_select.html#compound_select_statements>

use super::names::output_name;
use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::visit::{walk_stmt, VisitMut};
use crate::ir::{
    Cte, Expr, ExprKind, FromItem, FuncCall, Ident, JoinConstraint, ObjectName, Query, Select,
    SelectItem, SetExpr, SetOp, Stmt, TableRef, Window, WindowSpec, With,
};
use crate::span::Span;
use std::collections::BTreeSet;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    if cx.target.caps.set_op_all {
        return;
    }
    // A CTE of the statement may have a table's name: its `*` is not the table's.
    let mut ctes = CteNames::default();
    walk_stmt(&mut ctes, stmt);
    let mut v = AllOps { cx, ctes: ctes.0 };
    walk_stmt(&mut v, stmt);
}

#[derive(Default)]
struct CteNames(BTreeSet<String>);

impl VisitMut for CteNames {
    fn query(&mut self, q: &mut Query) {
        if let Some(with) = &q.with {
            self.0.extend(with.ctes.iter().map(|c| c.name.name.clone()));
        }
    }
}

struct AllOps<'a, 'b> {
    cx: &'a mut RuleCx<'b>,
    ctes: BTreeSet<String>,
}

impl VisitMut for AllOps<'_, '_> {
    fn query(&mut self, q: &mut Query) {
        let span = q.span;
        self.body(&mut q.body, span);
    }
}

impl AllOps<'_, '_> {
    /// Rewrites each largest set operation rooted at an ALL operation; a UNION
    /// above it stays. A parenthesized operand is a query of its own, which the
    /// walk has visited already.
    fn body(&mut self, body: &mut SetExpr, span: Span) {
        let SetExpr::SetOp {
            op,
            all,
            left,
            right,
        } = body
        else {
            return;
        };
        if !(*all && *op != SetOp::Union) {
            self.body(left, span);
            self.body(right, span);
            return;
        }
        let word = if *op == SetOp::Intersect {
            "INTERSECT"
        } else {
            "EXCEPT"
        };
        let Some(names) = self.output_names(body, span) else {
            self.cx.report(
                Code::SetOpAll,
                span,
                format!(
                    "{} has no {word} ALL, and the columns of this `*` cannot be listed to number the duplicates",
                    self.cx.target.name
                ),
            );
            return;
        };
        let columns: Vec<Ident> = (1..=names.len())
            .map(|c| Ident::new(&format!("__pgshift_c{c}"), span))
            .collect();
        let mut steps = Steps {
            columns: &columns,
            ctes: Vec::new(),
            span,
        };
        let whole = std::mem::replace(body, SetExpr::Values(Vec::new()));
        let last = steps.step(whole);
        *body = steps.finish(last, &names);
    }

    /// The output names of a set operation: PostgreSQL takes them from the
    /// leftmost SELECT (or VALUES, whose columns are column1, column2…).
    fn output_names(&self, side: &SetExpr, span: Span) -> Option<Vec<Ident>> {
        match side {
            SetExpr::SetOp { left, .. } => self.output_names(left, span),
            SetExpr::Query(q) => self.output_names(&q.body, span),
            SetExpr::Values(rows) => Some(
                (1..=rows.first().map_or(0, Vec::len))
                    .map(|c| Ident::new(&format!("column{c}"), span))
                    .collect(),
            ),
            SetExpr::Select(s) => {
                let mut names = Vec::with_capacity(s.projection.len());
                for item in &s.projection {
                    match item {
                        SelectItem::Expr { .. } => names.push(output_name(item, span)),
                        SelectItem::Wildcard => {
                            for from in &s.from {
                                names.extend(self.item_columns(from, span)?);
                            }
                        }
                        SelectItem::QualifiedWildcard(q) => {
                            let [qualifier] = q.parts.as_slice() else {
                                return None;
                            };
                            let relation = s
                                .from
                                .iter()
                                .flat_map(|f| {
                                    std::iter::once(&f.relation)
                                        .chain(f.joins.iter().map(|j| &j.relation))
                                })
                                .find(|r| bound_name(r).as_deref() == Some(&qualifier.name))?;
                            names.extend(self.relation_columns(relation, span)?);
                        }
                    }
                }
                Some(names)
            }
        }
    }

    /// The columns `*` reads from a FROM item: its relations' columns in order.
    /// USING and NATURAL merge the columns they join on, which is not followed.
    fn item_columns(&self, item: &FromItem, span: Span) -> Option<Vec<Ident>> {
        let mut names = self.relation_columns(&item.relation, span)?;
        for join in &item.joins {
            if matches!(
                join.constraint,
                JoinConstraint::Using(_) | JoinConstraint::Natural
            ) {
                return None;
            }
            names.extend(self.relation_columns(&join.relation, span)?);
        }
        Some(names)
    }

    /// The columns of a FROM relation: a table of the catalog (not shadowed by a
    /// CTE of the statement) or a subquery, renamed by the alias's column list.
    fn relation_columns(&self, relation: &TableRef, span: Span) -> Option<Vec<Ident>> {
        let (mut names, alias) = match relation {
            TableRef::Table { name, alias } => {
                if name.parts.len() == 1 && self.ctes.contains(&name.base_name()) {
                    return None;
                }
                let table = self.cx.catalog.table(name)?;
                let names = table.def.columns.iter().map(|c| c.name.clone()).collect();
                (names, alias)
            }
            TableRef::Derived { query, alias, .. } => {
                (self.output_names(&query.body, span)?, alias)
            }
            TableRef::Nested(inner) => return self.item_columns(inner, span),
            TableRef::Function { .. } | TableRef::JsonTable { .. } => return None,
        };
        // `AS x(a, b)` renames the first columns; PostgreSQL keeps the others' names.
        if let Some(alias) = alias {
            if alias.columns.len() > names.len() {
                return None;
            }
            for (name, renamed) in names.iter_mut().zip(&alias.columns) {
                *name = renamed.clone();
            }
        }
        Some(names)
    }
}

/// The name a FROM relation binds: its alias, or a table's own name.
fn bound_name(relation: &TableRef) -> Option<String> {
    match relation {
        TableRef::Table { name, alias } => Some(
            alias
                .as_ref()
                .map_or(name.base_name(), |a| a.name.name.clone()),
        ),
        TableRef::Derived { alias, .. } | TableRef::Function { alias, .. } => {
            alias.as_ref().map(|a| a.name.name.clone())
        }
        TableRef::Nested(_) | TableRef::JsonTable { .. } => None,
    }
}

/// The CTEs one rewritten operation is built of, in order: each operand, and
/// each operation over earlier ones. They stand side by side in one WITH, so a
/// chain of n operations nests no deeper than one (SQLite's parser stack holds
/// about ten levels of nested subqueries).
struct Steps<'a> {
    /// __pgshift_c1 … __pgshift_cn, the columns of every step.
    columns: &'a [Ident],
    ctes: Vec<Cte>,
    span: Span,
}

impl Steps<'_> {
    /// Adds the CTEs that compute `e` and returns the name of the last one.
    fn step(&mut self, e: SetExpr) -> Ident {
        match e {
            SetExpr::SetOp {
                op,
                all,
                left,
                right,
            } if contains_all(&left) || contains_all(&right) || (all && op != SetOp::Union) => {
                let left = self.step(*left);
                let right = self.step(*right);
                let numbered = all && op != SetOp::Union;
                // `l op ALL r` → SELECT c…, ROW_NUMBER() … FROM l op SELECT c…, ROW_NUMBER() … FROM r;
                // any other operation over rewritten operands → SELECT c… FROM l op SELECT c… FROM r.
                let body = SetExpr::SetOp {
                    op,
                    all: all && !numbered,
                    left: Box::new(self.select_from(&left, numbered)),
                    right: Box::new(self.select_from(&right, numbered)),
                };
                let mut columns = self.columns.to_vec();
                if numbered {
                    columns.push(Ident::new("__pgshift_n", self.span));
                }
                self.push(Query::of(body, self.span), columns)
            }
            SetExpr::Query(q) => self.push(*q, self.columns.to_vec()),
            operand => self.push(Query::of(operand, self.span), self.columns.to_vec()),
        }
    }

    fn push(&mut self, query: Query, columns: Vec<Ident>) -> Ident {
        let name = Ident::new(&format!("__pgshift_{}", self.ctes.len() + 1), self.span);
        self.ctes.push(Cte {
            name: name.clone(),
            columns,
            query,
        });
        name
    }

    /// `SELECT c1, …[, ROW_NUMBER() OVER (PARTITION BY c1, …)] FROM from`.
    fn select_from(&self, from: &Ident, numbered: bool) -> SetExpr {
        let mut items: Vec<SelectItem> = self
            .columns
            .iter()
            .map(|c| SelectItem::Expr {
                expr: column(c),
                alias: None,
            })
            .collect();
        if numbered {
            let mut row_number = FuncCall::simple("row_number", Vec::new(), self.span);
            row_number.over = Some(Window::Spec(WindowSpec {
                base: None,
                partition_by: self.columns.iter().map(column).collect(),
                order_by: Vec::new(),
                frame: None,
            }));
            items.push(SelectItem::Expr {
                expr: Expr::new(ExprKind::Func(Box::new(row_number)), self.span),
                alias: None,
            });
        }
        SetExpr::Select(Box::new(Select::new(
            items,
            vec![FromItem {
                relation: TableRef::Table {
                    name: ObjectName {
                        parts: vec![from.clone()],
                        span: self.span,
                    },
                    alias: None,
                },
                joins: Vec::new(),
            }],
        )))
    }

    /// `SELECT c1 AS name1, … FROM (WITH steps SELECT c1, … FROM last) AS __pgshift_s`.
    fn finish(self, last: Ident, names: &[Ident]) -> SetExpr {
        let span = self.span;
        let mut inner = Query::of(self.select_from(&last, false), span);
        inner.with = Some(With {
            recursive: false,
            ctes: self.ctes,
        });
        let items = self
            .columns
            .iter()
            .zip(names)
            .map(|(c, name)| SelectItem::Expr {
                expr: column(c),
                alias: Some(name.clone()),
            })
            .collect();
        SetExpr::Select(Box::new(Select::new(
            items,
            vec![FromItem::derived(inner, Ident::new("__pgshift_s", span))],
        )))
    }
}

/// Whether a set expression holds an INTERSECT ALL or EXCEPT ALL outside
/// parentheses.
fn contains_all(e: &SetExpr) -> bool {
    match e {
        SetExpr::SetOp {
            op,
            all,
            left,
            right,
        } => (*all && *op != SetOp::Union) || contains_all(left) || contains_all(right),
        _ => false,
    }
}

fn column(name: &Ident) -> Expr {
    Expr::new(ExprKind::Column(vec![name.clone()]), name.span)
}
