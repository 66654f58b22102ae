//! A generator of PostgreSQL statements for the `structured` fuzz target and for
//! grammar-tests' engine harness (`generated.rs`), which includes this file.
//!
//! The statements read and write the two tables of [`SCHEMA`], and every column
//! reference is resolved against the tables in scope, so the generated SQL is
//! valid PostgreSQL: a translation that the target engine then rejects is a bug.
//! Nodes are derived with `arbitrary`; the first variant of each recursive enum is
//! a leaf, so generation ends when the input bytes run out.

use arbitrary::Arbitrary;
use std::fmt;

/// The schema every generated statement runs against.
pub const SCHEMA: &str = "CREATE TABLE t1 (id integer PRIMARY KEY, a integer, b text, \
c numeric(10,2), d timestamp, e boolean, f date);
CREATE TABLE t2 (id serial PRIMARY KEY, t1_id integer, name varchar(50) NOT NULL DEFAULT 'x', \
amount bigint, note text);
";

/// The tables an expression may name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    None,
    T1,
    T2,
    Both,
}

impl Scope {
    fn int_columns(self) -> &'static [&'static str] {
        match self {
            Scope::None => &[],
            Scope::T1 => &["t1.id", "t1.a"],
            Scope::T2 => &["t2.id", "t2.t1_id", "t2.amount"],
            Scope::Both => &["t1.id", "t1.a", "t2.id", "t2.t1_id", "t2.amount"],
        }
    }

    fn text_columns(self) -> &'static [&'static str] {
        match self {
            Scope::None => &[],
            Scope::T1 => &["t1.b"],
            Scope::T2 => &["t2.name", "t2.note"],
            Scope::Both => &["t1.b", "t2.name", "t2.note"],
        }
    }

    fn has_t1(self) -> bool {
        matches!(self, Scope::T1 | Scope::Both)
    }
}

/// Output with the scope of the expression being printed.
pub struct Out<'a> {
    s: &'a mut String,
    scope: Scope,
    /// How many integer or text expressions enclose the one being printed.
    depth: u32,
}

/// The deepest integer or text expression printed; deeper ones become leaves.
/// It was 5 while nested emulations multiplied their operands (fixed, see
/// fuzz/README.md); deeper nesting now ends in a translation or in PGS0010.
const MAX_DEPTH: u32 = 9;

impl Out<'_> {
    fn w(&mut self, text: &str) {
        self.s.push_str(text);
    }
}

/// Something printed as SQL in a scope.
pub trait Sql {
    fn sql(&self, o: &mut Out<'_>);
}

fn pick(columns: &[&'static str], n: u8) -> Option<&'static str> {
    columns.get(n as usize % columns.len().max(1)).copied()
}

/// A script of statements, printed separated by `;` and newlines.
#[derive(Arbitrary, Debug)]
pub struct Script {
    pub statements: Vec<Statement>,
}

impl fmt::Display for Script {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for s in &self.statements {
            writeln!(f, "{s};")?;
        }
        Ok(())
    }
}

#[derive(Arbitrary, Debug)]
pub enum Statement {
    Select(Select),
    Insert(Insert),
    Update(Update),
    Delete(Delete),
    CreateTable(CreateTable),
    Aggregate(Aggregate),
    Union(Union),
}

impl fmt::Display for Statement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = String::new();
        let mut o = Out {
            s: &mut s,
            scope: Scope::None,
            depth: 0,
        };
        match self {
            Statement::Select(x) => x.sql(&mut o),
            Statement::Insert(x) => x.sql(&mut o),
            Statement::Update(x) => x.sql(&mut o),
            Statement::Delete(x) => x.sql(&mut o),
            Statement::CreateTable(x) => x.sql(&mut o),
            Statement::Aggregate(x) => x.sql(&mut o),
            Statement::Union(x) => x.sql(&mut o),
        }
        f.write_str(&s)
    }
}

// ---------------------------------------------------------------- literals

/// A character of a generated string: the ones that break naive quoting.
#[derive(Arbitrary, Clone, Copy, Debug)]
pub enum Char {
    A,
    Space,
    Quote,
    DoubleQuote,
    Backslash,
    Dollar,
    Newline,
    Tab,
    Percent,
    Underscore,
    Semicolon,
    Dash,
    Accent,
    Combining,
    Emoji,
    Backtick,
    Question,
}

impl Char {
    pub fn as_str(self) -> &'static str {
        match self {
            Char::A => "a",
            Char::Space => " ",
            Char::Quote => "'",
            Char::DoubleQuote => "\"",
            Char::Backslash => "\\",
            Char::Dollar => "$",
            Char::Newline => "\n",
            Char::Tab => "\t",
            Char::Percent => "%",
            Char::Underscore => "_",
            Char::Semicolon => ";",
            Char::Dash => "-",
            Char::Accent => "é",
            Char::Combining => "e\u{301}",
            Char::Emoji => "😀",
            Char::Backtick => "`",
            Char::Question => "?",
        }
    }
}

