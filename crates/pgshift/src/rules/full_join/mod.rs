//! `FULL [OUTER] JOIN`.
//!
//! SQLite has it from 3.39 and keeps it. MySQL has none, and MariaDB reads
//! `a FULL JOIN b` as `a AS full JOIN b`, an inner join: a silent wrong answer.
//! On MySQL a FULL JOIN is the LEFT JOIN's rows (every match, and the left rows
//! that found none), UNION ALL the right rows that found no match. A right row is
//! unmatched when no row of the left side satisfies the join condition, which
//! `NOT EXISTS` tests directly, NULL keys and duplicate rows included.
//!
//! A lone FULL JOIN of two relations (`whole.rs`) rewrites the whole SELECT, and
//! needs no table definition unless `*` must be listed:
//!
//! ```sql
//! -- input
//! SELECT a.x, b.y FROM a FULL JOIN b ON a.id = b.id WHERE b.y <> 'z'
//! -- output (SQLite): unchanged; (MySQL)
//! SELECT a.x, b.y FROM a LEFT JOIN b ON a.id = b.id WHERE b.y <> 'z'
//! UNION ALL
//! SELECT a.x, b.y FROM a RIGHT JOIN b ON FALSE
//! WHERE NOT EXISTS (SELECT 1 FROM a WHERE a.id = b.id) AND (b.y <> 'z')
//!
//! -- input: USING merges the key, COALESCE(a.id, b.id); an ORDER BY applies to the whole
//! SELECT id, x FROM a FULL JOIN b USING (id) ORDER BY id LIMIT 3
//! -- output (MySQL, before the NULL ordering rule)
//! SELECT id, x FROM (SELECT id AS id, x AS x FROM a LEFT JOIN b USING (id)
//!     UNION ALL SELECT id AS id, x AS x FROM a RIGHT JOIN b USING (id)
//!     WHERE NOT EXISTS (SELECT 1 FROM a WHERE a.id = b.id)) AS __pgshift_fj
//! ORDER BY id LIMIT 3
//! ```
//!
//! Every other shape takes the general form (`derived.rs`): the FULL JOIN node
//! itself becomes a derived table that gives every column of both sides under a
//! name of its own, and every reference to those columns in the query, its
//! subqueries included, is rewritten to read the derived table (`references.rs`):
//!
//! ```sql
//! -- input
//! SELECT a.x, count(*) FROM a FULL JOIN b USING (id) JOIN c ON c.id = b.id GROUP BY a.x
//! -- output (MySQL)
//! SELECT __pgshift_fj1.a__x AS x, count(*) FROM (
//!     SELECT coalesce(a.id, b.id) AS __id, a.id AS a__id, a.x AS a__x, b.id AS b__id
//!     FROM a LEFT JOIN b ON a.id = b.id
//!     UNION ALL
//!     SELECT b.id AS __id, NULL AS a__id, NULL AS a__x, b.id AS b__id FROM b
//!     WHERE NOT EXISTS (SELECT 1 FROM a WHERE a.id = b.id)) AS __pgshift_fj1
//!   JOIN c ON c.id = __pgshift_fj1.b__id GROUP BY __pgshift_fj1.a__x
//! ```
//!
//! The left side may be a join tree (joins before the FULL JOIN, an earlier FULL
//! JOIN's derived table); joins after it attach to the derived table. USING and
//! NATURAL keys become equalities, and their merged column, COALESCE(left, right),
//! a column of the derived table (MariaDB's HAVING reads columns, not
//! expressions). Column names are resolved from the catalog (tables, views), the
//! statement's CTEs and subqueries' select lists (`columns.rs`).
//!
//! In the lone form, `SELECT DISTINCT` becomes `UNION`, and under an ORDER BY the
//! union becomes a derived table whose outer query lists the output columns by
//! PostgreSQL's names (a name two columns share is made unique inside and
//! restored outside), an ORDER BY key outside the select list carried out as a
//! hidden column. The rule runs with the structural rules, so the copies it makes
//! pass through every later rule; a volatile call copied into both halves is
//! still reported by the `volatile` check (PGS0127).
//!
//! Fidelity: exact for FULL JOINs with ON, USING or NATURAL, anywhere in a FROM,
//! chained or parenthesized, under WHERE, GROUP BY, aggregates, HAVING, window
//! functions, DISTINCT, ORDER BY and LIMIT, in subqueries, CTEs, views and set
//! operations. An error (PGS0206): a side whose columns pgshift does not know (a
//! table without its CREATE TABLE, a function, a LATERAL subquery); a join
//! condition that reads a column outside the two sides (an outer query's, which a
//! MariaDB derived table cannot see) or holds a subquery; a column name pgshift
//! cannot resolve unambiguously; FOR UPDATE; UPDATE … FROM and DELETE … USING.
//!
//! <https://www.postgresql.org/docs/current/queries-table-expressions.html#QUERIES-JOIN>
//! <https://mariadb.com/kb/en/union/>

mod columns;
mod derived;
mod references;
mod whole;

