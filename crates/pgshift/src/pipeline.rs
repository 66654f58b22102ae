//! The pipeline for a whole script: scan → parse → lower → rules → emit, one
//! statement at a time, so that memory follows the largest statement.
//!
//! [`Translator`] holds what lasts between statements (the catalog, a COPY header
//! waiting for its data, the diagnostics not yet taken) and is fed one scanned
//! piece at a time: by [`translate`] from `scan::split` over a string, or by a
//! caller that streams a file (`scan::Reader`). The post-data plan (`fold`),
//! when given, folds pg_dump's later constraints into each CREATE TABLE.

use crate::catalog::{self, Catalog};
use crate::diagnostics::{Code, Diagnostic, Severity};
use crate::fold::{self, Plan};
use crate::ir::{Pragma, Stmt, TransactionKind};
use crate::scan::{self, Piece, PieceKind, ScanErrorKind};
use crate::span::Span;
use crate::target::RebuildForeignKeys;
use crate::{copy, emit, lower, rules, Error, Options, Statement, Translation};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;
use std::sync::Arc;

/// sqlparser's own recursion limit; our depth estimate is checked first.
const PARSER_RECURSION_LIMIT: usize = 200;

/// One piece of output: a statement, or a comment that says what was skipped.
#[derive(Clone, Debug, PartialEq)]
pub enum Output {
    Statement(Statement),
    Comment(String),
}

impl Output {
    /// Appends the output as script text: `sql;` or `-- note`, and a newline.
    pub fn write_to(&self, out: &mut String) {
        match self {
            Output::Statement(s) => {
                out.push_str(&s.sql);
                out.push_str(";\n");
            }
            Output::Comment(c) => {
                out.push_str("-- ");
                out.push_str(c);
                out.push('\n');
            }
        }
    }
}

pub fn translate(sql: &str, options: &Options) -> Result<Translation, Error> {
    let (outputs, diagnostics, _) = run(sql, options)?;
    let mut out = String::with_capacity(sql.len() + sql.len() / 8);
    let mut params = Vec::new();
    let mut statements = Vec::with_capacity(outputs.len());
    for o in outputs {
        o.write_to(&mut out);
        if let Output::Statement(s) = o {
            params.extend_from_slice(&s.params);
            statements.push(s);
        }
    }
    Ok(Translation {
        sql: out,
        params,
        diagnostics,
        statements,
    })
}

/// The catalog a schema script builds (`Options::with_schema`).
pub fn schema(sql: &str, options: &Options) -> Result<Catalog, Error> {
    run(sql, options).map(|(_, _, catalog)| catalog)
}

type Run = (Vec<Output>, Vec<Diagnostic>, Catalog);

fn run(sql: &str, options: &Options) -> Result<Run, Error> {
    // The input is in memory: it is scanned once, and both passes read the pieces.
    let pieces: Vec<scan::Piece> = scan::split(sql).collect();
    let mut planner = fold::Planner::new(options);
    for piece in &pieces {
        planner.piece(piece, piece.text(sql));
    }
    let mut translator = Translator::new(options).with_plan(planner.finish());
    let mut outputs = Vec::new();
    for piece in &pieces {
        translator.piece(piece, piece.text(sql), &mut outputs);
    }
    let finished = translator.finish(&mut outputs);
    if finished.diagnostics.iter().any(Diagnostic::is_error) {
        return Err(Error {
            diagnostics: finished.diagnostics,
        });
    }
    Ok((outputs, finished.diagnostics, finished.catalog))
}

/// What a finished translation leaves: the diagnostics not yet taken and the catalog.
pub struct Finished {
    pub diagnostics: Vec<Diagnostic>,
    pub catalog: Catalog,
    /// Whether any diagnostic of the whole run was an error.
    pub failed: bool,
}

/// Translates a script fed to it piece by piece (see the module docs).
pub struct Translator<'o> {
    options: &'o Options,
    catalog: Catalog,
    plan: Plan,
    /// The COPY header whose data block comes next (`Err` when it failed).
    copy: PendingCopy,
    diagnostics: Vec<Diagnostic>,
    /// How many errors the diagnostics taken so far held.
    errors_taken: usize,
    saw_sql: bool,
    /// Whether the prologue (the foreign-key deferral of a folded dump) is out.
    started: bool,
}

