//! PostgreSQL's text form of a value, read as a value of a known column type.
//!
//! PostgreSQL casts an untyped literal to the type of the column it is stored
//! in: `INSERT INTO t (flag) VALUES ('t')` stores `true`, and `'2024-01-05
//! 10:00:00+02'` in a `timestamptz` is the instant 08:00 UTC. COPY data is the
//! same text form. The targets store what they are given, so pgshift reads the
//! text here, once, into the literal the translated column holds:
//!
//! | PostgreSQL type | text | target literal |
//! |---|---|---|
//! | boolean | `t`, `yes`, `on`, `1`, unique prefixes | `TRUE` / `FALSE` |
//! | integers, numeric, real | a number | the number, validated |
//! | bytea | `\x0102` or escape format | `X'0102'` |
//! | timestamptz | with an offset | UTC text `YYYY-MM-DD HH:MM:SS[.ffffff]` |
//! | timestamp | `T` separator | `YYYY-MM-DD HH:MM:SS[.ffffff]` |
//! | date | `2024-1-5`, `2024/01/05`, a time after it | `YYYY-MM-DD` |
//! | arrays | `{1,"a b",NULL}` | JSON text `[1,"a b",null]` |
//! | uuid | any accepted spelling | lower-case canonical form |
//!
//! Text that PostgreSQL itself would reject, or that the target cannot store
//! (`infinity`, `NaN`), is an error that names the reason.

use crate::ir::{DataType, Literal};

/// How a column type's text is read: the cases of [`coerce`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Integer,
    Number,
    Boolean,
    Bytea,
    Timestamp {
        tz: bool,
    },
    Date,
    Uuid,
    Array,
    /// Stored as the text it is (text, dates, JSON, enums…).
    Unchanged,
}

impl Kind {
    pub fn of(ty: &DataType) -> Kind {
        match ty {
            DataType::SmallInt | DataType::Integer | DataType::BigInt | DataType::Serial(_) => {
                Kind::Integer
            }
            DataType::Real | DataType::Double | DataType::Numeric(..) => Kind::Number,
            DataType::Boolean => Kind::Boolean,
            DataType::Bytea => Kind::Bytea,
            DataType::Timestamp { tz } => Kind::Timestamp { tz: *tz },
            DataType::Date => Kind::Date,
            DataType::Uuid => Kind::Uuid,
            DataType::Array(_) => Kind::Array,
            _ => Kind::Unchanged,
        }
    }
}

/// The literal a target column of PostgreSQL type `ty` holds for the text `s`.
/// `None` for types whose text is stored unchanged (text, dates, JSON, enums).
pub fn coerce(s: &str, ty: &DataType) -> Result<Option<Literal>, String> {
    Ok(Some(match (Kind::of(ty), ty) {
        (Kind::Integer, _) => Literal::Integer(integer(s)?),
        (Kind::Number, _) => Literal::Decimal(number(s)?),
        (Kind::Boolean, _) => Literal::Boolean(boolean(s)?),
        (Kind::Bytea, _) => Literal::Blob(bytea(s)?),
        (Kind::Timestamp { tz }, _) => Literal::String(timestamp(s, tz)?),
        (Kind::Date, _) => Literal::String(date(s)?),
        (Kind::Uuid, _) => Literal::String(uuid(s)?),
        (Kind::Array, DataType::Array(elem)) => Literal::String(array_to_json(s, elem)?),
        _ => return Ok(None),
    }))
}

/// An integer's text: optional sign and digits, surrounding spaces allowed.
pub fn integer(s: &str) -> Result<String, String> {
    let t = s.trim();
    let digits = t.strip_prefix(['-', '+']).unwrap_or(t);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("`{s}` is not an integer"));
    }
    Ok(t.strip_prefix('+').unwrap_or(t).to_string())
}

