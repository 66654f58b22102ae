//! Lowering: sqlparser's AST into pgshift's IR, one file per statement family.
//!
//! Lowering is total: a construct it does not cover becomes an `Unsupported`
//! diagnostic with the construct's span, never text passed through.

mod alter;
mod code;
mod ddl;
mod dml;
mod expr;
pub mod fallback;
mod index;
mod interval;
mod objects;
mod query;
mod sequence;
mod session;
mod types;
mod types_ddl;

use crate::diagnostics::{Code, Diagnostic};
use crate::ir::{Ident, ObjectName, Savepoint, Stmt, TransactionKind};
use crate::span::{LineIndex, Span};
use sqlparser::ast;

/// Lowering stopped; the reason is already in the diagnostics.
#[derive(Debug)]
pub struct Stop;

pub type Lower<T> = Result<T, Stop>;

/// State for lowering one statement.
pub struct Cx<'a> {
    /// The statement's text and its byte offset in the whole input.
    text: &'a str,
    index: LineIndex<'a>,
    offset: usize,
    whole: Span,
    pub diagnostics: &'a mut Vec<Diagnostic>,
    /// Identifiers that not every target accepts, or that PostgreSQL truncated,
    /// for `rules::identifier` (`ident` takes `&self`, hence the cell).
    idents: std::cell::RefCell<Vec<(Ident, bool)>>,
}

impl<'a> Cx<'a> {
    pub fn new(text: &'a str, offset: usize, diagnostics: &'a mut Vec<Diagnostic>) -> Cx<'a> {
        let whole = Span::new(offset, offset + text.len());
        Cx {
            text,
            index: LineIndex::new(text),
            offset,
            whole,
            diagnostics,
            idents: std::cell::RefCell::new(Vec::new()),
        }
    }

    /// The identifiers of this statement that `rules::identifier` must look at,
    /// each with whether PostgreSQL's length limit cut it.
    pub fn take_idents(&mut self) -> Vec<(Ident, bool)> {
        std::mem::take(self.idents.get_mut())
    }

    /// Converts a sqlparser span (lines and columns in the statement) to bytes in the input.
    pub fn span(&self, s: sqlparser::tokenizer::Span) -> Span {
        if s.start.line == 0 {
            return self.whole;
        }
        let start = self.index.offset(s.start.line, s.start.column);
        let end = self.index.offset(s.end.line, s.end.column).max(start);
        Span::new(self.offset + start, self.offset + end)
    }

    pub fn span_of(&self, node: &impl ast::Spanned) -> Span {
        self.span(node.span())
    }

    pub fn whole(&self) -> Span {
        self.whole
    }

    /// The statement's text.
    pub fn text(&self) -> &str {
        self.text
    }

    /// Byte offsets in the statement's text as a span in the input.
    pub fn local_span(&self, start: usize, end: usize) -> Span {
        Span::new(self.offset + start, self.offset + end)
    }

    /// Records that `what` is not supported and stops lowering this statement.
    pub fn unsupported<T>(&mut self, span: Span, what: impl std::fmt::Display) -> Lower<T> {
        self.diagnostics.push(Diagnostic::new(
            Code::Unsupported,
            span,
            format!("{what} is not supported"),
        ));
        Err(Stop)
    }

    pub fn ident(&self, id: &ast::Ident) -> Ident {
        let quoted = id.quote_style.is_some();
        // PostgreSQL folds unquoted identifiers to lower case.
        let mut name = if quoted {
            id.value.clone()
        } else {
            Ident::fold(&id.value)
        };
        // PostgreSQL keeps the first 63 bytes of a longer name, cut at a character.
        let truncated = name.len() > crate::rules::identifier::MAX_BYTES;
        if truncated {
            let mut end = crate::rules::identifier::MAX_BYTES;
            while !name.is_char_boundary(end) {
                end -= 1;
            }
            name.truncate(end);
        }
        let ident = Ident {
            name,
            quoted,
            span: self.span(id.span),
        };
        if truncated || crate::rules::identifier::unusual(&ident.name) {
            self.idents.borrow_mut().push((ident.clone(), truncated));
        }
        ident
    }

    pub fn object_name(&mut self, name: &ast::ObjectName) -> Lower<ObjectName> {
        let mut parts = Vec::with_capacity(name.0.len());
        for part in &name.0 {
            match part {
                ast::ObjectNamePart::Identifier(id) => parts.push(self.ident(id)),
                other => return self.unsupported(self.span_of(other), "this name form"),
            }
        }
        Ok(ObjectName {
            parts,
            span: self.span_of(name),
        })
    }
}

