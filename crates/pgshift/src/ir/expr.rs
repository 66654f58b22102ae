//! Expressions.

use super::{DataType, Ident, ObjectName, OrderItem, Query};
use crate::span::Span;

#[derive(Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

/// A copy counts each node it makes against the statement's growth budget
/// (`ir::growth`), so that nested rewrites cannot multiply an input without bound.
impl Clone for Expr {
    fn clone(&self) -> Expr {
        super::growth::count();
        Expr {
            kind: self.kind.clone(),
            span: self.span,
        }
    }
}

impl Expr {
    pub fn new(kind: ExprKind, span: Span) -> Expr {
        Expr { kind, span }
    }

    pub fn boxed(self) -> Box<Expr> {
        Box::new(self)
    }

    /// A string literal's value, if this is one.
    pub fn as_str_literal(&self) -> Option<&str> {
        match &self.kind {
            ExprKind::Literal(Literal::String(s)) => Some(s),
            ExprKind::Nested(inner) => inner.as_str_literal(),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// `a`, `t.a`.
    Column(Vec<Ident>),
    Literal(Literal),
    /// `$n` in the source; the emitter prints the target's placeholder.
    Param(u32),
    Binary {
        op: BinOp,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    Unary {
        op: UnOp,
        expr: Box<Expr>,
    },
    IsNull {
        expr: Box<Expr>,
        negated: bool,
    },
    /// `IS [NOT] TRUE`, `IS [NOT] FALSE`, `IS [NOT] UNKNOWN` (`value: None`).
    IsBool {
        expr: Box<Expr>,
        value: Option<bool>,
        negated: bool,
    },
    IsDistinctFrom {
        left: Box<Expr>,
        right: Box<Expr>,
        negated: bool,
    },
    Like {
        expr: Box<Expr>,
        pattern: Box<Expr>,
        escape: Option<Box<Expr>>,
        negated: bool,
        mode: LikeMode,
    },
    InList {
        expr: Box<Expr>,
        list: Vec<Expr>,
        negated: bool,
    },
    InSubquery {
        expr: Box<Expr>,
        query: Box<Query>,
        negated: bool,
    },
    Between {
        expr: Box<Expr>,
        low: Box<Expr>,
        high: Box<Expr>,
        negated: bool,
    },
    Exists {
        query: Box<Query>,
        negated: bool,
    },
    Subquery(Box<Query>),
    /// `CAST(expr AS ty)` as the target will read it; PostgreSQL casts are
    /// lowered to `PgCast` and rewritten by the `cast` rule.
    Cast {
        expr: Box<Expr>,
        ty: DataType,
    },
    /// A PostgreSQL cast (`x::t`, `CAST(x AS t)`) not yet made target-aware.
    PgCast {
        expr: Box<Expr>,
        ty: DataType,
    },
    Func(Box<FuncCall>),
    Case {
        operand: Option<Box<Expr>>,
        whens: Vec<(Expr, Expr)>,
        else_: Option<Box<Expr>>,
    },
    /// `( expr )`.
    Nested(Box<Expr>),
    /// A niladic SQL value function such as `CURRENT_TIMESTAMP`.
    ValueFunction(ValueFunction),
    /// `expr COLLATE name`, only produced by rules.
    Collate {
        expr: Box<Expr>,
        collation: Collation,
    },
    /// `left op ANY (right)` (`all: false`) or `left op ALL (right)`, rewritten by the `arrays` rule.
    AnyAll {
        left: Box<Expr>,
        op: BinOp,
        all: bool,
        right: Box<Expr>,
    },
    /// `ARRAY[a, b, ...]`; the targets have no arrays, so only the `arrays` rule consumes it.
    Array(Vec<Expr>),
    /// A PostgreSQL interval value (`INTERVAL '1 day 2 hours'`), kept as PostgreSQL
    /// stores it. Only the `interval` rule consumes it; no target can print it.
    Interval(Interval),
    /// MySQL's `INTERVAL amount UNIT`, only produced by rules as an argument of
    /// `DATE_ADD`/`DATE_SUB`.
    IntervalAmount {
        amount: Box<Expr>,
        unit: IntervalUnit,
    },
}

/// An interval as PostgreSQL stores it: months, days and microseconds are
/// separate, because a month and a day have no fixed length.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Interval {
    pub months: i64,
    pub days: i64,
    pub micros: i64,
}

/// The units of MySQL's `INTERVAL amount UNIT` that rules emit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntervalUnit {
    Microsecond,
    Second,
    Day,
    Month,
}

impl BinOp {
    /// One of PostgreSQL's JSON operators (`->`, `->>`, `#>`, `#>>`, `@>`, `<@`,
    /// `?`, `?|`, `?&`), which only the `json_operators` rule translates.
    /// `=`, `<>`, `<`, `<=`, `>` or `>=`.
    pub fn is_comparison(self) -> bool {
        matches!(
            self,
            BinOp::Eq | BinOp::NotEq | BinOp::Lt | BinOp::LtEq | BinOp::Gt | BinOp::GtEq
        )
    }

