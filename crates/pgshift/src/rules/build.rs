//! Small constructors for the expressions rules build.

use crate::ir::{
    BinOp, Expr, ExprKind, FromItem, FuncCall, Ident, Literal, ObjectName, Select, SelectItem,
    SetExpr, TableRef,
};
use crate::span::Span;

/// A string literal.
pub fn text(s: &str, span: Span) -> Expr {
    Expr::new(ExprKind::Literal(Literal::String(s.to_string())), span)
}

/// An integer. A literal never carries a sign, so a negative number is a unary
/// minus in parentheses: `-5` can then never meet another `-` and print as `--`.
pub fn int(n: i64, span: Span) -> Expr {
    let digits = Expr::new(
        ExprKind::Literal(Literal::Integer(n.unsigned_abs().to_string())),
        span,
    );
    if n < 0 {
        let minus = Expr::new(
            ExprKind::Unary {
                op: crate::ir::UnOp::Minus,
                expr: digits.boxed(),
            },
            span,
        );
        Expr::new(ExprKind::Nested(minus.boxed()), span)
    } else {
        digits
    }
}

/// A plain function call.
pub fn call(name: &str, args: Vec<Expr>, span: Span) -> Expr {
    Expr::new(
        ExprKind::Func(Box::new(FuncCall::simple(name, args, span))),
        span,
    )
}

/// `left op right`.
pub fn bin(op: BinOp, left: Expr, right: Expr) -> Expr {
    let span = left.span.cover(right.span);
    Expr::new(
        ExprKind::Binary {
            op,
            left: left.boxed(),
            right: right.boxed(),
        },
        span,
    )
}

/// `CASE WHEN cond THEN then ELSE else_ END`.
pub fn if_else(cond: Expr, then: Expr, else_: Expr) -> Expr {
    let span = cond.span;
    Expr::new(
        ExprKind::Case {
            operand: None,
            whens: vec![(cond, then)],
            else_: Some(else_.boxed()),
        },
        span,
    )
}

/// A positive integer literal's value.
pub fn int_value(e: &Expr) -> Option<i64> {
    match &e.kind {
        ExprKind::Literal(Literal::Integer(s)) => s.parse().ok(),
        ExprKind::Nested(inner) => int_value(inner),
        _ => None,
    }
}

/// An unquoted identifier.
pub fn ident(name: &str, span: Span) -> Ident {
    Ident {
        name: name.to_string(),
        quoted: false,
        span,
    }
}

/// A column by its bare name.
pub fn col(name: &str, span: Span) -> Expr {
    Expr::new(ExprKind::Column(vec![ident(name, span)]), span)
}

/// `SELECT projection [FROM table] [WHERE selection]`, for the queries rules build.
pub fn select(
    projection: Vec<Expr>,
    from: Option<&str>,
    selection: Option<Expr>,
    span: Span,
) -> SetExpr {
    let items = projection
        .into_iter()
        .map(|expr| SelectItem::Expr { expr, alias: None })
        .collect();
    let from = from
        .map(|t| FromItem {
            relation: TableRef::Table {
                name: ObjectName {
                    parts: vec![ident(t, span)],
                    span,
                },
                alias: None,
            },
            joins: Vec::new(),
        })
        .into_iter()
        .collect();
    let mut s = Select::new(items, from);
    s.selection = selection;
    SetExpr::Select(Box::new(s))
}

/// `x IS NULL`.
pub fn is_null(x: Expr) -> Expr {
    let span = x.span;
    Expr::new(
        ExprKind::IsNull {
            expr: x.boxed(),
            negated: false,
        },
        span,
    )
}

/// `WITH RECURSIVE name(columns) AS (anchor UNION ALL step) main`, the walk over a
/// value's parts that `split_part` and `initcap` build for SQLite.
pub fn with_recursive(
    name: &str,
    columns: &[&str],
    anchor: SetExpr,
    step: SetExpr,
    main: SetExpr,
    span: Span,
) -> crate::ir::Query {
    use crate::ir::{Cte, Query, SetOp, With};
    let body = SetExpr::SetOp {
        op: SetOp::Union,
        all: true,
        left: Box::new(anchor),
        right: Box::new(step),
    };
    let mut query = Query::of(main, span);
    query.with = Some(With {
        recursive: true,
        ctes: vec![Cte {
            name: ident(name, span),
            columns: columns.iter().map(|c| ident(c, span)).collect(),
            query: Query::of(body, span),
        }],
    });
    query
}

/// The name [`sqlite_once`] gives the value it holds.
const ONCE: &str = "__pgshift_v";