/// Lowers one parsed statement.
pub fn statement(cx: &mut Cx, stmt: &ast::Statement) -> Lower<Stmt> {
    use ast::Statement as S;
    match stmt {
        // SELECT ... → Query.
        S::Query(q) => Ok(Stmt::Query(Box::new(query::query(cx, q)?))),
        S::Insert(i) => Ok(Stmt::Insert(Box::new(dml::insert(cx, i)?))),
        S::Update(u) => Ok(Stmt::Update(Box::new(dml::update(cx, u)?))),
        S::Delete(d) => Ok(Stmt::Delete(Box::new(dml::delete(cx, d)?))),
        S::CreateTable(t) => Ok(Stmt::CreateTable(Box::new(ddl::create_table(cx, t)?))),
        S::CreateIndex(i) => Ok(Stmt::CreateIndex(Box::new(index::create_index(cx, i)?))),
        S::Drop {
            object_type: ast::ObjectType::Table,
            if_exists,
            names,
            cascade,
            restrict: _,
            purge: false,
            temporary: false,
            table: None,
        } => {
            let names = names
                .iter()
                .map(|n| cx.object_name(n))
                .collect::<Lower<Vec<_>>>()?;
            Ok(Stmt::DropTable(crate::ir::DropTable {
                names,
                if_exists: *if_exists,
                cascade: *cascade,
                span: cx.whole(),
            }))
        }
        // BEGIN / START TRANSACTION → BEGIN.
        S::StartTransaction {
            modes,
            modifier: None,
            ..
        } if modes.is_empty() => Ok(Stmt::Transaction(TransactionKind::Begin, cx.whole())),
        S::Commit {
            chain: false,
            modifier: None,
            ..
        } => Ok(Stmt::Transaction(TransactionKind::Commit, cx.whole())),
        S::Rollback {
            chain: false,
            savepoint: None,
        } => Ok(Stmt::Transaction(TransactionKind::Rollback, cx.whole())),
        // SAVEPOINT a / RELEASE [SAVEPOINT] a / ROLLBACK TO [SAVEPOINT] a → the same.
        S::Savepoint { name } => Ok(Stmt::Savepoint(Savepoint::Create(cx.ident(name)))),
        S::ReleaseSavepoint { name } => Ok(Stmt::Savepoint(Savepoint::Release(cx.ident(name)))),
        S::Rollback {
            chain: false,
            savepoint: Some(name),
        } => Ok(Stmt::Savepoint(Savepoint::RollbackTo(cx.ident(name)))),
        // SET x = v, SET TIME ZONE, RESET → a session setting the rules drop.
        S::Set(_) | S::Reset(_) => session::set(cx, stmt),
        S::AlterTable(t) => alter::alter_table(cx, t),
        S::CreateView(v) => objects::create_view(cx, v),
        S::Drop { .. } => objects::drop(cx, stmt),
        // CREATE DATABASE d → `-- skipped CREATE DATABASE d: …`, with a warning.
        S::CreateDatabase { db_name, .. } => {
            objects::database(cx, "CREATE DATABASE", Some(db_name))
        }
        S::Truncate(t) => objects::truncate(cx, t),
        S::Comment { .. } => objects::comment(cx, stmt),
        S::CreateSchema { .. } => objects::create_schema(cx, stmt),
        S::CreateExtension(e) => objects::create_extension(cx, e),
        S::CreateType { .. } => types_ddl::create_type(cx, stmt),
        S::AlterType(t) => types_ddl::alter_type(cx, t),
        S::CreateDomain(d) => types_ddl::create_domain(cx, d),
        S::DropDomain(d) => types_ddl::drop_domain(cx, d),
        S::CreateFunction(_)
        | S::CreateTrigger(_)
        | S::CreatePolicy(_)
        | S::Grant(_)
        | S::Revoke(_)
        | S::DropFunction(_)
        | S::DropTrigger(_)
        | S::DropPolicy(_)
        | S::DropProcedure { .. }
        | S::AlterPolicy(_) => code::code_object(cx, stmt),
        other => {
            let _ = other;
            let what = cx
                .text
                .split_whitespace()
                .take(2)
                .collect::<Vec<_>>()
                .join(" ");
            cx.unsupported(cx.whole(), format!("the statement `{what}`"))
        }
    }
}
