//! Which kinds of expression a statement holds, and which functions it calls.
//!
//! Most rules rewrite only one kind of expression (a `LIKE`, a binary
//! operator, a call to `split_part`), yet each walks the whole statement to
//! find it. `rules::apply` takes a census of the statement in one walk and
//! skips a rule whose expressions the statement does not hold. A census is
//! exact for the statement it was taken of; `apply` takes a new one once a rule
//! has run, since a rule may add any expression.
//!
//! Rules that rewrite a query's shape rather than an expression (DISTINCT ON,
//! set operations, FULL JOIN, functions in FROM) read shapes: the census
//! notes those too, from the queries, SELECTs and FROM lists it passes.
//!
//! Function names are kept in a 64-bit filter: a name the census did not see
//! may still test as present (a skipped walk is lost, never a rewrite), but a
//! name it saw always tests as present.

use super::visit::{walk_stmt, VisitMut};
use super::{
    Expr, ExprKind, FromItem, JoinConstraint, JoinKind, Query, Select, SetExpr, Stmt, TableRef,
};

/// Kinds of expression (bits of [`kind`]), query shapes ([`shapes`]) and the
/// names of called functions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Census {
    kinds: u64,
    shapes: u64,
    calls: u64,
}

/// What a rule reads: the kinds of statement it rewrites (`stmts`, none for
/// any), and in them the kinds of expression, the query shapes and the
/// functions it rewrites when it reads calls by name only (none of the three
/// for the whole statement).
#[derive(Clone, Copy, Debug)]
pub struct Reads {
    pub stmts: u64,
    pub kinds: u64,
    pub shapes: u64,
    /// The filter bits of the function names ([`name_bits`]), 0 for none.
    pub calls: u64,
}

impl Reads {
    /// Reads nothing in particular; gates name what they read over it
    /// (`Reads { kinds: LIKE, ..Reads::ANY }`).
    pub const ANY: Reads = Reads {
        stmts: 0,
        kinds: 0,
        shapes: 0,
        calls: 0,
    };

    /// Whether the rule may rewrite a statement of `stmt`'s kind, before any census.
    pub fn may_read(&self, stmt: &Stmt) -> bool {
        self.stmts == 0 || self.stmts & stmts::of(stmt) != 0
    }

    /// Whether the rule reads only some expressions or shapes, so that a census decides.
    pub fn needs_census(&self) -> bool {
        self.kinds != 0 || self.shapes != 0 || self.calls != 0
    }
}

impl Census {
    /// The census of `stmt`, in one walk.
    pub fn of(stmt: &mut Stmt) -> Census {
        struct Count(Census);
        impl VisitMut for Count {
            fn expr(&mut self, e: &mut Expr) {
                self.0.kinds |= kind(&e.kind);
                if let ExprKind::Func(f) = &e.kind {
                    // A qualified or quoted name is not read by name: it counts as every name.
                    self.0.calls |= f.plain_name().map_or(u64::MAX, name_bit);
                }
            }

            fn query(&mut self, q: &mut Query) {
                use shapes::*;
                let s = &mut self.0.shapes;
                if !q.order_by.is_empty() {
                    *s |= ORDER_BY;
                }
                if q.limit.is_some() || q.offset.is_some() {
                    *s |= LIMIT;
                }
                if !q.locks.is_empty() {
                    *s |= LOCKS;
                }
                if let Some(with) = &q.with {
                    if with.ctes.iter().any(|c| !c.columns.is_empty()) {
                        *s |= ALIAS_COLUMNS;
                    }
                }
                *s |= body_shapes(&q.body);
            }

            fn select(&mut self, select: &mut Select) {
                use shapes::*;
                let s = &mut self.0.shapes;
                if !select.distinct_on.is_empty() {
                    *s |= DISTINCT_ON;
                }
                if !select.windows.is_empty() {
                    *s |= WINDOWS;
                }
                *s |= from_shapes(&select.from);
            }
        }
        let mut count = Count(Census::default());
        walk_stmt(&mut count, stmt);
        // UPDATE … FROM and DELETE … USING hold FROM lists outside any SELECT.
        match stmt {
            Stmt::Update(u) => count.0.shapes |= from_shapes(&u.from),
            Stmt::Delete(d) => count.0.shapes |= from_shapes(&d.using),
            _ => {}
        }
        count.0
    }

    /// Whether the statement may hold an expression or a shape that `reads` names.
    pub fn may_hold(&self, reads: &Reads) -> bool {
        self.kinds & reads.kinds != 0
            || self.shapes & reads.shapes != 0
            || self.calls & reads.calls != 0
    }
}

