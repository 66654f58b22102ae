//! Expressions.

use super::{types, Cx, Lower};
use crate::diagnostics::{Code, Diagnostic};
use crate::ir::{self, BinOp, Expr, ExprKind, FuncCall, LikeMode, Literal, UnOp, ValueFunction};
use sqlparser::ast;

/// Lowers an expression. A chain of binary operators (`a + b + ... + z`, which
/// sqlparser builds left-deep) is lowered along its left spine in a loop, so that
/// a long chain costs no stack; only the right operands recurse.
pub fn expr(cx: &mut Cx, e: &ast::Expr) -> Lower<Expr> {
    let mut spine = Vec::new();
    let mut leftmost = e;
    while let ast::Expr::BinaryOp { left, .. } = leftmost {
        spine.push(leftmost);
        leftmost = left;
    }
    let mut acc = expr_node(cx, leftmost)?;
    for node in spine.into_iter().rev() {
        let ast::Expr::BinaryOp { right, .. } = node else {
            continue;
        };
        let right = expr(cx, right)?;
        acc = binary(cx, node, acc, right)?;
    }
    Ok(acc)
}

/// Lowers one expression that is not a binary operator.
#[inline(never)]
fn expr_node(cx: &mut Cx, e: &ast::Expr) -> Lower<Expr> {
    // Composite nodes take their span from their lowered children where they can:
    // asking sqlparser for the span of a deep tree at every level would walk it again and again.
    let span = match e {
        ast::Expr::Identifier(id) => cx.span(id.span),
        ast::Expr::Value(v) => cx.span(v.span),
        _ => cx.span_of(e),
    };
    let kind = match e {
        // a → Column([a]).
        ast::Expr::Identifier(id) => ExprKind::Column(vec![cx.ident(id)]),
        // t.a → Column([t, a]).
        ast::Expr::CompoundIdentifier(ids) => {
            ExprKind::Column(ids.iter().map(|i| cx.ident(i)).collect())
        }
        ast::Expr::Value(v) => return value(cx, &v.value, span),
        ast::Expr::UnaryOp { op, expr: inner } => {
            let op = match op {
                ast::UnaryOperator::Not => UnOp::Not,
                ast::UnaryOperator::Minus => UnOp::Minus,
                ast::UnaryOperator::Plus => UnOp::Plus,
                other => return cx.unsupported(span, format!("the operator `{other}`")),
            };
            ExprKind::Unary {
                op,
                expr: expr(cx, inner)?.boxed(),
            }
        }
        ast::Expr::Nested(inner) => ExprKind::Nested(expr(cx, inner)?.boxed()),
        ast::Expr::IsNull(x) => ExprKind::IsNull {
            expr: expr(cx, x)?.boxed(),
            negated: false,
        },
        ast::Expr::IsNotNull(x) => ExprKind::IsNull {
            expr: expr(cx, x)?.boxed(),
            negated: true,
        },
        ast::Expr::IsTrue(x) => is_bool(cx, x, Some(true), false)?,
        ast::Expr::IsNotTrue(x) => is_bool(cx, x, Some(true), true)?,
        ast::Expr::IsFalse(x) => is_bool(cx, x, Some(false), false)?,
        ast::Expr::IsNotFalse(x) => is_bool(cx, x, Some(false), true)?,
        ast::Expr::IsUnknown(x) => is_bool(cx, x, None, false)?,
        ast::Expr::IsNotUnknown(x) => is_bool(cx, x, None, true)?,
        ast::Expr::IsDistinctFrom(a, b) => ExprKind::IsDistinctFrom {
            left: expr(cx, a)?.boxed(),
            right: expr(cx, b)?.boxed(),
            negated: false,
        },
        ast::Expr::IsNotDistinctFrom(a, b) => ExprKind::IsDistinctFrom {
            left: expr(cx, a)?.boxed(),
            right: expr(cx, b)?.boxed(),
            negated: true,
        },
        // x LIKE p and x ILIKE p → Like, with PostgreSQL's case rule in the mode.
        ast::Expr::Like {
            negated,
            any: false,
            expr: x,
            pattern,
            escape_char,
        }
        | ast::Expr::ILike {
            negated,
            any: false,
            expr: x,
            pattern,
            escape_char,
        } => {
            let mode = if matches!(e, ast::Expr::ILike { .. }) {
                LikeMode::ILike
            } else {
                LikeMode::Like
            };
            like(cx, x, pattern, escape_char.as_deref(), *negated, mode)?
        }
        ast::Expr::InList {
            expr: x,
            list,
            negated,
        } => ExprKind::InList {
            expr: expr(cx, x)?.boxed(),
            list: list.iter().map(|i| expr(cx, i)).collect::<Lower<_>>()?,
            negated: *negated,
        },
        ast::Expr::InSubquery {
            expr: x,
            subquery,
            negated,
        } => ExprKind::InSubquery {
            expr: expr(cx, x)?.boxed(),
            query: Box::new(super::query::query(cx, subquery)?),
            negated: *negated,
        },
        ast::Expr::Between {
            expr: x,
            negated,
            low,
            high,
        } => ExprKind::Between {
            expr: expr(cx, x)?.boxed(),
            low: expr(cx, low)?.boxed(),
            high: expr(cx, high)?.boxed(),
            negated: *negated,
        },
        ast::Expr::Exists { subquery, negated } => ExprKind::Exists {
            query: Box::new(super::query::query(cx, subquery)?),
            negated: *negated,
        },
        ast::Expr::Subquery(q) => ExprKind::Subquery(Box::new(super::query::query(cx, q)?)),
        // x::t and CAST(x AS t) → PgCast, made target-aware by the `cast` rule.
        ast::Expr::Cast {
            kind: ast::CastKind::Cast | ast::CastKind::DoubleColon,
            expr: x,
            data_type,
            format: None,
        } => {
            let ty = types::data_type(cx, data_type, span)?;
            let x = expr(cx, x)?;
            if ty == ir::DataType::Interval {
                return interval_cast(cx, x, span);
            }
            ExprKind::PgCast {
                expr: x.boxed(),
                ty,
            }
        }
        // DATE '2024-01-05' → PgCast of a string literal.
        ast::Expr::TypedString(ts) => {
            let ty = types::data_type(cx, &ts.data_type, span)?;
            let value = value(cx, &ts.value.value, span)?;
            ExprKind::PgCast {
                expr: value.boxed(),
                ty,
            }
        }
        ast::Expr::Case {
            operand,
            conditions,
            else_result,
            ..
        } => ExprKind::Case {
            operand: match operand {
                Some(o) => Some(expr(cx, o)?.boxed()),
                None => None,
            },
            whens: conditions
                .iter()
                .map(|w| Ok((expr(cx, &w.condition)?, expr(cx, &w.result)?)))
                .collect::<Lower<_>>()?,
            else_: match else_result {
                Some(e) => Some(expr(cx, e)?.boxed()),
                None => None,
            },
        },
        ast::Expr::Function(f) => return function(cx, f, span),
        ast::Expr::Ceil {
            expr: x,
            field: ast::CeilFloorKind::DateTimeField(ast::DateTimeField::NoDateTime),
        } => ExprKind::Func(Box::new(FuncCall::simple("ceil", vec![expr(cx, x)?], span))),
        ast::Expr::Floor {
            expr: x,
            field: ast::CeilFloorKind::DateTimeField(ast::DateTimeField::NoDateTime),
        } => ExprKind::Func(Box::new(FuncCall::simple(
            "floor",
            vec![expr(cx, x)?],
            span,
        ))),
        ast::Expr::Position { .. } | ast::Expr::Substring { .. } | ast::Expr::Trim { .. } => {
            return string_syntax(cx, e, span)
        }
        // x = ANY(a), x > SOME(a), x <> ALL(a) → AnyAll, rewritten by the `arrays` rule.
        ast::Expr::AnyOp {
            left,
            compare_op,
            right,
            ..
        } => any_all(cx, left, compare_op, right, false, span)?,
        ast::Expr::AllOp {
            left,
            compare_op,
            right,
        } => any_all(cx, left, compare_op, right, true, span)?,
        // ARRAY[a, b] → Array.
        ast::Expr::Array(ast::Array { elem, .. }) => {
            ExprKind::Array(elem.iter().map(|i| expr(cx, i)).collect::<Lower<_>>()?)
        }
        // INTERVAL '…', EXTRACT(… FROM …), … AT TIME ZONE …: dates and times.
        ast::Expr::Interval(_) | ast::Expr::Extract { .. } | ast::Expr::AtTimeZone { .. } => {
            return datetime_expr(cx, e, span)
        }
        other => return cx.unsupported(span, format!("the expression `{}`", short(other))),
    };
    Ok(Expr::new(kind, span))
}

