//! `CREATE SEQUENCE` and `ALTER SEQUENCE`, which sqlparser cannot read in
//! PostgreSQL's (and pg_dump's) form; `fallback.rs` dispatches them here.
//!
//! ```sql
//! CREATE SEQUENCE t_id_seq AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
//! ALTER SEQUENCE t_id_seq OWNED BY t.id;
//! ```
//!
//! Only START, INCREMENT, RESTART and OWNED BY are kept; `AS`, `CACHE`,
//! `NO MINVALUE`, `NO MAXVALUE` and `NO CYCLE` change nothing the targets could
//! observe. An explicit MINVALUE, MAXVALUE or CYCLE is dropped with a warning.

use super::fallback::{parse_error, parser};
use super::{Cx, Lower};
use crate::diagnostics::{Code, Diagnostic};
use crate::ir::{AlterSequence, CreateSequence, Ident, ObjectName, Stmt};
use sqlparser::keywords::Keyword;
use sqlparser::parser::{Parser, ParserError};
use sqlparser::tokenizer::Token;

/// The options of a CREATE or ALTER SEQUENCE.
#[derive(Default)]
struct Options {
    start: Option<i64>,
    increment: Option<i64>,
    restart: Option<i64>,
    owned_by: Option<(ObjectName, Ident)>,
}

/// `CREATE [TEMP] SEQUENCE [IF NOT EXISTS] name options…` → `CreateSequence`.
pub fn create_sequence(cx: &mut Cx) -> Lower<Stmt> {
    let read = |cx: &mut Cx| -> Result<Lower<Stmt>, ParserError> {
        let mut p = parser(cx)?;
        p.expect_keyword(Keyword::CREATE)?;
        let _ = p.parse_one_of_keywords(&[Keyword::TEMP, Keyword::TEMPORARY]);
        p.expect_keyword(Keyword::SEQUENCE)?;
        let if_not_exists = p.parse_keywords(&[Keyword::IF, Keyword::NOT, Keyword::EXISTS]);
        let name = p.parse_object_name(false)?;
        let Ok(name) = cx.object_name(&name) else {
            return Ok(Err(super::Stop));
        };
        let o = match options(cx, &mut p)? {
            Ok(o) => o,
            Err(stop) => return Ok(Err(stop)),
        };
        Ok(Ok(Stmt::CreateSequence(CreateSequence {
            name,
            if_not_exists,
            start: o.start,
            increment: o.increment,
            owned_by: o.owned_by,
            span: cx.whole(),
        })))
    };
    match read(cx) {
        Ok(lowered) => lowered,
        Err(e) => parse_error(cx, &e),
    }
}

/// `ALTER SEQUENCE [IF EXISTS] name options…` → `AlterSequence`.
pub fn alter_sequence(cx: &mut Cx) -> Lower<Stmt> {
    let read = |cx: &mut Cx| -> Result<Lower<Stmt>, ParserError> {
        let mut p = parser(cx)?;
        p.expect_keywords(&[Keyword::ALTER, Keyword::SEQUENCE])?;
        let _ = p.parse_keywords(&[Keyword::IF, Keyword::EXISTS]);
        let name = p.parse_object_name(false)?;
        if p.peek_keyword(Keyword::OWNER) {
            return Ok(Ok(super::code::code(
                cx,
                "OWNER TO",
                Some(name.to_string()),
            )));
        }
        let Ok(name) = cx.object_name(&name) else {
            return Ok(Err(super::Stop));
        };
        let o = match options(cx, &mut p)? {
            Ok(o) => o,
            Err(stop) => return Ok(Err(stop)),
        };
        Ok(Ok(Stmt::AlterSequence(AlterSequence {
            name,
            owned_by: o.owned_by,
            restart: o.restart.or(o.start),
            span: cx.whole(),
        })))
    };
    match read(cx) {
        Ok(lowered) => lowered,
        Err(e) => parse_error(cx, &e),
    }
}

/// Reads sequence options up to the end of the statement.
fn options(cx: &mut Cx, p: &mut Parser) -> Result<Lower<Options>, ParserError> {
    let mut o = Options::default();
    loop {
        if matches!(p.peek_token().token, Token::EOF | Token::SemiColon) {
            return Ok(Ok(o));
        }
        if p.parse_keyword(Keyword::AS) {
            p.parse_data_type()?;
        } else if p.parse_keyword(Keyword::INCREMENT) {
            let _ = p.parse_keyword(Keyword::BY);
            o.increment = Some(number(p)?);
        } else if p.parse_keyword(Keyword::START) {
            let _ = p.parse_keyword(Keyword::WITH);
            o.start = Some(number(p)?);
        } else if p.parse_keyword(Keyword::RESTART) {
            let _ = p.parse_keyword(Keyword::WITH);
            // RESTART alone restarts at the start value.
            o.restart = Some(if is_number(p) { number(p)? } else { 1 });
        } else if p.parse_keyword(Keyword::CACHE) {
            number(p)?;
        } else if p.parse_keyword(Keyword::NO) {
            p.expect_one_of_keywords(&[Keyword::MINVALUE, Keyword::MAXVALUE, Keyword::CYCLE])?;
        } else if let Some(k) =
            p.parse_one_of_keywords(&[Keyword::MINVALUE, Keyword::MAXVALUE, Keyword::CYCLE])
        {
            if k != Keyword::CYCLE {
                number(p)?;
            }
            let what = match k {
                Keyword::MINVALUE => "MINVALUE",
                Keyword::MAXVALUE => "MAXVALUE",
                _ => "CYCLE",
            };
            cx.diagnostics.push(Diagnostic::new(
                Code::SequenceOptionDropped,
                cx.whole(),
                format!("the sequence option {what} is dropped"),
            ));
        } else if p.parse_keywords(&[Keyword::OWNED, Keyword::BY]) {
            if p.parse_keyword(Keyword::NONE) {
                o.owned_by = None;
                continue;
            }
            let name = p.parse_object_name(false)?;
            let Ok(mut name) = cx.object_name(&name) else {
                return Ok(Err(super::Stop));
            };
            let Some(column) = name.parts.pop().filter(|_| !name.parts.is_empty()) else {
                return Err(ParserError::ParserError(
                    "OWNED BY names table.column".into(),
                ));
            };
            o.owned_by = Some((name, column));
        } else {
            let found = p.peek_token();
            return Err(ParserError::ParserError(format!(
                "Expected: a sequence option, found: {found}"
            )));
        }
    }
}

fn is_number(p: &Parser) -> bool {
    matches!(p.peek_token().token, Token::Number(..) | Token::Minus)
}

/// A possibly negative integer.
fn number(p: &mut Parser) -> Result<i64, ParserError> {
    let negative = p.consume_token(&Token::Minus);
    let n = p.parse_literal_uint()?;
    let n = i64::try_from(n)
        .map_err(|_| ParserError::ParserError(format!("the number {n} is out of range")))?;
    Ok(if negative { -n } else { n })
}
