//! Making the engines' spellings of defaults and foreign key actions agree.
//!
//! The catalogs print a default as an expression text: PostgreSQL as
//! `'abc'::text`, `(-1)`, `nextval('t_id_seq'::regclass)` or `true`; SQLite as it
//! was written in CREATE TABLE (`'abc'`, `(1)`, `TRUE`, `CURRENT_TIMESTAMP`);
//! MariaDB with string literals quoted, and the unquoted word `NULL` for a
//! nullable column without a default. [`default_value`] reduces all of them to a
//! [`ColumnDefault`].

use super::{ColumnDefault, FkAction};
use crate::cell::looks_numeric;

/// Normalizes a default's expression text.
///
/// Surrounding parentheses and trailing `::type` casts are removed first. Then
/// NULL is no default, `nextval(...)` is a generated key, a quoted string is its
/// text, `true`/`false` are 1 and 0, and a number is written without redundant
/// zeros (`1.50` → `1.5`, `007` → `7`). A quoted string that holds a number is
/// normalized as that number, so `'1.50'` and `1.5` agree. Anything else is an
/// expression, whatever its text.
pub fn default_value(raw: &str) -> ColumnDefault {
    let raw = raw.trim();
    // An array literal (`'{a,b}'::text[]`) is compared as the JSON text the
    // targets store for it (`'["a","b"]'`).
    if let Some(json) = array_default(raw) {
        return ColumnDefault::Value(json);
    }
    let text = strip_wrappers(raw);
    // The targets' JSON parsing of a literal (`json('{}')` in SQLite,
    // `json_extract('{}', '$')` in MySQL) is the literal's document.
    let text = json_call(text).unwrap_or(text);
    if text.eq_ignore_ascii_case("null") {
        return ColumnDefault::None;
    }
    if text.len() > 8 && text[..8].eq_ignore_ascii_case("nextval(") {
        return ColumnDefault::Auto;
    }
    if let Some(literal) = string_literal(text) {
        return ColumnDefault::Value(number(&literal).unwrap_or(literal));
    }
    if text.eq_ignore_ascii_case("true") {
        return ColumnDefault::Value("1".into());
    }
    if text.eq_ignore_ascii_case("false") {
        return ColumnDefault::Value("0".into());
    }
    match number(text) {
        Some(n) => ColumnDefault::Value(n),
        None => ColumnDefault::Expr,
    }
}

/// `'{…}'::elem[]` as JSON text, with numbers and booleans unquoted when the
/// element type says so.
fn array_default(raw: &str) -> Option<String> {
    let text = enclosed(raw).map_or(raw, str::trim);
    let at = trailing_cast(text)?;
    let ty = text[at + 2..].trim().to_ascii_lowercase();
    let elem = ty.strip_suffix("[]")?;
    let literal = string_literal(text[..at].trim())?;
    let elem = match elem {
        "integer" | "bigint" | "smallint" | "int" => pgshift::ir::DataType::Integer,
        "numeric" | "real" | "double precision" => pgshift::ir::DataType::Numeric(None, None),
        "boolean" => pgshift::ir::DataType::Boolean,
        _ => pgshift::ir::DataType::Text,
    };
    pgshift::pgtext::array_to_json(&literal, &elem).ok()
}

/// The document of `json('…')` or `json_extract('…', '$')`.
fn json_call(text: &str) -> Option<&str> {
    let lower = text.get(..13).map(str::to_ascii_lowercase);
    let inner = if lower.as_deref() == Some("json_extract(") {
        let rest = &text[13..];
        rest.strip_suffix(", '$')")
            .or_else(|| rest.strip_suffix(",'$')"))?
    } else if text
        .get(..5)
        .is_some_and(|p| p.eq_ignore_ascii_case("json("))
    {
        text[5..].strip_suffix(')')?
    } else {
        return None;
    };
    Some(inner.trim())
}

