//! The COPY fast path's reading of the one timestamp layout pg_dump writes.
//!
//! ```text
//! raw field                          column         printed (between quotes)
//! 2017-08-04 21:44:47.697446+05:30   timestamptz    2017-08-04 16:14:47.697446
//! 2024-03-01 00:30:00+01             timestamptz    2024-02-29 23:30:00
//! 2024-01-05 10:00:00.500000-05      timestamp      2024-01-05 10:00:00.5
//! ```
//!
//! `YYYY-MM-DD HH:MM:SS[.f…]` with an optional `±HH[:MM]` offset, read at
//! fixed positions. Its digits are checked once, where they are read; the
//! date and the time of day are copied from the input where the offset does
//! not change them, and the day moves by one (without a day count) where the
//! offset crosses midnight. Anything else, a shift of more than a day
//! included, is left to the general reading (`pgtext::timestamp`), which
//! prints the same text for every value this reads: the tests of `fast.rs`
//! and below compare the two.
//!
//! Fidelity: exact, by construction.
//! <https://www.postgresql.org/docs/current/datatype-datetime.html#DATATYPE-DATETIME-OUTPUT>

/// Minutes in a day.
const DAY: i32 = 24 * 60;

/// Appends `s`'s timestamp as the targets store it, `YYYY-MM-DD
/// HH:MM:SS[.ffffff]` (shifted to UTC when `tz`, the fraction without its
/// trailing zeros), read from the start of `s` in pg_dump's layout. Returns
/// how many bytes it read; the caller checks that the value ends there.
/// `None` for any other text (`out` may then hold part of it).
pub fn write(s: &str, tz: bool, out: &mut String) -> Option<usize> {
    let b = s.as_bytes();
    let head: &[u8; 19] = b.get(..19)?.try_into().ok()?;
    let layout = head[4] == b'-'
        && head[7] == b'-'
        && head[10] == b' '
        && head[13] == b':'
        && head[16] == b':';
    if !layout {
        return None;
    }
    let two = |i: usize| num2(head[i], head[i + 1]);
    let (y, m, d) = (two(0)? * 100 + two(2)?, two(5)?, two(8)?);
    let (hh, mm, ss) = (two(11)?, two(14)?, two(17)?);
    // Year 0 is left to the general reading, which refuses it unless an
    // offset moves it into year 1.
    if y == 0 || !(1..=12).contains(&m) || d == 0 || d > days_in(y, m) {
        return None;
    }
    if hh >= 24 || mm >= 60 || ss >= 60 {
        return None;
    }
    let mut at = 19;
    // Where the printed text of the input ends: the fraction without its
    // trailing zeros, and without its point when nothing is left.
    let mut kept = 19;
    if b.get(at) == Some(&b'.') {
        let digits = &b[at + 1..];
        let n = digits
            .iter()
            .take(7)
            .take_while(|c| c.is_ascii_digit())
            .count();
        if !(1..=6).contains(&n) {
            return None;
        }
        let significant = n - digits[..n].iter().rev().take_while(|&&c| c == b'0').count();
        if significant > 0 {
            kept = at + 1 + significant;
        }
        at += 1 + n;
    }
    let mut east = 0;
    if let Some(&sign @ (b'+' | b'-')) = b.get(at) {
        let hours = num2(*b.get(at + 1)?, *b.get(at + 2)?)?;
        at += 3;
        let mut minutes = 0;
        if b.get(at) == Some(&b':') {
            minutes = num2(*b.get(at + 1)?, *b.get(at + 2)?)?;
            at += 3;
        }
        east = hours * 60 + minutes;
        if sign == b'-' {
            east = -east;
        }
    }
    // Without a time zone, PostgreSQL ignores the offset.
    let minutes = (hh * 60 + mm) - if tz { east } else { 0 };
    // Every byte up to `kept` is checked ASCII, so every index below is a
    // char boundary.
    if minutes == hh * 60 + mm {
        // No shift: the text as it is.
        out.push_str(s.get(..kept)?);
    } else if (0..DAY).contains(&minutes) {
        // The same day: only the hour and the minute change.
        out.push_str(s.get(..11)?);
        out.push_str(clock(minutes)?);
        out.push_str(s.get(16..kept)?);
    } else {
        let (y, m, d) = if minutes < 0 {
            if minutes < -DAY {
                return None;
            }
            previous_day(y, m, d)
        } else {
            if minutes >= 2 * DAY {
                return None;
            }
            next_day(y, m, d)
        };
        if !(1..=9999).contains(&y) {
            return None;
        }
        for (part, then) in [(y / 100, ""), (y % 100, "-"), (m, "-"), (d, " ")] {
            out.push_str(pair(part)?);
            out.push_str(then);
        }
        out.push_str(clock(minutes.rem_euclid(DAY))?);
        out.push_str(s.get(16..kept)?);
    }
    Some(at)
}