/// A decimal number's text: sign, digits, a point, an exponent.
pub fn number(s: &str) -> Result<String, String> {
    let t = s.trim();
    let body = t.strip_prefix(['-', '+']).unwrap_or(t);
    let (mantissa, exponent) = match body.find(['e', 'E']) {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let mut parts = mantissa.splitn(2, '.');
    let whole = parts.next().unwrap_or("");
    let frac = parts.next().unwrap_or("");
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['-', '+']).unwrap_or(e);
        !e.is_empty() && digits(e)
    });
    if (whole.is_empty() && frac.is_empty()) || !digits(whole) || !digits(frac) || !exponent_ok {
        return Err(format!(
            "`{s}` is not a finite number the target can store (NaN and Infinity have no equivalent)"
        ));
    }
    let t = t.strip_prefix('+').unwrap_or(t);
    // `.5` and `5.` are PostgreSQL numbers; give the targets `0.5` and `5`.
    let mut out = String::with_capacity(t.len() + 1);
    let (sign, rest) = t.strip_prefix('-').map_or(("", t), |r| ("-", r));
    out.push_str(sign);
    if rest.starts_with('.') {
        out.push('0');
    }
    match rest.find(['e', 'E']) {
        Some(i) if rest[..i].ends_with('.') => {
            out.push_str(&rest[..i - 1]);
            out.push_str(&rest[i..]);
        }
        None if rest.ends_with('.') => out.push_str(&rest[..rest.len() - 1]),
        _ => out.push_str(rest),
    }
    Ok(out)
}

/// Every spelling of true PostgreSQL's boolean input accepts, lower case: the
/// prefixes of `true` and `yes`, `on` and `1`.
pub const TRUE_WORDS: &[&str] = &["t", "tr", "tru", "true", "y", "ye", "yes", "on", "1"];
/// Every spelling of false: the prefixes of `false` and `no`, `of`, `off` and `0`.
pub const FALSE_WORDS: &[&str] = &[
    "f", "fa", "fal", "fals", "false", "n", "no", "of", "off", "0",
];

/// PostgreSQL's reading of a boolean's text: case-insensitive, trimmed.
pub fn parse_bool(text: &str) -> Option<bool> {
    let t = text
        .trim_matches(|c: char| c.is_ascii_whitespace())
        .to_ascii_lowercase();
    if TRUE_WORDS.contains(&t.as_str()) {
        Some(true)
    } else if FALSE_WORDS.contains(&t.as_str()) {
        Some(false)
    } else {
        None
    }
}

/// [`parse_bool`], with the reason when the text is not a boolean.
pub fn boolean(s: &str) -> Result<bool, String> {
    parse_bool(s).ok_or_else(|| format!("`{s}` is not a boolean"))
}

/// bytea input: hex format (`\x0a0b`) or escape format (`a\\b\001`).
pub fn bytea(s: &str) -> Result<Vec<u8>, String> {
    if let Some(hex) = s.strip_prefix("\\x") {
        let digits: Vec<u8> = hex.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
        if digits.len() % 2 != 0 {
            return Err("a bytea hex string needs an even number of digits".into());
        }
        return digits
            .chunks(2)
            .map(|pair| {
                let hi = (pair[0] as char).to_digit(16);
                let lo = (pair[1] as char).to_digit(16);
                match (hi, lo) {
                    (Some(h), Some(l)) => Ok((h * 16 + l) as u8),
                    _ => Err(format!("`{s}` is not valid bytea hex")),
                }
            })
            .collect();
    }
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            out.push(b[i]);
            i += 1;
        } else if b.get(i + 1) == Some(&b'\\') {
            out.push(b'\\');
            i += 2;
        } else {
            let oct = b
                .get(i + 1..i + 4)
                .filter(|d| d.iter().all(|c| (b'0'..=b'7').contains(c)));
            let Some(d) = oct else {
                return Err(format!("`{s}` is not valid bytea escape format"));
            };
            let v = (u32::from(d[0] - b'0') << 6)
                | (u32::from(d[1] - b'0') << 3)
                | u32::from(d[2] - b'0');
            out.push(u8::try_from(v).map_err(|_| format!("`{s}`: octal escape out of range"))?);
            i += 4;
        }
    }
    Ok(out)
}

