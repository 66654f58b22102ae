//! Every diagnostic pgshift can raise, declared in one table.
//!
//! A code is stable: once published it keeps its meaning. Each entry gives the
//! default severity, a short label (shown under the source excerpt) and help text.
//! Rendering with miette lives at the edge (the CLI); this crate owns the type.

use crate::span::{LineIndex, Span};
use serde::Serialize;
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Note,
    Warning,
    Error,
}

macro_rules! diagnostics {
    ($( $name:ident = $code:literal, $sev:ident, $label:literal, $help:literal; )*) => {
        /// The stable identity of a diagnostic.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Code { $( $name, )* }

        impl Code {
            /// All codes, in table order.
            pub const ALL: &'static [Code] = &[ $( Code::$name, )* ];

            pub fn as_str(self) -> &'static str {
                match self { $( Code::$name => $code, )* }
            }

            pub fn default_severity(self) -> Severity {
                match self { $( Code::$name => Severity::$sev, )* }
            }

            pub fn label(self) -> &'static str {
                match self { $( Code::$name => $label, )* }
            }

            pub fn help(self) -> &'static str {
                match self { $( Code::$name => $help, )* }
            }
        }
    };
}

diagnostics! {
    // Input that cannot be read at all.
    Parse = "PGS0001", Error, "not valid PostgreSQL",
        "pgshift parses with PostgreSQL's grammar; check the statement runs on PostgreSQL.";
    Unsupported = "PGS0002", Error, "not supported",
        "pgshift has no faithful translation for this construct yet; rewrite it by hand or open an issue.";
    TooComplex = "PGS0003", Error, "too deeply nested",
        "Split the expression or statement; pgshift bounds nesting so that it never overflows the stack.";
    Unterminated = "PGS0004", Error, "unterminated",
        "Close the string, quoted identifier, dollar quote or comment.";
    InvalidParam = "PGS0005", Error, "invalid parameter",
        "Parameters are numbered from $1; `?` placeholders cannot be mixed with `$n`.";
    MetaCommand = "PGS0006", Note, "psql meta-command dropped",
        "psql meta-commands are client instructions, not SQL; the targets' clients do not understand them.";
    EmptyInput = "PGS0007", Note, "nothing to translate",
        "The input holds only comments or white space.";
    UnsupportedTarget = "PGS0008", Error, "not supported by the target",
        "The target engine cannot express this; see the help of the specific construct.";
    // Auto-increment.
    SerialNotPrimaryKey = "PGS0100", Error, "auto-increment column is not the primary key",
        "SQLite only auto-increments an INTEGER PRIMARY KEY; make this column the table's primary key, or fill it from the application.";
    IdentityAlways = "PGS0101", Warning, "GENERATED ALWAYS is not enforced",
        "The target lets an INSERT give an explicit value; PostgreSQL would reject it.";
    SerialSequence = "PGS0102", Warning, "sequence options dropped",
        "The target's auto-increment has no START/INCREMENT options here; the ids it gives may differ.";
    // Types.
    LossyType = "PGS0110", Warning, "approximate type",
        "The target has no exact equivalent; values keep their meaning but the column's type differs.";
    TextKey = "PGS0111", Warning, "TEXT key becomes VARCHAR(255)",
        "MySQL cannot index an unbounded TEXT column; values longer than 255 characters will be rejected.";
    TimeZoneDropped = "PGS0112", Warning, "time zone dropped",
        "The target stores timestamps without a zone; store UTC and convert in the application.";
    UnknownType = "PGS0113", Error, "unknown type",
        "pgshift does not know this type; replace it with a standard type.";
    BooleanCast = "PGS0114", Warning, "text-to-boolean cast of a non-literal",
        "Text that is not a boolean gives NULL here, where PostgreSQL raises an error; validate the text first.";
    InvalidLiteral = "PGS0115", Error, "invalid literal",
        "PostgreSQL would reject this literal at run time; correct it.";
    // Expressions.
    LikeCaseFolding = "PGS0120", Warning, "case folding is ASCII-only",
        "SQLite's lower()/LIKE fold only ASCII letters; non-ASCII letters compare case-sensitively.";
    LikeCollation = "PGS0121", Warning, "LIKE follows the column collation",
        "MySQL's LIKE uses the collation; pgshift forces a binary comparison, which compares bytes.";
    IntDivision = "PGS0122", Warning, "division operand types unknown",
        "PostgreSQL truncates when both operands are integers; pgshift cannot tell here. Cast an operand to NUMERIC, or use DIV.";
    SchemaDropped = "PGS0123", Note, "schema qualifier dropped",
        "SQLite has no schemas; `public.` is removed.";
    LikeEscape = "PGS0124", Error, "LIKE pattern cannot be translated",
        "Use a literal pattern, or an ESCAPE clause with a single character.";
    RowLockDropped = "PGS0126", Warning, "row locking dropped",
        "SQLite locks the whole database for writes; FOR UPDATE/SHARE have no equivalent and are dropped.";
    NonLiteralPattern = "PGS0125", Warning, "case-sensitive LIKE on a non-literal pattern",
        "The pattern is not a literal, so pgshift cannot convert it to GLOB; SQLite's LIKE ignores ASCII case here.";
    // DML and query structure.
    ConflictConstraint = "PGS0200", Error, "conflict target names a constraint",
        "SQLite's upsert names the conflict columns, and pgshift does not know the constraint's columns; write ON CONFLICT (col, ...) with them.";
    DuplicateKeyAnyKey = "PGS0201", Warning, "ON DUPLICATE KEY fires on any unique key",
        "MySQL's upsert reacts to a duplicate in the primary key or any unique key, not only the conflict target, where PostgreSQL raises an error for the others. It is exact when the table has no other unique key.";
    UpsertNoColumn = "PGS0202", Error, "no column to name in the no-op update",
        "MySQL has no DO NOTHING: pgshift writes ON DUPLICATE KEY UPDATE c = c, which needs a column; list the INSERT's columns or give a conflict target.";
    AssignmentOrder = "PGS0203", Error, "assignments read columns that others change",
        "MySQL applies SET assignments left to right, and a later one sees an earlier one's new value, where PostgreSQL reads the old row; no order of these assignments reads only old values. Split the statement, or compute the values in a subquery.";
    UpsertReturning = "PGS0204", Error, "RETURNING would return skipped rows",
        "MariaDB's RETURNING also returns the rows whose conflict PostgreSQL skips (DO NOTHING, or DO UPDATE ... WHERE false); run a SELECT after the INSERT instead.";
    DistinctOnWildcard = "PGS0205", Error, "DISTINCT ON with `*`",
        "pgshift rewrites DISTINCT ON as ROW_NUMBER() in a subquery and must name the output columns, which it cannot do for `*` without the table's definition; list the columns.";
    FullJoin = "PGS0206", Error, "FULL JOIN",
        "MySQL has no FULL JOIN. Write the LEFT JOIN, then UNION ALL the RIGHT JOIN's rows that found no match (WHERE the left key IS NULL).";
    Lateral = "PGS0207", Error, "LATERAL subquery",
        "SQLite and MariaDB have no LATERAL; rewrite it as a join or a correlated scalar subquery. MySQL 8.0.14+ has it (profile mysql8).";
    TableColumnAliases = "PGS0208", Error, "column aliases need the column list",
        "`AS x(a, b)` renames the relation's columns in order, which pgshift can only do where it sees the select list; alias the columns inside the subquery or in the select list.";
    ReturningJoined = "PGS0209", Error, "RETURNING reads the joined tables",
        "The target's RETURNING sees only the modified table, where PostgreSQL also returns the FROM/USING tables' columns; name the modified table's columns, or run a SELECT.";
    SetOpAll = "PGS0210", Error, "INTERSECT ALL / EXCEPT ALL",
        "SQLite has only INTERSECT and EXCEPT, which remove duplicates; PostgreSQL keeps them with ALL. Use the DISTINCT form if duplicates cannot occur, or count the rows with GROUP BY.";
    WindowGroups = "PGS0211", Error, "GROUPS frame",
        "MySQL and MariaDB have only ROWS and RANGE frames; rewrite the frame in ROWS or RANGE units.";
    LimitExpression = "PGS0212", Error, "LIMIT takes a number or a parameter",
        "MySQL's LIMIT and OFFSET accept only an integer literal or a placeholder; compute the value in the application and pass it as a parameter.";
    StarColumnOrder = "PGS0213", Error, "`*` column order differs",
        "MySQL lists a RIGHT JOIN's columns with the right table first when the join has USING or NATURAL, unlike PostgreSQL; list the columns instead of `*`.";
    NullsPlacement = "PGS0214", Warning, "NULL placement not emulated",
        "MySQL sorts NULLs as the smallest values; pgshift emulates PostgreSQL's placement with an extra `x IS NULL` sort key, which it cannot add here (a RANGE frame with an offset takes a single key; a set operation's ORDER BY names output columns). Rows whose key is NULL sort on the other side.";
}