/// Reads a foreign key action as the catalogs spell it: PostgreSQL's one-letter
/// codes (`a`, `r`, `c`, `n`, `d`) or the words (`NO ACTION`, `RESTRICT`,
/// `CASCADE`, `SET NULL`, `SET DEFAULT`), in any case.
pub fn fk_action(text: &str) -> Result<FkAction, String> {
    let words: Vec<String> = text
        .split_whitespace()
        .map(str::to_ascii_lowercase)
        .collect();
    match words.join(" ").as_str() {
        "a" | "r" | "no action" | "restrict" => Ok(FkAction::NoAction),
        "c" | "cascade" => Ok(FkAction::Cascade),
        "n" | "set null" => Ok(FkAction::SetNull),
        "d" | "set default" => Ok(FkAction::SetDefault),
        _ => Err(format!("unknown foreign key action `{text}`")),
    }
}

/// Removes enclosing parentheses and trailing casts until neither is left.
fn strip_wrappers(mut text: &str) -> &str {
    loop {
        let before = text;
        if let Some(inner) = enclosed(text) {
            text = inner.trim();
        }
        if let Some(at) = trailing_cast(text) {
            text = text[..at].trim_end();
        }
        if text == before {
            return text;
        }
    }
}

/// The inside of `text` when one pair of parentheses encloses all of it.
fn enclosed(text: &str) -> Option<&str> {
    let inner = text.strip_prefix('(')?.strip_suffix(')')?;
    let mut depth = 0i32;
    let mut quote = None;
    for c in inner.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => quote = Some(c),
            (None, '(') => depth += 1,
            (None, ')') => {
                depth -= 1;
                if depth < 0 {
                    return None;
                }
            }
            _ => {}
        }
    }
    (depth == 0 && quote.is_none()).then_some(inner)
}

/// Where the last top-level `::` of `text` starts, when what follows it is only
/// a type name (`text`, `character varying(20)`, `"Mood"`, `int[]`).
fn trailing_cast(text: &str) -> Option<usize> {
    let mut quote = None;
    let mut depth = 0i32;
    let mut last = None;
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        match (quote, b) {
            (Some(q), b) if b == q => quote = None,
            (Some(_), _) => {}
            (None, b'\'' | b'"') => quote = Some(b),
            (None, b'(') => depth += 1,
            (None, b')') => depth -= 1,
            (None, b':')
                if depth == 0
                    && i > 0
                    && bytes[i - 1] != b':'
                    && bytes.get(i + 1) == Some(&b':') =>
            {
                last = Some(i);
            }
            _ => {}
        }
    }
    let at = last?;
    is_type_name(&text[at + 2..]).then_some(at)
}

fn is_type_name(text: &str) -> bool {
    let text = text.trim();
    let Some(first) = text.chars().next() else {
        return false;
    };
    (first.is_ascii_alphabetic() || first == '_' || first == '"')
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || " _.\"(),[]".contains(c))
}

/// The text of a single quoted string literal (`'it''s'`, or PostgreSQL's
/// `E'a\nb'`), or `None` when `text` is anything else.
fn string_literal(text: &str) -> Option<String> {
    let (escapes, body) = match text.strip_prefix(['E', 'e']) {
        Some(rest) if rest.starts_with('\'') => (true, rest),
        _ => (false, text),
    };
    let body = body.strip_prefix('\'')?.strip_suffix('\'')?;
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                if chars.next() != Some('\'') {
                    return None;
                }
                out.push('\'');
            }
            '\\' if escapes => match chars.next()? {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                'r' => out.push('\r'),
                other => out.push(other),
            },
            _ => out.push(c),
        }
    }
    Some(out)
}