impl<'o> Translator<'o> {
    pub fn new(options: &'o Options) -> Translator<'o> {
        Translator {
            options,
            catalog: options.schema.as_deref().cloned().unwrap_or_default(),
            plan: Plan::default(),
            copy: PendingCopy::None,
            diagnostics: Vec::new(),
            errors_taken: 0,
            saw_sql: false,
            started: false,
        }
    }

    /// Folds post-data statements into CREATE TABLE as `plan` says (`fold::Planner`).
    pub fn with_plan(mut self, plan: Plan) -> Translator<'o> {
        self.plan = plan;
        self
    }

    /// The schema as the statements so far have built it.
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// The diagnostics since the last call, with `strict` applied.
    pub fn take_diagnostics(&mut self) -> Vec<Diagnostic> {
        let taken = std::mem::take(&mut self.diagnostics);
        self.adopt(taken)
    }

    /// Diagnostics that a [`CopyChunk`] returned, with `strict` applied and
    /// their errors counted in the run's outcome, as `take_diagnostics` does
    /// for the translator's own.
    pub fn adopt(&mut self, mut diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
        if self.options.strict {
            for d in &mut diagnostics {
                if d.severity == Severity::Warning {
                    d.severity = Severity::Error;
                }
            }
        }
        self.errors_taken += diagnostics.iter().filter(|d| d.is_error()).count();
        diagnostics
    }

    /// Translates one scanned piece; `text` is its text, `piece.span` its place.
    pub fn piece(&mut self, piece: &Piece, text: &str, out: &mut Vec<Output>) {
        self.piece_lowered(piece, text, None, out);
    }

    /// What `piece` does, with the statement already read and lowered by
    /// [`Lowered::new`] (on any thread) when `lowered` is given. The output and
    /// the diagnostics are the same either way.
    pub fn piece_lowered(
        &mut self,
        piece: &Piece,
        text: &str,
        lowered: Option<Lowered>,
        out: &mut Vec<Output>,
    ) {
        match piece.kind {
            PieceKind::Trivia => {}
            PieceKind::MetaCommand => {
                let command = text.split_whitespace().next().unwrap_or("\\");
                self.diagnostics.push(Diagnostic::new(
                    Code::MetaCommand,
                    trimmed_span(piece.span, text),
                    format!("the psql meta-command `{command}` is dropped"),
                ));
            }
            PieceKind::CopyData => self.copy_data(text, piece.span.start as usize, true, out),
            PieceKind::Statement => self.statement_piece(piece, text, lowered, out),
        }
    }

    /// A part of a COPY data block, whole lines, starting at byte `offset`;
    /// `last` when it holds the block's end (`\.` or the end of input).
    pub fn copy_data(&mut self, text: &str, offset: usize, last: bool, out: &mut Vec<Output>) {
        if let Some(chunk) = self.copy_chunk(offset, text.len(), last, out) {
            let diagnostics = chunk.translate(text, out);
            self.diagnostics.extend(diagnostics);
        }
    }