/// The shapes of a query body: its set operations and VALUES lists, the
/// operands of a set operation included (a nested query has its own census).
fn body_shapes(body: &SetExpr) -> u64 {
    match body {
        SetExpr::Select(_) => 0,
        SetExpr::SetOp { left, right, .. } => {
            shapes::SET_OP | body_shapes(left) | body_shapes(right)
        }
        SetExpr::Values(_) => shapes::VALUES,
        SetExpr::Query(_) => shapes::NESTED_BODY,
    }
}

/// The shapes of a FROM list: its joins, derived tables and functions.
fn from_shapes(from: &[FromItem]) -> u64 {
    let mut s = if from.len() > 1 { shapes::COMMA } else { 0 };
    for item in from {
        s |= item_shapes(item);
    }
    s
}

fn item_shapes(item: &FromItem) -> u64 {
    let mut s = relation_shapes(&item.relation);
    for join in &item.joins {
        s |= relation_shapes(&join.relation);
        s |= match join.kind {
            JoinKind::Full => shapes::FULL_JOIN,
            JoinKind::Right => shapes::RIGHT_JOIN,
            JoinKind::Inner | JoinKind::Left | JoinKind::Cross => 0,
        };
        if matches!(
            join.constraint,
            JoinConstraint::Using(_) | JoinConstraint::Natural
        ) {
            s |= shapes::USING;
        }
    }
    s
}

fn relation_shapes(t: &TableRef) -> u64 {
    let aliased = |alias: &Option<super::TableAlias>| {
        if alias.as_ref().is_some_and(|a| !a.columns.is_empty()) {
            shapes::ALIAS_COLUMNS
        } else {
            0
        }
    };
    match t {
        TableRef::Table { alias, .. } => aliased(alias),
        TableRef::Derived { lateral, alias, .. } => {
            aliased(alias) | if *lateral { shapes::LATERAL } else { 0 }
        }
        TableRef::Nested(inner) => shapes::NESTED_FROM | item_shapes(inner),
        TableRef::Function { .. } | TableRef::JsonTable { .. } => shapes::FROM_FUNCTION,
    }
}

/// The filter bit of a function name (FNV-1a, folded to 6 bits).
const fn name_bit(name: &str) -> u64 {
    let bytes = name.as_bytes();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < bytes.len() {
        hash = (hash ^ bytes[i] as u64).wrapping_mul(0x0000_0100_0000_01b3);
        i += 1;
    }
    1 << (hash % 64)
}

/// The filter bits of function names, for [`Reads::calls`]. A gate's bits are
/// computed when pgshift is compiled, so that testing a gate is one AND.
pub const fn name_bits(names: &[&str]) -> u64 {
    let mut bits = 0;
    let mut i = 0;
    while i < names.len() {
        bits |= name_bit(names[i]);
        i += 1;
    }
    bits
}

/// The census bit of an expression's kind. Every kind is listed, so a new
/// kind does not compile until it has its bit.
pub const fn kind(k: &ExprKind) -> u64 {
    let bit = match k {
        ExprKind::Column(_) => 0,
        ExprKind::Literal(_) => 1,
        ExprKind::Param(_) => 2,
        ExprKind::Binary { .. } => 3,
        ExprKind::Unary { .. } => 4,
        ExprKind::IsNull { .. } => 5,
        ExprKind::IsBool { .. } => 6,
        ExprKind::IsDistinctFrom { .. } => 7,
        ExprKind::Like { .. } => 8,
        ExprKind::InList { .. } => 9,
        ExprKind::InSubquery { .. } => 10,
        ExprKind::Between { .. } => 11,
        ExprKind::Exists { .. } => 12,
        ExprKind::Subquery(_) => 13,
        ExprKind::Cast { .. } => 14,
        ExprKind::PgCast { .. } => 15,
        ExprKind::Func(_) => 16,
        ExprKind::Case { .. } => 17,
        ExprKind::Nested(_) => 18,
        ExprKind::ValueFunction(_) => 19,
        ExprKind::Collate { .. } => 20,
        ExprKind::AnyAll { .. } => 21,
        ExprKind::Array(_) => 22,
        ExprKind::Interval(_) => 23,
        ExprKind::IntervalAmount { .. } => 24,
    };
    1 << bit
}

/// The bits of the kinds rules name in their [`Reads`].
pub mod kinds {
    pub const BINARY: u64 = 1 << 3;
    pub const LIKE: u64 = 1 << 8;
    pub const IN_LIST: u64 = 1 << 9;
    pub const BETWEEN: u64 = 1 << 11;
    pub const PG_CAST: u64 = 1 << 15;
    pub const FUNC: u64 = 1 << 16;
    pub const VALUE_FUNCTION: u64 = 1 << 19;
    pub const ANY_ALL: u64 = 1 << 21;
    pub const ARRAY: u64 = 1 << 22;
    pub const INTERVAL: u64 = 1 << 23;
}