/// How a string literal is spelled in PostgreSQL.
#[derive(Arbitrary, Clone, Copy, Debug)]
pub enum Quoting {
    Standard,
    Escape,
    Dollar,
    National,
}

#[derive(Arbitrary, Clone, Debug)]
pub struct StrLit {
    pub quoting: Quoting,
    pub chars: Vec<Char>,
}

impl StrLit {
    pub fn value(&self) -> String {
        self.chars.iter().map(|c| c.as_str()).collect()
    }
}

/// Spells `value` as a PostgreSQL string literal.
pub fn quote(value: &str, quoting: Quoting) -> String {
    match quoting {
        Quoting::Standard => format!("'{}'", value.replace('\'', "''")),
        Quoting::National => format!("N'{}'", value.replace('\'', "''")),
        Quoting::Escape => {
            let mut s = String::from("E'");
            for c in value.chars() {
                match c {
                    '\\' => s.push_str("\\\\"),
                    '\'' => s.push_str("\\'"),
                    '\n' => s.push_str("\\n"),
                    '\t' => s.push_str("\\t"),
                    c => s.push(c),
                }
            }
            s.push('\'');
            s
        }
        Quoting::Dollar => {
            // A tag that the value cannot contain or complete.
            let mut tag = String::from("$");
            if value.contains('$') {
                tag.push_str("zq");
                while value.contains(&tag[1..]) {
                    tag.push('q');
                }
            }
            tag.push('$');
            format!("{tag}{value}{tag}")
        }
    }
}

impl Sql for StrLit {
    fn sql(&self, o: &mut Out<'_>) {
        o.w(&quote(&self.value(), self.quoting));
    }
}

/// A literal of every kind PostgreSQL has a spelling for.
#[derive(Arbitrary, Debug)]
pub enum Literal {
    Integer(i64),
    Null,
    Decimal(u32, u16),
    Exponent(u8, i8),
    Str(StrLit),
    Boolean(bool),
    Date(Date),
    Timestamp(Date, u8, u8),
    Interval(u8, IntervalUnit),
    IntText(i16),
    NumericText(i32),
    BoolText(BoolSpelling),
    Bytea(Vec<u8>),
    Jsonb(u8, bool),
    Uuid(u128),
    CastInt(i32),
}

#[derive(Arbitrary, Clone, Copy, Debug)]
pub struct Date {
    year: u8,
    month: u8,
    day: u8,
}

impl Date {
    fn text(self) -> String {
        format!(
            "{:04}-{:02}-{:02}",
            1970 + u32::from(self.year) % 100,
            1 + self.month % 12,
            1 + self.day % 28
        )
    }
}

#[derive(Arbitrary, Clone, Copy, Debug)]
pub enum IntervalUnit {
    Days,
    Hours,
    Minutes,
    Months,
    Years,
}

#[derive(Arbitrary, Clone, Copy, Debug)]
pub enum BoolSpelling {
    T,
    True,
    Yes,
    On,
    One,
    F,
    False,
    No,
    Off,
    Zero,
}

impl Sql for Literal {
    fn sql(&self, o: &mut Out<'_>) {
        let text = match self {
            Literal::Integer(n) if *n < 0 => format!("({n})"),
            Literal::Integer(n) => n.to_string(),
            Literal::Null => "NULL".into(),
            Literal::Decimal(i, f) => format!("{i}.{f}"),
            Literal::Exponent(m, e) => format!("{m}.5e{}", e % 20),
            Literal::Str(s) => return s.sql(o),
            Literal::Boolean(b) => if *b { "TRUE" } else { "FALSE" }.into(),
            Literal::Date(d) => format!("DATE '{}'", d.text()),
            Literal::Timestamp(d, h, m) => {
                format!("TIMESTAMP '{} {:02}:{:02}:00'", d.text(), h % 24, m % 60)
            }
            Literal::Interval(n, unit) => {
                let unit = match unit {
                    IntervalUnit::Days => "days",
                    IntervalUnit::Hours => "hours",
                    IntervalUnit::Minutes => "minutes",
                    IntervalUnit::Months => "months",
                    IntervalUnit::Years => "years",
                };
                format!("INTERVAL '{} {unit}'", n % 50)
            }
            Literal::IntText(n) => format!("'{n}'::integer"),
            Literal::NumericText(n) => format!(
                "CAST('{}.{:02}' AS numeric(10,2))",
                n % 1_000_000,
                n.unsigned_abs() % 100
            ),
            Literal::BoolText(b) => {
                let s = match b {
                    BoolSpelling::T => "t",
                    BoolSpelling::True => "TRUE",
                    BoolSpelling::Yes => "yes",
                    BoolSpelling::On => " on ",
                    BoolSpelling::One => "1",
                    BoolSpelling::F => "f",
                    BoolSpelling::False => "false",
                    BoolSpelling::No => "No",
                    BoolSpelling::Off => "off",
                    BoolSpelling::Zero => "0",
                };
                format!("'{s}'::boolean")
            }
            Literal::Bytea(bytes) => {
                let hex: String = bytes.iter().take(8).map(|b| format!("{b:02x}")).collect();
                format!("'\\x{hex}'::bytea")
            }
            Literal::Jsonb(n, nested) => {
                if *nested {
                    format!("'{{\"a\": {n}, \"b\": [1, \"x\"]}}'::jsonb")
                } else {
                    format!("'[{n}, null]'::jsonb")
                }
            }
            Literal::Uuid(n) => {
                let h = format!("{n:032x}");
                format!(
                    "'{}-{}-{}-{}-{}'::uuid",
                    &h[0..8],
                    &h[8..12],
                    &h[12..16],
                    &h[16..20],
                    &h[20..32]
                )
            }
            Literal::CastInt(n) => format!("CAST({n} AS bigint)"),
        };
        o.w(&text);
    }
}

