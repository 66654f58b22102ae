//! MySQL spellings (the common ground of MySQL 8.0 and MariaDB 10.6+).
//! Only names live here; which type to use is decided by rules.
//! <https://dev.mysql.com/doc/refman/8.0/en/data-types.html>

use crate::ir::{DataType, IntWidth};
use std::fmt::Write;

pub fn data_type(out: &mut String, ty: &DataType) {
    let _ = match ty {
        DataType::SmallInt | DataType::Serial(IntWidth::Small) => write!(out, "SMALLINT"),
        DataType::Integer | DataType::SqliteInteger | DataType::Serial(IntWidth::Int) => {
            write!(out, "INT")
        }
        DataType::BigInt | DataType::Serial(IntWidth::Big) => write!(out, "BIGINT"),
        DataType::Signed => write!(out, "SIGNED"),
        DataType::Real => write!(out, "FLOAT"),
        DataType::Double => write!(out, "DOUBLE"),
        DataType::Numeric(Some(p), Some(s)) => write!(out, "DECIMAL({p},{s})"),
        DataType::Numeric(Some(p), None) => write!(out, "DECIMAL({p})"),
        DataType::Numeric(None, _) => write!(out, "DECIMAL(65,30)"),
        DataType::Varchar(Some(n)) => write!(out, "VARCHAR({n})"),
        DataType::Char(Some(n)) => write!(out, "CHAR({n})"),
        DataType::Char(None) | DataType::Varchar(None) => write!(out, "CHAR"),
        DataType::Text => write!(out, "TEXT"),
        DataType::LongText => write!(out, "LONGTEXT"),
        DataType::Boolean => write!(out, "BOOLEAN"),
        DataType::Timestamp { .. } => write!(out, "DATETIME(6)"),
        DataType::Datetime(p) => write!(out, "DATETIME({p})"),
        DataType::Date => write!(out, "DATE"),
        DataType::Time { .. } => write!(out, "TIME(6)"),
        DataType::Json | DataType::Jsonb => write!(out, "JSON"),
        DataType::Uuid => write!(out, "CHAR(36)"),
        DataType::Bytea | DataType::Blob | DataType::LongBlob => write!(out, "LONGBLOB"),
        DataType::Interval => write!(out, "VARCHAR(64)"),
        DataType::Array(_) => write!(out, "JSON"),
        // The printer spells ENUM itself, because its labels are string literals.
        DataType::Enum(_) => write!(out, "ENUM"),
        // Rules resolve every named type; an unresolved one has already stopped the translation.
        DataType::Named(name) => write!(out, "{name}"),
    };
}
