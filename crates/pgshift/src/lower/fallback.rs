//! Statements sqlparser cannot parse in PostgreSQL's form (`CREATE SEQUENCE …
//! INCREMENT BY`, `ALTER SEQUENCE … OWNED BY`, `CREATE DOMAIN … NOT NULL`, `DO`,
//! `CREATE PROCEDURE`, `REFRESH MATERIALIZED VIEW`…), recognized by their leading
//! keywords and read with sqlparser's own token-level parser methods before the
//! statement parser is tried.
//!
//! The dispatch is a table of heads: the statement's first words (after
//! `OR REPLACE`, `TEMP`/`TEMPORARY` and `CONSTRAINT`, which it skips) against each
//! head in order.

use super::{code, sequence, types_ddl, Cx, Lower};
use crate::diagnostics::{Code, Diagnostic};
use crate::ir::Stmt;
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::{Parser, ParserError};

type Reader = fn(&mut Cx) -> Lower<Stmt>;

/// Statement heads and their readers, first match wins.
static HEADS: &[(&[&str], Reader)] = &[
    (&["CREATE", "SEQUENCE"], sequence::create_sequence),
    (&["ALTER", "SEQUENCE"], sequence::alter_sequence),
    (&["CREATE", "DOMAIN"], types_ddl::create_domain_text),
    (&["DO"], |cx| Ok(code::code(cx, "DO", None))),
    (&["CREATE", "PROCEDURE"], |cx| {
        named_code(cx, "CREATE PROCEDURE")
    }),
    (&["CREATE", "FUNCTION"], |cx| {
        named_code(cx, "CREATE FUNCTION")
    }),
    (&["CREATE", "TRIGGER"], |cx| {
        named_code(cx, "CREATE TRIGGER")
    }),
    (&["CREATE", "EVENT", "TRIGGER"], |cx| {
        named_code(cx, "CREATE EVENT TRIGGER")
    }),
    (&["ALTER", "FUNCTION"], |cx| {
        named_code(cx, "ALTER FUNCTION")
    }),
    (&["ALTER", "PROCEDURE"], |cx| {
        named_code(cx, "ALTER PROCEDURE")
    }),
    (&["ALTER", "DEFAULT", "PRIVILEGES"], |cx| {
        Ok(code::code(cx, "ALTER DEFAULT PRIVILEGES", None))
    }),
    (&["GRANT"], |cx| Ok(code::code(cx, "GRANT", None))),
    (&["REVOKE"], |cx| Ok(code::code(cx, "REVOKE", None))),
];

/// Words a head skips: `CREATE OR REPLACE FUNCTION` is `CREATE FUNCTION`.
const SKIPPED: &[&str] = &["OR", "REPLACE", "TEMP", "TEMPORARY", "CONSTRAINT"];

/// The statement lowered when its head is one this module reads, else `None`.
pub fn statement(cx: &mut Cx) -> Option<Lower<Stmt>> {
    let words = head_words(cx.text());
    // REFRESH MATERIALIZED VIEW, DROP INDEX CONCURRENTLY, ALTER VIEW/INDEX … RENAME TO
    // (tokenized only for statements that begin so).
    let first = words.first().map(String::as_str);
    if matches!(first, Some("REFRESH" | "DROP" | "ALTER")) {
        if let Some(stmt) = super::objects::fallback(cx) {
            return Some(stmt);
        }
    }
    let (_, read) = HEADS.iter().find(|(head, _)| {
        head.len() <= words.len() && head.iter().zip(&words).all(|(h, w)| h == w)
    })?;
    Some(read(cx))
}

/// The first words of the statement, upper-cased, without leading comments
/// and without the words in [`SKIPPED`].
fn head_words(text: &str) -> Vec<String> {
    let mut rest = text.trim_start();
    while let Some(line) = rest.strip_prefix("--") {
        rest = line.split_once('\n').map_or("", |(_, r)| r).trim_start();
    }
    rest.split(|c: char| c.is_whitespace() || c == '(' || c == ';' || c == '$')
        .filter(|w| !w.is_empty())
        .take(6)
        .map(str::to_ascii_uppercase)
        .filter(|w| !SKIPPED.contains(&w.as_str()))
        .take(3)
        .collect()
}

/// A parser over the statement's text.
pub fn parser(cx: &Cx) -> Result<Parser<'static>, ParserError> {
    Parser::new(&PostgreSqlDialect {}).try_with_sql(cx.text())
}

/// Records a parse error of a statement read here and stops.
pub fn parse_error<T>(cx: &mut Cx, e: &ParserError) -> Lower<T> {
    let msg = e.to_string();
    let msg = msg.strip_prefix("sql parser error: ").unwrap_or(&msg);
    cx.diagnostics
        .push(Diagnostic::new(Code::Parse, cx.whole(), msg.to_string()));
    Err(super::Stop)
}

/// `CREATE [OR REPLACE] FUNCTION name …` → a code object named after the object
/// (the name is read after the head's keywords; a name that does not parse is left out).
fn named_code(cx: &mut Cx, what: &str) -> Lower<Stmt> {
    let name = parser(cx).ok().and_then(|mut p| {
        for _ in 0..what.split(' ').count() {
            while matches!(
                p.peek_token().to_string().to_ascii_uppercase().as_str(),
                "OR" | "REPLACE" | "CONSTRAINT"
            ) {
                p.next_token();
            }
            p.next_token();
        }
        p.parse_object_name(false).ok().map(|n| n.to_string())
    });
    Ok(code::code(cx, what, name))
}