/// `position(a IN b)`, `substring(x FROM a FOR b)` and `trim(BOTH c FROM x)`, lowered to
/// PostgreSQL's equivalent functions. A separate function keeps `expr_node`'s frame small.
#[inline(never)]
fn string_syntax(cx: &mut Cx, e: &ast::Expr, span: crate::span::Span) -> Lower<Expr> {
    let kind =
        match e {
            // position(a IN b) → strpos(b, a), PostgreSQL's function form of the same test.
            ast::Expr::Position { expr: needle, r#in } => ExprKind::Func(Box::new(
                FuncCall::simple("strpos", vec![expr(cx, r#in)?, expr(cx, needle)?], span),
            )),
            // substring(x FROM a FOR b) → substr(x, a, b); substring(x, a, b) is the same function.
            ast::Expr::Substring {
                expr: x,
                substring_from,
                substring_for,
                ..
            } => {
                let mut args = vec![expr(cx, x)?];
                match (substring_from, substring_for) {
                    (Some(from), len) => {
                        let from = expr(cx, from)?;
                        // substring(x FROM 'pattern') is a regular-expression match in PostgreSQL.
                        if from.as_str_literal().is_some() {
                            return cx.unsupported(span, "substring with a regular expression");
                        }
                        args.push(from);
                        if let Some(len) = len {
                            args.push(expr(cx, len)?);
                        }
                    }
                    (None, Some(_)) => return cx.unsupported(span, "substring without FROM"),
                    (None, None) => {}
                }
                ExprKind::Func(Box::new(FuncCall::simple("substr", args, span)))
            }
            // trim(BOTH 'x' FROM s) → btrim(s, 'x'); LEADING → ltrim, TRAILING → rtrim.
            ast::Expr::Trim {
                trim_where,
                trim_what,
                expr: x,
                trim_characters,
            } => {
                let name = match trim_where {
                    Some(ast::TrimWhereField::Leading) => "ltrim",
                    Some(ast::TrimWhereField::Trailing) => "rtrim",
                    Some(ast::TrimWhereField::Both) | None => "btrim",
                };
                let mut args = vec![expr(cx, x)?];
                if let Some(what) = trim_what {
                    args.push(expr(cx, what)?);
                }
                for c in trim_characters.iter().flatten() {
                    args.push(expr(cx, c)?);
                }
                if args.len() > 2 {
                    return cx.unsupported(span, "trim with several character sets");
                }
                ExprKind::Func(Box::new(FuncCall::simple(name, args, span)))
            }
            other => return cx.unsupported(span, format!("the expression `{}`", short(other))),
        };
    Ok(Expr::new(kind, span))
}

fn any_all(
    cx: &mut Cx,
    left: &ast::Expr,
    compare_op: &ast::BinaryOperator,
    right: &ast::Expr,
    all: bool,
    span: crate::span::Span,
) -> Lower<ExprKind> {
    let op = match compare_op {
        ast::BinaryOperator::Eq => BinOp::Eq,
        ast::BinaryOperator::NotEq => BinOp::NotEq,
        ast::BinaryOperator::Lt => BinOp::Lt,
        ast::BinaryOperator::LtEq => BinOp::LtEq,
        ast::BinaryOperator::Gt => BinOp::Gt,
        ast::BinaryOperator::GtEq => BinOp::GtEq,
        other => return cx.unsupported(span, format!("the operator `{other}` with ANY/ALL")),
    };
    // `x = ANY (SELECT ...)` is parsed with a subquery on the right: keep it a subquery.
    Ok(ExprKind::AnyAll {
        left: expr(cx, left)?.boxed(),
        op,
        all,
        right: expr(cx, right)?.boxed(),
    })
}

/// Date and time syntax, kept out of `expr_node` so that its stack frame stays small.
#[inline(never)]
fn datetime_expr(cx: &mut Cx, e: &ast::Expr, span: crate::span::Span) -> Lower<Expr> {
    let kind = match e {
        // INTERVAL '1 day 2 hours', INTERVAL '1' DAY → Interval.
        ast::Expr::Interval(iv) => return interval(cx, iv, span),
        // EXTRACT(field FROM x) → date_part('field', x), translated by the `extract` rule.
        ast::Expr::Extract { field, expr: x, .. } => {
            let field = Expr::new(
                ExprKind::Literal(Literal::String(field.to_string().to_ascii_lowercase())),
                span,
            );
            ExprKind::Func(Box::new(FuncCall::simple(
                "date_part",
                vec![field, expr(cx, x)?],
                span,
            )))
        }
        // x AT TIME ZONE z → timezone(z, x), PostgreSQL's own spelling, for the `date_functions` rule.
        ast::Expr::AtTimeZone {
            timestamp,
            time_zone,
        } => {
            let x = expr(cx, timestamp)?;
            let zone = expr(cx, time_zone)?;
            ExprKind::Func(Box::new(FuncCall::simple("timezone", vec![zone, x], span)))
        }
        other => return cx.unsupported(span, format!("the expression `{}`", short(other))),
    };
    Ok(Expr::new(kind, span))
}

/// `INTERVAL '…' [unit]`: only a string literal with at most a leading unit.
fn interval(cx: &mut Cx, iv: &ast::Interval, span: crate::span::Span) -> Lower<Expr> {
    if iv.last_field.is_some() || iv.fractional_seconds_precision.is_some() {
        return cx.unsupported(span, "an interval with a field range");
    }
    let leading = match &iv.leading_field {
        None => None,
        Some(field) => match super::interval::unit(&field.to_string()) {
            Some(unit) => Some(unit),
            None => return cx.unsupported(span, format!("the interval unit {field}")),
        },
    };
    let value = expr(cx, &iv.value)?;
    let Some(text) = value.as_str_literal() else {
        return interval_error(cx, span, "an interval that is not a string literal".into());
    };
    if leading.is_some()
        && !text
            .trim()
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'-' || b == b'.')
    {
        return cx.unsupported(
            span,
            "an interval with both units in the text and a unit after it",
        );
    }
    interval_value(cx, text, leading, span)
}

/// '1 day'::interval → Interval; a cast of anything else is left to the `cast` rule.
#[inline(never)]
fn interval_cast(cx: &mut Cx, x: Expr, span: crate::span::Span) -> Lower<Expr> {
    if let Some(text) = x.as_str_literal() {
        return interval_value(cx, text, None, span);
    }
    Ok(Expr::new(
        ExprKind::PgCast {
            expr: x.boxed(),
            ty: ir::DataType::Interval,
        },
        span,
    ))
}

fn interval_value(
    cx: &mut Cx,
    text: &str,
    leading: Option<super::interval::Unit>,
    span: crate::span::Span,
) -> Lower<Expr> {
    match super::interval::parse(text, leading) {
        Ok(iv) => Ok(Expr::new(ExprKind::Interval(iv), span)),
        Err(why) => interval_error(cx, span, format!("the interval '{text}': {why}")),
    }
}

fn interval_error<T>(cx: &mut Cx, span: crate::span::Span, message: String) -> Lower<T> {
    cx.diagnostics
        .push(Diagnostic::new(Code::IntervalUnsupported, span, message));
    Err(super::Stop)
}

fn binary(cx: &mut Cx, e: &ast::Expr, left: Expr, right: Expr) -> Lower<Expr> {
    let span = left.span.cover(right.span);
    let ast::Expr::BinaryOp { op, .. } = e else {
        return cx.unsupported(span, "this expression");
    };
    let op = match op {
        ast::BinaryOperator::Plus => BinOp::Plus,
        ast::BinaryOperator::Minus => BinOp::Minus,
        ast::BinaryOperator::Multiply => BinOp::Multiply,
        ast::BinaryOperator::Divide => BinOp::Divide,
        ast::BinaryOperator::Modulo => BinOp::Modulo,
        ast::BinaryOperator::StringConcat => BinOp::Concat,
        ast::BinaryOperator::Eq => BinOp::Eq,
        ast::BinaryOperator::NotEq => BinOp::NotEq,
        ast::BinaryOperator::Lt => BinOp::Lt,
        ast::BinaryOperator::LtEq => BinOp::LtEq,
        ast::BinaryOperator::Gt => BinOp::Gt,
        ast::BinaryOperator::GtEq => BinOp::GtEq,
        ast::BinaryOperator::And => BinOp::And,
        ast::BinaryOperator::Or => BinOp::Or,
        // x ~ p → regexp_like(x, p), PostgreSQL's own function for the same test; x !~* p → NOT regexp_like(x, p, 'i').
        ast::BinaryOperator::PGRegexMatch
        | ast::BinaryOperator::PGRegexIMatch
        | ast::BinaryOperator::PGRegexNotMatch
        | ast::BinaryOperator::PGRegexNotIMatch => {
            let insensitive = matches!(
                op,
                ast::BinaryOperator::PGRegexIMatch | ast::BinaryOperator::PGRegexNotIMatch
            );
            let negated = matches!(
                op,
                ast::BinaryOperator::PGRegexNotMatch | ast::BinaryOperator::PGRegexNotIMatch
            );
            let mut args = vec![left, right];
            if insensitive {
                args.push(Expr::new(
                    ExprKind::Literal(Literal::String("i".into())),
                    span,
                ));
            }
            let call = Expr::new(
                ExprKind::Func(Box::new(FuncCall::simple("regexp_like", args, span))),
                span,
            );
            if !negated {
                return Ok(call);
            }
            return Ok(Expr::new(
                ExprKind::Unary {
                    op: ir::UnOp::Not,
                    expr: call.boxed(),
                },
                span,
            ));
        }
        ast::BinaryOperator::Arrow => BinOp::JsonGet,
        ast::BinaryOperator::LongArrow => BinOp::JsonGetText,
        ast::BinaryOperator::HashArrow => BinOp::JsonPathGet,
        ast::BinaryOperator::HashLongArrow => BinOp::JsonPathGetText,
        ast::BinaryOperator::AtArrow => BinOp::JsonContains,
        ast::BinaryOperator::ArrowAt => BinOp::JsonContainedBy,
        ast::BinaryOperator::Question => BinOp::JsonHasKey,
        ast::BinaryOperator::QuestionPipe => BinOp::JsonHasAnyKey,
        ast::BinaryOperator::QuestionAnd => BinOp::JsonHasAllKeys,
        other => return cx.unsupported(span, format!("the operator `{other}`")),
    };
    Ok(Expr::new(
        ExprKind::Binary {
            op,
            left: left.boxed(),
            right: right.boxed(),
        },
        span,
    ))
}

/// The first line of an AST node's text, cut short, for messages.
fn short(node: &impl std::fmt::Display) -> String {
    let text = node.to_string();
    let mut s: String = text.chars().take(40).collect();
    if s.len() < text.len() {
        s.push('…');
    }
    s
}

fn is_bool(cx: &mut Cx, x: &ast::Expr, value: Option<bool>, negated: bool) -> Lower<ExprKind> {
    Ok(ExprKind::IsBool {
        expr: expr(cx, x)?.boxed(),
        value,
        negated,
    })
}

fn like(
    cx: &mut Cx,
    x: &ast::Expr,
    pattern: &ast::Expr,
    escape: Option<&ast::Expr>,
    negated: bool,
    mode: LikeMode,
) -> Lower<ExprKind> {
    Ok(ExprKind::Like {
        expr: expr(cx, x)?.boxed(),
        pattern: expr(cx, pattern)?.boxed(),
        escape: match escape {
            Some(e) => Some(expr(cx, e)?.boxed()),
            None => None,
        },
        negated,
        mode,
    })
}

fn value(cx: &mut Cx, v: &ast::Value, span: crate::span::Span) -> Lower<Expr> {
    let kind = match v {
        ast::Value::Number(n, false) => {
            if n.bytes().all(|b| b.is_ascii_digit()) {
                ExprKind::Literal(Literal::Integer(n.clone()))
            } else {
                ExprKind::Literal(Literal::Decimal(n.clone()))
            }
        }
        // N'text ' → 'text': PostgreSQL types N'' as character (bpchar), whose
        // trailing spaces are not significant and are dropped when the value
        // becomes text or varchar, as it does when stored in such a column.
        ast::Value::NationalStringLiteral(s) => {
            ExprKind::Literal(Literal::String(s.trim_end_matches(' ').to_string()))
        }
        // 'text', E'te\'xt' (sqlparser decodes the escapes), $$text$$ → String.
        ast::Value::SingleQuotedString(s)
        | ast::Value::EscapedStringLiteral(s)
        | ast::Value::UnicodeStringLiteral(s) => ExprKind::Literal(Literal::String(s.clone())),
        ast::Value::DollarQuotedString(d) => ExprKind::Literal(Literal::String(d.value.clone())),
        ast::Value::Boolean(b) => ExprKind::Literal(Literal::Boolean(*b)),
        ast::Value::Null => ExprKind::Literal(Literal::Null),
        ast::Value::Placeholder(p) => ExprKind::Param(param_number(cx, p, span)?),
        other => return cx.unsupported(span, format!("the literal `{other}`")),
    };
    if let ExprKind::Literal(Literal::String(s)) = &kind {
        if s.contains('\0') {
            // PostgreSQL's text types cannot hold NUL (E'\000' is rejected there), and
            // the targets would store it: refuse rather than invent a value.
            cx.diagnostics.push(Diagnostic::new(
                Code::InvalidLiteral,
                span,
                "PostgreSQL strings cannot contain the NUL character (code point 0)",
            ));
            return Err(super::Stop);
        }
    }
    Ok(Expr::new(kind, span))
}

/// `$7` → 7. `$0`, overflowing numbers and `?` are diagnosed.
fn param_number(cx: &mut Cx, p: &str, span: crate::span::Span) -> Lower<u32> {
    let n = p
        .strip_prefix('$')
        .and_then(|d| d.parse::<u32>().ok())
        .filter(|n| (1..=65535).contains(n));
    match n {
        Some(n) => Ok(n),
        None => {
            cx.diagnostics.push(Diagnostic::new(
                Code::InvalidParam,
                span,
                format!("`{p}` is not a parameter PostgreSQL accepts (use $1 to $65535)"),
            ));
            Err(super::Stop)
        }
    }
}

fn function(cx: &mut Cx, f: &ast::Function, span: crate::span::Span) -> Lower<Expr> {
    let name = cx.object_name(&f.name)?;
    if f.uses_odbc_syntax
        || !matches!(f.parameters, ast::FunctionArguments::None)
        || f.null_treatment.is_some()
    {
        return cx.unsupported(span, "this function call form");
    }
    if !f.within_group.is_empty() {
        return cx.unsupported(span, "WITHIN GROUP");
    }
    let mut call = FuncCall {
        name,
        args: Vec::new(),
        star: false,
        distinct: false,
        order_by: Vec::new(),
        filter: None,
        over: None,
    };
    match &f.args {
        // CURRENT_TIMESTAMP, LOCALTIMESTAMP... are parsed as calls without parentheses.
        ast::FunctionArguments::None => {
            let vf = match call.plain_name() {
                Some("current_timestamp") => ValueFunction::CurrentTimestamp,
                Some("current_date") => ValueFunction::CurrentDate,
                Some("current_time") => ValueFunction::CurrentTime,
                Some("localtimestamp") => ValueFunction::LocalTimestamp,
                Some("localtime") => ValueFunction::LocalTime,
                _ => return cx.unsupported(span, "this niladic function"),
            };
            return Ok(Expr::new(ExprKind::ValueFunction(vf), span));
        }
        ast::FunctionArguments::Subquery(_) => {
            return cx.unsupported(span, "a subquery as function argument list")
        }
        ast::FunctionArguments::List(list) => {
            call.distinct = match list.duplicate_treatment {
                Some(ast::DuplicateTreatment::Distinct) => true,
                Some(ast::DuplicateTreatment::All) | None => false,
            };
            for arg in &list.args {
                match arg {
                    ast::FunctionArg::Unnamed(ast::FunctionArgExpr::Expr(e)) => {
                        call.args.push(expr(cx, e)?)
                    }
                    ast::FunctionArg::Unnamed(ast::FunctionArgExpr::Wildcard)
                        if list.args.len() == 1 =>
                    {
                        call.star = true
                    }
                    other => return cx.unsupported(cx.span_of(other), "this function argument"),
                }
            }
            for clause in &list.clauses {
                match clause {
                    ast::FunctionArgumentClause::OrderBy(items) => {
                        call.order_by = items
                            .iter()
                            .map(|o| super::query::order_item(cx, o))
                            .collect::<Lower<_>>()?;
                    }
                    _ => return cx.unsupported(span, "this clause inside a function call"),
                }
            }
        }
    }
    if let Some(filter) = &f.filter {
        call.filter = Some(expr(cx, filter)?.boxed());
    }
    if let Some(over) = &f.over {
        call.over = Some(match over {
            ast::WindowType::NamedWindow(id) => ir::Window::Named(cx.ident(id)),
            ast::WindowType::WindowSpec(spec) => {
                ir::Window::Spec(super::query::window_spec(cx, spec, span)?)
            }
        });
    }
    Ok(Expr::new(ExprKind::Func(Box::new(call)), span))
}