/// The bits of statement kinds, for rules that read only some statements.
pub mod stmts {
    use crate::ir::Stmt;

    pub const QUERY: u64 = 1 << 0;
    pub const INSERT: u64 = 1 << 1;
    pub const UPDATE: u64 = 1 << 2;
    pub const DELETE: u64 = 1 << 3;
    pub const CREATE_TABLE: u64 = 1 << 4;
    pub const ALTER_TABLE: u64 = 1 << 5;
    pub const CREATE_INDEX: u64 = 1 << 6;
    pub const CREATE_VIEW: u64 = 1 << 7;
    pub const CREATE_SCHEMA: u64 = 1 << 8;
    pub const CREATE_EXTENSION: u64 = 1 << 9;
    pub const COMMENT: u64 = 1 << 10;
    pub const CODE_OBJECT: u64 = 1 << 11;
    pub const DROP_OBJECT: u64 = 1 << 12;
    pub const TRANSACTION: u64 = 1 << 13;
    /// Every other kind (DROP TABLE, CREATE SEQUENCE, TRUNCATE…).
    pub const OTHER: u64 = 1 << 14;

    /// The bit of `stmt`'s kind. Every kind is listed, so a new kind does not
    /// compile until it has its bit.
    pub fn of(stmt: &Stmt) -> u64 {
        match stmt {
            Stmt::Query(_) => QUERY,
            Stmt::Insert(_) => INSERT,
            Stmt::Update(_) => UPDATE,
            Stmt::Delete(_) => DELETE,
            Stmt::CreateTable(_) => CREATE_TABLE,
            Stmt::AlterTable(_) => ALTER_TABLE,
            Stmt::CreateIndex(_) => CREATE_INDEX,
            Stmt::CreateView(_) => CREATE_VIEW,
            Stmt::CreateSchema(_) => CREATE_SCHEMA,
            Stmt::CreateExtension(_) => CREATE_EXTENSION,
            Stmt::Comment(_) => COMMENT,
            Stmt::CodeObject(_) => CODE_OBJECT,
            Stmt::DropObject(_) => DROP_OBJECT,
            Stmt::Transaction(..) | Stmt::Savepoint(_) => TRANSACTION,
            Stmt::DropTable(_)
            | Stmt::CreateEnum(_)
            | Stmt::AlterEnum(_)
            | Stmt::CreateDomain(_)
            | Stmt::CreateSequence(_)
            | Stmt::AlterSequence(_)
            | Stmt::Truncate(_)
            | Stmt::ObjectChange(_)
            | Stmt::Pragma(_)
            | Stmt::Skipped(_) => OTHER,
        }
    }
}

/// The bits of query shapes. A bit says the statement may hold the shape
/// somewhere: in any query, subqueries included.
pub mod shapes {
    /// `ORDER BY` on a query.
    pub const ORDER_BY: u64 = 1 << 0;
    /// `LIMIT` or `OFFSET`.
    pub const LIMIT: u64 = 1 << 1;
    /// `FOR UPDATE`, `FOR SHARE`.
    pub const LOCKS: u64 = 1 << 2;
    /// `UNION`, `INTERSECT`, `EXCEPT`.
    pub const SET_OP: u64 = 1 << 3;
    /// A `VALUES` list as a query body or a set operand (an INSERT's rows too).
    pub const VALUES: u64 = 1 << 4;
    /// A parenthesized query as a query body.
    pub const NESTED_BODY: u64 = 1 << 5;
    /// `SELECT DISTINCT ON (…)`.
    pub const DISTINCT_ON: u64 = 1 << 6;
    /// `WINDOW w AS (…)`.
    pub const WINDOWS: u64 = 1 << 7;
    /// A column list on a FROM item's alias or on a CTE: `AS t(a, b)`.
    pub const ALIAS_COLUMNS: u64 = 1 << 8;
    /// More than one item in a FROM list.
    pub const COMMA: u64 = 1 << 9;
    /// `FULL JOIN`.
    pub const FULL_JOIN: u64 = 1 << 10;
    /// `RIGHT JOIN`.
    pub const RIGHT_JOIN: u64 = 1 << 11;
    /// `JOIN … USING (…)` or `NATURAL JOIN`.
    pub const USING: u64 = 1 << 12;
    /// `LATERAL (SELECT …)`.
    pub const LATERAL: u64 = 1 << 13;
    /// A function in FROM (`generate_series`, `jsonb_each`, `JSON_TABLE`).
    pub const FROM_FUNCTION: u64 = 1 << 14;
    /// A parenthesized join in FROM: `FROM (a JOIN b ON …)`.
    pub const NESTED_FROM: u64 = 1 << 15;
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use crate::ir::{BinOp, FuncCall, Literal};
    use crate::span::Span;

