//! COPY's text format: one row per line, fields separated by tabs, `\N` for
//! NULL, and backslash escapes inside fields.
//! <https://www.postgresql.org/docs/current/sql-copy.html#id-1.9.3.55.9.2>

/// The fields of one data line, decoded; `None` is NULL.
pub fn fields(line: &str) -> Result<Vec<Option<String>>, String> {
    line.split('\t').map(field).collect()
}

/// One field as `field` decodes it, without allocating: a field without
/// escapes is borrowed from the line, one with escapes is decoded into
/// `scratch` (reused from field to field).
pub fn field_in<'a>(raw: &'a str, scratch: &'a mut Vec<u8>) -> Result<Option<&'a str>, String> {
    if !raw.as_bytes().contains(&b'\\') {
        return Ok(Some(raw));
    }
    if raw == "\\N" {
        return Ok(None);
    }
    scratch.clear();
    decode(raw.as_bytes(), scratch)?;
    std::str::from_utf8(scratch)
        .map(Some)
        .map_err(|_| "an escape in the field makes invalid UTF-8".into())
}

/// One field: `\N` alone is NULL; otherwise `\b \f \n \r \t \v \\`, `\ooo`
/// (octal, one to three digits) and `\xhh` (hex, one or two digits) are
/// decoded, and a backslash before any other character stands for that character.
pub fn field(raw: &str) -> Result<Option<String>, String> {
    if raw == "\\N" {
        return Ok(None);
    }
    if !raw.contains('\\') {
        return Ok(Some(raw.to_string()));
    }
    let mut out: Vec<u8> = Vec::with_capacity(raw.len());
    decode(raw.as_bytes(), &mut out)?;
    String::from_utf8(out)
        .map(Some)
        .map_err(|_| "an escape in the field makes invalid UTF-8".into())
}

/// Decodes the backslash escapes of `b` into `out`.
fn decode(b: &[u8], out: &mut Vec<u8>) -> Result<(), String> {
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c != b'\\' {
            out.push(c);
            i += 1;
            continue;
        }
        let Some(&e) = b.get(i + 1) else {
            return Err("a field ends with a lone backslash".into());
        };
        i += 2;
        match e {
            b'b' => out.push(0x08),
            b'f' => out.push(0x0c),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(0x0b),
            b'0'..=b'7' => {
                let mut v = u32::from(e - b'0');
                for _ in 0..2 {
                    match b.get(i) {
                        Some(d @ b'0'..=b'7') => {
                            v = v * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push((v & 0xff) as u8);
            }
            b'x' if b.get(i).is_some_and(u8::is_ascii_hexdigit) => {
                let mut v = 0u32;
                for _ in 0..2 {
                    match b.get(i).and_then(|d| (*d as char).to_digit(16)) {
                        Some(d) => {
                            v = v * 16 + d;
                            i += 1;
                        }
                        None => break,
                    }
                }
                out.push(v as u8);
            }
            other => out.push(other),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;

    #[test]
    fn nulls_tabs_and_escapes() {
        assert_eq!(
            fields("1\t\\N\ta\\tb\\nc\\\\d").unwrap(),
            vec![Some("1".into()), None, Some("a\tb\nc\\d".into())]
        );
        assert_eq!(field("\\101\\x42\\7").unwrap().unwrap(), "AB\u{7}");
        assert_eq!(field("\\\\N").unwrap().unwrap(), "\\N");
        assert_eq!(field("").unwrap().unwrap(), "");
        assert_eq!(field("\\.").unwrap().unwrap(), ".");
        assert!(field("a\\").is_err());
    }

    #[test]
    fn field_in_decodes_as_field_does() {
        let mut scratch = Vec::new();
        for raw in [
            "",
            "plain",
            "\\N",
            "\\\\N",
            "a\\tb",
            "\\101\\x42",
            "\\\\x0102",
            "caf\\303\\251",
            "\\377",
            "a\\",
        ] {
            let owned = field(raw);
            let borrowed = field_in(raw, &mut scratch).map(|f| f.map(str::to_owned));
            assert_eq!(owned, borrowed, "{raw:?}");
        }
    }

    #[test]
    fn bytea_in_copy_keeps_its_own_backslash() {
        // pg_dump writes a bytea as `\\x0102`: COPY's escape gives `\x0102`.
        assert_eq!(field("\\\\x0102").unwrap().unwrap(), "\\x0102");
    }
}
