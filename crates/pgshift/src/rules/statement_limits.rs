//! The target's limits on one statement: its length in bytes and the values it
//! binds.
//!
//! Cloudflare D1 accepts statements of at most 100,000 bytes with at most 100
//! bound parameters; SQLite's defaults are 1,000,000,000 bytes and 32,766
//! parameters, MySQL's `max_allowed_packet` (16 MiB on MariaDB) and 65,535
//! placeholders. A statement over a limit would be refused by the engine, so the
//! check prints each target statement as the emitter will and measures it:
//!
//! ```sql
//! -- input, with 101 parameters
//! SELECT * FROM t WHERE id IN ($1, $2, …, $101)
//! -- output (d1): error PGS0583 at the statement
//! ```
//!
//! With `?NNN` placeholders (SQLite) the statement binds as many values as its
//! highest number; with `?` (MySQL) one per placeholder. COPY data never comes
//! here: it is printed as literals, in batches that stay under the byte limit.
//!
//! Fidelity: a check, nothing is rewritten.
//! <https://developers.cloudflare.com/d1/platform/limits/>
//! <https://www.sqlite.org/limits.html>

use super::{RuleCx, Translated};
use crate::diagnostics::Code;
use crate::ir::Stmt;
use crate::span::Span;

/// Measures each target statement of one source statement (at `span`).
pub fn check(stmts: &[Translated], span: Span, cx: &mut RuleCx) {
    let caps = &cx.target.caps;
    let (max_bytes, max_params) = (caps.max_statement_bytes, caps.max_bound_params);
    // A skip note has no text: it is printed as a comment.
    for emitted in stmts.iter().filter_map(|t| t.emitted.as_ref()) {
        if emitted.params.len() > max_params {
            cx.report(
                Code::TooManyParams,
                span,
                format!(
                    "the statement binds {} values; {} accepts at most {max_params}",
                    emitted.params.len(),
                    cx.target.name
                ),
            );
        }
        // The statement is sent with its `;`.
        let bytes = emitted.sql.len() + 1;
        if bytes > max_bytes {
            cx.report(
                Code::StatementTooLong,
                span,
                format!(
                    "the translated statement is {bytes} bytes long; {} accepts at most {max_bytes}",
                    cx.target.name
                ),
            );
        }
    }
}

/// The span of a lowered statement in the input, for the checks that run on its
/// target statements (a PRAGMA or a savepoint a rule adds has none of its own).
pub(crate) fn source_span(stmt: &Stmt) -> Span {
    match stmt {
        Stmt::Query(q) => q.span,
        Stmt::Insert(i) => i.span,
        Stmt::Update(u) => u.span,
        Stmt::Delete(d) => d.span,
        Stmt::CreateTable(t) => t.span,
        Stmt::DropTable(d) => d.span,
        Stmt::CreateIndex(i) => i.span,
        Stmt::Transaction(_, span) => *span,
        Stmt::Savepoint(s) => match s {
            crate::ir::Savepoint::Create(n)
            | crate::ir::Savepoint::Release(n)
            | crate::ir::Savepoint::RollbackTo(n) => n.span,
        },
        Stmt::AlterTable(a) => a.span,
        Stmt::CreateView(v) => v.span,
        Stmt::DropObject(d) => d.span,
        Stmt::CreateEnum(e) => e.span,
        Stmt::AlterEnum(e) => e.span,
        Stmt::CreateDomain(d) => d.span,
        Stmt::CreateSequence(s) => s.span,
        Stmt::AlterSequence(s) => s.span,
        Stmt::Truncate(t) => t.span,
        Stmt::Comment(c) => c.span,
        Stmt::CreateSchema(s) | Stmt::CreateExtension(s) => s.span,
        Stmt::CodeObject(c) => c.span,
        Stmt::ObjectChange(o) => o.span,
        Stmt::Pragma(_) | Stmt::Skipped(_) => Span::EMPTY,
    }
}
