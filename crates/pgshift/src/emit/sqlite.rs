//! SQLite spellings. Only names live here; which type to use is decided by rules.
//! <https://www.sqlite.org/datatype3.html>

use crate::ir::{DataType, IntWidth};
use std::fmt::Write;

pub fn data_type(out: &mut String, ty: &DataType) {
    let _ = match ty {
        DataType::SmallInt | DataType::Serial(IntWidth::Small) => write!(out, "SMALLINT"),
        DataType::Integer | DataType::Serial(IntWidth::Int) => write!(out, "INT"),
        DataType::BigInt | DataType::Serial(IntWidth::Big) => write!(out, "BIGINT"),
        DataType::SqliteInteger | DataType::Signed => write!(out, "INTEGER"),
        DataType::Real | DataType::Double => write!(out, "REAL"),
        DataType::Numeric(Some(p), Some(s)) => write!(out, "NUMERIC({p},{s})"),
        DataType::Numeric(..) => write!(out, "NUMERIC"),
        DataType::Varchar(Some(n)) => write!(out, "VARCHAR({n})"),
        DataType::Char(Some(n)) => write!(out, "CHAR({n})"),
        DataType::Blob | DataType::Bytea | DataType::LongBlob => write!(out, "BLOB"),
        DataType::Boolean => write!(out, "BOOLEAN"),
        DataType::Varchar(None)
        | DataType::Char(None)
        | DataType::Text
        | DataType::LongText
        | DataType::Timestamp { .. }
        | DataType::Datetime(_)
        | DataType::Date
        | DataType::Time { .. }
        | DataType::Interval
        | DataType::Json
        | DataType::Jsonb
        | DataType::Uuid
        | DataType::Array(_)
        | DataType::Enum(_) => write!(out, "TEXT"),
        // Rules resolve every named type; an unresolved one has already stopped the translation.
        DataType::Named(name) => write!(out, "{name}"),
    };
}
