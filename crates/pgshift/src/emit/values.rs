//! A multi-row `INSERT … VALUES` of literals, printed one row at a time.
//!
//! The COPY path turns millions of data lines into batched INSERTs. Building
//! each batch as IR (a `Vec<Vec<Expr>>` of boxed literals) and then walking it
//! cost more than reading the data, so the COPY path prints its rows here
//! directly. The text is exactly what `emit::statement` prints for an `Insert`
//! whose source is a `VALUES` query of the same literals: the head
//! (`INSERT INTO t (cols) VALUES `) is printed by `Printer::insert` itself, and
//! the rows with the same separators and `Printer::literal`. The tests below
//! compare the two on both targets.

use super::{Emitted, Printer};
use crate::ir::{Ident, Insert, InsertSource, Literal, ObjectName, Query, SetExpr, Stmt};
use crate::span::Span;
use crate::target::Target;

pub struct ValuesInsert<'t> {
    p: Printer<'t>,
    /// `INSERT INTO t (cols) VALUES `, printed once.
    head: String,
    /// Rows in the current statement.
    rows: usize,
    /// Where the current row starts in the output, to drop it on an error.
    row_start: usize,
    /// Values printed in the current row.
    values: usize,
}

impl<'t> ValuesInsert<'t> {
    /// Starts an INSERT into `table (columns)` for `target`.
    pub fn new(table: &ObjectName, columns: &[Ident], target: &'t Target) -> ValuesInsert<'t> {
        let shell = Stmt::Insert(Box::new(Insert {
            table: table.clone(),
            alias: None,
            columns: columns.to_vec(),
            source: InsertSource::Query(Box::new(Query::of(
                SetExpr::Values(Vec::new()),
                Span::EMPTY,
            ))),
            on_conflict: None,
            on_duplicate_key_update: Vec::new(),
            row_alias: None,
            returning: Vec::new(),
            span: Span::EMPTY,
        }));
        let head = super::statement(&shell, target).sql;
        let mut p = Printer::new(target, 1 << 16);
        p.w(&head);
        ValuesInsert {
            p,
            head,
            rows: 0,
            row_start: 0,
            values: 0,
        }
    }

    /// Rows in the statement so far.
    pub fn rows(&self) -> usize {
        self.rows
    }

    /// Opens a row.
    pub fn begin_row(&mut self) {
        self.row_start = self.p.out.len();
        if self.rows > 0 {
            self.p.w(", ");
        }
        self.p.w("(");
        self.values = 0;
    }

    /// Starts a value in the open row: prints the separator before it.
    pub fn separator(&mut self) {
        if self.values > 0 {
            self.p.w(", ");
        }
        self.values += 1;
    }

    /// The statement's text, to print a value begun with `separator` into
    /// directly (the COPY path's fast path).
    pub fn out(&mut self) -> &mut String {
        &mut self.p.out
    }

    /// A literal value begun with `separator`.
    pub fn print_literal(&mut self, lit: &Literal) {
        self.p.literal(lit);
    }

    /// A string value begun with `separator` (the same text as `Literal::String`).
    pub fn print_string(&mut self, s: &str) {
        self.p.string(s);
    }

    /// Closes the open row.
    pub fn end_row(&mut self) {
        self.p.w(")");
        self.rows += 1;
    }

    /// Drops the open row, as if it had not been begun.
    pub fn abandon_row(&mut self) {
        self.p.out.truncate(self.row_start);
    }

    /// The statement so far, if it has rows; the next rows start a new one.
    pub fn take(&mut self) -> Option<Emitted> {
        if self.rows == 0 {
            return None;
        }
        let mut next = String::with_capacity(self.p.out.len() + self.p.out.len() / 8);
        next.push_str(&self.head);
        let sql = std::mem::replace(&mut self.p.out, next);
        self.rows = 0;
        Some(Emitted {
            sql,
            params: Vec::new(),
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;
    use crate::ir::{Expr, ExprKind};
    use crate::target::Dialect;

    fn ident(name: &str) -> Ident {
        Ident {
            name: name.into(),
            quoted: false,
            span: Span::EMPTY,
        }
    }

    fn rows() -> Vec<Vec<Literal>> {
        vec![
            vec![
                Literal::Integer("-12".into()),
                Literal::String("it's a \\ back\0slash\n and ünïcode".into()),
                Literal::Null,
                Literal::Boolean(true),
                Literal::Blob(vec![0, 1, 0xab, 0xff]),
            ],
            vec![
                Literal::Decimal("1.50".into()),
                Literal::String(String::new()),
                Literal::String("''".into()),
                Literal::Boolean(false),
                Literal::Blob(Vec::new()),
            ],
        ]
    }

    /// What `emit::statement` prints for the same rows as IR.
    fn through_ir(
        table: &ObjectName,
        columns: &[Ident],
        rows: &[Vec<Literal>],
        t: &Target,
    ) -> String {
        let values = rows
            .iter()
            .map(|r| {
                r.iter()
                    .map(|l| Expr {
                        kind: ExprKind::Literal(l.clone()),
                        span: Span::EMPTY,
                    })
                    .collect()
            })
            .collect();
        let insert = Stmt::Insert(Box::new(Insert {
            table: table.clone(),
            alias: None,
            columns: columns.to_vec(),
            source: InsertSource::Query(Box::new(Query::of(SetExpr::Values(values), Span::EMPTY))),
            on_conflict: None,
            on_duplicate_key_update: Vec::new(),
            row_alias: None,
            returning: Vec::new(),
            span: Span::EMPTY,
        }));
        super::super::statement(&insert, t).sql
    }

    #[test]
    fn prints_what_the_ir_printer_prints() {
        let table = ObjectName {
            parts: vec![ident("order")],
            span: Span::EMPTY,
        };
        let columns: Vec<Ident> = ["id", "Name", "select", "ok", "data"].map(ident).into();
        for dialect in [Dialect::Sqlite, Dialect::Mysql] {
            let target = dialect.default_target();
            let mut insert = ValuesInsert::new(&table, &columns, target);
            for row in rows() {
                insert.begin_row();
                for lit in &row {
                    insert.separator();
                    match lit {
                        Literal::String(s) => insert.print_string(s),
                        other => insert.print_literal(other),
                    }
                }
                insert.end_row();
            }
            // A row dropped half-way leaves no trace.
            insert.begin_row();
            insert.separator();
            insert.print_literal(&Literal::Integer("9".into()));
            insert.abandon_row();
            let first = insert.take().unwrap();
            assert_eq!(first.sql, through_ir(&table, &columns, &rows(), target));
            assert!(first.params.is_empty());
            // The next statement starts afresh with the same head.
            assert!(insert.take().is_none());
            insert.begin_row();
            for lit in &rows()[1] {
                insert.separator();
                insert.print_literal(lit);
            }
            insert.end_row();
            assert_eq!(
                insert.take().unwrap().sql,
                through_ir(&table, &columns, &rows()[1..], target)
            );
        }
    }
}