// ---------------------------------------------------------------- expressions

/// A parameter `$1` to `$4`.
#[derive(Arbitrary, Clone, Copy, Debug)]
pub struct Param(u8);

impl Param {
    fn text(self) -> String {
        format!("${}", 1 + self.0 % 4)
    }
}

#[derive(Arbitrary, Clone, Copy, Debug)]
pub enum ArithOp {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
}

#[derive(Arbitrary, Clone, Copy, Debug)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl CmpOp {
    fn text(self) -> &'static str {
        match self {
            CmpOp::Eq => " = ",
            CmpOp::Ne => " <> ",
            CmpOp::Lt => " < ",
            CmpOp::Le => " <= ",
            CmpOp::Gt => " > ",
            CmpOp::Ge => " >= ",
        }
    }
}

/// An integer expression.
#[derive(Arbitrary, Debug)]
pub enum Int {
    Lit(i16),
    Column(u8),
    Param(Param),
    Null,
    Arith(Box<Int>, ArithOp, Box<Int>),
    Neg(Box<Int>),
    Abs(Box<Int>),
    Length(Box<Text>),
    Strpos(Box<Text>, Box<Text>),
    Coalesce(Box<Int>, Box<Int>),
    Nullif(Box<Int>, Box<Int>),
    Greatest(Box<Int>, Box<Int>),
    Least(Box<Int>, Box<Int>),
    Case(Box<Bool>, Box<Int>, Box<Int>),
    CastText(i16),
    CastBigint(Box<Int>),
    ModFn(Box<Int>, Box<Int>),
    MaxAmount,
    Year(Date),
    RoundC,
}

impl Sql for Int {
    fn sql(&self, o: &mut Out<'_>) {
        if o.depth >= MAX_DEPTH {
            return o.w("1");
        }
        o.depth += 1;
        self.print(o);
        o.depth -= 1;
    }
}

impl Int {
    fn print(&self, o: &mut Out<'_>) {
        match self {
            Int::Lit(n) if *n < 0 => o.w(&format!("({n})")),
            Int::Lit(n) => o.w(&n.to_string()),
            Int::Column(n) => match pick(o.scope.int_columns(), *n) {
                Some(c) => o.w(c),
                None => o.w(&n.to_string()),
            },
            Int::Param(p) => o.w(&format!("{}::integer", p.text())),
            Int::Null => o.w("CAST(NULL AS integer)"),
            Int::Arith(a, op, b) => {
                o.w("(");
                a.sql(o);
                o.w(match op {
                    ArithOp::Add => " + ",
                    ArithOp::Sub => " - ",
                    ArithOp::Mul => " * ",
                    ArithOp::Div => " / ",
                    ArithOp::Mod => " % ",
                });
                b.sql(o);
                o.w(")");
            }
            Int::Neg(a) => {
                o.w("(- ");
                a.sql(o);
                o.w(")");
            }
            Int::Abs(a) => call(o, "abs", &[&**a]),
            Int::Length(t) => call(o, "length", &[&**t]),
            Int::Strpos(a, b) => call(o, "strpos", &[&**a, &**b]),
            Int::Coalesce(a, b) => call(o, "coalesce", &[&**a, &**b]),
            Int::Nullif(a, b) => call(o, "nullif", &[&**a, &**b]),
            Int::Greatest(a, b) => call(o, "greatest", &[&**a, &**b]),
            Int::Least(a, b) => call(o, "least", &[&**a, &**b]),
            Int::Case(c, a, b) => case(o, c, &**a, &**b),
            Int::CastText(n) => o.w(&format!("CAST('{n}' AS integer)")),
            Int::CastBigint(a) => {
                o.w("(");
                a.sql(o);
                o.w(")::bigint");
            }
            Int::ModFn(a, b) => call(o, "mod", &[&**a, &**b]),
            Int::MaxAmount => o.w("(SELECT max(x.amount) FROM t2 AS x)"),
            Int::Year(d) => o.w(&format!(
                "CAST(EXTRACT(YEAR FROM DATE '{}') AS integer)",
                d.text()
            )),
            Int::RoundC if o.scope.has_t1() => o.w("CAST(round(t1.c) AS integer)"),
            Int::RoundC => o.w("7"),
        }
    }
}

