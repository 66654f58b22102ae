//! What a statement writes, read from its first words without parsing it: the
//! planner's cheap view of the statements it does not fold.

use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::tokenizer::{Token, Tokenizer};

/// How much of a statement is tokenized to find its table and columns.
const PREFIX_BYTES: usize = 4096;

/// What a statement can do to the tables the planner tracks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Write {
    CreateTable,
    CreateSequence,
    AlterTable,
    /// INSERT or COPY into `table`, naming `columns` (`None`: all of them).
    Rows {
        table: String,
        columns: Option<Vec<String>>,
    },
    /// UPDATE, DELETE, TRUNCATE or MERGE of one table.
    Change(String),
    /// May write to any table (a function call, DO, a data-modifying WITH, DROP…).
    Unknown,
    /// BEGIN, COMMIT and the like.
    Transaction,
    /// Writes no table's rows or columns (SET, CREATE INDEX, GRANT, COMMENT…).
    Nothing,
}

pub fn classify(text: &str) -> Write {
    let words: Vec<String> = text
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
        .filter(|w| !w.is_empty())
        .take(4)
        .map(str::to_ascii_uppercase)
        .collect();
    let word = |i: usize| words.get(i).map_or("", String::as_str);
    match word(0) {
        // CREATE [TEMP|UNLOGGED] TABLE t → CreateTable; CREATE SEQUENCE s → CreateSequence.
        "CREATE" if words[1..].iter().any(|w| w == "TABLE") => Write::CreateTable,
        "CREATE" if words[1..].iter().any(|w| w == "SEQUENCE") => Write::CreateSequence,
        "ALTER" if word(1) == "TABLE" => Write::AlterTable,
        "INSERT" | "COPY" => rows(text).unwrap_or(Write::Unknown),
        "UPDATE" | "DELETE" | "TRUNCATE" | "MERGE" => change(text).unwrap_or(Write::Unknown),
        "BEGIN" | "START" | "COMMIT" | "END" | "ROLLBACK" | "ABORT" | "SAVEPOINT" | "RELEASE" => {
            Write::Transaction
        }
        // pg_dump's own SELECTs set a session setting or a sequence.
        "SELECT" if is_dump_select(text) => Write::Nothing,
        "SELECT" | "WITH" | "DO" | "CALL" | "EXECUTE" | "DROP" | "TABLE" | "VALUES" => {
            Write::Unknown
        }
        _ => Write::Nothing,
    }
}

/// `SELECT [pg_catalog.]set_config(…)` or `SELECT [pg_catalog.]setval(…)`.
fn is_dump_select(text: &str) -> bool {
    let squeezed: String = text
        .chars()
        .take(64)
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    let call = squeezed.strip_prefix("select").unwrap_or("");
    let call = call.strip_prefix("pg_catalog.").unwrap_or(call);
    call.starts_with("set_config(") || call.starts_with("setval(")
}