    pub fn is_pg_json(self) -> bool {
        matches!(
            self,
            BinOp::JsonGet
                | BinOp::JsonGetText
                | BinOp::JsonPathGet
                | BinOp::JsonPathGetText
                | BinOp::JsonContains
                | BinOp::JsonContainedBy
                | BinOp::JsonHasKey
                | BinOp::JsonHasAnyKey
                | BinOp::JsonHasAllKeys
        )
    }
}

impl ExprKind {
    /// A predicate that yields a boolean and binds like a comparison
    /// (`IS NULL`, `LIKE`, `IN`, `BETWEEN`, `IS DISTINCT FROM`...).
    pub fn is_predicate(&self) -> bool {
        matches!(
            self,
            ExprKind::IsNull { .. }
                | ExprKind::IsBool { .. }
                | ExprKind::IsDistinctFrom { .. }
                | ExprKind::Like { .. }
                | ExprKind::InList { .. }
                | ExprKind::InSubquery { .. }
                | ExprKind::Between { .. }
        )
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Literal {
    /// An integer as written (it may exceed i64).
    Integer(String),
    /// A decimal number as written, such as `2.50` or `1e3`.
    Decimal(String),
    /// A string's value, with every escape already decoded.
    String(String),
    Boolean(bool),
    Null,
    /// Bytes, printed `X'0a0b'` (both targets read hex blob literals).
    Blob(Vec<u8>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Plus,
    Minus,
    Multiply,
    Divide,
    /// Integer division that truncates toward zero (MySQL `DIV`).
    IntDivide,
    Modulo,
    /// String concatenation `||`.
    Concat,
    Eq,
    NotEq,
    Lt,
    LtEq,
    Gt,
    GtEq,
    And,
    Or,
    /// MySQL's `REGEXP` match operator, only produced by rules.
    Regexp,
    /// PostgreSQL `->`: a JSON member or element, as JSON.
    JsonGet,
    /// PostgreSQL `->>`: a JSON member or element, as text.
    JsonGetText,
    /// PostgreSQL `#>`: the JSON value at a path, as JSON.
    JsonPathGet,
    /// PostgreSQL `#>>`: the JSON value at a path, as text.
    JsonPathGetText,
    /// PostgreSQL `@>`: the left JSON value contains the right one.
    JsonContains,
    /// PostgreSQL `<@`: the left JSON value is contained in the right one.
    JsonContainedBy,
    /// PostgreSQL `?`: the key or string element exists.
    JsonHasKey,
    /// PostgreSQL `?|`: any of the keys exists.
    JsonHasAnyKey,
    /// PostgreSQL `?&`: all of the keys exist.
    JsonHasAllKeys,
    /// SQLite's `->` with a JSON path string on the right, only produced by rules.
    TargetJsonGet,
    /// SQLite's `->>` with a JSON path string on the right, only produced by rules.
    TargetJsonGetText,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Not,
    Minus,
    Plus,
}

/// How a pattern match compares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LikeMode {
    /// PostgreSQL `LIKE`: case-sensitive.
    Like,
    /// PostgreSQL `ILIKE`: case-insensitive.
    ILike,
    /// The target's own `LIKE`, whose case rules the rule has accounted for.
    TargetLike,
    /// SQLite `GLOB` with a converted pattern.
    Glob,
}

/// Collations that rules ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Collation {
    /// MySQL's binary UTF-8 collation: case- and accent-sensitive, like PostgreSQL's `=`.
    /// It is PAD SPACE: comparisons ignore trailing spaces.
    Utf8mb4Bin,
    /// MariaDB's binary UTF-8 collation that counts trailing spaces (NO PAD, 10.2+).
    Utf8mb4NopadBin,
    /// MySQL 8's binary UTF-8 collation that counts trailing spaces (NO PAD, 8.0.17+).
    Utf8mb4_0900Bin,
}

impl Collation {
    /// The collation's name in the target.
    pub fn name(self) -> &'static str {
        match self {
            Collation::Utf8mb4Bin => "utf8mb4_bin",
            Collation::Utf8mb4NopadBin => "utf8mb4_nopad_bin",
            Collation::Utf8mb4_0900Bin => "utf8mb4_0900_bin",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueFunction {
    CurrentTimestamp,
    CurrentDate,
    CurrentTime,
    LocalTimestamp,
    LocalTime,
}

/// A function call, aggregate or window function.
#[derive(Clone, Debug, PartialEq)]
pub struct FuncCall {
    /// Unquoted names are folded to lower case.
    pub name: ObjectName,
    pub args: Vec<Expr>,
    /// `count(*)`.
    pub star: bool,
    pub distinct: bool,
    /// `ORDER BY` inside an aggregate's parentheses.
    pub order_by: Vec<OrderItem>,
    pub filter: Option<Box<Expr>>,
    pub over: Option<Window>,
}

impl FuncCall {
    pub fn simple(name: &str, args: Vec<Expr>, span: Span) -> FuncCall {
        FuncCall {
            name: ObjectName {
                parts: vec![Ident {
                    name: name.to_string(),
                    quoted: false,
                    span,
                }],
                span,
            },
            args,
            star: false,
            distinct: false,
            order_by: Vec::new(),
            filter: None,
            over: None,
        }
    }

    /// The unqualified name when it is unquoted (already lower case), for matching known functions.
    pub fn plain_name(&self) -> Option<&str> {
        match self.name.parts.as_slice() {
            [only] if !only.quoted => Some(only.name.as_str()),
            [schema, only] if !only.quoted && schema.name == "pg_catalog" => {
                Some(only.name.as_str())
            }
            _ => None,
        }
    }
}

/// `OVER (...)` or `OVER name`.
#[derive(Clone, Debug, PartialEq)]
pub enum Window {
    Named(Ident),
    Spec(WindowSpec),
}

#[derive(Clone, Debug, PartialEq)]
pub struct WindowSpec {
    /// `OVER (w ORDER BY ...)`: a base window to extend.
    pub base: Option<Ident>,
    pub partition_by: Vec<Expr>,
    pub order_by: Vec<OrderItem>,
    pub frame: Option<WindowFrame>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WindowFrame {
    pub units: FrameUnits,
    pub start: FrameBound,
    pub end: Option<FrameBound>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameUnits {
    Rows,
    Range,
    Groups,
}

#[derive(Clone, Debug, PartialEq)]
pub enum FrameBound {
    CurrentRow,
    /// `None` is UNBOUNDED.
    Preceding(Option<Box<Expr>>),
    Following(Option<Box<Expr>>),
}