fn call(o: &mut Out<'_>, name: &str, args: &[&dyn Sql]) {
    o.w(name);
    o.w("(");
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            o.w(", ");
        }
        a.sql(o);
    }
    o.w(")");
}

fn case(o: &mut Out<'_>, c: &Bool, a: &dyn Sql, b: &dyn Sql) {
    o.w("CASE WHEN ");
    c.sql(o);
    o.w(" THEN ");
    a.sql(o);
    o.w(" ELSE ");
    b.sql(o);
    o.w(" END");
}

/// A text expression.
#[derive(Arbitrary, Debug)]
pub enum Text {
    Lit(StrLit),
    Column(u8),
    Param(Param),
    Null,
    Concat(Box<Text>, Box<Text>),
    Lower(Box<Text>),
    Upper(Box<Text>),
    Substr(Box<Text>, u8),
    Replace(Box<Text>, StrLit, StrLit),
    Btrim(Box<Text>),
    Trim(Box<Text>),
    Left(Box<Text>, u8),
    Lpad(Box<Text>, u8),
    FromInt(Box<Int>),
    CastInt(Box<Int>),
    Coalesce(Box<Text>, Box<Text>),
    Case(Box<Bool>, Box<Text>, Box<Text>),
    ConcatFn(Box<Text>, Box<Int>),
    ConcatWs(Box<Text>, Box<Text>),
    Initcap(Box<Text>),
    Repeat(Box<Text>, u8),
    SplitPart(Box<Text>, u8),
}

impl Sql for Text {
    fn sql(&self, o: &mut Out<'_>) {
        if o.depth >= MAX_DEPTH {
            return o.w("'t'");
        }
        o.depth += 1;
        self.print(o);
        o.depth -= 1;
    }
}

impl Text {
    fn print(&self, o: &mut Out<'_>) {
        match self {
            Text::Lit(s) => s.sql(o),
            Text::Column(n) => match pick(o.scope.text_columns(), *n) {
                Some(c) => o.w(c),
                None => o.w("'none'"),
            },
            Text::Param(p) => o.w(&format!("{}::text", p.text())),
            Text::Null => o.w("CAST(NULL AS text)"),
            Text::Concat(a, b) => {
                o.w("(");
                a.sql(o);
                o.w(" || ");
                b.sql(o);
                o.w(")");
            }
            Text::Lower(a) => call(o, "lower", &[&**a]),
            Text::Upper(a) => call(o, "upper", &[&**a]),
            Text::Substr(a, n) => {
                call(o, "substr", &[&**a, &Int::Lit(i16::from(n % 5))]);
            }
            Text::Replace(a, b, c) => call(o, "replace", &[&**a, b, c]),
            Text::Btrim(a) => call(o, "btrim", &[&**a]),
            Text::Trim(a) => {
                o.w("trim(both ' ' from ");
                a.sql(o);
                o.w(")");
            }
            Text::Left(a, n) => call(o, "left", &[&**a, &Int::Lit(i16::from(n % 5))]),
            Text::Lpad(a, n) => call(
                o,
                "lpad",
                &[
                    &**a,
                    &Int::Lit(i16::from(n % 8)),
                    &StrLit {
                        quoting: Quoting::Standard,
                        chars: vec![Char::Dash],
                    },
                ],
            ),
            Text::FromInt(a) => {
                o.w("(");
                a.sql(o);
                o.w(")::text");
            }
            Text::CastInt(a) => {
                o.w("CAST(");
                a.sql(o);
                o.w(" AS text)");
            }
            Text::Coalesce(a, b) => call(o, "coalesce", &[&**a, &**b]),
            Text::Case(c, a, b) => case(o, c, &**a, &**b),
            Text::ConcatFn(a, b) => call(o, "concat", &[&**a, &**b]),
            Text::ConcatWs(a, b) => call(
                o,
                "concat_ws",
                &[
                    &StrLit {
                        quoting: Quoting::Standard,
                        chars: vec![Char::Semicolon],
                    },
                    &**a,
                    &**b,
                ],
            ),
            Text::Initcap(a) => call(o, "initcap", &[&**a]),
            Text::Repeat(a, n) => call(o, "repeat", &[&**a, &Int::Lit(i16::from(n % 3))]),
            Text::SplitPart(a, n) => call(
                o,
                "split_part",
                &[
                    &**a,
                    &StrLit {
                        quoting: Quoting::Standard,
                        chars: vec![Char::Space],
                    },
                    &Int::Lit(1 + i16::from(n % 3)),
                ],
            ),
        }
    }
}