/// The tokens of the statement's first bytes, without white space and comments.
fn tokens(text: &str) -> Option<Vec<Token>> {
    let mut end = text.len().min(PREFIX_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut tokens = Tokenizer::new(&PostgreSqlDialect {}, &text[..end])
        .tokenize()
        .ok()?;
    tokens.retain(|t| !matches!(t, Token::Whitespace(_)));
    Some(tokens)
}

/// An identifier folded as PostgreSQL folds it.
fn ident(token: &Token) -> Option<String> {
    match token {
        Token::Word(w) if w.quote_style.is_some() => Some(w.value.clone()),
        Token::Word(w) => Some(w.value.to_lowercase()),
        _ => None,
    }
}

fn is_keyword(token: Option<&Token>, keyword: &str) -> bool {
    matches!(token, Some(Token::Word(w)) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case(keyword))
}

/// A dotted name at `*at`, as the catalog keys it (`public.` dropped).
fn name(tokens: &[Token], at: &mut usize) -> Option<String> {
    let mut parts = vec![ident(tokens.get(*at)?)?];
    *at += 1;
    while matches!(tokens.get(*at), Some(Token::Period)) {
        parts.push(ident(tokens.get(*at + 1)?)?);
        *at += 2;
    }
    match parts.as_slice() {
        [base] => Some(base.clone()),
        [schema, base] if schema == "public" || schema == "pg_catalog" => Some(base.clone()),
        [schema, base] => Some(format!("{schema}.{base}")),
        _ => None,
    }
}

/// `INSERT INTO t [(cols)] …` or `COPY t [(cols)] FROM …`.
fn rows(text: &str) -> Option<Write> {
    let tokens = tokens(text)?;
    let mut at = 1;
    if is_keyword(tokens.first(), "INSERT") {
        if !is_keyword(tokens.get(1), "INTO") {
            return None;
        }
        at = 2;
    }
    let table = name(&tokens, &mut at)?;
    if is_keyword(tokens.get(at), "AS") {
        at += 2;
    }
    if !matches!(tokens.get(at), Some(Token::LParen)) {
        return Some(Write::Rows {
            table,
            columns: None,
        });
    }
    let mut columns = Vec::new();
    at += 1;
    loop {
        columns.push(ident(tokens.get(at)?)?);
        match tokens.get(at + 1)? {
            Token::Comma => at += 2,
            Token::RParen => break,
            _ => return None,
        }
    }
    Some(Write::Rows {
        table,
        columns: Some(columns),
    })
}

/// `UPDATE [ONLY] t`, `DELETE FROM [ONLY] t`, `TRUNCATE [TABLE] [ONLY] t`, `MERGE INTO t`.
fn change(text: &str) -> Option<Write> {
    let tokens = tokens(text)?;
    let mut at = 1;
    for skip in ["FROM", "INTO", "TABLE", "ONLY"] {
        if is_keyword(tokens.get(at), skip) {
            at += 1;
        }
    }
    let table = name(&tokens, &mut at)?;
    // TRUNCATE a, b names more than one table.
    if matches!(tokens.get(at), Some(Token::Comma)) {
        return None;
    }
    Some(Write::Change(table))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    fn rows(table: &str, columns: Option<&[&str]>) -> Write {
        Write::Rows {
            table: table.to_string(),
            columns: columns.map(|c| c.iter().map(|s| s.to_string()).collect()),
        }
    }

    #[test]
    fn classifies_statements_by_their_first_words() {
        let cases: &[(&str, Write)] = &[
            ("CREATE TABLE public.t (a int)", Write::CreateTable),
            ("create unlogged table t (a int)", Write::CreateTable),
            ("CREATE SEQUENCE s", Write::CreateSequence),
            ("CREATE INDEX i ON t (a)", Write::Nothing),
            (
                "ALTER TABLE ONLY t ADD CONSTRAINT c PRIMARY KEY (a)",
                Write::AlterTable,
            ),
            ("ALTER SEQUENCE s OWNED BY t.a", Write::Nothing),
            (
                "COPY public.t (a, \"B\") FROM stdin",
                rows("t", Some(&["a", "B"])),
            ),
            ("INSERT INTO s.t VALUES (1)", rows("s.t", None)),
            ("insert into T AS x (A) values (1)", rows("t", Some(&["a"]))),
            ("UPDATE ONLY t SET a = 1", Write::Change("t".to_string())),
            ("DELETE FROM public.t", Write::Change("t".to_string())),
            ("TRUNCATE TABLE a, b", Write::Unknown),
            ("SELECT pg_catalog.setval('s', 3, true)", Write::Nothing),
            (
                "SELECT pg_catalog.set_config('search_path', '', false)",
                Write::Nothing,
            ),
            ("SELECT f()", Write::Unknown),
            ("DO $$ BEGIN END $$", Write::Unknown),
            ("BEGIN", Write::Transaction),
            ("SET client_encoding = 'UTF8'", Write::Nothing),
        ];
        for (sql, expected) in cases {
            assert_eq!(&classify(sql), expected, "{sql}");
        }
    }
}
