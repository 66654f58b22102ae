//! Data types: the PostgreSQL types pgshift understands, plus the few spellings
//! that exist only in a target (`Datetime`, `Signed`, `LongText`...).

/// A column or cast type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataType {
    SmallInt,
    Integer,
    BigInt,
    /// `SMALLSERIAL`, `SERIAL`, `BIGSERIAL`: an integer of that width with a sequence default.
    Serial(IntWidth),
    Real,
    Double,
    /// `NUMERIC(precision, scale)`; `None` for unbounded.
    Numeric(Option<u64>, Option<u64>),
    Varchar(Option<u64>),
    Char(Option<u64>),
    Text,
    Boolean,
    Timestamp {
        tz: bool,
    },
    Date,
    Time {
        tz: bool,
    },
    Interval,
    Json,
    Jsonb,
    Uuid,
    Bytea,
    /// A type the statement names but lowering does not know: an enum type, a
    /// domain or an extension's type (`mood`, `email`, `citext`). Rules resolve it
    /// through the catalog; one left unresolved is an error.
    Named(String),
    /// `elem[]`: stored as JSON text in SQLite and JSON in MySQL.
    Array(Box<DataType>),
    // Spellings that only targets have.
    /// MySQL `ENUM('a', 'b')`, the inline form of a PostgreSQL enum type.
    Enum(Vec<String>),
    /// SQLite's `INTEGER` (a rowid alias when it is the primary key).
    SqliteInteger,
    /// SQLite's `BLOB`.
    Blob,
    /// MySQL `DATETIME(precision)`.
    Datetime(u8),
    /// MySQL `LONGTEXT`.
    LongText,
    /// MySQL `LONGBLOB`.
    LongBlob,
    /// MySQL's cast target `SIGNED` (a BIGINT).
    Signed,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntWidth {
    Small,
    Int,
    Big,
}

impl DataType {
    pub fn is_integer(&self) -> bool {
        matches!(
            self,
            DataType::SmallInt
                | DataType::Integer
                | DataType::BigInt
                | DataType::Serial(_)
                | DataType::SqliteInteger
                | DataType::Signed
        )
    }

    /// An integer, a numeric or a float.
    pub fn is_number(&self) -> bool {
        self.is_integer()
            || matches!(
                self,
                DataType::Numeric(..) | DataType::Real | DataType::Double
            )
    }

    pub fn is_text(&self) -> bool {
        matches!(
            self,
            DataType::Text | DataType::Varchar(_) | DataType::Char(_) | DataType::LongText
        )
    }

    /// The PostgreSQL spelling, for messages.
    pub fn pg_name(&self) -> String {
        match self {
            DataType::SmallInt => "smallint".into(),
            DataType::Integer => "integer".into(),
            DataType::BigInt => "bigint".into(),
            DataType::Serial(IntWidth::Small) => "smallserial".into(),
            DataType::Serial(IntWidth::Int) => "serial".into(),
            DataType::Serial(IntWidth::Big) => "bigserial".into(),
            DataType::Real => "real".into(),
            DataType::Double => "double precision".into(),
            DataType::Numeric(None, _) => "numeric".into(),
            DataType::Numeric(Some(p), None) => format!("numeric({p})"),
            DataType::Numeric(Some(p), Some(s)) => format!("numeric({p},{s})"),
            DataType::Varchar(_) => "varchar".into(),
            DataType::Char(_) => "char".into(),
            DataType::Text => "text".into(),
            DataType::Boolean => "boolean".into(),
            DataType::Timestamp { tz: false } => "timestamp".into(),
            DataType::Timestamp { tz: true } => "timestamptz".into(),
            DataType::Date => "date".into(),
            DataType::Time { .. } => "time".into(),
            DataType::Interval => "interval".into(),
            DataType::Json => "json".into(),
            DataType::Jsonb => "jsonb".into(),
            DataType::Uuid => "uuid".into(),
            DataType::Bytea => "bytea".into(),
            DataType::Named(name) => name.clone(),
            DataType::Array(elem) => format!("{}[]", elem.pg_name()),
            // The target-only spellings, which PostgreSQL does not have.
            DataType::Enum(values) => {
                let quoted: Vec<String> = values
                    .iter()
                    .map(|v| format!("'{}'", v.replace('\'', "''")))
                    .collect();
                format!("enum({})", quoted.join(", "))
            }
            DataType::SqliteInteger => "sqliteinteger".into(),
            DataType::Blob => "blob".into(),
            DataType::Datetime(p) => format!("datetime({p})"),
            DataType::LongText => "longtext".into(),
            DataType::LongBlob => "longblob".into(),
            DataType::Signed => "signed".into(),
        }
    }
}