/// A boolean expression.
#[derive(Arbitrary, Debug)]
pub enum Bool {
    Lit(bool),
    Column,
    Cmp(Box<Int>, CmpOp, Box<Int>),
    TextCmp(Box<Text>, CmpOp, Box<Text>),
    Like(Box<Text>, StrLit, bool),
    And(Box<Bool>, Box<Bool>),
    Or(Box<Bool>, Box<Bool>),
    Not(Box<Bool>),
    IsNull(Box<Int>, bool),
    InList(Box<Int>, Vec<i16>),
    Between(Box<Int>, i16, i16),
    Exists(Box<Int>),
    InSubquery(Box<Int>),
    NumericCmp(CmpOp, u16),
    TimestampCmp(CmpOp, Date),
    DateCmp(CmpOp, Date),
    RecentTimestamp(u8, IntervalUnit),
    Param(Param),
}

impl Sql for Bool {
    fn sql(&self, o: &mut Out<'_>) {
        match self {
            Bool::Lit(b) => o.w(if *b { "TRUE" } else { "FALSE" }),
            Bool::Column if o.scope.has_t1() => o.w("t1.e"),
            Bool::Column => o.w("(1 = 1)"),
            Bool::Cmp(a, op, b) => {
                o.w("(");
                a.sql(o);
                o.w(op.text());
                b.sql(o);
                o.w(")");
            }
            Bool::TextCmp(a, op, b) => {
                o.w("(");
                a.sql(o);
                o.w(op.text());
                b.sql(o);
                o.w(")");
            }
            Bool::Like(a, pattern, negated) => {
                o.w("(");
                a.sql(o);
                o.w(if *negated { " NOT LIKE " } else { " LIKE " });
                pattern.sql(o);
                o.w(")");
            }
            Bool::And(a, b) => {
                o.w("(");
                a.sql(o);
                o.w(" AND ");
                b.sql(o);
                o.w(")");
            }
            Bool::Or(a, b) => {
                o.w("(");
                a.sql(o);
                o.w(" OR ");
                b.sql(o);
                o.w(")");
            }
            Bool::Not(a) => {
                o.w("(NOT ");
                a.sql(o);
                o.w(")");
            }
            Bool::IsNull(a, negated) => {
                o.w("(");
                a.sql(o);
                o.w(if *negated {
                    " IS NOT NULL)"
                } else {
                    " IS NULL)"
                });
            }
            Bool::InList(a, items) => {
                o.w("(");
                a.sql(o);
                o.w(" IN (");
                let items = if items.is_empty() {
                    &[0][..]
                } else {
                    &items[..]
                };
                for (i, n) in items.iter().take(5).enumerate() {
                    if i > 0 {
                        o.w(", ");
                    }
                    Int::Lit(*n).sql(o);
                }
                o.w("))");
            }
            Bool::Between(a, lo, hi) => {
                o.w("(");
                a.sql(o);
                o.w(" BETWEEN ");
                Int::Lit(*lo).sql(o);
                o.w(" AND ");
                Int::Lit(*hi).sql(o);
                o.w(")");
            }
            Bool::Exists(a) => {
                o.w("EXISTS (SELECT 1 FROM t2 AS y WHERE y.t1_id = ");
                a.sql(o);
                o.w(")");
            }
            Bool::InSubquery(a) => {
                o.w("(");
                a.sql(o);
                o.w(" IN (SELECT y.t1_id FROM t2 AS y))");
            }
            Bool::NumericCmp(op, n) if o.scope.has_t1() => {
                o.w("(t1.c");
                o.w(op.text());
                o.w(&format!("{}.{})", n / 100, n % 100));
            }
            Bool::TimestampCmp(op, d) if o.scope.has_t1() => {
                o.w("(t1.d");
                o.w(op.text());
                o.w(&format!("TIMESTAMP '{} 12:30:00')", d.text()));
            }
            Bool::DateCmp(op, d) if o.scope.has_t1() => {
                o.w("(t1.f");
                o.w(op.text());
                o.w(&format!("DATE '{}')", d.text()));
            }
            Bool::RecentTimestamp(n, unit) if o.scope.has_t1() => {
                o.w("(t1.d > now() - ");
                Literal::Interval(*n, *unit).sql(o);
                o.w(")");
            }
            Bool::NumericCmp(..) | Bool::TimestampCmp(..) | Bool::DateCmp(..) => {
                o.w("(CURRENT_DATE > DATE '2000-01-01')")
            }
            Bool::RecentTimestamp(..) => o.w("(now() > TIMESTAMP '2000-01-01 00:00:00')"),
            Bool::Param(p) => o.w(&format!("{}::boolean", p.text())),
        }
    }
}

// ---------------------------------------------------------------- statements

#[derive(Arbitrary, Debug)]
pub enum From {
    None,
    T1,
    T2,
    Join,
    LeftJoin,
    CrossJoin,
}

