//! Small builders shared by the date and time rules (`interval`, `extract`,
//! `date_trunc`, `to_char`, `date_functions`): they make the target expressions
//! those rules emit.

use super::column_types::ColumnTypes;
use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{BinOp, DataType, Expr, ExprKind, IntervalUnit, Literal, UnOp};
use crate::span::Span;
use crate::target::Dialect;

pub use super::build::{bin as binary, call, int, text as string};

pub fn nested(e: Expr) -> Expr {
    let span = e.span;
    match e.kind {
        ExprKind::Nested(_) | ExprKind::Column(_) | ExprKind::Literal(_) | ExprKind::Func(_) => e,
        kind => Expr::new(ExprKind::Nested(Expr::new(kind, span).boxed()), span),
    }
}

/// SQLite's date modifier for `amount` units, subtracted when `minus`:
/// `(n) || ' days'`, `(-(n)) || ' days'`.
pub fn sqlite_modifier(amount: Expr, minus: bool, unit: &str) -> Expr {
    let span = amount.span;
    let amount = nested(amount);
    let signed = if minus {
        nested(Expr::new(
            ExprKind::Unary {
                op: UnOp::Minus,
                expr: amount.boxed(),
            },
            span,
        ))
    } else {
        amount
    };
    binary(BinOp::Concat, signed, string(&format!(" {unit}"), span))
}

/// SQLite's `datetime(args…)` (or `time(args…)`) that keeps the fraction of a
/// second as PostgreSQL prints it: `datetime()` and `time()` drop it, and
/// `strftime('%f')` always prints three decimals, so the trailing zeros and
/// then a bare point are trimmed:
/// `rtrim(rtrim(strftime('%Y-%m-%d %H:%M:%f', args…), '0'), '.')` gives
/// `2024-01-05 10:00:00.5` and `2024-01-05 10:00:00`. SQLite counts time in
/// milliseconds, so a finer fraction is rounded to the millisecond
/// (`sqlite_fraction_lost` says when a literal has one).
pub fn sqlite_datetime(args: Vec<Expr>, time: bool, span: Span) -> Expr {
    let format = if time {
        "%H:%M:%f"
    } else {
        "%Y-%m-%d %H:%M:%f"
    };
    let mut strftime_args = vec![string(format, span)];
    strftime_args.extend(args);
    let zeros = call(
        "rtrim",
        vec![call("strftime", strftime_args, span), string("0", span)],
        span,
    );
    call("rtrim", vec![zeros, string(".", span)], span)
}

/// Whether a literal time or timestamp (or a decimal count of seconds, for
/// `to_timestamp`) has digits past the millisecond, which SQLite rounds away
/// (`sqlite_datetime`).
pub fn sqlite_fraction_lost(x: &Expr) -> bool {
    let text = match &x.kind {
        ExprKind::Literal(Literal::Decimal(d)) => d.as_str(),
        _ => match x.as_str_literal() {
            Some(s) => s,
            None => return false,
        },
    };
    text.split_once('.').is_some_and(|(_, fraction)| {
        fraction
            .bytes()
            .take_while(u8::is_ascii_digit)
            .skip(3)
            .any(|d| d != b'0')
    })
}

/// Warns (PGS0255) when `x` is a column declared `timestamp` or `time` and the
/// target is SQLite: PostgreSQL keeps such a column to the microsecond (a
/// `pg_dump` of it does), and SQLite's date functions round what they read to
/// the millisecond. A column the statement leaves in doubt, or one read without
/// a schema, is not known to be one and is not reported.
pub fn sqlite_column_fraction(x: &Expr, types: &ColumnTypes, cx: &mut RuleCx) {
    if cx.target.dialect != Dialect::Sqlite {
        return;
    }
    let ExprKind::Column(path) = &unnest(x).kind else {
        return;
    };
    if let Some(DataType::Timestamp { .. } | DataType::Time { .. }) = types.type_of(x) {
        let name = path.last().map_or("", |i| i.name.as_str());
        cx.report(
            Code::FractionalSecondsDropped,
            x.span,
            format!("`{name}` keeps microseconds in PostgreSQL; SQLite's date functions round them to the millisecond"),
        );
    }
}

