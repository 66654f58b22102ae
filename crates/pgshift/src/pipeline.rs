//! The pipeline for a whole script: scan → parse → lower → rules → emit, one
//! statement at a time, so that memory follows the largest statement.

use crate::catalog::{self, Catalog};
use crate::diagnostics::{Code, Diagnostic, Severity};
use crate::ir::Stmt;
use crate::scan::{self, PieceKind, ScanErrorKind};
use crate::span::Span;
use crate::{copy, emit, lower, rules, Error, Options, Statement, Translation};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;

/// sqlparser's own recursion limit; our depth estimate is checked first.
const PARSER_RECURSION_LIMIT: usize = 200;

/// One piece of output: a statement, or a comment that says what was skipped.
enum Out {
    Statement(Statement),
    Comment(String),
}

pub fn translate(sql: &str, options: &Options) -> Result<Translation, Error> {
    let (outputs, diagnostics, _) = run(sql, options)?;
    let mut out = String::with_capacity(sql.len() + sql.len() / 8);
    let mut params = Vec::new();
    let mut statements = Vec::with_capacity(outputs.len());
    for o in outputs {
        match o {
            Out::Statement(s) => {
                out.push_str(&s.sql);
                out.push_str(";\n");
                params.extend_from_slice(&s.params);
                statements.push(s);
            }
            Out::Comment(c) => {
                out.push_str("-- ");
                out.push_str(&c);
                out.push('\n');
            }
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

type Run = (Vec<Out>, Vec<Diagnostic>, Catalog);

fn run(sql: &str, options: &Options) -> Result<Run, Error> {
    let mut diagnostics = Vec::new();
    let mut statements = Vec::new();
    let mut catalog = options.schema.as_deref().cloned().unwrap_or_default();
    let mut saw_sql = false;
    // The COPY header whose data block comes next (`Err` when it failed).
    let mut copy: PendingCopy = None;
    for piece in scan::split(sql) {
        let text = piece.text(sql);
        match piece.kind {
            PieceKind::Trivia => {}
            PieceKind::MetaCommand => {
                let command = text.split_whitespace().next().unwrap_or("\\");
                diagnostics.push(Diagnostic::new(
                    Code::MetaCommand,
                    trimmed_span(piece.span, text),
                    format!("the psql meta-command `{command}` is dropped"),
                ));
            }
            PieceKind::CopyData => match copy.take() {
                Some(Ok(header)) => {
                    let mut batch = Vec::new();
                    copy::data(
                        &header,
                        text,
                        piece.span.start as usize,
                        options,
                        &catalog,
                        &mut diagnostics,
                        &mut batch,
                    );
                    statements.extend(batch.into_iter().map(Out::Statement));
                }
                // The COPY statement itself failed and said so.
                Some(Err(())) => {}
                None => diagnostics.push(Diagnostic::new(
                    Code::CopyWithoutHeader,
                    piece.span,
                    "a COPY data block without a `COPY … FROM stdin` statement before it",
                )),
            },
            PieceKind::Statement => {
                saw_sql = true;
                if let Some(err) = piece.error {
                    let what = match err.kind {
                        ScanErrorKind::UnterminatedString => "string literal",
                        ScanErrorKind::UnterminatedQuotedIdent => "quoted identifier",
                        ScanErrorKind::UnterminatedDollarQuote => "dollar-quoted string",
                        ScanErrorKind::UnterminatedComment => "block comment",
                    };
                    diagnostics.push(Diagnostic::new(
                        Code::Unterminated,
                        err.span,
                        format!("unterminated {what}"),
                    ));
                    continue;
                }
                if piece.depth > options.max_depth {
                    diagnostics.push(Diagnostic::new(
                        Code::TooComplex,
                        piece.span,
                        format!(
                            "the statement nests {} levels deep; the limit is {}",
                            piece.depth, options.max_depth
                        ),
                    ));
                    continue;
                }
                copy = statement(
                    text,
                    piece.span.start as usize,
                    options,
                    &mut catalog,
                    &mut diagnostics,
                    &mut statements,
                )
                // A statement that failed may have been the COPY of a data block.
                .unwrap_or(Some(Err(())));
            }
        }
    }
    if !saw_sql && diagnostics.is_empty() {
        diagnostics.push(Diagnostic::new(
            Code::EmptyInput,
            Span::EMPTY,
            "the input holds no SQL statement",
        ));
    }
    if options.strict {
        for d in &mut diagnostics {
            if d.severity == Severity::Warning {
                d.severity = Severity::Error;
            }
        }
    }
    if diagnostics.iter().any(Diagnostic::is_error) {
        return Err(Error { diagnostics });
    }
    Ok((statements, diagnostics, catalog))
}

/// A span without the piece's trailing newline.
fn trimmed_span(span: Span, text: &str) -> Span {
    let trimmed = text.trim_end().len() as u32;
    Span {
        start: span.start,
        end: span.start + trimmed,
    }
}

/// A `COPY … FROM stdin` header that waits for its data (`Err` when it failed).
type PendingCopy = Option<Result<copy::Header, ()>>;

/// Translates one statement's text; `offset` is where it starts in the input.
/// Its target statements go to `out`, and its effect on the schema to `catalog`.
/// A `COPY … FROM stdin` statement returns its header for the data block.
fn statement(
    text: &str,
    offset: usize,
    options: &Options,
    catalog: &mut Catalog,
    diagnostics: &mut Vec<Diagnostic>,
    out: &mut Vec<Out>,
) -> Option<PendingCopy> {
    let body = text.trim_end_matches(|c: char| c == ';' || c.is_whitespace());
    let span = Span::new(offset, offset + body.len());
    // Statements sqlparser cannot read in PostgreSQL's form are read first.
    let mut cx = lower::Cx::new(body, offset, diagnostics);
    if let Some(lowered) = lower::fallback::statement(&mut cx) {
        let ir = lowered.ok()?;
        finish(ir, span, options, catalog, diagnostics, out);
        return Some(None);
    }
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
    let ast = parsed.pop()?;
    let mut cx = lower::Cx::new(body, offset, diagnostics);
    if let sqlparser::ast::Statement::Copy { .. } = &ast {
        return Some(Some(copy::header(&mut cx, &ast).map_err(|_| ())));
    }
    let ir = lower::statement(&mut cx, &ast).ok()?;
    drop(ast);
    finish(ir, span, options, catalog, diagnostics, out);
    Some(None)
}

/// Rules, emission and the catalog for one lowered statement.
fn finish(
    ir: Stmt,
    span: Span,
    options: &Options,
    catalog: &mut Catalog,
    diagnostics: &mut Vec<Diagnostic>,
    out: &mut Vec<Out>,
) {
    // The catalog records the statement as PostgreSQL wrote it, once the rules
    // have read the schema as it stood before it.
    let pg = ir.changes_schema().then(|| ir.clone());
    let mut rcx = rules::RuleCx {
        target: options.target,
        catalog,
        lenient: options.lenient,
        diagnostics,
    };
    for stmt in rules::translate(ir, &mut rcx) {
        if let Stmt::Skipped(note) = &stmt {
            out.push(Out::Comment(note.clone()));
            continue;
        }
        let emitted = emit::statement(&stmt, options.target);
        out.push(Out::Statement(Statement {
            sql: emitted.sql,
            params: emitted.params,
            span,
            returns_rows: stmt.returns_rows(),
        }));
    }
    if let Some(pg) = pg {
        catalog::observe(catalog, &pg);
    }
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
