//! Queries and data-modifying statements.

use super::{Expr, Ident, ObjectName, WindowSpec};
use crate::span::Span;

#[derive(Clone, Debug, PartialEq)]
pub struct Query {
    pub with: Option<With>,
    pub body: SetExpr,
    pub order_by: Vec<OrderItem>,
    pub limit: Option<Expr>,
    pub offset: Option<Expr>,
    pub locks: Vec<Lock>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct With {
    pub recursive: bool,
    pub ctes: Vec<Cte>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Cte {
    pub name: Ident,
    pub columns: Vec<Ident>,
    pub query: Query,
}

#[derive(Clone, Debug, PartialEq)]
pub enum SetExpr {
    Select(Box<Select>),
    SetOp {
        op: SetOp,
        all: bool,
        left: Box<SetExpr>,
        right: Box<SetExpr>,
    },
    Values(Vec<Vec<Expr>>),
    /// A parenthesized query.
    Query(Box<Query>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetOp {
    Union,
    Intersect,
    Except,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Select {
    pub distinct: bool,
    pub projection: Vec<SelectItem>,
    pub from: Vec<FromItem>,
    pub selection: Option<Expr>,
    pub group_by: Vec<Expr>,
    pub having: Option<Expr>,
    pub windows: Vec<(Ident, WindowSpec)>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum SelectItem {
    Expr { expr: Expr, alias: Option<Ident> },
    Wildcard,
    QualifiedWildcard(ObjectName),
}

/// A `FROM` entry: a relation and the joins that follow it.
#[derive(Clone, Debug, PartialEq)]
pub struct FromItem {
    pub relation: TableRef,
    pub joins: Vec<Join>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TableRef {
    Table {
        name: ObjectName,
        alias: Option<TableAlias>,
    },
    Derived {
        lateral: bool,
        query: Box<Query>,
        alias: Option<TableAlias>,
    },
    /// `( a JOIN b )`.
    Nested(Box<FromItem>),
    /// A function in FROM, such as `generate_series(1, 3) AS g`: a set-returning
    /// function before rules, a target's table-valued function (SQLite `json_each`) after.
    Function {
        name: ObjectName,
        args: Vec<Expr>,
        alias: Option<TableAlias>,
    },
    /// MySQL's `JSON_TABLE(expr, 'path' COLUMNS (...)) AS alias`, only produced by rules.
    JsonTable {
        expr: Expr,
        path: String,
        columns: Vec<JsonTableColumn>,
        alias: Ident,
    },
}

/// A column of MySQL's `JSON_TABLE`.
#[derive(Clone, Debug, PartialEq)]
pub struct JsonTableColumn {
    pub name: Ident,
    pub kind: JsonColumnKind,
}

/// What a `JSON_TABLE` column holds: the row number, or the value at a path as JSON or as text.
#[derive(Clone, Debug, PartialEq)]
pub enum JsonColumnKind {
    Ordinality,
    Json(String),
    Text(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct TableAlias {
    pub name: Ident,
    pub columns: Vec<Ident>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Join {
    pub kind: JoinKind,
    pub relation: TableRef,
    pub constraint: JoinConstraint,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JoinKind {
    Inner,
    Left,
    Right,
    Full,
    Cross,
}

#[derive(Clone, Debug, PartialEq)]
pub enum JoinConstraint {
    On(Expr),
    Using(Vec<Ident>),
    Natural,
    None,
}

#[derive(Clone, Debug, PartialEq)]
pub struct OrderItem {
    pub expr: Expr,
    /// `None`: ascending by default.
    pub desc: Option<bool>,
    /// `None`: PostgreSQL's default (NULLs sort as if larger than every value).
    pub nulls_first: Option<bool>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Lock {
    pub kind: LockKind,
    pub of: Vec<ObjectName>,
    pub wait: LockWait,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockKind {
    Update,
    Share,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockWait {
    Wait,
    NoWait,
    SkipLocked,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Insert {
    pub table: ObjectName,
    pub columns: Vec<Ident>,
    pub source: InsertSource,
    pub returning: Vec<SelectItem>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum InsertSource {
    Query(Box<Query>),
    DefaultValues,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Assignment {
    pub column: Ident,
    pub value: Expr,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Update {
    pub table: ObjectName,
    pub alias: Option<TableAlias>,
    pub assignments: Vec<Assignment>,
    pub from: Vec<FromItem>,
    pub selection: Option<Expr>,
    pub returning: Vec<SelectItem>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Delete {
    pub table: ObjectName,
    pub alias: Option<TableAlias>,
    pub using: Vec<FromItem>,
    pub selection: Option<Expr>,
    pub returning: Vec<SelectItem>,
    pub span: Span,
}