use super::RuleCx;
use crate::catalog::Catalog;
use crate::diagnostics::Code;
use crate::ir::visit::{walk_stmt, VisitMut};
use crate::ir::{FromItem, JoinKind, Query, Select, SetExpr, Stmt, TableRef};
use crate::span::Span;
use columns::Sources;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    if cx.target.caps.full_join {
        return;
    }
    let mut v = Emulate {
        catalog: cx.catalog,
        sources: Sources::of(cx.catalog, stmt),
        failures: Vec::new(),
        derived: 0,
    };
    walk_stmt(&mut v, stmt);
    // The FULL JOINs left: shapes the emulation does not take, UPDATE … FROM and
    // DELETE … USING. Each is an error at its right-hand relation.
    let mut spans = Vec::new();
    super::names::each_relation(stmt, |kind, t| {
        if kind == Some(JoinKind::Full) {
            spans.push(span_of(t));
        }
    });
    for span in spans {
        let why = v
            .failures
            .iter()
            .find(|(s, _)| *s == span)
            .map(|(_, why)| format!(", and pgshift cannot emulate it {why}"))
            .unwrap_or_default();
        cx.report(
            Code::FullJoin,
            span,
            format!("{} has no FULL JOIN{why}", cx.target.name),
        );
    }
}

/// Where a FROM item stands: a table's name, or a subquery's statement.
pub fn span_of(t: &TableRef) -> Span {
    match t {
        TableRef::Table { name, .. } => name.span,
        TableRef::Derived { query, .. } => query.span,
        TableRef::Nested(inner) => span_of(&inner.relation),
        TableRef::Function { name, .. } => name.span,
        TableRef::JsonTable { expr, .. } => expr.span,
    }
}

struct Emulate<'a> {
    catalog: &'a Catalog,
    /// Where the general form reads relations' column names.
    sources: Sources<'a>,
    /// Why a FULL JOIN (by its right relation's span) was left as it was.
    failures: Vec<(Span, String)>,
    /// The derived tables made so far, which number their names.
    derived: usize,
}

impl VisitMut for Emulate<'_> {
    fn query(&mut self, q: &mut Query) {
        let span = q.span;
        match &mut q.body {
            SetExpr::Select(s) if has_full(&s.from) => {
                if !q.locks.is_empty() {
                    let why = "under FOR UPDATE or FOR SHARE, which PostgreSQL refuses on the nullable side of an outer join";
                    return self.fail(s, why.to_string());
                }
                // The query's ORDER BY and LIMIT apply to the whole union.
                if let Ok((body, order)) = self.emulate(s, &q.order_by) {
                    q.body = body;
                    q.order_by = order;
                    return;
                }
                match self.general(s, &q.order_by) {
                    Ok((select, order)) => {
                        **s = select;
                        q.order_by = order;
                    }
                    Err(why) => self.fail(s, why),
                }
            }
            body @ SetExpr::SetOp { .. } => self.arms(body, span),
            _ => {}
        }
    }
}

impl Emulate<'_> {
    /// The operands of a set operation have no ORDER BY of their own: a lone FULL
    /// JOIN there becomes a parenthesized union, any other the general form.
    fn arms(&mut self, body: &mut SetExpr, span: Span) {
        match body {
            SetExpr::Select(s) if has_full(&s.from) => {
                // (SELECT … FULL JOIN …) → (SELECT … LEFT JOIN … UNION ALL SELECT … RIGHT JOIN …).
                if let Ok((union, _)) = self.emulate(s, &[]) {
                    *body = SetExpr::Query(Box::new(Query::of(union, span)));
                    return;
                }
                match self.general(s, &[]) {
                    Ok((select, _)) => **s = select,
                    Err(why) => self.fail(s, why),
                }
            }
            SetExpr::SetOp { left, right, .. } => {
                self.arms(left, span);
                self.arms(right, span);
            }
            _ => {}
        }
    }

    /// Records why every FULL JOIN of `s` stays, for the error `run` reports.
    fn fail(&mut self, s: &Select, why: String) {
        fn full_spans(from: &[FromItem], out: &mut Vec<Span>) {
            for item in from {
                if let TableRef::Nested(inner) = &item.relation {
                    full_spans(std::slice::from_ref(inner.as_ref()), out);
                }
                for join in &item.joins {
                    if join.kind == JoinKind::Full {
                        out.push(span_of(&join.relation));
                    }
                    if let TableRef::Nested(inner) = &join.relation {
                        full_spans(std::slice::from_ref(inner.as_ref()), out);
                    }
                }
            }
        }
        let mut spans = Vec::new();
        full_spans(&s.from, &mut spans);
        self.failures
            .extend(spans.into_iter().map(|s| (s, why.clone())));
    }
}

/// Whether a FROM list holds a FULL JOIN, parenthesized joins included.
fn has_full(items: &[FromItem]) -> bool {
    items.iter().any(|item| {
        let nested = |t: &TableRef| matches!(t, TableRef::Nested(inner) if has_full(std::slice::from_ref(inner.as_ref())));
        nested(&item.relation)
            || item
                .joins
                .iter()
                .any(|j| j.kind == JoinKind::Full || nested(&j.relation))
    })
}