    /// What `copy_data` does before it reads the lines: the part of a COPY
    /// data block of `len` bytes at `offset` is checked against its header
    /// (the block's table and column types are read from the catalog at its
    /// first part), and the returned [`CopyChunk`] translates the lines
    /// themselves, on any thread: they depend on nothing else. `None` after a
    /// diagnostic (a block without a header, an unknown table), or when the
    /// COPY statement itself failed and said so.
    pub fn copy_chunk(
        &mut self,
        offset: usize,
        len: usize,
        last: bool,
        out: &mut Vec<Output>,
    ) -> Option<CopyChunk<'o>> {
        let pending = std::mem::replace(&mut self.copy, PendingCopy::None);
        let block = match pending {
            PendingCopy::Block(block) => {
                self.prologue(out);
                Some(block)
            }
            PendingCopy::Header(header) => {
                self.prologue(out);
                copy::block(&header, &self.catalog, &mut self.diagnostics).map(Arc::new)
            }
            // The COPY statement itself failed and said so.
            PendingCopy::Failed => None,
            PendingCopy::None => {
                self.diagnostics.push(Diagnostic::new(
                    Code::CopyWithoutHeader,
                    Span::new(offset, offset + len),
                    "a COPY data block without a `COPY … FROM stdin` statement before it",
                ));
                return None;
            }
        };
        if !last {
            // The rest of the block comes in later parts.
            self.copy = block
                .clone()
                .map_or(PendingCopy::Failed, PendingCopy::Block);
        }
        Some(CopyChunk {
            block: block?,
            options: self.options,
            offset,
        })
    }

    fn statement_piece(
        &mut self,
        piece: &Piece,
        text: &str,
        lowered: Option<Lowered>,
        out: &mut Vec<Output>,
    ) {
        self.saw_sql = true;
        if let Some(err) = piece.error {
            let what = match err.kind {
                ScanErrorKind::UnterminatedString => "string literal",
                ScanErrorKind::UnterminatedQuotedIdent => "quoted identifier",
                ScanErrorKind::UnterminatedDollarQuote => "dollar-quoted string",
                ScanErrorKind::UnterminatedComment => "block comment",
            };
            self.diagnostics.push(Diagnostic::new(
                Code::Unterminated,
                err.span,
                format!("unterminated {what}"),
            ));
            return;
        }
        if piece.depth > self.options.max_depth {
            self.diagnostics.push(Diagnostic::new(
                Code::TooComplex,
                piece.span,
                format!(
                    "the statement nests {} levels deep; the limit is {}",
                    piece.depth, self.options.max_depth
                ),
            ));
            return;
        }
        let offset = piece.span.start as usize;
        if let Some(table) = self.plan.folded_into(offset) {
            out.push(Output::Comment(format!(
                "ALTER TABLE {table} … is folded into CREATE TABLE {table}"
            )));
            return;
        }
        self.prologue(out);
        let Lowered {
            diagnostics,
            outcome,
        } = lowered.unwrap_or_else(|| Lowered::statement(self.options, offset, text));
        self.diagnostics.extend(diagnostics);
        self.copy = match outcome {
            // A statement that failed may have been the COPY of a data block.
            Outcome::Failed => PendingCopy::Failed,
            Outcome::Copy(header) => header,
            Outcome::Stmt(ir, span) => {
                let mut cx = StatementCx {
                    options: self.options,
                    catalog: &mut self.catalog,
                    plan: &self.plan,
                    offset,
                    diagnostics: &mut self.diagnostics,
                    out,
                };
                cx.finish(ir, span);
                PendingCopy::None
            }
        };
    }

    /// Before the first output of a dump whose foreign keys were folded: defer
    /// their checks to the end, so that tables load in any order.
    fn prologue(&mut self, out: &mut Vec<Output>) {
        if std::mem::replace(&mut self.started, true) || !self.plan.defers_foreign_keys() {
            return;
        }
        let target = self.options.target;
        // The pragma has no effect inside a transaction, so it comes first.
        if target.caps.foreign_keys_pragma {
            out.push(emitted(&Stmt::Pragma(Pragma::ForeignKeys(true)), target));
        }
        if target.caps.rebuild_foreign_keys == RebuildForeignKeys::Toggle {
            out.push(emitted(
                &Stmt::Transaction(TransactionKind::Begin, Span::EMPTY),
                target,
            ));
        }
        out.push(emitted(
            &Stmt::Pragma(Pragma::DeferForeignKeys(true)),
            target,
        ));
    }

    /// Ends the script: closes the prologue's transaction and reports empty input.
    pub fn finish(mut self, out: &mut Vec<Output>) -> Finished {
        if self.started
            && self.plan.defers_foreign_keys()
            && self.options.target.caps.rebuild_foreign_keys == RebuildForeignKeys::Toggle
        {
            out.push(emitted(
                &Stmt::Transaction(TransactionKind::Commit, Span::EMPTY),
                self.options.target,
            ));
        }
        if !self.saw_sql && self.diagnostics.is_empty() && self.errors_taken == 0 {
            self.diagnostics.push(Diagnostic::new(
                Code::EmptyInput,
                Span::EMPTY,
                "the input holds no SQL statement",
            ));
        }
        let diagnostics = self.take_diagnostics();
        Finished {
            failed: self.errors_taken > 0,
            diagnostics,
            catalog: self.catalog,
        }
    }
}

/// A target statement that pgshift adds itself (it has no source span).
fn emitted(stmt: &Stmt, target: &crate::Target) -> Output {
    let e = emit::statement(stmt, target);
    Output::Statement(Statement {
        sql: e.sql,
        params: e.params,
        span: Span::EMPTY,
        returns_rows: false,
    })
}

/// A span without the piece's trailing newline.
fn trimmed_span(span: Span, text: &str) -> Span {
    let trimmed = text.trim_end().len() as u32;
    Span {
        start: span.start,
        end: span.start + trimmed,
    }
}