impl From {
    fn scope(&self) -> Scope {
        match self {
            From::None => Scope::None,
            From::T1 => Scope::T1,
            From::T2 => Scope::T2,
            From::Join | From::LeftJoin | From::CrossJoin => Scope::Both,
        }
    }

    fn text(&self) -> &'static str {
        match self {
            From::None => "",
            From::T1 => " FROM t1",
            From::T2 => " FROM t2",
            From::Join => " FROM t1 JOIN t2 ON t2.t1_id = t1.id",
            From::LeftJoin => " FROM t1 LEFT JOIN t2 ON t2.t1_id = t1.id",
            From::CrossJoin => " FROM t1 CROSS JOIN t2",
        }
    }
}

#[derive(Arbitrary, Debug)]
pub enum Item {
    Int(Int),
    Text(Text),
    Bool(Bool),
    Literal(Literal),
    RowNumber,
    Rank,
    Star,
}

#[derive(Arbitrary, Debug)]
pub enum Nulls {
    Default,
    First,
    Last,
}

#[derive(Arbitrary, Debug)]
pub struct Order {
    key: Int,
    descending: bool,
    nulls: Nulls,
}

#[derive(Arbitrary, Debug)]
pub enum Limit {
    Count(u8),
    CountOffset(u8, u8),
    Param(Param),
}

#[derive(Arbitrary, Debug)]
pub struct Select {
    distinct: bool,
    items: Vec<Item>,
    from: From,
    filter: Option<Bool>,
    order: Option<Order>,
    limit: Option<Limit>,
}

impl Sql for Select {
    fn sql(&self, o: &mut Out<'_>) {
        let outer = o.scope;
        o.scope = self.from.scope();
        o.w(if self.distinct {
            "SELECT DISTINCT "
        } else {
            "SELECT "
        });
        if self.items.is_empty() {
            o.w("1 AS c0");
        }
        for (i, item) in self.items.iter().take(6).enumerate() {
            if i > 0 {
                o.w(", ");
            }
            match item {
                Item::Int(x) => x.sql(o),
                Item::Text(x) => x.sql(o),
                Item::Bool(x) => x.sql(o),
                Item::Literal(x) => x.sql(o),
                Item::RowNumber if o.scope.has_t1() => o.w("row_number() OVER (ORDER BY t1.id)"),
                Item::Rank if o.scope.has_t1() => {
                    o.w("rank() OVER (PARTITION BY t1.a ORDER BY t1.b)")
                }
                Item::Star if o.scope != Scope::None && !self.distinct => {
                    o.w(if o.scope == Scope::T2 { "t2.*" } else { "t1.*" })
                }
                Item::RowNumber | Item::Rank | Item::Star => o.w("42"),
            }
            if !matches!(item, Item::Star) || o.scope == Scope::None || self.distinct {
                o.w(&format!(" AS c{i}"));
            }
        }
        o.w(self.from.text());
        if let Some(f) = &self.filter {
            o.w(" WHERE ");
            f.sql(o);
        }
        if let Some(order) = &self.order {
            if !self.distinct {
                o.w(" ORDER BY ");
                let mut key = String::new();
                order.key.sql(&mut Out {
                    s: &mut key,
                    scope: o.scope,
                    depth: o.depth,
                });
                // A bare integer is a column position in ORDER BY, not a value.
                let bare = key
                    .trim_matches(|c| matches!(c, '(' | ')' | '-' | ' '))
                    .bytes()
                    .all(|b| b.is_ascii_digit());
                if bare {
                    o.w(&format!("abs({key})"));
                } else {
                    o.w(&key);
                }
                o.w(if order.descending { " DESC" } else { " ASC" });
                o.w(match order.nulls {
                    Nulls::Default => "",
                    Nulls::First => " NULLS FIRST",
                    Nulls::Last => " NULLS LAST",
                });
            }
        }
        match &self.limit {
            None => {}
            Some(Limit::Count(n)) => o.w(&format!(" LIMIT {n}")),
            Some(Limit::CountOffset(n, m)) => o.w(&format!(" LIMIT {n} OFFSET {m}")),
            Some(Limit::Param(p)) => o.w(&format!(" LIMIT {}", p.text())),
        }
        o.scope = outer;
    }
}

/// `SELECT key, aggregates FROM t1 GROUP BY key HAVING …`.
#[derive(Arbitrary, Debug)]
pub struct Aggregate {
    by_text: bool,
    aggregates: Vec<AggregateFn>,
    having: Option<u8>,
}

#[derive(Arbitrary, Debug)]
pub enum AggregateFn {
    Count,
    CountDistinct,
    Sum,
    Avg,
    Max,
    Min,
    StringAgg,
    BoolAnd,
    SumFilter,
}