    #[test]
    fn the_named_bits_are_their_kinds() {
        let e = || Expr::new(ExprKind::Literal(Literal::Null), Span::default());
        let binary = ExprKind::Binary {
            op: BinOp::Plus,
            left: e().boxed(),
            right: e().boxed(),
        };
        assert_eq!(kind(&binary), kinds::BINARY);
        let call = ExprKind::Func(Box::new(FuncCall::simple("now", vec![], Span::default())));
        assert_eq!(kind(&call), kinds::FUNC);
        assert_eq!(kind(&ExprKind::Array(vec![])), kinds::ARRAY);
    }

    /// The census of one PostgreSQL statement, as the rules first see it.
    fn census_of(sql: &str) -> (Census, u64) {
        let mut diagnostics = Vec::new();
        let span = Span::new(0, sql.len());
        let ast = crate::pipeline::parse(sql, 0, span, &mut diagnostics).unwrap();
        let mut cx = crate::lower::Cx::new(sql, 0, &mut diagnostics);
        let mut stmt = crate::lower::statement(&mut cx, &ast).unwrap();
        (Census::of(&mut stmt), stmts::of(&stmt))
    }

    #[test]
    fn shapes_are_seen_in_subqueries_and_from_lists() {
        use shapes::*;
        let cases: &[(&str, u64)] = &[
            ("SELECT a FROM t", 0),
            ("SELECT a FROM t ORDER BY a LIMIT 1", ORDER_BY | LIMIT),
            (
                "SELECT * FROM t WHERE a IN (SELECT DISTINCT ON (b) b FROM u)",
                DISTINCT_ON,
            ),
            ("SELECT 1 UNION SELECT 2", SET_OP),
            ("SELECT 1 UNION VALUES (2)", SET_OP | VALUES),
            ("INSERT INTO t VALUES (1)", VALUES),
            ("SELECT * FROM a FULL JOIN b ON a.x = b.x", FULL_JOIN),
            ("SELECT * FROM a RIGHT JOIN b USING (x)", RIGHT_JOIN | USING),
            ("SELECT * FROM a, b", COMMA),
            (
                "SELECT * FROM a, LATERAL (SELECT * FROM b) AS c(x)",
                COMMA | LATERAL | ALIAS_COLUMNS,
            ),
            (
                "SELECT * FROM (a JOIN generate_series(1, 3) g ON true)",
                NESTED_FROM | FROM_FUNCTION,
            ),
            ("SELECT a FROM t FOR UPDATE", LOCKS),
            (
                "SELECT sum(a) OVER w FROM t WINDOW w AS (ORDER BY a)",
                WINDOWS,
            ),
            ("WITH c(x) AS (SELECT 1) SELECT x FROM c", ALIAS_COLUMNS),
            (
                "UPDATE t SET a = 1 FROM u FULL JOIN v ON true WHERE t.a = u.a",
                FULL_JOIN,
            ),
            ("DELETE FROM t USING jsonb_each('{}') e", FROM_FUNCTION),
        ];
        for (sql, want) in cases {
            assert_eq!(census_of(sql).0.shapes, *want, "{sql}");
        }
    }

    #[test]
    fn statement_kinds() {
        assert_eq!(census_of("SELECT 1").1, stmts::QUERY);
        assert_eq!(census_of("CREATE TABLE t (a int)").1, stmts::CREATE_TABLE);
        assert_eq!(census_of("UPDATE t SET a = 1").1, stmts::UPDATE);
        let reads = Reads {
            stmts: stmts::INSERT | stmts::DELETE,
            ..Reads::ANY
        };
        let (_, kind) = census_of("DELETE FROM t");
        assert_ne!(kind & reads.stmts, 0);
        assert!(!reads.needs_census());
        assert_eq!(census_of("SELECT 1").1 & reads.stmts, 0);
    }

    #[test]
    fn a_seen_name_always_tests_present() {
        let census = Census {
            kinds: 0,
            shapes: 0,
            calls: name_bit("split_part"),
        };
        let reads = |calls: &[&str]| Reads {
            calls: name_bits(calls),
            ..Reads::ANY
        };
        assert!(census.may_hold(&reads(&["initcap", "split_part"])));
        assert!(!Census::default().may_hold(&reads(&["split_part"])));
        assert!(!census.may_hold(&Reads {
            kinds: kinds::LIKE,
            shapes: shapes::FULL_JOIN,
            ..Reads::ANY
        }));
    }
}
