//! The first pass of post-data folding: which `ALTER TABLE ONLY` statements
//! can move into their table's CREATE TABLE (see the module docs).
//!
//! It parses only CREATE TABLE, CREATE SEQUENCE and ALTER TABLE statements in
//! full. Of the others it reads the first words (`prefix`): which table an
//! INSERT, COPY, UPDATE or DELETE writes, and with which columns.

use super::prefix::{self, Write};
use super::{Fold, Plan};
use crate::catalog::key;
use crate::diagnostics::Diagnostic;
use crate::ir::{AlterOp, ColumnChange, ConstraintKind, Stmt};
use crate::rules::sequence::nextval_of;
use crate::scan::{Piece, PieceKind};
use crate::span::Span;
use crate::{lower, pipeline, Options};
use std::collections::HashMap;

/// A table created earlier in the script, which later statements may fold into.
struct Open {
    create: usize,
    columns: Vec<String>,
    /// False once a write could have used a column default.
    defaults: bool,
}

/// Reads a script piece by piece and builds the [`Plan`].
pub struct Planner<'o> {
    options: &'o Options,
    tables: HashMap<String, Open>,
    sequences: HashMap<String, Stmt>,
    folds: Vec<Fold>,
    /// The script has its own BEGIN/COMMIT.
    transactions: bool,
}

impl<'o> Planner<'o> {
    pub fn new(options: &'o Options) -> Planner<'o> {
        Planner {
            options,
            tables: HashMap::new(),
            sequences: HashMap::new(),
            folds: Vec::new(),
            transactions: false,
        }
    }

    /// Reads one piece (the same pieces, at the same offsets, as the translation pass).
    pub fn piece(&mut self, piece: &Piece, text: &str) {
        if piece.kind != PieceKind::Statement
            || piece.error.is_some()
            || piece.depth > self.options.max_depth
        {
            return;
        }
        let offset = piece.span.start as usize;
        match prefix::classify(text) {
            Write::CreateTable | Write::CreateSequence | Write::AlterTable => {
                self.parsed(text, offset);
            }
            Write::Rows { table, columns } => self.rows(&table, columns.as_deref()),
            Write::Change(table) => {
                self.tables.remove(&table);
            }
            Write::Unknown => self.tables.clear(),
            Write::Transaction => self.transactions = true,
            Write::Nothing => {}
        }
    }

    /// An INSERT or COPY into `table`, naming `columns` (all when `None`).
    fn rows(&mut self, table: &str, columns: Option<&[String]>) {
        let Some(open) = self.tables.get_mut(table) else {
            return;
        };
        if let Some(named) = columns {
            if !open.columns.iter().all(|c| named.contains(c)) {
                open.defaults = false;
            }
        }
    }

    /// A statement parsed and lowered in full.
    fn parsed(&mut self, text: &str, offset: usize) {
        let mut diagnostics: Vec<Diagnostic> = Vec::new();
        let body = text.trim_end_matches(|c: char| c == ';' || c.is_whitespace());
        let span = Span::new(offset, offset + body.len());
        let mut cx = lower::Cx::new(body, offset, &mut diagnostics);
        let (ir, only) = match lower::fallback::statement(&mut cx) {
            Some(lowered) => (lowered.ok(), false),
            None => {
                let Some(ast) = pipeline::parse(body, offset, span, &mut diagnostics) else {
                    return;
                };
                let only = matches!(&ast, sqlparser::ast::Statement::AlterTable(t) if t.only);
                let mut cx = lower::Cx::new(body, offset, &mut diagnostics);
                (lower::statement(&mut cx, &ast).ok(), only)
            }
        };
        match ir {
            // CREATE TABLE t (…) → t is open for folding.
            Some(Stmt::CreateTable(t)) => {
                let open = Open {
                    create: offset,
                    columns: t.columns.iter().map(|c| c.name.name.clone()).collect(),
                    defaults: true,
                };
                self.tables.insert(key(&t.name), open);
            }
            // CREATE SEQUENCE s → kept, for the defaults that draw from it.
            Some(seq @ Stmt::CreateSequence(_)) => {
                if let Stmt::CreateSequence(s) = &seq {
                    self.sequences.insert(key(&s.name), seq.clone());
                }
            }
            Some(Stmt::AlterTable(alter)) => {
                let table = key(&alter.name);
                if only && self.foldable(&table, &alter.ops) {
                    self.fold(table, offset, alter.ops);
                } else {
                    self.tables.remove(&table);
                }
            }
            // Anything else, or a statement that does not translate, may change any table.
            _ => self.tables.clear(),
        }
    }

    fn foldable(&self, table: &str, ops: &[AlterOp]) -> bool {
        let Some(open) = self.tables.get(table) else {
            return false;
        };
        let fold_foreign_keys = !self.options.target.caps.alter_in_place;
        !ops.is_empty()
            && ops.iter().all(|op| match op {
                AlterOp::AddConstraint(c) => match c.kind {
                    ConstraintKind::ForeignKey(_) => fold_foreign_keys,
                    ConstraintKind::PrimaryKey(_)
                    | ConstraintKind::Unique(_)
                    | ConstraintKind::Check(_) => true,
                    ConstraintKind::Index(_) => false,
                },
                AlterOp::AlterColumn {
                    change: ColumnChange::SetDefault(_),
                    ..
                } => open.defaults,
                _ => false,
            })
    }

    fn fold(&mut self, table: String, alter: usize, ops: Vec<AlterOp>) {
        let Some(open) = self.tables.get(&table) else {
            return;
        };
        let sequences = ops
            .iter()
            .filter_map(|op| match op {
                AlterOp::AlterColumn {
                    change: ColumnChange::SetDefault(e),
                    ..
                } => nextval_of(e),
                _ => None,
            })
            .filter_map(|seq| self.sequences.get(&seq).cloned())
            .collect();
        let foreign_key = ops.iter().any(|op| {
            matches!(op, AlterOp::AddConstraint(c) if matches!(c.kind, ConstraintKind::ForeignKey(_)))
        });
        self.folds.push(Fold {
            create: open.create,
            alter,
            table,
            ops,
            foreign_key,
            sequences,
        });
    }

    /// The plan. A script with its own transactions keeps its foreign keys in place.
    pub fn finish(self) -> Plan {
        let mut folds = self.folds;
        if self.transactions {
            folds.retain(|f| !f.foreign_key);
        }
        Plan::new(folds)
    }
}
