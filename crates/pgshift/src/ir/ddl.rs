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
    /// `COMMENT ON COLUMN`'s text, which MySQL keeps in the column definition.
    pub comment: Option<String>,
    /// Set by the `text_comparison` rule (MySQL): the collation of a text
    /// column, where the table's own would compare it differently.
    pub collation: Option<super::Collation>,
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

impl ConstraintKind {
    /// The columns a key names: a key's, a unique constraint's, an index's, or a
    /// foreign key's own columns; none for a CHECK.
    pub fn columns(&self) -> &[Ident] {
        match self {
            ConstraintKind::PrimaryKey(c)
            | ConstraintKind::Unique(c)
            | ConstraintKind::Index(c) => c,
            ConstraintKind::ForeignKey(fk) => &fk.columns,
            ConstraintKind::Check(_) => &[],
        }
    }
}

impl CreateTable {
    /// The names of the columns that some table constraint keys on.
    pub fn key_columns(&self) -> Vec<String> {
        self.constraints
            .iter()
            .flat_map(|c| c.kind.columns())
            .map(|c| c.name.clone())
            .collect()
    }
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
    /// `USING method`, lower case (`btree`, `hash`, `gin`, `gist`…).
    pub using: Option<String>,
    /// `INCLUDE (cols)`: covering columns outside the key.
    pub include: Vec<Ident>,
    /// `CREATE INDEX CONCURRENTLY`.
    pub concurrently: bool,
    /// `UNIQUE NULLS NOT DISTINCT` (PostgreSQL 15).
    pub nulls_not_distinct: bool,
    /// Target only: MySQL key prefix lengths, one per column (`c(255)`); empty when none.
    pub prefixes: Vec<Option<u32>>,
}

/// `ALTER TABLE name op, op…`.
#[derive(Clone, Debug, PartialEq)]
pub struct AlterTable {
    pub name: ObjectName,
    pub if_exists: bool,
    pub ops: Vec<AlterOp>,
    pub span: Span,
}

/// One action of an `ALTER TABLE`.
#[derive(Clone, Debug, PartialEq)]
pub enum AlterOp {
    AddColumn {
        column: ColumnDef,
        if_not_exists: bool,
    },
    DropColumn {
        name: Ident,
        if_exists: bool,
        cascade: bool,
    },
    RenameColumn {
        from: Ident,
        to: Ident,
    },
    RenameTable {
        to: Ident,
    },
    AddConstraint(TableConstraint),
    DropConstraint {
        name: Ident,
        if_exists: bool,
        cascade: bool,
    },
    AlterColumn {
        name: Ident,
        change: ColumnChange,
        span: Span,
    },
    /// Target only: MySQL's `MODIFY COLUMN` with the whole column definition.
    ModifyColumn(ColumnDef),
    /// Target only: MySQL's `DROP INDEX name` (a unique constraint is an index there).
    DropIndex(Ident),
    /// Target only: MySQL's `DROP FOREIGN KEY name`.
    DropForeignKey(Ident),
    /// Target only: MySQL's `AUTO_INCREMENT = n`, the next value of the table's counter.
    AutoIncrement(i64),
}

/// What `ALTER COLUMN` changes.
#[derive(Clone, Debug, PartialEq)]
pub enum ColumnChange {
    /// `TYPE ty [USING expr]`.
    Type {
        ty: DataType,
        type_span: Span,
        using: Option<Expr>,
    },
    SetDefault(Expr),
    DropDefault,
    SetNotNull,
    DropNotNull,
    /// `COMMENT ON COLUMN … IS …` (`None`: `IS NULL`), as MySQL restates it.
    Comment(Option<String>),
}

/// `CREATE [OR REPLACE] [MATERIALIZED] VIEW name [(cols)] AS query`.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateView {
    pub name: ObjectName,
    pub or_replace: bool,
    pub if_not_exists: bool,
    pub materialized: bool,
    pub columns: Vec<Ident>,
    pub query: Box<super::Query>,
    pub span: Span,
}

/// The kind of object a `DROP` removes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ObjectKind {
    View,
    MaterializedView,
    Index,
    Type,
    Domain,
    Sequence,
    Schema,
    Extension,
    Function,
    Procedure,
    Trigger,
    Policy,
}

impl ObjectKind {
    /// The PostgreSQL keywords, for messages and comments.
    pub fn keyword(self) -> &'static str {
        match self {
            ObjectKind::View => "VIEW",
            ObjectKind::MaterializedView => "MATERIALIZED VIEW",
            ObjectKind::Index => "INDEX",
            ObjectKind::Type => "TYPE",
            ObjectKind::Domain => "DOMAIN",
            ObjectKind::Sequence => "SEQUENCE",
            ObjectKind::Schema => "SCHEMA",
            ObjectKind::Extension => "EXTENSION",
            ObjectKind::Function => "FUNCTION",
            ObjectKind::Procedure => "PROCEDURE",
            ObjectKind::Trigger => "TRIGGER",
            ObjectKind::Policy => "POLICY",
        }
    }
}

