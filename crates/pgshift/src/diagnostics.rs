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
    InvalidUtf8 = "PGS0009", Error, "not valid UTF-8",
        "pgshift reads scripts as UTF-8; convert the file (for example with iconv) or remove the stray bytes.";
    ExpansionTooLarge = "PGS0010", Error, "translation too large",
        "The target form of this statement repeats some of its operands, and nesting such constructs multiplies them; compute the inner values in a subquery or a CTE, or split the statement.";
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
    IntDivision = "PGS0122", Warning, "division operand types unknown",
        "PostgreSQL truncates when both operands are integers; pgshift cannot tell here. Cast an operand to NUMERIC, or use DIV.";
    SchemaDropped = "PGS0123", Note, "schema qualifier dropped",
        "SQLite has no schemas; `public.` is removed.";
    LikeEscape = "PGS0124", Error, "LIKE pattern cannot be translated",
        "Use a literal pattern, or an ESCAPE clause with a single character.";
    RowLockDropped = "PGS0126", Warning, "row locking dropped",
        "SQLite locks the whole database for writes; FOR UPDATE/SHARE have no equivalent and are dropped.";
    VolatileRepeated = "PGS0127", Error, "volatile call repeated",
        "Compute the volatile value once, in a subquery or CTE, and use its column in the expression.";
    ColumnValue = "PGS0128", Error, "value cannot be stored",
        "PostgreSQL reads a quoted value as the column's type; this text is not a valid value of that type, or the target has no way to store it (NaN, infinity, years outside 1-9999). Fix the value in the source.";
    CopyUnknownTable = "PGS0129", Error, "COPY into an unknown table",
        "COPY data is converted with its columns' types: create the table earlier in the script, or pass the schema with `Options::with_schema` (`--schema` on the command line).";
    CopyWithoutHeader = "PGS0130", Error, "COPY data without its COPY statement",
        "A data block must follow a `COPY table FROM stdin` statement that translated.";
    SessionSetting = "PGS0131", Note, "session setting dropped",
        "SET, RESET and set_config() change PostgreSQL's session, not the schema or the data; the target's own session settings are yours to choose.";
    SessionTimeZone = "PGS0132", Warning, "session time zone dropped",
        "pgshift's translations keep timestamps in UTC; give timestamptz values with an explicit offset, or convert them to UTC first.";
    DatabaseSkipped = "PGS0133", Warning, "database statement skipped",
        "The output runs in the database (the SQLite file, the MySQL schema) you load it into; create or choose that database yourself before loading.";
    IdentifierTruncated = "PGS0134", Note, "identifier truncated",
        "PostgreSQL keeps only the first 63 bytes of a name, so pgshift does too; two names that share those bytes are the same name.";
    TrailingSpaces = "PGS0136", Warning, "trailing spaces ignored",
        "MySQL's utf8mb4_bin compares text as if it had no trailing spaces ('a' = 'a ' holds, and a UNIQUE key takes only one of them), where PostgreSQL counts them. The mariadb, mysql8 and planetscale profiles give text columns a binary collation that counts them.";
    DecimalDivision = "PGS0137", Warning, "decimal division keeps 4 more places",
        "MySQL gives a DECIMAL quotient only the dividend's scale plus div_precision_increment (4) places (1 / 3.0 is 0.3333), where PostgreSQL keeps at least 16 significant digits. Raise div_precision_increment for the session (up to 30), or widen the dividend: CAST(a AS DECIMAL(65,30)) / b.";
    IdentifierRefused = "PGS0135", Error, "name the target refuses",
        "MySQL names cannot end with a space and cannot hold characters outside the Basic Multilingual Plane (such as emoji); rename the object.";
    NonLiteralPattern = "PGS0125", Warning, "case-sensitive LIKE on a non-literal pattern",
        "The pattern is not a literal, so pgshift cannot convert it to GLOB; SQLite's LIKE ignores ASCII case here.";
    // Functions and operators (PGS0300-PGS0349).
    MissingFunction = "PGS0300", Error, "the target has no such function",
        "The target engine has no built-in equivalent; compute the value in the application, or register a user function on the connection and call it by name.";
    SqliteRegex = "PGS0301", Error, "SQLite has no regular expressions",
        "SQLite's REGEXP operator calls a user function that only the host application can register; match in the application, or use LIKE/GLOB.";
    RegexFlavor = "PGS0302", Warning, "regular-expression dialect differs",
        "MySQL uses ICU and MariaDB PCRE; PostgreSQL-only escapes such as \\m, \\y or [[:<:]] mean something else there. Check the pattern.";
    GroupConcatLimit = "PGS0303", Warning, "GROUP_CONCAT truncates long results",
        "MySQL cuts the result at group_concat_max_len bytes (1024 by default in MySQL, 1 MiB in MariaDB); raise it with SET SESSION group_concat_max_len.";
    ArrayAsJson = "PGS0304", Warning, "array becomes JSON text",
        "The target has no arrays; the aggregate returns a JSON array as text, so the application must parse it.";
    UuidVersion = "PGS0305", Warning, "UUID() is version 1",
        "MySQL's and MariaDB's UUID() return time-based version-1 UUIDs, not random version-4 ones; they are unique but predictable.";
    Sequence = "PGS0306", Error, "sequence functions are not supported",
        "The targets have no sequences; use an auto-increment column and read the generated key from the driver.";
    FunctionArgs = "PGS0307", Error, "these arguments cannot be translated exactly",
        "The target's function differs from PostgreSQL's for this argument form; see the message for the form pgshift can translate.";
    // JSON and arrays.
    JsonKey = "PGS0350", Error, "JSON key or path cannot be translated",
        "Use a literal key, a non-negative literal index, or a literal path such as '{a,b}'; keys must not contain double quotes or backslashes.";
    JsonKeyArray = "PGS0351", Warning, "key test is approximate on nested arrays",
        "MySQL's JSON_CONTAINS also finds the string inside arrays nested in a top-level array, where PostgreSQL's ? looks at top-level elements only.";
    JsonContainment = "PGS0352", Error, "JSON containment cannot be translated",
        "SQLite has no JSON containment; pgshift translates `x @> '{...}'` only for a literal object of scalar values. Compare members with ->> instead.";
    ArrayValue = "PGS0353", Error, "array cannot be translated",
        "The targets have no array type; use an IN list, or pass a JSON array text as a parameter and compare with `= ANY($n)`.";
    ArrayParam = "PGS0354", Note, "array parameter is bound as JSON text",
        "Bind this parameter as a JSON array text such as '[1,2,3]', not as a driver array.";
    SetReturning = "PGS0355", Error, "set-returning function cannot be translated",
        "pgshift translates generate_series with integer bounds (literals or parameters) and a non-zero integer literal step; rewrite other forms by hand.";
    JsonFunction = "PGS0356", Error, "JSON function cannot be translated",
        "The target has no equivalent with PostgreSQL's result for these arguments; rewrite the expression by hand.";
    JsonText = "PGS0357", Warning, "JSON text differs",
        "The target prints JSON text with other spacing or key order, or booleans as numbers; compare extracted values, not JSON text.";
    // Dates and times.
    IntervalUnsupported = "PGS0250", Error, "interval cannot be translated",
        "Neither target has an interval type: use an interval only added to or subtracted from a date or timestamp, written as a literal such as INTERVAL '1 day 2 hours'.";
    DateFieldUnsupported = "PGS0251", Error, "date/time field or pattern not supported",
        "Use one of the fields or format patterns listed in pgshift's date and time rules, given as a string literal.";
    IntervalMultiplier = "PGS0252", Warning, "interval multiplier assumed whole",
        "The target adds a whole number of units; cast the multiplier to an integer to make the intent explicit.";
    TimeZoneUnsupported = "PGS0253", Error, "time zone not supported",
        "Only AT TIME ZONE 'UTC' can be translated, because the targets store timestamps without a zone.";
    AgeUnsupported = "PGS0254", Error, "age() result not representable",
        "age() returns an interval, which the targets do not have; use it only as EXTRACT(YEAR|MONTH FROM age(a, b)).";
    FractionalSecondsDropped = "PGS0255", Warning, "fractional seconds dropped",
        "SQLite keeps time to the millisecond (and `datetime()` to the second); keep finer precision in a separate column if it matters.";
    // JSON functions (PGS0400-PGS0419).
    JsonSetReturning = "PGS0400", Error, "JSON set-returning function cannot be translated",
        "pgshift translates json(b)_array_elements(_text) and json(b)_each(_text) in the FROM list of a SELECT, with one argument; refer to their columns as alias.value or alias.key, and list the columns instead of SELECT *.";
    ToJsonbType = "PGS0401", Error, "to_jsonb needs a known argument type",
        "pgshift has no catalog yet, so it cannot tell a text column from a number; cast the argument, as in to_jsonb(name::text), to_jsonb(price::numeric) or to_jsonb(done::boolean).";
    JsonbSet = "PGS0402", Error, "jsonb_set cannot be translated",
        "Use a literal path of object keys such as '{a,b}' (array indexes are not supported) and, if given, a literal true or false for create_missing.";
    JsonbMerge = "PGS0403", Error, "jsonb || or - cannot be translated",
        "The targets' `||` and `-` would join or subtract the JSON text; merge objects with json_patch() (SQLite) or JSON_MERGE_PATCH (MySQL), which merge nested objects too, and remove keys with json_remove / JSON_REMOVE, by hand.";
    // Indexes, views and other schema statements (PGS0530-PGS0559).
    IndexMethodSkipped = "PGS0530", Warning, "index method not available; index skipped",
        "The target has no GIN/GiST/SP-GiST indexes; queries give the same rows without the index but may be slower. Create a target-specific index by hand if needed.";
    PartialUniqueIndex = "PGS0531", Error, "partial unique index",
        "MySQL has no partial indexes, and a UNIQUE index without its WHERE would reject rows PostgreSQL accepts. Enforce the rule in the application, or make the index unique over a generated column that is NULL outside the predicate.";
    PartialIndexFull = "PGS0532", Warning, "partial index becomes a full index",
        "MySQL has no partial indexes; the index covers every row, which gives the same query results but takes more space.";
    UniqueTextIndex = "PGS0533", Error, "unique index on a TEXT column",
        "MySQL indexes TEXT only by a prefix, and a unique prefix would reject distinct values that share it. Declare the column VARCHAR(n), or put the UNIQUE constraint in CREATE TABLE (pgshift then makes it VARCHAR(255)); MariaDB 10.4+ (profile mariadb) indexes it by hash.";
    TextIndexPrefix = "PGS0534", Note, "TEXT column indexed by a prefix",
        "MySQL indexes TEXT only by a prefix; pgshift indexes the first 255 characters, which gives the same query results.";
    ExpressionIndexSkipped = "PGS0535", Warning, "expression index skipped",
        "The target cannot index an expression (MariaDB; MySQL 8.0.13+ can, profile mysql8); queries give the same rows without the index but may be slower. Index a generated column instead.";
    UniqueExpressionIndex = "PGS0536", Error, "unique index on an expression",
        "The target cannot index an expression (MariaDB; MySQL 8.0.13+ can, profile mysql8), so the uniqueness would not be enforced. Add a stored generated column with the expression and a UNIQUE index on it.";
    NullsNotDistinct = "PGS0537", Error, "NULLS NOT DISTINCT",
        "The targets' unique indexes always treat NULLs as distinct; make the columns NOT NULL with a sentinel value, or enforce the rule in the application.";
    IndexOptionDropped = "PGS0538", Note, "index option dropped",
        "CONCURRENTLY, INCLUDE and NULLS FIRST/LAST in index columns do not change query results; the target has no equivalent, so they are left out.";
    IndexExists = "PGS0539", Note, "index exists already; statement skipped",
        "The target has no CREATE INDEX IF NOT EXISTS; the catalog shows the index exists, so nothing is created, as in PostgreSQL.";
    UnknownIndex = "PGS0540", Error, "index not in the catalog",
        "pgshift needs the index's definition or table (MySQL drops an index ON its table; SQLite rebuilds a renamed one); create the index earlier in the script or give the schema with --schema.";
    UnknownIndexSkipped = "PGS0541", Warning, "DROP INDEX IF EXISTS of an unknown index skipped",
        "MySQL drops an index ON its table, and the catalog does not know this index, so pgshift assumes it does not exist. Give the schema with --schema if it may.";
    CascadeDropped = "PGS0542", Warning, "CASCADE not available",
        "The target does not drop dependent objects (views, foreign keys, indexes on other tables); drop them explicitly first.";
    MaterializedView = "PGS0543", Warning, "materialized view becomes a table",
        "The target has no materialized views; pgshift creates a table filled by the query once. It does not follow later changes until a REFRESH, which pgshift rewrites as DELETE + INSERT.";
    RefreshRebuilt = "PGS0544", Warning, "REFRESH becomes DELETE + INSERT",
        "The table standing for the materialized view is emptied and refilled by the stored query; run it inside a transaction if readers must not see it empty.";
    UnknownView = "PGS0545", Error, "view not in the catalog",
        "pgshift rebuilds this view from its definition, which it needs from earlier in the script or from --schema.";
    ObjectSkipped = "PGS0546", Note, "statement skipped",
        "The target has no such object (an enum type, an extension, a comment, the public schema); the statement is kept as a comment in the output.";
    ExtensionSkipped = "PGS0547", Warning, "extension not available",
        "The target has no PostgreSQL extensions; the statement is skipped, and the extension's functions and types will be errors where they are used.";
    TruncateIdentityUnknown = "PGS0548", Warning, "auto-increment reset unknown",
        "pgshift does not know this table's columns, so RESTART IDENTITY cannot reset its auto-increment counter; give the schema with --schema.";
    TruncateReferenced = "PGS0549", Error, "TRUNCATE of a referenced table",
        "MySQL refuses TRUNCATE TABLE on a table that a foreign key references, and only TRUNCATE resets AUTO_INCREMENT. Use DELETE and ALTER TABLE … AUTO_INCREMENT = 1 by hand.";
    SchemaUnsupported = "PGS0550", Error, "schemas not available",
        "SQLite has no schemas (an attached database is the nearest thing); put the tables in the main database without a qualifier.";
    ViewColumns = "PGS0551", Error, "materialized view column list",
        "pgshift names a materialized view's columns in its SELECT list, which it cannot do for this query; alias the columns in the SELECT instead.";
    IfNotExistsUnknown = "PGS0552", Warning, "IF NOT EXISTS dropped",
        "MySQL 8 has no CREATE INDEX IF NOT EXISTS, and the catalog does not know the table, so pgshift assumes the index does not exist; the statement fails if it does.";
    DropSchemaRestrict = "PGS0553", Error, "DROP SCHEMA of a non-empty schema",
        "MySQL's DROP SCHEMA drops a database with everything in it, where PostgreSQL refuses without CASCADE; drop the objects first, or write CASCADE.";
    // ALTER TABLE (PGS0500-PGS0529).
    AlterNeedsSchema = "PGS0500", Error, "the table's definition is needed",
        "pgshift rebuilds the table (SQLite) or restates the whole column (MySQL) from the table's definition, which it has not seen; translate the migrations together with the CREATE TABLE, or pass the schema with `Options::with_schema`.";
    AlterUsing = "PGS0501", Error, "TYPE ... USING an expression",
        "MySQL's MODIFY COLUMN converts the stored values itself and cannot apply an expression; convert with a plain cast (`USING c::type`), or add a new column, fill it with an UPDATE, drop the old one and rename the new one.";
    ConstraintNotFound = "PGS0502", Error, "no such constraint",
        "pgshift looks the constraint up in the schema to choose the target's form (DROP INDEX, DROP FOREIGN KEY, DROP CHECK), and the schema it has seen has no constraint of this name; check the name, or pass the schema with `Options::with_schema`.";
    ConstraintTargetName = "PGS0503", Error, "the target names this constraint differently",
        "The constraint was created without a name, and MySQL and MariaDB name unnamed foreign keys and checks differently from PostgreSQL (t_ibfk_1, CONSTRAINT_1); name it in CREATE TABLE (`CONSTRAINT t_a_fkey FOREIGN KEY ...`) and drop it by that name.";
    AlterDependents = "PGS0504", Error, "other objects depend on it",
        "PostgreSQL's CASCADE also drops foreign keys of other tables and views that use the column or constraint; drop those first, explicitly, then this.";
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
        "MySQL has no FULL JOIN. pgshift writes one as a LEFT JOIN UNION ALL the unmatched right rows, as a derived table when other joins, GROUP BY or windows surround it, which needs the columns of both sides (give the tables' CREATE TABLE, or use subqueries that list their columns), a join condition that reads only the two sides and no subquery, and column names it can resolve (qualify them). UPDATE … FROM and DELETE … USING with a FULL JOIN, and FOR UPDATE, are not emulated: select the keys in a subquery first.";
    Lateral = "PGS0207", Error, "LATERAL subquery",
        "SQLite and MariaDB have no LATERAL; rewrite it as a join or a correlated scalar subquery. MySQL 8.0.14+ has it (profile mysql8).";
    TableColumnAliases = "PGS0208", Error, "column aliases need the column list",
        "`AS x(a, b)` renames the relation's columns in order, which pgshift can only do where it sees the select list; alias the columns inside the subquery or in the select list.";
    ReturningJoined = "PGS0209", Error, "RETURNING reads the joined tables",
        "The target's RETURNING sees only the modified table, where PostgreSQL also returns the FROM/USING tables' columns; name the modified table's columns, or run a SELECT.";
    SetOpAll = "PGS0210", Error, "INTERSECT ALL / EXCEPT ALL over unlisted columns",
        "SQLite has only INTERSECT and EXCEPT, which remove duplicates; pgshift numbers each side's duplicates to keep them, which needs the first side's columns. List them instead of a `*` that does not read one known table.";
    WindowGroups = "PGS0211", Error, "GROUPS frame",
        "MySQL and MariaDB have only ROWS and RANGE frames; rewrite the frame in ROWS or RANGE units.";
    LimitExpression = "PGS0212", Error, "LIMIT takes a number or a parameter",
        "MySQL's LIMIT and OFFSET accept only an integer literal or a placeholder; compute the value in the application and pass it as a parameter.";
    StarColumnOrder = "PGS0213", Error, "`*` column order differs",
        "MySQL lists a RIGHT JOIN's columns with the right table first when the join has USING or NATURAL, unlike PostgreSQL; list the columns instead of `*`.";
    NullsPlacement = "PGS0214", Warning, "NULL placement not emulated",
        "MySQL sorts NULLs as the smallest values; pgshift emulates PostgreSQL's placement with an extra `x IS NULL` sort key, which it cannot add here (a RANGE frame with an offset takes a single key; a set operation's ORDER BY names output columns). Rows whose key is NULL sort on the other side.";
    // CREATE TABLE, enum types, domains, sequences, code objects (PGS0560-PGS0599).
    EnumComparison = "PGS0560", Warning, "enum compared as text",
        "PostgreSQL orders enum values by declaration; the target compares this value as text. Compare with `=` or `IN`, or order by the column alone (pgshift rewrites that).";
    EnumRenameValue = "PGS0562", Error, "enum value rename",
        "Renaming a label would leave existing rows with a value the target no longer accepts; add the new label, update the rows, then recreate the type without the old one.";
    DomainCast = "PGS0563", Warning, "domain constraints not checked in a cast",
        "The cast becomes a cast to the domain's base type; PostgreSQL would also check the domain's NOT NULL and CHECK constraints. Validate the value before casting.";
    SequenceDefault = "PGS0564", Error, "sequence default cannot be folded",
        "A nextval() default becomes an auto-increment only on an integer column (and, in SQLite, the primary key); fill the column from the application.";
    SetvalDropped = "PGS0565", Warning, "setval() dropped",
        "The targets continue an auto-increment after the largest value stored, not from a set position; ids after setval() may differ if it jumped past the data.";
    SequenceOptionDropped = "PGS0566", Warning, "sequence option dropped",
        "The target's auto-increment has no RESTART, INCREMENT, MINVALUE, MAXVALUE or CYCLE; the ids it gives may differ.";
    CodeObject = "PGS0567", Error, "procedural code cannot run on the target",
        "SQLite and MySQL cannot run PL/pgSQL (functions, procedures, triggers, DO blocks) nor row-level policies; rewrite the logic in the application, or translate in lenient mode to skip these statements with a warning.";
    CodeObjectSkipped = "PGS0568", Warning, "procedural code skipped",
        "Lenient mode skipped this statement, which the target cannot run; reimplement its logic in the application.";
    PrivilegesDropped = "PGS0569", Note, "privileges and ownership dropped",
        "GRANT, REVOKE and OWNER TO name PostgreSQL roles, which the target does not share; set up the target's users and privileges separately.";
    PartitionBy = "PGS0570", Error, "partitioned table",
        "Neither target has PostgreSQL's declarative partitioning; create one plain table (drop PARTITION BY and the PARTITION OF tables) and index the partition key.";
    Inherits = "PGS0571", Error, "table inheritance",
        "The targets have no table inheritance; list the parent's columns in the child table, or use one table with a kind column.";
    TableLike = "PGS0572", Error, "CREATE TABLE with LIKE",
        "pgshift does not copy a table's definition yet; write the columns out.";
    Unlogged = "PGS0573", Note, "UNLOGGED becomes a plain table",
        "The targets have no unlogged tables; the table is crash-safe and a little slower to write.";
    Deferrable = "PGS0574", Warning, "constraint checked immediately",
        "The target checks this constraint at each statement, not at commit; order the statements of a transaction so that every statement leaves the data valid.";
    Collation = "PGS0575", Error, "collation not supported",
        "Only the C (binary) collation has an exact equivalent; drop the COLLATE clause or compare with lower() in queries.";
    ForeignKeysPragma = "PGS0576", Note, "foreign keys enabled",
        "SQLite enforces foreign keys only with `PRAGMA foreign_keys = ON`, which is per connection; pgshift adds it before the first table with a foreign key. Set it on every connection that writes.";
    ArrayDefault = "PGS0577", Error, "array default cannot be translated",
        "Arrays become JSON; write the default as a JSON array literal such as '[]'.";
    EnumOrder = "PGS0578", Note, "enum order emulated",
        "SQLite stores enum values as text; ORDER BY on the enum column sorts by the value's position in the type, through a CASE expression.";
    // Platform profiles: D1, PlanetScale and the targets' limits (PGS0580-PGS0589).
    TransactionRemoved = "PGS0580", Note, "transaction statement removed",
        "Cloudflare D1 rejects BEGIN, COMMIT and SAVEPOINT in SQL and runs each statement in a transaction of its own; group statements that must commit together with D1's batch() API.";
    TransactionRollback = "PGS0581", Error, "ROLLBACK cannot run on the target",
        "Cloudflare D1 has no transaction statements, so the statements before this ROLLBACK would stay where PostgreSQL undoes them; remove them, or run them through D1's batch() API, which rolls back when a statement fails.";
    PragmaUnsupported = "PGS0582", Error, "PRAGMA not available on the target",
        "The target accepts only the PRAGMAs it documents (Cloudflare D1: table_info, foreign_key_check, defer_foreign_keys…); run the statements that need this one against plain SQLite.";
    TooManyParams = "PGS0583", Error, "too many bound parameters",
        "The target limits the values one statement binds (Cloudflare D1: 100); split the statement, for example an IN list or a multi-row INSERT, into several.";
    StatementTooLong = "PGS0584", Error, "statement too long for the target",
        "The target limits the length of one SQL statement (Cloudflare D1: 100,000 bytes); split a multi-row INSERT into several, or load large values through bound parameters.";
    ForeignKeyDropped = "PGS0585", Warning, "foreign key dropped",
        "The target does not accept FOREIGN KEY constraints (PlanetScale unless foreign key support is enabled on the database); referential integrity must be kept by the application. Enable foreign keys on the database and translate with --keep-foreign-keys to keep them.";
    JsonTableUnsupported = "PGS0586", Error, "JSON_TABLE not available on the target",
        "PlanetScale (Vitess) does not support JSON_TABLE, which pgshift needs to read a JSON array as rows (`= ANY($1)` with an array parameter, jsonb_array_elements); pass the values as separate parameters instead.";
    DatabaseStatement = "PGS0587", Error, "CREATE/DROP DATABASE not available on the target",
        "A PostgreSQL schema becomes a MySQL database, and PlanetScale creates and drops databases only in its dashboard and CLI; create the database there, or keep the tables in the default schema.";
    RenameColumnUnsupported = "PGS0588", Error, "RENAME COLUMN not available on the target",
        "PlanetScale does not support renaming a column in place; add the new column, copy the values with an UPDATE, deploy the application, then drop the old column.";
    RebuildCascade = "PGS0589", Error, "table rebuild would fire ON DELETE actions",
        "SQLite rebuilds the table (copy, drop, rename), and Cloudflare D1 can only defer foreign keys, which still delete or change the referring rows when the old table is dropped. Drop the ON DELETE action (or the foreign key) of the referring tables first, then restore it.";
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
        self.to_json_at(
            index.line_col(self.span.start),
            index.line_col(self.span.end),
        )
    }

    /// The JSON form, with the span's lines and columns already known (a caller
    /// that streams its input locates spans itself).
    pub fn to_json_at(&self, start: crate::span::LineCol, end: crate::span::LineCol) -> String {
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
