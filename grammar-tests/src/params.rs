//! Parameter values of a case, written in PostgreSQL literal syntax.

use std::fmt;

/// One value for a `$n` parameter.
#[derive(Clone, Debug, PartialEq)]
pub enum Param {
    /// `NULL`.
    Null,
    /// An integer such as `5` or `-3`.
    Int(i64),
    /// A decimal such as `2.5`, kept with its source text.
    Decimal(String),
    /// A single-quoted string, with `''` already undoubled.
    Text(String),
    /// `true` or `false`.
    Bool(bool),
}

impl Param {
    /// The value as a PostgreSQL literal, for `EXECUTE s(...)`.
    pub fn pg_literal(&self) -> String {
        match self {
            Param::Null => "NULL".to_string(),
            Param::Int(i) => i.to_string(),
            Param::Decimal(d) => d.clone(),
            Param::Text(s) => format!("'{}'", s.replace('\'', "''")),
            Param::Bool(b) => b.to_string(),
        }
    }

    /// A PostgreSQL type for the value, used when PostgreSQL cannot infer one.
    pub fn pg_type(&self) -> &'static str {
        match self {
            Param::Null | Param::Text(_) => "text",
            Param::Int(_) => "bigint",
            Param::Decimal(_) => "numeric",
            Param::Bool(_) => "boolean",
        }
    }

    /// The value as a decimal number, when it is one.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Param::Decimal(d) => d.parse().ok(),
            _ => None,
        }
    }
}

impl fmt::Display for Param {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.pg_literal())
    }
}

/// Parses a comma-separated list such as `5, 'abc', NULL, 2.5, true`.
pub fn parse_list(text: &str) -> Result<Vec<Param>, String> {
    let mut out = Vec::new();
    let mut rest = text.trim();
    if rest.is_empty() {
        return Ok(out);
    }
    loop {
        let (param, after) = parse_one(rest)?;
        out.push(param);
        let after = after.trim_start();
        if after.is_empty() {
            return Ok(out);
        }
        rest = after
            .strip_prefix(',')
            .ok_or_else(|| format!("expected `,` before `{after}`"))?
            .trim_start();
    }
}

/// Parses one literal at the start of `text` and returns it with the rest.
fn parse_one(text: &str) -> Result<(Param, &str), String> {
    if let Some(body) = text.strip_prefix('\'') {
        let mut value = String::new();
        let mut chars = body.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if c == '\'' {
                if matches!(chars.peek(), Some((_, '\''))) {
                    chars.next();
                    value.push('\'');
                } else {
                    return Ok((Param::Text(value), &body[i + 1..]));
                }
            } else {
                value.push(c);
            }
        }
        return Err(format!("unterminated string in `{text}`"));
    }
    let end = text.find(',').unwrap_or(text.len());
    let word = text[..end].trim();
    let param = match word.to_ascii_lowercase().as_str() {
        "null" => Param::Null,
        "true" => Param::Bool(true),
        "false" => Param::Bool(false),
        _ if is_integer(word) => Param::Int(
            word.parse()
                .map_err(|e| format!("integer `{word}` out of range: {e}"))?,
        ),
        _ if is_decimal(word) => Param::Decimal(word.to_string()),
        _ => {
            return Err(format!(
            "`{word}` is not a parameter literal (integer, decimal, 'string', NULL, true or false)"
        ))
        }
    };
    Ok((param, &text[end..]))
}

fn is_integer(word: &str) -> bool {
    let digits = word.strip_prefix('-').unwrap_or(word);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

fn is_decimal(word: &str) -> bool {
    let digits = word.strip_prefix('-').unwrap_or(word);
    match digits.split_once('.') {
        Some((int, frac)) => {
            (!int.is_empty() || !frac.is_empty())
                && int.bytes().all(|b| b.is_ascii_digit())
                && frac.bytes().all(|b| b.is_ascii_digit())
        }
        None => false,
    }
}

/// Orders the case's parameters for `?` placeholders: the i-th bound value is
/// `params[map[i] - 1]`, where `map` is a statement's `params` map.
pub fn bind_order<'a>(map: &[u32], params: &'a [Param]) -> Result<Vec<&'a Param>, String> {
    map.iter()
        .map(|&n| {
            (n as usize)
                .checked_sub(1)
                .and_then(|i| params.get(i))
                .ok_or_else(|| {
                    format!(
                        "the statement binds ${n}, but the case gives {} parameter(s)",
                        params.len()
                    )
                })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;

    #[test]
    fn parses_every_literal_kind() {
        let got = parse_list("5, 'it''s, ok', NULL, 2.5, true, -7, FALSE, '', .5").unwrap();
        assert_eq!(
            got,
            vec![
                Param::Int(5),
                Param::Text("it's, ok".into()),
                Param::Null,
                Param::Decimal("2.5".into()),
                Param::Bool(true),
                Param::Int(-7),
                Param::Bool(false),
                Param::Text(String::new()),
                Param::Decimal(".5".into()),
            ]
        );
    }

    #[test]
    fn empty_list_is_no_params() {
        assert_eq!(parse_list("  ").unwrap(), vec![]);
    }

    #[test]
    fn rejects_bad_literals() {
        assert!(parse_list("abc").is_err());
        assert!(parse_list("'open").is_err());
        assert!(parse_list("1 2").is_err());
        assert!(parse_list("1,").is_err());
    }

    #[test]
    fn pg_literals_round_trip() {
        let params = parse_list("'a''b', 3, NULL, false").unwrap();
        let text: Vec<String> = params.iter().map(Param::pg_literal).collect();
        assert_eq!(text.join(", "), "'a''b', 3, NULL, false");
    }

    #[test]
    fn bind_order_follows_the_map() {
        let params = parse_list("1, 'two', 3").unwrap();
        let bound = bind_order(&[2, 1, 2, 3], &params).unwrap();
        assert_eq!(
            bound,
            vec![
                &Param::Text("two".into()),
                &Param::Int(1),
                &Param::Text("two".into()),
                &Param::Int(3)
            ]
        );
    }

    #[test]
    fn bind_order_rejects_missing_params() {
        let params = parse_list("1").unwrap();
        assert!(bind_order(&[2], &params).is_err());
        assert!(bind_order(&[0], &params).is_err());
    }
}