/// A number written without redundant zeros and signs, or `None` when `text` is
/// not a number.
fn number(text: &str) -> Option<String> {
    if !looks_numeric(text) {
        return None;
    }
    if text.contains(['e', 'E']) {
        return text.parse::<f64>().ok().map(|f| f.to_string());
    }
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let (int, frac) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let int = int.trim_start_matches('0');
    let frac = frac.trim_end_matches('0');
    let mut out = String::new();
    if negative && !(int.is_empty() && frac.is_empty()) {
        out.push('-');
    }
    out.push_str(if int.is_empty() { "0" } else { int });
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;

    fn value(v: &str) -> ColumnDefault {
        ColumnDefault::Value(v.into())
    }

    #[test]
    fn casts_parentheses_and_quotes_go() {
        assert_eq!(default_value("'abc'::text"), value("abc"));
        assert_eq!(default_value("'abc'::character varying"), value("abc"));
        assert_eq!(
            default_value("('a b'::character varying(20))"),
            value("a b")
        );
        assert_eq!(default_value("'x'::text::\"Mood\""), value("x"));
        // Array literals compare as the JSON text the targets store.
        assert_eq!(default_value("'{}'::integer[]"), value("[]"));
        assert_eq!(default_value("'{1,2}'::integer[]"), value("[1,2]"));
        assert_eq!(
            default_value("'{a,\"b c\"}'::text[]"),
            value("[\"a\",\"b c\"]")
        );
        // The targets' JSON parsing of a literal is the literal.
        assert_eq!(default_value("json_extract('{}','$')"), value("{}"));
        assert_eq!(default_value("(json('{\"a\":1}'))"), value("{\"a\":1}"));
        assert_eq!(default_value("'it''s'"), value("it's"));
        assert_eq!(default_value("E'a\\nb'::text"), value("a\nb"));
        assert_eq!(default_value("'a::b'"), value("a::b"));
        assert_eq!(default_value("('x')"), value("x"));
    }

    #[test]
    fn numbers_lose_redundant_zeros() {
        assert_eq!(default_value("1.50"), value("1.5"));
        assert_eq!(default_value("'1.50'::numeric"), value("1.5"));
        assert_eq!(default_value("(-1)"), value("-1"));
        assert_eq!(default_value("'-1'::integer"), value("-1"));
        assert_eq!(default_value("0.00"), value("0"));
        assert_eq!(default_value("-0.0"), value("0"));
        assert_eq!(default_value("007"), value("7"));
        assert_eq!(default_value("1e3"), value("1000"));
        assert_ne!(default_value("1.5"), default_value("1.05"));
    }

    #[test]
    fn booleans_are_one_and_zero() {
        assert_eq!(default_value("true"), value("1"));
        assert_eq!(default_value("FALSE"), value("0"));
        assert_eq!(default_value("1"), value("1"));
        assert_eq!(default_value("true"), default_value("1"));
        assert_ne!(default_value("true"), default_value("0"));
    }

    #[test]
    fn null_means_no_default_unless_quoted() {
        assert_eq!(default_value("NULL"), ColumnDefault::None);
        assert_eq!(
            default_value("NULL::character varying"),
            ColumnDefault::None
        );
        assert_eq!(default_value("'NULL'"), value("NULL"));
    }

    #[test]
    fn sequences_are_generated_keys() {
        assert_eq!(
            default_value("nextval('t_id_seq'::regclass)"),
            ColumnDefault::Auto
        );
    }

    #[test]
    fn other_expressions_compare_by_kind() {
        for expr in [
            "now()",
            "CURRENT_TIMESTAMP",
            "current_timestamp()",
            "(datetime('now'))",
            "gen_random_uuid()",
            "uuid()",
            "('a'::text || 'b'::text)",
            "(1 + 2)",
            "'a' || 'b'",
        ] {
            assert_eq!(default_value(expr), ColumnDefault::Expr, "{expr}");
        }
        assert_ne!(default_value("now()"), default_value("'now'"));
    }

    #[test]
    fn foreign_key_actions() {
        assert_eq!(fk_action("a").unwrap(), FkAction::NoAction);
        assert_eq!(fk_action("r").unwrap(), FkAction::NoAction);
        assert_eq!(fk_action("RESTRICT").unwrap(), FkAction::NoAction);
        assert_eq!(fk_action("NO ACTION").unwrap(), FkAction::NoAction);
        assert_eq!(fk_action("c").unwrap(), FkAction::Cascade);
        assert_eq!(fk_action("CASCADE").unwrap(), FkAction::Cascade);
        assert_eq!(fk_action("set  null").unwrap(), FkAction::SetNull);
        assert_eq!(fk_action("n").unwrap(), FkAction::SetNull);
        assert_eq!(fk_action("SET DEFAULT").unwrap(), FkAction::SetDefault);
        assert_ne!(
            fk_action("CASCADE").unwrap(),
            fk_action("NO ACTION").unwrap()
        );
        assert!(fk_action("DELETE").is_err());
    }
}