/// What the next COPY data block goes to.
enum PendingCopy {
    /// Nothing: the last statement was not a `COPY … FROM stdin`.
    None,
    /// The COPY statement failed (and said why), or its table is unknown.
    Failed,
    /// A COPY statement whose data has not begun.
    Header(copy::Header),
    /// A block whose first parts have been read.
    Block(Arc<copy::Block>),
}

/// One part of a COPY data block, ready to translate apart from the
/// [`Translator`] (`Translator::copy_chunk`): the parts of a dump's data
/// depend only on their block's header, so they can be translated on other
/// threads while the translator goes on, and their outputs put back in order.
#[derive(Clone, Debug)]
pub struct CopyChunk<'o> {
    block: Arc<copy::Block>,
    options: &'o Options,
    offset: usize,
}

impl CopyChunk<'_> {
    /// Translates the part's lines, `text` (the `len` bytes given to
    /// `copy_chunk`), into `out`. The diagnostics go back to the translator
    /// through `Translator::adopt`.
    pub fn translate(&self, text: &str, out: &mut Vec<Output>) -> Vec<Diagnostic> {
        let mut diagnostics = Vec::new();
        let mut batch = Vec::new();
        copy::data(
            &self.block,
            text,
            self.offset,
            self.options,
            &mut diagnostics,
            &mut batch,
        );
        out.extend(batch.into_iter().map(Output::Statement));
        diagnostics
    }
}

/// What translating one statement needs.
struct StatementCx<'a> {
    options: &'a Options,
    catalog: &'a mut Catalog,
    plan: &'a Plan,
    /// Where the statement's piece starts in the input.
    offset: usize,
    diagnostics: &'a mut Vec<Diagnostic>,
    out: &'a mut Vec<Output>,
}

/// One statement read and lowered, before the rules: the part of its
/// translation that depends on its text alone, not on the schema that the
/// statements before it built. [`Lowered::new`] makes it on any thread, so a
/// caller can lower the next statements on other cores while the translator
/// applies the rules to this one ([`Translator::piece_lowered`]).
pub struct Lowered {
    /// What reading and lowering said, in order.
    diagnostics: Vec<Diagnostic>,
    outcome: Outcome,
}

enum Outcome {
    /// Reading or lowering failed and said why.
    Failed,
    /// A `COPY … FROM stdin` statement: the header of the data block to come.
    Copy(PendingCopy),
    /// The lowered statement and its span without the trailing `;`.
    Stmt(Stmt, Span),
}

impl Lowered {
    /// Reads and lowers the statement `piece`, whose text is `text`; `None`
    /// for a piece that is not a statement, or one the translator refuses
    /// before reading it (unterminated, or nested too deep).
    pub fn new(options: &Options, piece: &Piece, text: &str) -> Option<Lowered> {
        let readable = piece.kind == PieceKind::Statement
            && piece.error.is_none()
            && piece.depth <= options.max_depth;
        readable.then(|| Lowered::statement(options, piece.span.start as usize, text))
    }

    /// Reads and lowers one statement's text, which starts at byte `offset`.
    fn statement(options: &Options, offset: usize, text: &str) -> Lowered {
        let mut diagnostics = Vec::new();
        let outcome = lower_statement(options, offset, text, &mut diagnostics);
        Lowered {
            diagnostics,
            outcome,
        }
    }
}

