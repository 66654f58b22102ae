//! Interval literals: `INTERVAL '1 day 2 hours'`, `'30 days'::interval`, `INTERVAL '1' DAY`.
//!
//! The text is parsed here, as PostgreSQL's interval input does, into the three
//! parts PostgreSQL stores: months, days and microseconds. Fractions cascade
//! down as in PostgreSQL (`1.5 months` is 1 month 15 days, `1.5 days` is 1 day
//! 12 hours). ISO 8601 (`P1D`) and SQL-standard (`1-2`) forms are not accepted.

use crate::ir::Interval;

/// Fixed-point amounts carry six decimal places.
const SCALE: i128 = 1_000_000;
const MICROS_PER_DAY: i128 = 86_400 * SCALE;

/// A PostgreSQL interval unit, as a multiple of a base part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// This many microseconds.
    Micros(i128),
    /// This many days.
    Days(i128),
    /// This many months.
    Months(i128),
}

/// A unit's name in PostgreSQL's interval input, case-insensitively.
pub fn unit(name: &str) -> Option<Unit> {
    Some(match name.to_ascii_lowercase().as_str() {
        "microsecond" | "microseconds" | "us" | "usec" | "usecs" => Unit::Micros(1),
        "millisecond" | "milliseconds" | "ms" | "msec" | "msecs" => Unit::Micros(1_000),
        "second" | "seconds" | "s" | "sec" | "secs" => Unit::Micros(SCALE),
        "minute" | "minutes" | "m" | "min" | "mins" => Unit::Micros(60 * SCALE),
        "hour" | "hours" | "h" | "hr" | "hrs" => Unit::Micros(3_600 * SCALE),
        "day" | "days" | "d" => Unit::Days(1),
        "week" | "weeks" | "w" => Unit::Days(7),
        "month" | "months" | "mon" | "mons" => Unit::Months(1),
        "year" | "years" | "y" | "yr" | "yrs" => Unit::Months(12),
        "decade" | "decades" => Unit::Months(120),
        "century" | "centuries" => Unit::Months(1_200),
        "millennium" | "millennia" => Unit::Months(12_000),
        _ => return None,
    })
}

/// Parses a decimal such as `-1.5` into millionths.
fn fixed(text: &str) -> Option<i128> {
    let (negative, digits) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let ok = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && frac.is_empty()) || !ok(whole) || !ok(frac) || whole.len() > 12 {
        return None;
    }
    if frac.len() > 6 {
        return None;
    }
    let whole: i128 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let mut f: i128 = if frac.is_empty() {
        0
    } else {
        frac.parse().ok()?
    };
    for _ in frac.len()..6 {
        f *= 10;
    }
    let v = whole * SCALE + f;
    Some(if negative { -v } else { v })
}

/// Parts accumulated while reading, in wide integers.
#[derive(Default)]
struct Acc {
    months: i128,
    days: i128,
    micros: i128,
}

impl Acc {
    /// Adds `amount` (in millionths) of `unit`, cascading fractions downwards.
    fn add(&mut self, amount: i128, unit: Unit) -> Result<(), String> {
        match unit {
            Unit::Micros(per) => {
                let micros = amount * per;
                if micros % SCALE != 0 {
                    return Err("fractions of a microsecond".into());
                }
                self.micros += micros / SCALE;
            }
            Unit::Days(per) => {
                let v = amount * per;
                self.days += v / SCALE;
                self.micros += (v % SCALE) * MICROS_PER_DAY / SCALE;
            }
            Unit::Months(per) => {
                let v = amount * per;
                self.months += v / SCALE;
                // A fraction of a month is 30 days, as in PostgreSQL.
                self.add((v % SCALE) * 30, Unit::Days(1))?;
            }
        }
        Ok(())
    }

    /// `hh:mm[:ss[.ffffff]]`, with an optional sign.
    fn add_clock(&mut self, token: &str) -> Result<(), String> {
        let (negative, body) = match token.as_bytes().first() {
            Some(b'-') => (true, &token[1..]),
            Some(b'+') => (false, &token[1..]),
            _ => (false, token),
        };
        let parts: Vec<&str> = body.split(':').collect();
        let bad = || format!("`{token}` is not a time of day");
        if parts.len() < 2 || parts.len() > 3 {
            return Err(bad());
        }
        let whole = |s: &str| -> Result<i128, String> {
            if s.is_empty() || s.len() > 9 || !s.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            s.parse::<i128>().map_err(|_| bad())
        };
        let hours = whole(parts[0])?;
        let minutes = whole(parts[1])?;
        let seconds = match parts.get(2) {
            Some(s) => fixed(s).filter(|v| *v >= 0).ok_or_else(bad)?,
            None => 0,
        };
        let total = (hours * 3_600 + minutes * 60) * SCALE + seconds;
        self.micros += if negative { -total } else { total };
        Ok(())
    }
}

/// Parses PostgreSQL interval text. `leading` is the unit of `INTERVAL '1' DAY`,
/// which a bare number takes; without it a bare number is seconds.
pub fn parse(text: &str, leading: Option<Unit>) -> Result<Interval, String> {
    let mut tokens: Vec<&str> = text.split_whitespace().collect();
    let ago = tokens.last().is_some_and(|t| t.eq_ignore_ascii_case("ago"));
    if ago {
        tokens.pop();
    }
    if tokens.is_empty() {
        return Err("an empty interval".into());
    }
    let mut acc = Acc::default();
    let mut i = 0;
    while i < tokens.len() {
        let token = tokens[i];
        if token.contains(':') {
            acc.add_clock(token)?;
            i += 1;
            continue;
        }
        let amount = fixed(token).ok_or_else(|| format!("`{token}` is not a number"))?;
        let unit = match tokens.get(i + 1) {
            Some(name) => {
                i += 1;
                unit(name).ok_or_else(|| format!("`{name}` is not an interval unit"))?
            }
            None => leading.unwrap_or(Unit::Micros(SCALE)),
        };
        acc.add(amount, unit)?;
        i += 1;
    }
    let sign = if ago { -1 } else { 1 };
    let narrow =
        |v: i128| i64::try_from(v * sign).map_err(|_| "an interval out of range".to_string());
    Ok(Interval {
        months: narrow(acc.months)?,
        days: narrow(acc.days)?,
        micros: narrow(acc.micros)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iv(months: i64, days: i64, micros: i64) -> Result<Interval, String> {
        Ok(Interval {
            months,
            days,
            micros,
        })
    }

    #[test]
    fn parses_postgres_forms() {
        assert_eq!(parse("30 days", None), iv(0, 30, 0));
        assert_eq!(parse("1 day 2 hours", None), iv(0, 1, 7_200_000_000));
        assert_eq!(parse("1 year 2 mons", None), iv(14, 0, 0));
        assert_eq!(parse("1.5 months", None), iv(1, 15, 0));
        assert_eq!(parse("1.5 days", None), iv(0, 1, 43_200_000_000));
        assert_eq!(parse("1 day 01:30:00", None), iv(0, 1, 5_400_000_000));
        assert_eq!(parse("-1 day", None), iv(0, -1, 0));
        assert_eq!(parse("2 weeks ago", None), iv(0, -14, 0));
        assert_eq!(parse("1", Some(Unit::Days(1))), iv(0, 1, 0));
        assert_eq!(parse("90", None), iv(0, 0, 90_000_000));
        assert_eq!(parse("0.5 seconds", None), iv(0, 0, 500_000));
        assert!(parse("P1D", None).is_err());
        assert!(parse("1 fortnight", None).is_err());
        assert!(parse("", None).is_err());
        assert!(parse("99999999999999 years", None).is_err());
    }
}
