//! `INTERSECT ALL` and `EXCEPT ALL`, which keep duplicates where the plain forms
//! remove them.
//!
//! MySQL 8.0.31+ and MariaDB 10.5+ have both and keep them. SQLite has only the
//! distinct forms, so the duplicates of each side are numbered first: a row that
//! occurs m times on the left and n times on the right becomes the rows (row, 1)
//! … (row, m) and (row, 1) … (row, n), and the distinct INTERSECT of those keeps
//! min(m, n) of them, EXCEPT keeps max(m − n, 0), as PostgreSQL does. The number
//! is `ROW_NUMBER() OVER (PARTITION BY` every output column`)`; PARTITION BY puts
//! NULLs together, as INTERSECT and EXCEPT compare them. Each side becomes a CTE
//! with a column list, which names its output columns whatever they are, and the
//! outer SELECT drops the number and gives the columns the first side's names:
//!
//! ```sql
//! -- input
//! SELECT a, b FROM t1 INTERSECT ALL SELECT a, b FROM t2 ORDER BY a
//! -- output (SQLite)
//! SELECT __pgshift_c1 AS a, __pgshift_c2 AS b FROM (
//!     WITH __pgshift_l(__pgshift_c1, __pgshift_c2) AS (SELECT a, b FROM t1),
//!          __pgshift_r(__pgshift_c1, __pgshift_c2) AS (SELECT a, b FROM t2)
//!     SELECT __pgshift_c1, __pgshift_c2, ROW_NUMBER() OVER (PARTITION BY __pgshift_c1, __pgshift_c2) AS __pgshift_n FROM __pgshift_l
//!     INTERSECT
//!     SELECT __pgshift_c1, __pgshift_c2, ROW_NUMBER() OVER (PARTITION BY __pgshift_c1, __pgshift_c2) FROM __pgshift_r
//! ) AS __pgshift_s ORDER BY a
//! ```
//!
//! The rewritten operation is a plain SELECT, so it nests in a chain
//! (`a INTERSECT ALL b EXCEPT ALL c`, `a UNION b INTERSECT ALL c`) without any
//! precedence question, and the query's ORDER BY and LIMIT, which can name only
//! output columns and ordinals, read the same columns. The rule runs among the
//! structural rules, before `values_query`: the sides pass through every later
//! rule, and the output names are read from PostgreSQL's select list.
//!
//! Fidelity: exact. The first side's column count comes from its select list; a
//! `*` is counted from the catalog when it reads one table (`SELECT * FROM t`,
//! `SELECT t.*, x FROM t JOIN u …`), and any other `*` is an error (PGS0210).
//! <https://www.postgresql.org/docs/current/queries-union.html>
//! <https://www.sqlite.org/lang_select.html#compound_select_statements>

use super::names::output_name;
use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::visit::{walk_stmt, VisitMut};
use crate::ir::{
    Cte, Expr, ExprKind, FromItem, FuncCall, Ident, ObjectName, Query, Select, SelectItem,
    SetExpr, SetOp, Stmt, TableRef, Window, WindowSpec, With,
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
    let mut v = AllOps {
        cx,
        ctes: ctes.0,
    };
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
    /// Rewrites the ALL operations of a set expression, operands first, so that a
    /// chain's outer operation reads the rewritten inner one as its operand. A
    /// parenthesized operand is a query of its own, which the walk visits.
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
        self.body(left, span);
        self.body(right, span);
        let word = match op {
            SetOp::Intersect => "INTERSECT",
            SetOp::Except => "EXCEPT",
            SetOp::Union => return,
        };
        if !*all {
            return;
        }
        let Some(names) = self.output_names(left, span) else {
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
        let op = *op;
        let left = std::mem::replace(left.as_mut(), SetExpr::Values(Vec::new()));
        let right = std::mem::replace(right.as_mut(), SetExpr::Values(Vec::new()));
        *body = numbered(op, left, right, &names, span);
    }

    /// The output names of a set operation's first side: PostgreSQL takes them
    /// from the leftmost SELECT (or VALUES, whose columns are column1, column2…).
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
                            let [only] = s.from.as_slice() else {
                                return None;
                            };
                            if !only.joins.is_empty() {
                                return None;
                            }
                            names.extend(self.table_columns(&only.relation, None)?);
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
                                .find_map(|r| self.table_columns(r, Some(&qualifier.name)))?;
                            names.extend(relation);
                        }
                    }
                }
                Some(names)
            }
        }
    }

    /// The columns of a FROM relation that is a table of the catalog, when it is
    /// the one `qualifier` names (any, for `None`).
    fn table_columns(&self, relation: &TableRef, qualifier: Option<&str>) -> Option<Vec<Ident>> {
        let TableRef::Table { name, alias } = relation else {
            return None;
        };
        let bound = alias.as_ref().map_or(name.base_name(), |a| a.name.name.clone());
        if qualifier.is_some_and(|q| q != bound) {
            return None;
        }
        if name.parts.len() == 1 && self.ctes.contains(&name.base_name()) {
            return None;
        }
        let table = self.cx.catalog.table(name)?;
        Some(table.def.columns.iter().map(|c| c.name.clone()).collect())
    }
}

/// `left op ALL right` → the outer SELECT over the numbered distinct operation.
fn numbered(op: SetOp, left: SetExpr, right: SetExpr, names: &[Ident], span: Span) -> SetExpr {
    let columns: Vec<Ident> = (1..=names.len())
        .map(|c| Ident::new(&format!("__pgshift_c{c}"), span))
        .collect();
    let side = |name: &str, body: SetExpr| Cte {
        name: Ident::new(name, span),
        columns: columns.clone(),
        query: match body {
            SetExpr::Query(q) => *q,
            body => Query::of(body, span),
        },
    };
    let ctes = vec![side("__pgshift_l", left), side("__pgshift_r", right)];
    // SELECT c1, …, ROW_NUMBER() OVER (PARTITION BY c1, …) [AS __pgshift_n] FROM side.
    let numbering = |from: &str, alias: Option<Ident>| {
        let mut items: Vec<SelectItem> = columns
            .iter()
            .map(|c| SelectItem::Expr {
                expr: column(c),
                alias: None,
            })
            .collect();
        let mut row_number = FuncCall::simple("row_number", Vec::new(), span);
        row_number.over = Some(Window::Spec(WindowSpec {
            base: None,
            partition_by: columns.iter().map(column).collect(),
            order_by: Vec::new(),
            frame: None,
        }));
        items.push(SelectItem::Expr {
            expr: Expr::new(ExprKind::Func(Box::new(row_number)), span),
            alias,
        });
        let table = TableRef::Table {
            name: ObjectName {
                parts: vec![Ident::new(from, span)],
                span,
            },
            alias: None,
        };
        SetExpr::Select(Box::new(Select::new(
            items,
            vec![FromItem {
                relation: table,
                joins: Vec::new(),
            }],
        )))
    };
    let distinct = SetExpr::SetOp {
        op,
        all: false,
        left: Box::new(numbering(
            "__pgshift_l",
            Some(Ident::new("__pgshift_n", span)),
        )),
        right: Box::new(numbering("__pgshift_r", None)),
    };
    let mut inner = Query::of(distinct, span);
    inner.with = Some(With {
        recursive: false,
        ctes,
    });
    let items = columns
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

fn column(name: &Ident) -> Expr {
    Expr::new(ExprKind::Column(vec![name.clone()]), name.span)
}
