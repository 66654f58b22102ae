//! pgshift's own typed intermediate representation.
//!
//! Lowering builds it from sqlparser's AST, rules rewrite it, and emitters print
//! it. Every node that a diagnostic can point at carries its byte span in the input.
//! **Architecture invariant:** nothing here holds unparsed SQL text.

pub mod census;
mod ddl;
mod expr;
pub mod growth;
pub(crate) mod infer;
mod query;
mod types;
pub mod visit;

pub use ddl::*;
pub use expr::*;
pub use query::*;
pub use types::*;

use crate::span::Span;

/// An identifier. Unquoted PostgreSQL identifiers are folded to lower case when lowered.
#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    pub name: String,
    /// It was quoted in the input (so its case is significant).
    pub quoted: bool,
    pub span: Span,
}

impl Ident {
    /// An unquoted identifier, such as a name a rule makes up (`__pgshift_rn`).
    pub fn new(name: &str, span: Span) -> Ident {
        Ident {
            name: name.to_string(),
            quoted: false,
            span,
        }
    }

    /// An unquoted name as PostgreSQL folds it: `A`–`Z` to lower case, every
    /// other character as written. In a UTF-8 database PostgreSQL lowers only
    /// ASCII letters (`downcase_identifier`), so `Été` names the table "Été",
    /// not "été", and `ÉTÉ` is another name, "ÉtÉ".
    pub fn fold(name: &str) -> String {
        name.to_ascii_lowercase()
    }
}

/// A possibly qualified name: `t`, `public.t`.
#[derive(Clone, Debug, PartialEq)]
pub struct ObjectName {
    pub parts: Vec<Ident>,
    pub span: Span,
}

impl ObjectName {
    /// The last part: the object's own name.
    pub fn base(&self) -> Option<&Ident> {
        self.parts.last()
    }

    /// The object's own name as text; empty for an empty name.
    pub fn base_name(&self) -> String {
        self.base().map(|b| b.name.clone()).unwrap_or_default()
    }
}

/// One statement.
#[derive(Clone, Debug, PartialEq)]
pub enum Stmt {
    Query(Box<Query>),
    Insert(Box<Insert>),
    Update(Box<Update>),
    Delete(Box<Delete>),
    CreateTable(Box<CreateTable>),
    DropTable(DropTable),
    CreateIndex(Box<CreateIndex>),
    /// BEGIN, COMMIT or ROLLBACK, with the span of the source statement.
    Transaction(TransactionKind, Span),
    Savepoint(Savepoint),
    AlterTable(Box<AlterTable>),
    CreateView(Box<CreateView>),
    DropObject(DropObject),
    CreateEnum(CreateEnum),
    AlterEnum(AlterEnum),
    CreateDomain(Box<CreateDomain>),
    CreateSequence(CreateSequence),
    AlterSequence(AlterSequence),
    Truncate(Truncate),
    Comment(Comment),
    CreateSchema(CreateNamed),
    CreateExtension(CreateNamed),
    CodeObject(CodeObject),
    /// REFRESH of a materialized view, renames of views and indexes.
    ObjectChange(ObjectChange),
    /// Target only (SQLite's table rebuild).
    Pragma(Pragma),
    /// A statement that translates to nothing, printed as an SQL comment that
    /// says what was skipped and why (`-- pgshift: skipped …`).
    Skipped(String),
}

impl Stmt {
    /// True when the statement changes the schema that the catalog records.
    pub fn changes_schema(&self) -> bool {
        !matches!(
            self,
            Stmt::Query(_)
                | Stmt::Insert(_)
                | Stmt::Update(_)
                | Stmt::Delete(_)
                | Stmt::Transaction(..)
                | Stmt::Savepoint(_)
                | Stmt::Truncate(_)
                | Stmt::CodeObject(_)
                | Stmt::Pragma(_)
                | Stmt::Skipped(_)
        )
    }

    /// True when executing the statement yields rows.
    pub fn returns_rows(&self) -> bool {
        match self {
            Stmt::Query(_) => true,
            Stmt::Insert(i) => !i.returning.is_empty(),
            Stmt::Update(u) => !u.returning.is_empty(),
            Stmt::Delete(d) => !d.returning.is_empty(),
            _ => false,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TransactionKind {
    Begin,
    Commit,
    Rollback,
}