impl Sql for Aggregate {
    fn sql(&self, o: &mut Out<'_>) {
        let key = if self.by_text { "t1.b" } else { "t1.a" };
        o.w(&format!("SELECT {key}"));
        for (i, a) in self.aggregates.iter().take(5).enumerate() {
            o.w(", ");
            o.w(match a {
                AggregateFn::Count => "count(*)",
                AggregateFn::CountDistinct => "count(DISTINCT t1.f)",
                AggregateFn::Sum => "sum(t1.c)",
                AggregateFn::Avg => "avg(t1.id)",
                AggregateFn::Max => "max(t1.d)",
                AggregateFn::Min => "min(t1.b)",
                AggregateFn::StringAgg => "string_agg(t1.b, ', ' ORDER BY t1.b)",
                AggregateFn::BoolAnd => "bool_and(t1.e)",
                AggregateFn::SumFilter => "sum(t1.id) FILTER (WHERE t1.e)",
            });
            o.w(&format!(" AS a{i}"));
        }
        o.w(&format!(" FROM t1 GROUP BY {key}"));
        if let Some(n) = self.having {
            o.w(&format!(" HAVING count(*) > {}", n % 4));
        }
        o.w(&format!(" ORDER BY {key}"));
    }
}

#[derive(Arbitrary, Debug)]
pub enum SetOp {
    Union,
    UnionAll,
    Intersect,
    Except,
}

/// Two one-column integer queries combined.
#[derive(Arbitrary, Debug)]
pub struct Union {
    left: Int,
    op: SetOp,
    right: Int,
    filter: Option<Bool>,
}

impl Sql for Union {
    fn sql(&self, o: &mut Out<'_>) {
        o.scope = Scope::T1;
        o.w("SELECT ");
        self.left.sql(o);
        o.w(" AS v FROM t1");
        if let Some(f) = &self.filter {
            o.w(" WHERE ");
            f.sql(o);
        }
        o.w(match self.op {
            SetOp::Union => " UNION ",
            SetOp::UnionAll => " UNION ALL ",
            SetOp::Intersect => " INTERSECT ",
            SetOp::Except => " EXCEPT ",
        });
        o.scope = Scope::T2;
        o.w("SELECT ");
        self.right.sql(o);
        o.w(" FROM t2");
        o.scope = Scope::None;
    }
}

/// A value for one column of `t1` in an INSERT.
#[derive(Arbitrary, Debug)]
pub struct Row {
    a: Int,
    b: Text,
    c: u32,
    d: Date,
    e: bool,
}

#[derive(Arbitrary, Debug)]
pub enum Conflict {
    None,
    Nothing,
    NothingOn,
    Update,
    UpdateWhere(u8),
}

#[derive(Arbitrary, Debug)]
pub enum Insert {
    Values {
        rows: Vec<(i16, Row)>,
        conflict: Conflict,
        returning: bool,
    },
    Select {
        filter: Option<Bool>,
        returning: bool,
    },
    Defaults,
}

impl Sql for Insert {
    fn sql(&self, o: &mut Out<'_>) {
        match self {
            Insert::Values {
                rows,
                conflict,
                returning,
            } => {
                o.scope = Scope::None;
                o.w("INSERT INTO t1 (id, a, b, c, d, e, f) VALUES ");
                let first = [(0, None)];
                let rows: Vec<(i16, Option<&Row>)> = if rows.is_empty() {
                    first.to_vec()
                } else {
                    rows.iter().take(4).map(|(id, r)| (*id, Some(r))).collect()
                };
                for (i, (id, row)) in rows.iter().enumerate() {
                    if i > 0 {
                        o.w(", ");
                    }
                    o.w(&format!("({id}, "));
                    match row {
                        Some(r) => {
                            r.a.sql(o);
                            o.w(", ");
                            r.b.sql(o);
                            o.w(&format!(
                                ", {}.{:02}, '{} 08:00:00', {}, '{}'",
                                r.c % 100_000,
                                r.c % 100,
                                r.d.text(),
                                if r.e { "'yes'" } else { "false" },
                                r.d.text()
                            ));
                        }
                        None => o.w("1, 'x', 1.5, NULL, NULL, NULL"),
                    }
                    o.w(")");
                }
                match conflict {
                    Conflict::None => {}
                    Conflict::Nothing => o.w(" ON CONFLICT DO NOTHING"),
                    Conflict::NothingOn => o.w(" ON CONFLICT (id) DO NOTHING"),
                    Conflict::Update => {
                        o.w(" ON CONFLICT (id) DO UPDATE SET a = EXCLUDED.a, b = EXCLUDED.b")
                    }
                    Conflict::UpdateWhere(n) => o.w(&format!(
                        " ON CONFLICT (id) DO UPDATE SET a = t1.a + EXCLUDED.a WHERE t1.a > {n}"
                    )),
                }
                if *returning {
                    o.w(" RETURNING id, a");
                }
            }
            Insert::Select { filter, returning } => {
                o.w("INSERT INTO t2 (t1_id, name, amount) SELECT t1.id, coalesce(t1.b, 'n'), t1.a FROM t1");
                o.scope = Scope::T1;
                if let Some(f) = filter {
                    o.w(" WHERE ");
                    f.sql(o);
                }
                o.scope = Scope::None;
                if *returning {
                    o.w(" RETURNING id");
                }
            }
            Insert::Defaults => o.w("INSERT INTO t2 DEFAULT VALUES"),
        }
    }
}

