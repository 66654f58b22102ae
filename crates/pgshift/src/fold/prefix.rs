//! What a statement writes, read from its first words without parsing it: the
//! planner's cheap view of the statements it does not fold.

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

/// A token of a statement's first words, as far as `rows` and `change` read them.
#[derive(Debug, PartialEq)]
enum Token {
    /// An identifier or keyword; `quoted` for a `"…"` identifier, whose text is unescaped.
    Word {
        text: String,
        quoted: bool,
    },
    Period,
    LParen,
    RParen,
    Comma,
    /// Anything else (a literal, an operator, a prefixed string such as `E'…'` or
    /// `U&"…"`): the reading stops there.
    Other,
}

/// The tokens of the statement's first bytes, without white space and comments.
///
/// The planner reads every INSERT, COPY, UPDATE and DELETE, so this is a small
/// lexer of its own rather than sqlparser's tokenizer: it reads PostgreSQL's
/// identifiers as sqlparser does (`PostgreSqlDialect`'s identifier characters,
/// `""` in a quoted one), and stops at the first token the callers never need
/// (`Other`) or after the first `)`, which ends a column list.
fn tokens(text: &str) -> Option<Vec<Token>> {
    let mut end = text.len().min(PREFIX_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let text = &text[..end];
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let token = match c {
            c if c.is_whitespace() => continue,
            // -- comment to the end of the line.
            '-' if text[at..].starts_with("--") => {
                for (_, c) in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
                continue;
            }
            // /* comment */, nested as in PostgreSQL; unterminated, the prefix is unreadable.
            '/' if text[at..].starts_with("/*") => {
                chars.next();
                let mut depth = 1;
                while depth > 0 {
                    match chars.next()? {
                        (i, '*') if text[i..].starts_with("*/") => {
                            chars.next();
                            depth -= 1;
                        }
                        (i, '/') if text[i..].starts_with("/*") => {
                            chars.next();
                            depth += 1;
                        }
                        _ => {}
                    }
                }
                continue;
            }
            '.' => Token::Period,
            '(' => Token::LParen,
            ')' => Token::RParen,
            ',' => Token::Comma,
            '"' => {
                let mut word = String::new();
                loop {
                    match chars.next() {
                        Some((_, '"')) if chars.peek().map(|&(_, c)| c) == Some('"') => {
                            chars.next();
                            word.push('"');
                        }
                        Some((_, '"')) => break,
                        Some((_, c)) => word.push(c),
                        // An unterminated quoted name: nothing can be read.
                        None => return None,
                    }
                }
                Token::Word {
                    text: word,
                    quoted: true,
                }
            }
            c if c.is_alphabetic() || c == '_' || !c.is_ascii() => {
                let mut stop = text.len();
                while let Some(&(i, c)) = chars.peek() {
                    if c.is_alphabetic()
                        || c.is_ascii_digit()
                        || c == '$'
                        || c == '_'
                        || !c.is_ascii()
                    {
                        chars.next();
                    } else {
                        stop = i;
                        break;
                    }
                }
                // A prefixed literal or name (E'…', B'…', U&'…', U&"…") is not a word.
                if matches!(chars.peek(), Some((_, '\'' | '&' | '"'))) {
                    Token::Other
                } else {
                    Token::Word {
                        text: text[at..stop].to_string(),
                        quoted: false,
                    }
                }
            }
            _ => Token::Other,
        };
        let last = matches!(token, Token::Other | Token::RParen);
        tokens.push(token);
        if last {
            break;
        }
    }
    Some(tokens)
}

/// An identifier folded as PostgreSQL folds it.
fn ident(token: &Token) -> Option<String> {
    match token {
        Token::Word { text, quoted: true } => Some(text.clone()),
        Token::Word { text, .. } => Some(crate::ir::Ident::fold(text)),
        _ => None,
    }
}

fn is_keyword(token: Option<&Token>, keyword: &str) -> bool {
    matches!(token, Some(Token::Word { text, quoted: false }) if text.eq_ignore_ascii_case(keyword))
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

/// The lexer against sqlparser's tokenizer, which the planner used before: on
/// every statement of the corpora, a generated script and tricky prefixes, the
/// two agree token for token up to where the lexer stops.
#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod against_sqlparser {
    use super::*;
    use crate::scan::{self, PieceKind};
    use sqlparser::dialect::PostgreSqlDialect;
    use sqlparser::tokenizer::{Token as Sql, Tokenizer};

    /// sqlparser's tokens, mapped to the lexer's and cut where the lexer stops.
    fn reference(text: &str) -> Option<Vec<Token>> {
        let mut end = text.len().min(PREFIX_BYTES);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let mut out = Vec::new();
        for t in Tokenizer::new(&PostgreSqlDialect {}, &text[..end])
            .tokenize()
            .ok()?
        {
            let token = match t {
                Sql::Whitespace(_) => continue,
                Sql::Word(w) => Token::Word {
                    text: w.value,
                    quoted: w.quote_style.is_some(),
                },
                Sql::Period => Token::Period,
                Sql::LParen => Token::LParen,
                Sql::RParen => Token::RParen,
                Sql::Comma => Token::Comma,
                _ => Token::Other,
            };
            let last = matches!(token, Token::Other | Token::RParen);
            out.push(token);
            if last {
                break;
            }
        }
        Some(out)
    }

    fn agree(text: &str) {
        if let Some(expected) = reference(text) {
            assert_eq!(tokens(text), Some(expected), "{text}");
        }
    }

    #[test]
    fn tricky_prefixes() {
        for text in [
            "INSERT INTO \"We\"\"ird\".\"T\" (\"a b\", C) VALUES (1)",
            "insert /* a /* nested */ comment */ into t -- to the end\n (a) values (1)",
            "INSERT INTO été (naïve, _x$1) VALUES (1)",
            "UPDATE ONLY t * SET a = 1",
            "DELETE FROM s.t WHERE a = E'x'",
            "COPY public.t (a, b) FROM stdin;",
            "INSERT INTO t VALUES (E'\\\\', U&'\\0041', B'01')",
            "TRUNCATE TABLE a, b",
            "INSERT INTO t(a)SELECT 1",
        ] {
            agree(text);
        }
        // A prefixed literal is not a name: sqlparser reads `U&"t"` as one token,
        // the lexer stops there, and neither gives a table called `u`.
        assert_eq!(
            classify("INSERT INTO U&\"t\" (a) VALUES (1)"),
            Write::Unknown
        );
        assert_eq!(classify("UPDATE U&\"t\" SET a = 1"), Write::Unknown);
    }

    #[test]
    fn every_statement_of_the_corpora_and_a_generated_script() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpora");
        let mut texts = Vec::new();
        for dir in ["chinook", "northwind"] {
            for entry in std::fs::read_dir(format!("{root}/{dir}")).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|e| e == "sql") {
                    texts.push(std::fs::read_to_string(path).unwrap());
                }
            }
        }
        let mut mixed = Vec::new();
        pgshift_gen::mixed(7, 200_000, &mut mixed).unwrap();
        texts.push(String::from_utf8(mixed).unwrap());
        let mut statements = 0;
        for text in &texts {
            for piece in scan::split(text) {
                if piece.kind == PieceKind::Statement {
                    agree(piece.text(text));
                    statements += 1;
                }
            }
        }
        assert!(statements > 1_000, "{statements} statements");
    }
}