/// Two ASCII digits as a number.
fn num2(hi: u8, lo: u8) -> Option<i32> {
    let (hi, lo) = (hi.wrapping_sub(b'0'), lo.wrapping_sub(b'0'));
    (hi < 10 && lo < 10).then(|| i32::from(hi) * 10 + i32::from(lo))
}

/// `00` to `99`, back to back.
const PAIRS: &str = match std::str::from_utf8(&PAIR_BYTES) {
    Ok(text) => text,
    Err(_) => "",
};
const PAIR_BYTES: [u8; 200] = {
    let mut text = [0; 200];
    let mut v = 0;
    while v < 100 {
        text[2 * v] = b'0' + (v / 10) as u8;
        text[2 * v + 1] = b'0' + (v % 10) as u8;
        v += 1;
    }
    text
};

/// `HH:MM` for every minute of a day, back to back.
const CLOCK: &str = match std::str::from_utf8(&CLOCK_BYTES) {
    Ok(text) => text,
    Err(_) => "",
};
const CLOCK_BYTES: [u8; 5 * DAY as usize] = {
    let mut text = [0; 5 * DAY as usize];
    let mut minute = 0;
    while minute < DAY as usize {
        let (hh, mm) = (minute / 60, minute % 60);
        let at = 5 * minute;
        text[at] = PAIR_BYTES[2 * hh];
        text[at + 1] = PAIR_BYTES[2 * hh + 1];
        text[at + 2] = b':';
        text[at + 3] = PAIR_BYTES[2 * mm];
        text[at + 4] = PAIR_BYTES[2 * mm + 1];
        minute += 1;
    }
    text
};

/// `v` (0 to 99) as two digits.
fn pair(v: i32) -> Option<&'static str> {
    let at = usize::try_from(v).ok()? * 2;
    PAIRS.get(at..at + 2)
}

/// `HH:MM` for `minutes` (0 to a day) after midnight.
fn clock(minutes: i32) -> Option<&'static str> {
    let at = usize::try_from(minutes).ok()? * 5;
    CLOCK.get(at..at + 5)
}

/// The days of month `m` (1 to 12) of year `y` (proleptic Gregorian).
fn days_in(y: i32, m: i32) -> i32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The day after a valid date.
fn next_day(y: i32, m: i32, d: i32) -> (i32, i32, i32) {
    if d < days_in(y, m) {
        (y, m, d + 1)
    } else if m < 12 {
        (y, m + 1, 1)
    } else {
        (y + 1, 1, 1)
    }
}

