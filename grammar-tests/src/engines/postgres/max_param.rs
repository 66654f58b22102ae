//! Finding the highest `$n` parameter a PostgreSQL statement uses.

/// The highest `$n` parameter in `sql` outside strings, quoted identifiers,
/// dollar quotes and comments, or 0 when there is none.
pub fn max_param(sql: &str) -> usize {
    let mut max = 0;
    let b = sql.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\'' | b'"' => {
                let quote = b[i];
                i += 1;
                while i < b.len() && b[i] != quote {
                    i += 1;
                }
                i += 1;
            }
            b'-' if b.get(i + 1) == Some(&b'-') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                let mut depth = 1;
                i += 2;
                while i < b.len() && depth > 0 {
                    if b[i] == b'/' && b.get(i + 1) == Some(&b'*') {
                        depth += 1;
                        i += 1;
                    } else if b[i] == b'*' && b.get(i + 1) == Some(&b'/') {
                        depth -= 1;
                        i += 1;
                    }
                    i += 1;
                }
            }
            b'$' => {
                let digits = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
                if digits > 0 {
                    let prev_is_word =
                        i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_');
                    if !prev_is_word {
                        let n = sql[i + 1..i + 1 + digits].parse().unwrap_or(usize::MAX);
                        max = max.max(n);
                    }
                    i += 1 + digits;
                    continue;
                }
                let tag_len = b[i + 1..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_')
                    .count();
                let tag_end = i + 1 + tag_len;
                let starts_tag = b.get(tag_end) == Some(&b'$')
                    && b.get(i + 1).is_none_or(|c| !c.is_ascii_digit());
                if starts_tag {
                    let tag = &sql[i..=tag_end];
                    match sql[tag_end + 1..].find(tag) {
                        Some(end) => i = tag_end + 1 + end + tag.len(),
                        None => return max,
                    }
                } else {
                    i += 1;
                }
            }
            _ => i += 1,
        }
    }
    max
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_params_outside_quotes_and_comments() {
        assert_eq!(max_param("SELECT $1"), 1);
        assert_eq!(max_param("SELECT $2::int + $1::int AS s;"), 2);
        assert_eq!(max_param("SELECT $12, $3"), 12);
        assert_eq!(max_param("SELECT 'a' || $1"), 1);
        assert_eq!(max_param("SELECT '$1'"), 0);
        assert_eq!(max_param("SELECT \"$1\""), 0);
        assert_eq!(max_param("SELECT 1 -- $1\n"), 0);
        assert_eq!(max_param("SELECT /* $1 /* nested */ $2 */ 1"), 0);
        assert_eq!(max_param("SELECT $$ $1 $$"), 0);
        assert_eq!(max_param("SELECT $tag$ $5 $tag$, $2"), 2);
        assert_eq!(max_param("SELECT $$ x $$, $1"), 1);
        assert_eq!(max_param("SELECT a$1 FROM t"), 0);
    }
}