#[derive(Arbitrary, Debug)]
pub struct Update {
    a: Int,
    b: Option<Text>,
    filter: Option<Bool>,
    returning: bool,
}

impl Sql for Update {
    fn sql(&self, o: &mut Out<'_>) {
        o.scope = Scope::T1;
        o.w("UPDATE t1 SET a = ");
        self.a.sql(o);
        if let Some(b) = &self.b {
            o.w(", b = ");
            b.sql(o);
        }
        if let Some(f) = &self.filter {
            o.w(" WHERE ");
            f.sql(o);
        }
        if self.returning {
            o.w(" RETURNING t1.id");
        }
        o.scope = Scope::None;
    }
}

#[derive(Arbitrary, Debug)]
pub struct Delete {
    filter: Option<Bool>,
    returning: bool,
}

impl Sql for Delete {
    fn sql(&self, o: &mut Out<'_>) {
        o.scope = Scope::T2;
        o.w("DELETE FROM t2");
        if let Some(f) = &self.filter {
            o.w(" WHERE ");
            f.sql(o);
        }
        if self.returning {
            o.w(" RETURNING id");
        }
        o.scope = Scope::None;
    }
}

#[derive(Arbitrary, Clone, Copy, Debug)]
pub enum ColumnType {
    Integer,
    Bigint,
    Smallint,
    Serial,
    Text,
    Varchar,
    Char,
    Numeric,
    Real,
    Double,
    Boolean,
    Date,
    Timestamp,
    Timestamptz,
    Time,
    Uuid,
    Jsonb,
    Bytea,
}

#[derive(Arbitrary, Debug)]
pub struct Column {
    ty: ColumnType,
    not_null: bool,
    default: bool,
    unique: bool,
    check: bool,
}

#[derive(Arbitrary, Debug)]
pub struct CreateTable {
    name: u8,
    if_not_exists: bool,
    columns: Vec<Column>,
    primary_key: bool,
}

impl Sql for CreateTable {
    fn sql(&self, o: &mut Out<'_>) {
        let columns: Vec<&Column> = self.columns.iter().take(6).collect();
        o.w("CREATE TABLE ");
        if self.if_not_exists {
            o.w("IF NOT EXISTS ");
        }
        o.w(&format!("g{} (", self.name));
        if columns.is_empty() {
            o.w("id integer");
        }
        for (i, c) in columns.iter().enumerate() {
            if i > 0 {
                o.w(", ");
            }
            let (ty, default) = match c.ty {
                ColumnType::Integer => ("integer", "0"),
                ColumnType::Bigint => ("bigint", "(-1)"),
                ColumnType::Smallint => ("smallint", "3"),
                ColumnType::Serial => ("serial", ""),
                ColumnType::Text => ("text", "'it''s'"),
                ColumnType::Varchar => ("varchar(20)", "'a\\b'"),
                ColumnType::Char => ("char(4)", "'ab'"),
                ColumnType::Numeric => ("numeric(12,3)", "1.250"),
                ColumnType::Real => ("real", "1.5"),
                ColumnType::Double => ("double precision", "2.5e3"),
                ColumnType::Boolean => ("boolean", "true"),
                ColumnType::Date => ("date", "CURRENT_DATE"),
                ColumnType::Timestamp => ("timestamp", "now()"),
                ColumnType::Timestamptz => ("timestamptz", "CURRENT_TIMESTAMP"),
                ColumnType::Time => ("time", "'12:00:00'"),
                ColumnType::Uuid => ("uuid", "gen_random_uuid()"),
                ColumnType::Jsonb => ("jsonb", "'{}'::jsonb"),
                ColumnType::Bytea => ("bytea", "'\\x00ff'::bytea"),
            };
            o.w(&format!("c{i} {ty}"));
            if i == 0 && self.primary_key {
                o.w(" PRIMARY KEY");
            } else if c.unique {
                o.w(" UNIQUE");
            }
            if c.not_null {
                o.w(" NOT NULL");
            }
            if c.default && !default.is_empty() {
                o.w(&format!(" DEFAULT {default}"));
            }
            if c.check
                && matches!(
                    c.ty,
                    ColumnType::Integer
                        | ColumnType::Bigint
                        | ColumnType::Smallint
                        | ColumnType::Numeric
                )
            {
                o.w(&format!(" CHECK (c{i} >= 0)"));
            }
        }
        o.w(")");
    }
}