/// The day before a valid date.
fn previous_day(y: i32, m: i32, d: i32) -> (i32, i32, i32) {
    if d > 1 {
        (y, m, d - 1)
    } else if m > 1 {
        (y, m - 1, days_in(y, m - 1))
    } else {
        (y - 1, 12, 31)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;
    use crate::pgtext;

    /// This reading, or `None` where it gives up or the value does not end
    /// where it stops.
    fn fast(s: &str, tz: bool) -> Option<String> {
        let mut out = String::new();
        let end = write(s, tz, &mut out)?;
        (end == s.len()).then_some(out)
    }

    /// Every text this reads, it prints as the general reading does.
    fn same(s: &str) -> bool {
        let mut taken = false;
        for tz in [true, false] {
            if let Some(fast) = fast(s, tz) {
                assert_eq!(Ok(fast), pgtext::timestamp(s, tz), "{s:?} (tz: {tz})");
                taken = true;
            }
        }
        taken
    }

    #[test]
    fn the_digit_tables() {
        assert_eq!(pair(0), Some("00"));
        assert_eq!(pair(7), Some("07"));
        assert_eq!(pair(99), Some("99"));
        assert_eq!(pair(100), None);
        assert_eq!(clock(0), Some("00:00"));
        assert_eq!(clock(61), Some("01:01"));
        assert_eq!(clock(DAY - 1), Some("23:59"));
        assert_eq!(clock(DAY), None);
        assert_eq!(clock(-1), None);
    }

    #[test]
    fn offsets_that_cross_midnight_both_ways() {
        for s in [
            "2024-03-01 00:30:00+01",
            "2024-02-29 23:30:00-01",
            "2023-03-01 00:30:00+01",
            "2023-02-28 23:30:00-01",
            "2100-03-01 00:00:00+00:01",
            "2000-02-28 23:59:59.999999-00:01",
            "2024-12-31 23:30:00-01",
            "2025-01-01 00:30:00+01",
            "2024-04-30 20:00:00-05:30",
            "2024-05-01 03:00:00+05:30",
            "2024-01-31 16:00:00-09",
            "9999-12-31 23:59:59+00",
            "0001-01-01 00:00:00",
            "0001-01-01 12:00:00+12",
            "2024-06-15 12:00:00+15:59",
            "2024-06-15 12:00:00-11:59",
        ] {
            assert!(same(s), "{s:?} is read");
        }
        assert_eq!(
            fast("2024-02-29 23:30:00-01", true).unwrap(),
            "2024-03-01 00:30:00"
        );
        assert_eq!(
            fast("2025-01-01 00:30:00.250+01", true).unwrap(),
            "2024-12-31 23:30:00.25"
        );
    }

    #[test]
    fn values_left_to_the_general_reading() {
        for s in [
            // Past the targets' years, or a shift of more than a day.
            "9999-12-31 23:30:00-01",
            "0001-01-01 00:30:00+01",
            "0000-12-31 23:30:00-01",
            "2024-06-15 01:00:00+99:99",
            // Not pg_dump's layout, or not a date.
            "2024-02-30 00:00:00",
            "2023-02-29 00:00:00",
            "2024-13-01 00:00:00",
            "2024-00-01 00:00:00",
            "2024-01-00 00:00:00",
            "2024-01-05 24:00:00",
            "2024-01-05 23:60:00",
            "2024-01-05 23:59:60",
            "2024-01-05 10:00:00.1234567",
            "2024-01-05 10:00:00.",
            "0044-03-15 12:00:00 BC",
            "10000-01-01 00:00:00",
            "2024-01-05 10:00",
        ] {
            assert!(fast(s, true).is_none(), "{s:?} is left");
        }
        assert!(pgtext::timestamp("0001-01-01 00:30:00+01", true).is_err());
    }

    /// Every date of the years around 2000 (a leap year that is a multiple
    /// of 100), of 1900 and 2100 (which are not leap years) and of the first
    /// and last years, at times around midnight, with offsets of every kind.
    #[test]
    fn every_day_and_offset_against_the_general_reading() {
        let offsets = [
            "", "+00", "+01", "-01", "+05:30", "-03:30", "+14", "-12", "+00:01", "-00:01",
        ];
        let times = [
            "00:00:00",
            "00:59:59.5",
            "12:00:00.000001",
            "23:00:00",
            "23:59:59.123450",
        ];
        let years = (1999..=2001).chain([1, 1900, 2100, 9999]);
        let mut read = 0;
        for y in years {
            for m in 1..=12 {
                for d in 1..=days_in(y, m) {
                    for t in times {
                        for o in offsets {
                            read += usize::from(same(&format!("{y:04}-{m:02}-{d:02} {t}{o}")));
                        }
                    }
                }
            }
        }
        // Only year 1's first hours and year 9999's last ones leave the range.
        assert!(read > 120_000, "{read}");
    }
}