/// `DROP kind [IF EXISTS] names [CASCADE]` for every kind but tables.
#[derive(Clone, Debug, PartialEq)]
pub struct DropObject {
    pub kind: ObjectKind,
    pub names: Vec<ObjectName>,
    pub if_exists: bool,
    pub cascade: bool,
    /// The table an index or trigger belongs to (MySQL's `DROP INDEX i ON t`).
    pub table: Option<ObjectName>,
    pub span: Span,
}

/// `CREATE TYPE name AS ENUM (labels)`.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateEnum {
    pub name: ObjectName,
    pub labels: Vec<String>,
    pub span: Span,
}

/// `ALTER TYPE name ADD VALUE … | RENAME VALUE …`.
#[derive(Clone, Debug, PartialEq)]
pub struct AlterEnum {
    pub name: ObjectName,
    pub op: EnumChange,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum EnumChange {
    AddValue {
        label: String,
        if_not_exists: bool,
        /// `BEFORE 'x'` (true) or `AFTER 'x'` (false).
        position: Option<(bool, String)>,
    },
    RenameValue {
        from: String,
        to: String,
    },
}

/// `CREATE DOMAIN name AS base [DEFAULT …] [NOT NULL] [CHECK (…)]…`. Checks refer to `VALUE`.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateDomain {
    pub name: ObjectName,
    pub base: DataType,
    pub not_null: bool,
    pub default: Option<Expr>,
    pub checks: Vec<Expr>,
    pub span: Span,
}

/// `CREATE SEQUENCE name [START n] [INCREMENT n] …`.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateSequence {
    pub name: ObjectName,
    pub if_not_exists: bool,
    pub start: Option<i64>,
    pub increment: Option<i64>,
    /// `OWNED BY table.column`.
    pub owned_by: Option<(ObjectName, Ident)>,
    pub span: Span,
}

/// `ALTER SEQUENCE name OWNED BY table.column` (and the options pgshift ignores safely).
#[derive(Clone, Debug, PartialEq)]
pub struct AlterSequence {
    pub name: ObjectName,
    pub owned_by: Option<(ObjectName, Ident)>,
    pub restart: Option<i64>,
    pub span: Span,
}

/// `TRUNCATE [TABLE] names [RESTART IDENTITY] [CASCADE]`.
#[derive(Clone, Debug, PartialEq)]
pub struct Truncate {
    pub tables: Vec<ObjectName>,
    pub restart_identity: bool,
    pub cascade: bool,
    pub span: Span,
}

/// `COMMENT ON TABLE t | COLUMN t.c IS 'text' | NULL`.
#[derive(Clone, Debug, PartialEq)]
pub struct Comment {
    pub table: ObjectName,
    pub column: Option<Ident>,
    pub text: Option<String>,
    pub span: Span,
}

/// `CREATE SCHEMA [IF NOT EXISTS] name`, `CREATE EXTENSION …`: objects with only a name.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateNamed {
    pub name: Ident,
    pub if_not_exists: bool,
    pub span: Span,
}

/// A statement the targets cannot run (PL/pgSQL functions, triggers, DO blocks,
/// policies, grants): kept only so that a rule can diagnose it, or skip it
/// with a comment in lenient mode.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    /// What it is, as PostgreSQL spells it: `CREATE FUNCTION`, `DO`, `GRANT`.
    pub what: String,
    /// Its name, when it has one.
    pub name: Option<String>,
    pub span: Span,
}

/// A target-only statement that rules emit (SQLite's table rebuild).
#[derive(Clone, Debug, PartialEq)]
pub enum Pragma {
    /// `PRAGMA foreign_keys = ON|OFF`.
    ForeignKeys(bool),
    /// `PRAGMA defer_foreign_keys = ON|OFF`.
    DeferForeignKeys(bool),
    /// `PRAGMA foreign_key_check`.
    ForeignKeyCheck,
}

/// `SAVEPOINT name`, `RELEASE [SAVEPOINT] name`, `ROLLBACK TO [SAVEPOINT] name`.
#[derive(Clone, Debug, PartialEq)]
pub enum Savepoint {
    Create(Ident),
    Release(Ident),
    RollbackTo(Ident),
}

/// `REFRESH MATERIALIZED VIEW`, `ALTER VIEW … RENAME TO`, `ALTER INDEX … RENAME TO`:
/// statements on views and indexes that rules rebuild from the catalog.
#[derive(Clone, Debug, PartialEq)]
pub struct ObjectChange {
    pub name: ObjectName,
    pub change: ObjectChangeKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ObjectChangeKind {
    /// `REFRESH MATERIALIZED VIEW [CONCURRENTLY] name`.
    Refresh { concurrently: bool },
    /// `ALTER [MATERIALIZED] VIEW name RENAME TO to`.
    RenameView { materialized: bool, to: Ident },
    /// `ALTER INDEX name RENAME TO to`.
    RenameIndex { to: Ident },
}