/// A date as the targets store it, `YYYY-MM-DD`; a time after it is dropped,
/// as PostgreSQL drops it.
pub fn date(s: &str) -> Result<String, String> {
    let t = s.trim();
    let day = &t[..t.find([' ', 'T']).unwrap_or(t.len())];
    let (y, m, d) = ymd(day)
        .ok_or_else(|| format!("`{s}` is not a date pgshift reads (write it as YYYY-MM-DD)"))?;
    Ok(format!("{y:04}-{m:02}-{d:02}"))
}

/// A timestamp as the targets store it: `YYYY-MM-DD HH:MM:SS[.ffffff]`. With
/// `tz`, an offset in the text is applied so that the result is UTC; without
/// it, PostgreSQL ignores an offset, and so does this.
pub fn timestamp(s: &str, tz: bool) -> Result<String, String> {
    let mut out = String::with_capacity(26);
    write_timestamp(s, tz, &mut out)
        .ok_or_else(|| format!("`{s}` is not a timestamp the targets can store"))?;
    Ok(out)
}

/// [`timestamp`], appended to `out`; `None` when the text is not a timestamp
/// the targets can store (`out` may then hold part of it).
fn write_timestamp(s: &str, tz: bool, out: &mut String) -> Option<()> {
    let t = s.trim();
    let (date, rest) = t.split_at(t.find([' ', 'T']).unwrap_or(t.len()));
    let (y, m, d) = ymd(date)?;
    let rest = rest.trim_start_matches([' ', 'T']);
    // The time runs up to an offset sign or zone letter.
    let end = rest.find(['+', '-', 'Z', 'z', ' ']).unwrap_or(rest.len());
    let (time, zone) = rest.split_at(end);
    let (hh, mm, ss, frac) = if time.is_empty() {
        (0, 0, 0, "")
    } else {
        hms(time)?
    };
    let zone = zone.trim();
    let offset_minutes = if zone.is_empty() || !tz {
        0
    } else {
        offset(zone)?
    };
    let clock = Clock {
        hh,
        mm,
        ss,
        frac,
        offset_minutes,
    };
    print_utc(y, m, d, &clock, out)
}

/// The time of day of a timestamp's text, and its offset east of UTC.
struct Clock<'a> {
    hh: u32,
    mm: u32,
    ss: u32,
    /// The fraction's digits, as written.
    frac: &'a str,
    offset_minutes: i64,
}

/// Prints the date and time shifted to UTC as `YYYY-MM-DD HH:MM:SS[.ffffff]`
/// (the fraction without trailing zeros); `None` outside years 1 to 9999.
fn print_utc(y: i64, m: u32, d: u32, clock: &Clock, out: &mut String) -> Option<()> {
    let mut minutes = i64::from(clock.hh) * 60 + i64::from(clock.mm) - clock.offset_minutes;
    let (y, m, d) = if (0..24 * 60).contains(&minutes) {
        (y, m, d)
    } else {
        let day = days_from_civil(y, m, d) + minutes.div_euclid(24 * 60);
        minutes = minutes.rem_euclid(24 * 60);
        civil_from_days(day)
    };
    if !(1..=9999).contains(&y) {
        return None;
    }
    // Every number below is in range for its width, so the text is built
    // digit by digit: no formatting machinery.
    let y = y as u32;
    let (hh, mi) = ((minutes / 60) as u32, (minutes % 60) as u32);
    let mut text = *b"0000-00-00 00:00:00";
    for (at, v) in [
        (0, y / 100),
        (2, y % 100),
        (5, m),
        (8, d),
        (11, hh),
        (14, mi),
        (17, clock.ss),
    ] {
        text[at] = b'0' + (v / 10 % 10) as u8;
        text[at + 1] = b'0' + (v % 10) as u8;
    }
    out.push_str(std::str::from_utf8(&text).ok()?);
    let frac = clock.frac.trim_end_matches('0');
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    Some(())
}

