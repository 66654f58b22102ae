//! Schema statements.

use super::{DataType, Expr, Ident, ObjectName, OrderItem};
use crate::span::Span;

#[derive(Clone, Debug, PartialEq)]
pub struct CreateTable {
    pub name: ObjectName,
    pub if_not_exists: bool,
    pub temporary: bool,
    pub columns: Vec<ColumnDef>,
    pub constraints: Vec<TableConstraint>,
    /// Target table options chosen by rules (MySQL's binary collation).
    pub binary_collation: bool,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ColumnDef {
    pub name: Ident,
    pub ty: DataType,
    /// The type as written, for diagnostics after the type is rewritten.
    pub type_span: Span,
    pub not_null: bool,
    pub default: Option<Expr>,
    pub primary_key: bool,
    pub unique: bool,
    /// Set by the `serial` rule: SQLite `AUTOINCREMENT` / MySQL `AUTO_INCREMENT`.
    pub auto_increment: bool,
    pub identity: Option<Identity>,
    pub checks: Vec<Expr>,
    pub generated: Option<Expr>,
    pub span: Span,
}

/// `GENERATED {ALWAYS | BY DEFAULT} AS IDENTITY`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Identity {
    Always,
    ByDefault,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TableConstraint {
    pub name: Option<Ident>,
    pub kind: ConstraintKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ConstraintKind {
    PrimaryKey(Vec<Ident>),
    Unique(Vec<Ident>),
    Check(Expr),
    ForeignKey(ForeignKey),
    /// A plain (non-unique) index, which MySQL needs on an AUTO_INCREMENT column that is not the key.
    Index(Vec<Ident>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct ForeignKey {
    pub columns: Vec<Ident>,
    pub table: ObjectName,
    pub referred: Vec<Ident>,
    pub on_delete: Option<RefAction>,
    pub on_update: Option<RefAction>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefAction {
    NoAction,
    Restrict,
    Cascade,
    SetNull,
    SetDefault,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DropTable {
    pub names: Vec<ObjectName>,
    pub if_exists: bool,
    pub cascade: bool,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CreateIndex {
    pub name: Option<Ident>,
    pub table: ObjectName,
    pub unique: bool,
    pub if_not_exists: bool,
    pub columns: Vec<OrderItem>,
    pub predicate: Option<Expr>,
    pub span: Span,
}