/// `make(value)`, with `value` printed once even where `make` mentions it often.
///
/// A column, literal or parameter is cheap to repeat, so `make` gets it as it is.
/// Any other value becomes SQLite's `(SELECT make(__pgshift_v) FROM (SELECT value
/// AS __pgshift_v))`: nested translations that each repeat their operand (`lpad`
/// of `lpad` of …) then grow the output linearly instead of exponentially. A
/// value holding an aggregate or window call stays repeated, since SQLite may not
/// compute those inside a subquery; `ir::growth` bounds that case.
pub fn sqlite_once(mut value: Expr, make: impl FnOnce(Expr) -> Expr) -> Expr {
    if cheap(&value) || aggregates(&mut value) {
        return make(value);
    }
    let span = value.span;
    let inner = Select::new(
        vec![SelectItem::Expr {
            expr: value,
            alias: Some(ident(ONCE, span)),
        }],
        Vec::new(),
    );
    let derived = TableRef::Derived {
        lateral: false,
        query: Box::new(crate::ir::Query::of(SetExpr::Select(Box::new(inner)), span)),
        alias: None,
    };
    let outer = Select::new(
        vec![SelectItem::Expr {
            expr: make(col(ONCE, span)),
            alias: None,
        }],
        vec![FromItem {
            relation: derived,
            joins: Vec::new(),
        }],
    );
    Expr::new(
        ExprKind::Subquery(Box::new(crate::ir::Query::of(
            SetExpr::Select(Box::new(outer)),
            span,
        ))),
        span,
    )
}

/// A value that costs no more to repeat than to name.
fn cheap(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Column(_) | ExprKind::Literal(_) | ExprKind::Param(_) => true,
        ExprKind::Nested(inner) => cheap(inner),
        ExprKind::Unary { expr, .. } => cheap(expr),
        _ => false,
    }
}

/// PostgreSQL's aggregate functions, and the targets' own (`total`,
/// `group_concat`, `json_group_array`…) that rules write in their place.
const AGGREGATES: &[&str] = &[
    "array_agg",
    "avg",
    "bit_and",
    "bit_or",
    "bool_and",
    "bool_or",
    "corr",
    "count",
    "covar_pop",
    "covar_samp",
    "every",
    "json_agg",
    "json_object_agg",
    "jsonb_agg",
    "jsonb_object_agg",
    "max",
    "min",
    "mode",
    "percentile_cont",
    "percentile_disc",
    "stddev",
    "stddev_pop",
    "stddev_samp",
    "string_agg",
    "sum",
    "var_pop",
    "var_samp",
    "variance",
    "xmlagg",
    "total",
    "group_concat",
    "json_group_array",
    "json_group_object",
];

/// Whether `f` is an aggregate or window call: a known aggregate (or `regr_*`),
/// or any call with OVER, FILTER or an ORDER BY inside its parentheses.
pub fn is_aggregate_call(f: &FuncCall) -> bool {
    f.over.is_some()
        || f.filter.is_some()
        || !f.order_by.is_empty()
        || f.plain_name()
            .is_some_and(|n| AGGREGATES.contains(&n) || n.starts_with("regr_"))
}

/// Whether `e` calls an aggregate or window function anywhere (subqueries included).
fn aggregates(e: &mut Expr) -> bool {
    let mut found = false;
    super::each_expr_in(e, |x| {
        if let ExprKind::Func(f) = &x.kind {
            found |= f.star || is_aggregate_call(f);
        }
    });
    found
}

/// A decimal literal as the text PostgreSQL makes of it, for SQLite, which
/// would read it as a float and print `1.50` as `1.5`: `'x' || 1.50` is `x1.50`
/// in PostgreSQL. `.5` is `0.5`, `5.` is `5` and `007.5` is `7.5`, as
/// PostgreSQL's numeric prints them; a literal with an exponent, which
/// PostgreSQL prints expanded, and anything else are returned as they are.
pub fn decimal_as_text(e: Expr) -> Expr {
    let negative = match &e.kind {
        ExprKind::Unary {
            op: crate::ir::UnOp::Minus,
            expr,
        } => match &expr.kind {
            ExprKind::Literal(Literal::Decimal(d)) => Some((true, d)),
            _ => None,
        },
        ExprKind::Literal(Literal::Decimal(d)) => Some((false, d)),
        _ => None,
    };
    let Some((negative, digits)) = negative else {
        return e;
    };
    let Some((whole, fraction)) = digits.split_once('.') else {
        return e;
    };
    if !whole
        .bytes()
        .chain(fraction.bytes())
        .all(|b| b.is_ascii_digit())
    {
        return e;
    }
    let whole = match whole.trim_start_matches('0') {
        "" => "0",
        w => w,
    };
    let mut out = String::new();
    if negative && (whole != "0" || fraction.bytes().any(|b| b != b'0')) {
        out.push('-');
    }
    out.push_str(whole);
    if !fraction.is_empty() {
        out.push('.');
        out.push_str(fraction);
    }
    text(&out, e.span)
}