/// A MySQL DATETIME(6) or TIME(6) as PostgreSQL prints a timestamp or time as
/// text: MySQL's own text always has six decimals (`10:15:30.500000`), and
/// PostgreSQL's has none for a whole second and no trailing zeros (`10:15:30.5`):
/// `CASE WHEN MICROSECOND(x) = 0 THEN DATE_FORMAT(x, '%Y-%m-%d %H:%i:%s')
/// ELSE TRIM(TRAILING '0' FROM DATE_FORMAT(x, '%Y-%m-%d %H:%i:%s.%f')) END`
/// (`TIME_FORMAT` and `%H:%i:%s` for a time).
pub fn mysql_time_text(x: Expr, time: bool) -> Expr {
    let span = x.span;
    let (format, whole, fraction) = if time {
        ("TIME_FORMAT", "%H:%i:%s", "%H:%i:%s.%f")
    } else {
        ("DATE_FORMAT", "%Y-%m-%d %H:%i:%s", "%Y-%m-%d %H:%i:%s.%f")
    };
    let whole_second = binary(
        BinOp::Eq,
        call("MICROSECOND", vec![x.clone()], span),
        int(0, span),
    );
    let plain = call(format, vec![x.clone(), string(whole, span)], span);
    let with_fraction = call(format, vec![x, string(fraction, span)], span);
    // rtrim(s, '0') prints as MySQL's TRIM(TRAILING '0' FROM s).
    let trimmed = call("rtrim", vec![with_fraction, string("0", span)], span);
    super::build::if_else(whole_second, plain, trimmed)
}

/// `CAST(x AS INTEGER)` as SQLite reads it.
pub fn sqlite_int(x: Expr) -> Expr {
    let span = x.span;
    Expr::new(
        ExprKind::Cast {
            expr: x.boxed(),
            ty: DataType::SqliteInteger,
        },
        span,
    )
}

/// `CAST(strftime('<fmt>', x) AS INTEGER)` (SQLite).
pub fn strftime_int(fmt: &str, x: Expr) -> Expr {
    let span = x.span;
    sqlite_int(call("strftime", vec![string(fmt, span), x], span))
}

/// A PostgreSQL cast to `timestamp`, which the `cast` rule makes target-aware;
/// an expression already of that type is returned as it is.
pub fn as_timestamp(x: Expr) -> Expr {
    if matches!(x.static_type(), Some(DataType::Timestamp { .. })) {
        return x;
    }
    let span = x.span;
    Expr::new(
        ExprKind::PgCast {
            expr: x.boxed(),
            ty: DataType::Timestamp { tz: false },
        },
        span,
    )
}

/// MySQL `INTERVAL amount UNIT`.
pub fn interval_amount(amount: Expr, unit: IntervalUnit) -> Expr {
    let span = amount.span;
    Expr::new(
        ExprKind::IntervalAmount {
            amount: nested(amount).boxed(),
            unit,
        },
        span,
    )
}

/// Strips parentheses.
pub fn unnest(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Nested(inner) => unnest(inner),
        _ => e,
    }
}

/// Takes the expression out of `slot`, leaving a NULL literal in its place.
pub fn take(slot: &mut Expr) -> Expr {
    let span = slot.span;
    std::mem::replace(slot, Expr::new(ExprKind::Literal(Literal::Null), span))
}

/// The lower-case field and the value of `function('field', x)` (`date_part`,
/// `date_trunc`), the value taken out of the call. `None` when `e` is another
/// expression, and also, after reporting why, when the call has another shape.
pub fn field_call(
    e: &mut Expr,
    function: &str,
    shape: &str,
    cx: &mut super::RuleCx,
) -> Option<(String, Expr)> {
    let span = e.span;
    let ExprKind::Func(f) = &mut e.kind else {
        return None;
    };
    if f.plain_name() != Some(function) || f.over.is_some() {
        return None;
    }
    let [field, x] = f.args.as_mut_slice() else {
        cx.report(crate::diagnostics::Code::DateFieldUnsupported, span, shape);
        return None;
    };
    let Some(name) = field.as_str_literal().map(str::to_ascii_lowercase) else {
        cx.report(
            crate::diagnostics::Code::DateFieldUnsupported,
            field.span,
            "the field must be a string literal",
        );
        return None;
    };
    Some((name, take(x)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fraction_past_the_millisecond_is_lost() {
        let lost = |s: &str| sqlite_fraction_lost(&string(s, Span::default()));
        assert!(!lost("2024-01-05 10:00:00"));
        assert!(!lost("2024-01-05 10:00:00.125"));
        assert!(
            !lost("10:00:00.500000"),
            "trailing zeros are not digits lost"
        );
        assert!(lost("2024-01-05 10:00:00.1234"));
        assert!(lost("10:00:00.000001+02"));
        assert!(!sqlite_fraction_lost(&int(5, Span::default())));
    }
}
