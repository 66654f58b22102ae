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

impl Query {
    /// A query of `body` alone: no WITH, ORDER BY, LIMIT or locking clause.
    pub fn of(body: SetExpr, span: Span) -> Query {
        Query {
            with: None,
            body,
            order_by: Vec::new(),
            limit: None,
            offset: None,
            locks: Vec::new(),
            span,
        }
    }
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

impl SetExpr {
    /// `SELECT * FROM (query)`: the query read as a derived table without an alias,
    /// which keeps its column names.
    pub fn select_star_from(query: Query) -> SetExpr {
        let from = FromItem {
            relation: TableRef::Derived {
                lateral: false,
                query: Box::new(query),
                alias: None,
            },
            joins: Vec::new(),
        };
        SetExpr::Select(Box::new(Select::new(
            vec![SelectItem::Wildcard],
            vec![from],
        )))
    }
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
    /// `DISTINCT ON (a, b)`: keep the first row of each group of equal keys.
    /// Neither target has it; the `distinct_on` rule rewrites it away.
    pub distinct_on: Vec<Expr>,
    pub projection: Vec<SelectItem>,
    pub from: Vec<FromItem>,
    pub selection: Option<Expr>,
    pub group_by: Vec<Expr>,
    pub having: Option<Expr>,
    pub windows: Vec<(Ident, WindowSpec)>,
}

impl Select {
    /// `SELECT projection FROM from`, without any other clause.
    pub fn new(projection: Vec<SelectItem>, from: Vec<FromItem>) -> Select {
        Select {
            distinct: false,
            distinct_on: Vec::new(),
            projection,
            from,
            selection: None,
            group_by: Vec::new(),
            having: None,
            windows: Vec::new(),
        }
    }
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

impl FromItem {
    /// `(query) AS alias`, a derived table alone.
    pub fn derived(query: Query, alias: Ident) -> FromItem {
        FromItem {
            relation: TableRef::Derived {
                lateral: false,
                query: Box::new(query),
                alias: Some(TableAlias {
                    name: alias,
                    columns: Vec::new(),
                }),
            },
            joins: Vec::new(),
        }
    }
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
    /// `INSERT INTO t AS x`: the name the ON CONFLICT and RETURNING clauses use for `t`.
    pub alias: Option<Ident>,
    pub columns: Vec<Ident>,
    pub source: InsertSource,
    /// PostgreSQL's (and SQLite's) `ON CONFLICT`.
    pub on_conflict: Option<OnConflict>,
    /// MySQL's `ON DUPLICATE KEY UPDATE`, which the `on_conflict` rule makes of `on_conflict`.
    pub on_duplicate_key_update: Vec<Assignment>,
    /// MySQL 8's row alias, `VALUES (…) AS new`, for the proposed row in
    /// `on_duplicate_key_update` (the `on_conflict` rule sets it).
    pub row_alias: Option<Ident>,
    pub returning: Vec<SelectItem>,
    pub span: Span,
}

/// `ON CONFLICT [target] DO NOTHING | DO UPDATE SET ... [WHERE ...]`.
#[derive(Clone, Debug, PartialEq)]
pub struct OnConflict {
    /// `None`: any unique constraint (only with DO NOTHING).
    pub target: Option<ConflictTarget>,
    pub action: ConflictAction,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ConflictTarget {
    /// `ON CONFLICT (a, b)`: the unique index on exactly these columns.
    Columns(Vec<Ident>),
    /// `ON CONFLICT ON CONSTRAINT name`.
    Constraint(ObjectName),
}

#[derive(Clone, Debug, PartialEq)]
pub enum ConflictAction {
    DoNothing,
    /// `DO UPDATE SET ... [WHERE ...]`; `EXCLUDED.c` is the row that was proposed.
    DoUpdate {
        assignments: Vec<Assignment>,
        selection: Option<Expr>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub enum InsertSource {
    Query(Box<Query>),
    DefaultValues,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Assignment {
    /// The table or alias that qualifies the column, as MySQL's multi-table
    /// UPDATE needs (`SET a.c = ...`); set by rules, `None` when lowered.
    pub table: Option<ObjectName>,
    pub column: Ident,
    pub value: Expr,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Update {
    pub table: ObjectName,
    pub alias: Option<TableAlias>,
    pub assignments: Vec<Assignment>,
    pub from: Vec<FromItem>,
    /// Print `from` in MySQL's multi-table form (`UPDATE t, s SET ...`) rather
    /// than as `FROM`; set by the `update_from` rule.
    pub multi_table: bool,
    pub selection: Option<Expr>,
    pub returning: Vec<SelectItem>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Delete {
    pub table: ObjectName,
    pub alias: Option<TableAlias>,
    pub using: Vec<FromItem>,
    /// Print in MySQL's multi-table form (`DELETE a FROM t AS a, s ...`) rather
    /// than with `USING`; set by the `delete_using` rule.
    pub multi_table: bool,
    pub selection: Option<Expr>,
    pub returning: Vec<SelectItem>,
    pub span: Span,
}
