//! Data types: sqlparser's `DataType` into the IR's closed set.

use super::{Cx, Lower};
use crate::ir::{DataType, IntWidth};
use crate::span::Span;
use sqlparser::ast::{self, CharacterLength, ExactNumberInfo, TimezoneInfo};

pub fn data_type(cx: &mut Cx, t: &ast::DataType, span: Span) -> Lower<DataType> {
    use ast::DataType as T;
    Ok(match t {
        T::SmallInt(_) | T::Int2(_) => DataType::SmallInt,
        T::Int(_) | T::Integer(_) | T::Int4(_) => DataType::Integer,
        T::BigInt(_) | T::Int8(_) => DataType::BigInt,
        T::Real | T::Float4 => DataType::Real,
        T::DoublePrecision | T::Float8 | T::Double(ExactNumberInfo::None) => DataType::Double,
        // float(p): p ≤ 24 is real, otherwise double precision.
        T::Float(ExactNumberInfo::Precision(p)) if *p <= 24 => DataType::Real,
        T::Float(_) => DataType::Double,
        T::Numeric(info) | T::Decimal(info) => match info {
            ExactNumberInfo::None => DataType::Numeric(None, None),
            ExactNumberInfo::Precision(p) => DataType::Numeric(Some(*p), Some(0)),
            ExactNumberInfo::PrecisionAndScale(p, s) if *s >= 0 => {
                DataType::Numeric(Some(*p), Some(*s as u64))
            }
            ExactNumberInfo::PrecisionAndScale(..) => {
                return cx.unsupported(span, "a negative numeric scale")
            }
        },
        T::Varchar(len) | T::CharacterVarying(len) | T::CharVarying(len) => {
            DataType::Varchar(length(cx, len, span)?)
        }
        // char without a length is char(1).
        T::Char(len) | T::Character(len) => {
            DataType::Char(Some(length(cx, len, span)?.unwrap_or(1)))
        }
        T::Text => DataType::Text,
        T::Bool | T::Boolean => DataType::Boolean,
        T::Timestamp(_, tz) => DataType::Timestamp { tz: with_tz(tz) },
        T::Date => DataType::Date,
        T::Time(_, tz) => DataType::Time { tz: with_tz(tz) },
        T::JSON => DataType::Json,
        T::JSONB => DataType::Jsonb,
        T::Uuid => DataType::Uuid,
        T::Bytea => DataType::Bytea,
        T::Interval { .. } => DataType::Interval,
        // 's'::regclass names a relation; the `sequence` rule reads it in nextval('s'::regclass).
        T::Regclass => DataType::Named("regclass".into()),
        // int[], int[][], integer ARRAY → Array(Integer); nesting is kept.
        T::Array(
            ast::ArrayElemTypeDef::SquareBracket(elem, _)
            | ast::ArrayElemTypeDef::Qualified(elem, _),
        ) => DataType::Array(Box::new(data_type(cx, elem, span)?)),
        T::Custom(name, modifiers) if modifiers.is_empty() => {
            let plain = match name.0.as_slice() {
                [ast::ObjectNamePart::Identifier(id)] if id.quote_style.is_none() => {
                    Some(crate::ir::Ident::fold(&id.value))
                }
                [ast::ObjectNamePart::Identifier(schema), ast::ObjectNamePart::Identifier(id)]
                    if schema.value.eq_ignore_ascii_case("pg_catalog") =>
                {
                    Some(crate::ir::Ident::fold(&id.value))
                }
                _ => None,
            };
            match plain.as_deref() {
                Some("serial" | "serial4") => DataType::Serial(IntWidth::Int),
                Some("bigserial" | "serial8") => DataType::Serial(IntWidth::Big),
                Some("smallserial" | "serial2") => DataType::Serial(IntWidth::Small),
                Some("timestamptz") => DataType::Timestamp { tz: true },
                Some("timetz") => DataType::Time { tz: true },
                Some("bpchar") => DataType::Char(None),
                // An enum type, a domain or an extension's type: the catalog decides.
                _ => match named(name) {
                    Some(key) => DataType::Named(key),
                    None => return unknown(cx, span, &name.to_string()),
                },
            }
        }
        other => return unknown(cx, span, &other.to_string()),
    })
}

/// The catalog key of a user type's name: folded to lower case unless quoted,
/// without a `public.` qualifier.
fn named(name: &ast::ObjectName) -> Option<String> {
    let fold = |id: &ast::Ident| {
        if id.quote_style.is_some() {
            id.value.clone()
        } else {
            crate::ir::Ident::fold(&id.value)
        }
    };
    match name.0.as_slice() {
        [ast::ObjectNamePart::Identifier(id)] => Some(fold(id)),
        [ast::ObjectNamePart::Identifier(schema), ast::ObjectNamePart::Identifier(id)] => {
            let schema = fold(schema);
            Some(if schema == "public" {
                fold(id)
            } else {
                format!("{schema}.{}", fold(id))
            })
        }
        _ => None,
    }
}

fn unknown<T>(cx: &mut Cx, span: Span, name: &str) -> Lower<T> {
    cx.diagnostics.push(crate::Diagnostic::new(
        crate::Code::UnknownType,
        span,
        format!("the type `{name}` has no translation"),
    ));
    Err(super::Stop)
}

fn with_tz(tz: &TimezoneInfo) -> bool {
    matches!(tz, TimezoneInfo::WithTimeZone | TimezoneInfo::Tz)
}

fn length(cx: &mut Cx, len: &Option<CharacterLength>, span: Span) -> Lower<Option<u64>> {
    match len {
        None => Ok(None),
        Some(CharacterLength::IntegerLength { length, unit: None }) => Ok(Some(*length)),
        Some(_) => cx.unsupported(span, "this character length"),
    }
}