/// One finding about the input, with where it is and what to do about it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    #[serde(serialize_with = "ser_code")]
    pub code: Code,
    pub severity: Severity,
    pub message: String,
    pub span: Span,
    pub label: &'static str,
    pub help: &'static str,
}

fn ser_code<S: serde::Serializer>(code: &Code, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(code.as_str())
}

impl Diagnostic {
    pub fn new(code: Code, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            code,
            severity: code.default_severity(),
            message: message.into(),
            span,
            label: code.label(),
            help: code.help(),
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// A JSON object with the line and column resolved against `source`.
    pub fn to_json(&self, source: &str) -> String {
        let index = LineIndex::new(source);
        let start = index.line_col(self.span.start);
        let end = index.line_col(self.span.end);
        let value = JsonDiagnostic {
            diagnostic: self,
            start,
            end,
        };
        serde_json::to_string(&value).unwrap_or_default()
    }
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    #[serde(flatten)]
    diagnostic: &'a Diagnostic,
    start: crate::span::LineCol,
    end: crate::span::LineCol,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        };
        write!(f, "{sev}[{}]: {}", self.code.as_str(), self.message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_are_unique_and_well_formed() {
        let mut seen = HashSet::new();
        for code in Code::ALL {
            let s = code.as_str();
            assert!(s.starts_with("PGS") && s.len() == 7, "{s}");
            assert!(seen.insert(s), "duplicate code {s}");
            assert!(code.help().ends_with('.'), "help of {s} is a sentence");
        }
    }
}