/// Reads and lowers one statement's text (see [`Lowered`]).
fn lower_statement(
    options: &Options,
    offset: usize,
    text: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Outcome {
    let body = text.trim_end_matches(|c: char| c == ';' || c.is_whitespace());
    let span = Span::new(offset, offset + body.len());
    // Statements sqlparser cannot read in PostgreSQL's form are read first.
    let target = options.target;
    let mut cx = lower::Cx::new(body, offset, diagnostics);
    if let Some(lowered) = lower::fallback::statement(&mut cx) {
        let idents = cx.take_idents();
        rules::identifier::check(&idents, target, diagnostics);
        return lowered.map_or(Outcome::Failed, |ir| Outcome::Stmt(ir, span));
    }
    // The same lowering context serves the statement's own lowering; what the
    // fallback reader noted of its names is dropped, as it was not lowered.
    cx.take_idents();
    let Some(ast) = parse(body, offset, span, cx.diagnostics) else {
        return Outcome::Failed;
    };
    if let sqlparser::ast::Statement::Copy { .. } = &ast {
        let header = copy::header(&mut cx, &ast).map_or(PendingCopy::Failed, PendingCopy::Header);
        let idents = cx.take_idents();
        rules::identifier::check(&idents, target, diagnostics);
        return Outcome::Copy(header);
    }
    let lowered = lower::statement(&mut cx, &ast);
    let idents = cx.take_idents();
    rules::identifier::check(&idents, target, diagnostics);
    drop(ast);
    lowered.map_or(Outcome::Failed, |ir| Outcome::Stmt(ir, span))
}

impl StatementCx<'_> {
    /// Rules, emission and the catalog for one lowered statement.
    fn finish(&mut self, mut ir: Stmt, span: Span) {
        // A CREATE TABLE takes the constraints and defaults a dump adds later.
        if let Stmt::CreateTable(t) = &mut ir {
            for seq in self.plan.fold_into(self.offset, t) {
                catalog::observe(self.catalog, seq);
            }
        }
        // The catalog records the statement as PostgreSQL wrote it, once the rules
        // have read the schema as it stood before it.
        let pg = ir.changes_schema().then(|| ir.clone());
        let mut rcx = rules::RuleCx {
            target: self.options.target,
            catalog: self.catalog,
            lenient: self.options.lenient,
            diagnostics: self.diagnostics,
        };
        for t in rules::translate(ir, &mut rcx) {
            match (t.stmt, t.emitted) {
                (stmt, Some(emitted)) => self.out.push(Output::Statement(Statement {
                    sql: emitted.sql,
                    params: emitted.params,
                    span,
                    returns_rows: stmt.returns_rows(),
                })),
                (Stmt::Skipped(note), None) => self.out.push(Output::Comment(note)),
                // `rules::translate` prints every statement but a skip note.
                (_, None) => {}
            }
        }
        if let Some(pg) = pg {
            catalog::observe(self.catalog, &pg);
        }
    }
}

/// Parses one statement's text with sqlparser, or diagnoses why it cannot.
pub(crate) fn parse(
    body: &str,
    offset: usize,
    span: Span,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<sqlparser::ast::Statement> {
    let parsed = Parser::new(&PostgreSqlDialect {})
        .with_recursion_limit(PARSER_RECURSION_LIMIT)
        .try_with_sql(body)
        .and_then(|mut p| p.parse_statements());
    let mut parsed = match parsed {
        Ok(stmts) => stmts,
        Err(e) => {
            let (message, at) = parse_message(&e.to_string(), body, offset);
            // Point at the token sqlparser names, or at the whole statement.
            let span = at.map_or(span, |(start, len)| {
                Span::new(start, (start + len.max(1)).min(span.end as usize))
            });
            diagnostics.push(Diagnostic::new(Code::Parse, span, message));
            return None;
        }
    };
    if parsed.len() != 1 {
        diagnostics.push(Diagnostic::new(
            Code::Parse,
            span,
            "expected exactly one statement",
        ));
        return None;
    }
    parsed.pop()
}
/// sqlparser's message without its prefix and location, and the location as a
/// byte offset in the input (sqlparser counts lines and columns in the statement).
fn parse_message(msg: &str, body: &str, offset: usize) -> (String, Option<(usize, usize)>) {
    let msg = msg.strip_prefix("sql parser error: ").unwrap_or(msg);
    let Some(at) = msg.rfind(" at Line: ") else {
        return (msg.to_string(), None);
    };
    let location = &msg[at + " at Line: ".len()..];
    let mut numbers = location
        .split(", Column: ")
        .map(|n| n.trim().parse::<u64>().ok());
    let (Some(Some(line)), Some(Some(column))) = (numbers.next(), numbers.next()) else {
        return (msg.to_string(), None);
    };
    let reported = crate::span::LineIndex::new(body).offset(line, column);
    let message = &msg[..at];
    // sqlparser sometimes reports the position after the offending token, so look
    // back from it for the token the message names ("found: FROM").
    let found = message
        .rsplit("found: ")
        .next()
        .filter(|_| message.contains("found: "));
    let (start, len) = match found {
        Some("EOF") => (body.len().saturating_sub(1), 1),
        Some(token) => {
            let upto = (reported + token.len()).min(body.len());
            let start = body
                .get(..upto)
                .and_then(|b| b.rfind(token))
                .unwrap_or(reported);
            (start, token.len())
        }
        None => (reported, 1),
    };
    (message.to_string(), Some((offset + start, len)))
}