/// `YYYY-MM-DD`, or as PostgreSQL also reads it with the year first,
/// `YYYY/M/D` (one or two digits for the month and the day).
fn ymd(s: &str) -> Option<(i64, u32, u32)> {
    let sep = if s.contains('/') { '/' } else { '-' };
    let mut it = s.split(sep);
    let (y, m, d) = (it.next()?, it.next()?, it.next()?);
    let short = |part: &str| (1..=2).contains(&part.len());
    if it.next().is_some() || y.len() != 4 || !short(m) || !short(d) {
        return None;
    }
    let (y, m, d): (i64, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    valid_date(y, m, d).then_some((y, m, d))
}

/// Whether month `m` of year `y` has a day `d` (proleptic Gregorian).
fn valid_date(y: i64, m: u32, d: u32) -> bool {
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    (1..=12).contains(&m) && d >= 1 && d <= days[(m - 1) as usize]
}

/// `HH:MM[:SS[.ffffff]]`. PostgreSQL also reads `24:00:00` (with no more than
/// zeros after it) as the midnight that ends the day: the caller's arithmetic
/// carries it into the next day, as PostgreSQL does (`'2024-01-05
/// 24:00:00'::timestamp` is `2024-01-06 00:00:00`).
fn hms(s: &str) -> Option<(u32, u32, u32, &str)> {
    let (clock, frac) = s.split_once('.').unwrap_or((s, ""));
    let mut it = clock.split(':');
    let hh: u32 = it.next()?.parse().ok()?;
    let mm: u32 = it.next()?.parse().ok()?;
    let ss: u32 = it.next().map_or(Some(0), |x| x.parse().ok())?;
    let frac_ok = frac.len() <= 6 && frac.bytes().all(|b| b.is_ascii_digit());
    let end_of_day = hh == 24 && mm == 0 && ss == 0 && frac.bytes().all(|b| b == b'0');
    ((hh < 24 || end_of_day) && mm < 60 && ss < 60 && frac_ok && it.next().is_none())
        .then_some((hh, mm, ss, frac))
}

/// `+02`, `-05:30`, `+0530`, `Z`, `UTC` as minutes east of UTC.
fn offset(zone: &str) -> Option<i64> {
    if zone.eq_ignore_ascii_case("z") || zone.eq_ignore_ascii_case("utc") {
        return Some(0);
    }
    let (sign, rest) = match zone.as_bytes().first()? {
        b'+' => (1, &zone[1..]),
        b'-' => (-1, &zone[1..]),
        _ => return None,
    };
    let digits: String = rest.chars().filter(|c| *c != ':').collect();
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (h, m) = match digits.len() {
        1 | 2 => (digits.parse::<i64>().ok()?, 0),
        4 => (digits[..2].parse().ok()?, digits[2..].parse().ok()?),
        _ => return None,
    };
    Some(sign * (h * 60 + m))
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// A uuid in PostgreSQL's output form: lower case, hyphenated 8-4-4-4-12.
pub fn uuid(s: &str) -> Result<String, String> {
    let hex: String = s
        .trim()
        .trim_start_matches('{')
        .trim_end_matches('}')
        .chars()
        .filter(|c| *c != '-')
        .collect();
    if hex.len() != 32 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(format!("`{s}` is not a uuid"));
    }
    let h = hex.to_ascii_lowercase();
    Ok(format!(
        "{}-{}-{}-{}-{}",
        &h[..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..]
    ))
}

/// An array literal `{1,2,"a \"b\"",NULL,{3}}` as JSON text.
pub fn array_to_json(s: &str, elem: &DataType) -> Result<String, String> {
    let b = s.trim().as_bytes();
    let mut out = String::with_capacity(b.len() + 2);
    let mut i = 0;
    parse_array(b, &mut i, elem, &mut out)
        .ok_or_else(|| format!("`{s}` is not an array literal"))?;
    if i != b.len() {
        return Err(format!("`{s}` has text after the array"));
    }
    Ok(out)
}

fn parse_array(b: &[u8], i: &mut usize, elem: &DataType, out: &mut String) -> Option<()> {
    if b.get(*i) != Some(&b'{') {
        return None;
    }
    *i += 1;
    out.push('[');
    let mut first = true;
    loop {
        while b.get(*i).is_some_and(u8::is_ascii_whitespace) {
            *i += 1;
        }
        match b.get(*i)? {
            b'}' if first => {
                *i += 1;
                break;
            }
            _ => {}
        }
        if !first {
            out.push(',');
        }
        first = false;
        match b.get(*i)? {
            b'{' => parse_array(b, i, elem, out)?,
            b'"' => {
                *i += 1;
                let mut v = Vec::new();
                loop {
                    match *b.get(*i)? {
                        b'"' => break,
                        b'\\' => {
                            v.push(*b.get(*i + 1)?);
                            *i += 2;
                        }
                        c => {
                            v.push(c);
                            *i += 1;
                        }
                    }
                }
                *i += 1;
                element(&String::from_utf8(v).ok()?, elem, true, out)?;
            }
            _ => {
                let start = *i;
                while !matches!(b.get(*i)?, b',' | b'}') {
                    *i += 1;
                }
                let raw = std::str::from_utf8(&b[start..*i]).ok()?.trim();
                element(raw, elem, false, out)?;
            }
        }
        while b.get(*i).is_some_and(u8::is_ascii_whitespace) {
            *i += 1;
        }
        match b.get(*i)? {
            b',' => *i += 1,
            b'}' => {
                *i += 1;
                break;
            }
            _ => return None,
        }
    }
    out.push(']');
    Some(())
}

fn element(raw: &str, elem: &DataType, quoted: bool, out: &mut String) -> Option<()> {
    if !quoted && raw.eq_ignore_ascii_case("null") {
        out.push_str("null");
        return Some(());
    }
    match elem {
        DataType::SmallInt | DataType::Integer | DataType::BigInt => {
            out.push_str(&integer(raw).ok()?)
        }
        DataType::Real | DataType::Double | DataType::Numeric(..) => {
            out.push_str(&number(raw).ok()?)
        }
        DataType::Boolean => out.push_str(if boolean(raw).ok()? { "true" } else { "false" }),
        _ => json_string(raw, out),
    }
    Some(())
}

/// Appends `s` as a JSON string.
pub fn json_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;

    #[test]
    fn booleans_accept_postgres_spellings() {
        for t in ["t", "TRUE", "y", "yes", "on", "1", " tr "] {
            assert_eq!(boolean(t), Ok(true), "{t}");
        }
        for f in ["f", "False", "n", "no", "off", "0", "fal"] {
            assert_eq!(boolean(f), Ok(false), "{f}");
        }
        assert!(boolean("o").is_err());
        assert!(boolean("maybe").is_err());
        assert!(boolean("").is_err());
    }

    #[test]
    fn numbers_are_validated_and_normalized() {
        assert_eq!(integer(" +42 ").unwrap(), "42");
        assert!(integer("4 2").is_err());
        assert!(integer("1); DROP TABLE t; --").is_err());
        assert_eq!(number(".5").unwrap(), "0.5");
        assert_eq!(number("-5.").unwrap(), "-5");
        assert_eq!(number("1.5e3").unwrap(), "1.5e3");
        assert!(number("NaN").is_err());
        assert!(number("Infinity").is_err());
        assert!(number("1e").is_err());
    }

    #[test]
    fn dates_with_slashes_and_short_fields() {
        assert_eq!(
            timestamp("1962/2/18", false).as_deref(),
            Ok("1962-02-18 00:00:00")
        );
        assert_eq!(
            timestamp("2021-1-6 7:05", false).as_deref(),
            Ok("2021-01-06 07:05:00")
        );
        assert!(timestamp("2021/13/1", false).is_err());
        assert!(timestamp("2021/1/123", false).is_err());
        assert!(timestamp("21/1/1", false).is_err());
    }

    #[test]
    fn timestamps_with_offsets_become_utc() {
        assert_eq!(
            timestamp("2024-01-05 10:00:00+02", true).unwrap(),
            "2024-01-05 08:00:00"
        );
        assert_eq!(
            timestamp("2024-01-01 01:30:00.250-05:30", true).unwrap(),
            "2024-01-01 07:00:00.25"
        );
        assert_eq!(
            timestamp("2024-03-01 00:30:00+01", true).unwrap(),
            "2024-02-29 23:30:00"
        );
        assert_eq!(
            timestamp("1969-12-31T23:00:00Z", true).unwrap(),
            "1969-12-31 23:00:00"
        );
        // Without a time zone, PostgreSQL ignores the offset.
        assert_eq!(
            timestamp("2024-01-05 10:00:00+02", false).unwrap(),
            "2024-01-05 10:00:00"
        );
        assert_eq!(
            timestamp("2024-01-05", false).unwrap(),
            "2024-01-05 00:00:00"
        );
        assert!(timestamp("2024-02-30 00:00:00", false).is_err());
        // The midnight that ends a day is the next day's first instant, also
        // across a month, a year and an offset; a moment past it is refused,
        // as PostgreSQL refuses it.
        for (text, tz, stored) in [
            ("2024-01-05 24:00:00", false, "2024-01-06 00:00:00"),
            ("2024-02-29 24:00", false, "2024-03-01 00:00:00"),
            ("2024-12-31 24:00:00.000", false, "2025-01-01 00:00:00"),
            ("2024-01-05 24:00:00+02", true, "2024-01-05 22:00:00"),
        ] {
            assert_eq!(timestamp(text, tz).unwrap(), stored, "{text}");
        }
        for text in [
            "2024-01-05 24:00:01",
            "2024-01-05 24:01:00",
            "2024-01-05 24:00:00.5",
            "2024-01-05 25:00:00",
        ] {
            assert!(timestamp(text, false).is_err(), "{text}");
        }
        assert!(timestamp("infinity", true).is_err());
    }

    #[test]
    fn bytea_hex_and_escape_formats() {
        assert_eq!(bytea("\\x0aff").unwrap(), vec![0x0a, 0xff]);
        assert_eq!(bytea("a\\\\b\\001").unwrap(), b"a\\b\x01".to_vec());
        assert!(bytea("\\x0").is_err());
        assert!(bytea("\\9").is_err());
    }

    #[test]
    fn arrays_become_json() {
        assert_eq!(
            array_to_json("{1,2,NULL}", &DataType::Integer).unwrap(),
            "[1,2,null]"
        );
        assert_eq!(
            array_to_json(r#"{a,"b c","say \"hi\"",NULL,"NULL"}"#, &DataType::Text).unwrap(),
            r#"["a","b c","say \"hi\"",null,"NULL"]"#
        );
        assert_eq!(
            array_to_json("{{1,2},{3,4}}", &DataType::Integer).unwrap(),
            "[[1,2],[3,4]]"
        );
        assert_eq!(array_to_json("{}", &DataType::Text).unwrap(), "[]");
        assert_eq!(
            array_to_json("{t,f}", &DataType::Boolean).unwrap(),
            "[true,false]"
        );
        assert!(array_to_json("{1,x}", &DataType::Integer).is_err());
        assert!(array_to_json("{1,2", &DataType::Integer).is_err());
    }

    #[test]
    fn uuids_are_canonical() {
        assert_eq!(
            uuid("{A0EEBC99-9C0B4EF8BB6D6BB9BD380A11}").unwrap(),
            "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"
        );
        assert!(uuid("xyz").is_err());
    }
}
