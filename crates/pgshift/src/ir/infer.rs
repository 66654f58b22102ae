//! Static types of expressions, where the expression alone decides them.
//!
//! `None` means unknown: a column (until the catalog knows it), a parameter, or
//! an untyped string literal, which PostgreSQL types from context.

use super::{BinOp, DataType, Expr, ExprKind, Literal, UnOp, ValueFunction};

impl Expr {
    pub fn static_type(&self) -> Option<DataType> {
        match &self.kind {
            ExprKind::Literal(Literal::Integer(s)) => Some(if s.len() > 9 {
                DataType::BigInt
            } else {
                DataType::Integer
            }),
            ExprKind::Literal(Literal::Decimal(_)) => Some(DataType::Numeric(None, None)),
            ExprKind::Literal(Literal::Boolean(_)) => Some(DataType::Boolean),
            ExprKind::Literal(Literal::String(_) | Literal::Null) => None,
            ExprKind::PgCast { ty, .. } | ExprKind::Cast { ty, .. } => Some(ty.clone()),
            ExprKind::Nested(e) => e.static_type(),
            ExprKind::Interval(_) => Some(DataType::Interval),
            ExprKind::ValueFunction(ValueFunction::CurrentDate) => Some(DataType::Date),
            ExprKind::Unary { op: UnOp::Not, .. } => Some(DataType::Boolean),
            ExprKind::Unary { expr, .. } => expr.static_type(),
            ExprKind::Binary { op, left, right } => match op {
                BinOp::Concat => Some(DataType::Text),
                BinOp::Eq
                | BinOp::NotEq
                | BinOp::Lt
                | BinOp::LtEq
                | BinOp::Gt
                | BinOp::GtEq
                | BinOp::And
                | BinOp::Or
                | BinOp::Regexp
                | BinOp::JsonContains
                | BinOp::JsonContainedBy
                | BinOp::JsonHasKey
                | BinOp::JsonHasAnyKey
                | BinOp::JsonHasAllKeys => Some(DataType::Boolean),
                BinOp::JsonGetText | BinOp::JsonPathGetText => Some(DataType::Text),
                BinOp::JsonGet
                | BinOp::JsonPathGet
                | BinOp::TargetJsonGet
                | BinOp::TargetJsonGetText => None,
                BinOp::Plus
                | BinOp::Minus
                | BinOp::Multiply
                | BinOp::Divide
                | BinOp::IntDivide
                | BinOp::Modulo => numeric_result(left.static_type()?, right.static_type()?),
            },
            kind if kind.is_predicate() => Some(DataType::Boolean),
            ExprKind::Exists { .. } | ExprKind::AnyAll { .. } => Some(DataType::Boolean),
            ExprKind::Func(f) => match f.plain_name()? {
                "count" => Some(DataType::BigInt),
                "length" | "char_length" | "octet_length" => Some(DataType::Integer),
                "lower" | "upper" => Some(DataType::Text),
                _ => None,
            },
            ExprKind::Case { whens, else_, .. } => whens
                .iter()
                .find_map(|(_, t)| t.static_type())
                .or_else(|| else_.as_ref().and_then(|e| e.static_type())),
            _ => None,
        }
    }

    /// True when the expression is known to be an integer.
    pub fn is_integer(&self) -> bool {
        self.static_type().is_some_and(|t| t.is_integer())
    }

    /// True when the expression is known to be a boolean.
    pub fn is_boolean(&self) -> bool {
        self.static_type() == Some(DataType::Boolean)
    }
}

pub(crate) fn numeric_result(a: DataType, b: DataType) -> Option<DataType> {
    let rank = |t: &DataType| match t {
        t if t.is_integer() => Some(0),
        DataType::Numeric(..) => Some(1),
        DataType::Real | DataType::Double => Some(2),
        _ => None,
    };
    Some(match rank(&a)?.max(rank(&b)?) {
        0 => DataType::BigInt,
        1 => DataType::Numeric(None, None),
        _ => DataType::Double,
    })
}
