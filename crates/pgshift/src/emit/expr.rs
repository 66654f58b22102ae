//! Printing expressions, with parentheses where the target's precedence needs them.

use super::Printer;
use crate::ir::{
    BinOp, Expr, ExprKind, FrameBound, FrameUnits, FuncCall, IntervalUnit, LikeMode, Literal, UnOp,
    ValueFunction, Window, WindowSpec,
};
use crate::target::Dialect;

/// Binding strength in the target: higher binds tighter.
fn binop_prec(op: BinOp, dialect: Dialect) -> u8 {
    match op {
        BinOp::Or => 1,
        BinOp::And => 2,
        BinOp::Eq
        | BinOp::NotEq
        | BinOp::Lt
        | BinOp::LtEq
        | BinOp::Gt
        | BinOp::GtEq
        | BinOp::Regexp => 4,
        // SQLite's `||` binds tighter than every other binary operator.
        BinOp::Concat if dialect == Dialect::Sqlite => 9,
        BinOp::Concat => 5,
        BinOp::Plus | BinOp::Minus => 6,
        BinOp::Multiply | BinOp::Divide | BinOp::IntDivide | BinOp::Modulo => 7,
        // SQLite's `->` and `->>` bind like its `||`.
        BinOp::TargetJsonGet | BinOp::TargetJsonGetText => 9,
        // PostgreSQL's JSON operators survive only when a rule reported an error.
        // (Listed, not `is_pg_json()`, so that a new operator must be given a precedence here.)
        BinOp::JsonGet
        | BinOp::JsonGetText
        | BinOp::JsonPathGet
        | BinOp::JsonPathGetText
        | BinOp::JsonContains
        | BinOp::JsonContainedBy
        | BinOp::JsonHasKey
        | BinOp::JsonHasAnyKey
        | BinOp::JsonHasAllKeys => 5,
    }
}

const ATOM: u8 = 100;
const PREDICATE: u8 = 4;

fn prec(e: &Expr, dialect: Dialect) -> u8 {
    match &e.kind {
        ExprKind::Binary { op, .. } => binop_prec(*op, dialect),
        ExprKind::Unary { op: UnOp::Not, .. } => 3,
        ExprKind::Unary { .. } => 8,
        kind if kind.is_predicate() => PREDICATE,
        ExprKind::Collate { .. } => 10,
        _ => ATOM,
    }
}

impl Printer<'_> {
    /// Prints `e`, parenthesized unless it binds tighter than `min`.
    fn operand(&mut self, e: &Expr, min: u8) {
        if prec(e, self.dialect()) < min {
            self.w("(");
            self.expr(e);
            self.w(")");
        } else {
            self.expr(e);
        }
    }

    pub fn expr(&mut self, e: &Expr) {
        let d = self.dialect();
        match &e.kind {
            ExprKind::Column(parts) => {
                for (i, p) in parts.iter().enumerate() {
                    if i > 0 {
                        self.w(".");
                    }
                    self.ident(p);
                }
            }
            ExprKind::Literal(lit) => self.literal(lit),
            ExprKind::Param(n) => self.param(*n),
            ExprKind::Binary { .. } => self.binary_chain(e),
            ExprKind::Unary { op, expr } => {
                let (text, p) = match op {
                    UnOp::Not => ("NOT ", 3),
                    UnOp::Minus => ("-", 8),
                    UnOp::Plus => ("+", 8),
                };
                self.w(text);
                match &expr.kind {
                    // -1 stays a signed number, which a column DEFAULT accepts bare.
                    ExprKind::Literal(Literal::Integer(_) | Literal::Decimal(_)) => self.expr(expr),
                    // `- -1` must not print as `--1`, which starts a comment.
                    ExprKind::Unary { .. } | ExprKind::Literal(_) if *op != UnOp::Not => {
                        self.w("(");
                        self.expr(expr);
                        self.w(")");
                    }
                    _ => self.operand(expr, p),
                }
            }
            ExprKind::IsNull { expr, negated } => {
                self.operand(expr, PREDICATE + 1);
                self.w(if *negated { " IS NOT NULL" } else { " IS NULL" });
            }
            ExprKind::IsBool {
                expr,
                value,
                negated,
            } => {
                self.operand(expr, PREDICATE + 1);
                self.w(if *negated { " IS NOT " } else { " IS " });
                self.w(match value {
                    Some(true) => "TRUE",
                    Some(false) => "FALSE",
                    None => "NULL",
                });
            }
            ExprKind::IsDistinctFrom {
                left,
                right,
                negated,
            } => match d {
                // a IS DISTINCT FROM b → a IS NOT b; a IS NOT DISTINCT FROM b → a IS b.
                Dialect::Sqlite => {
                    self.operand(left, PREDICATE + 1);
                    self.w(if *negated { " IS " } else { " IS NOT " });
                    self.operand(right, PREDICATE + 1);
                }
                // a IS NOT DISTINCT FROM b → a <=> b; a IS DISTINCT FROM b → NOT (a <=> b).
                Dialect::Mysql => {
                    if !negated {
                        self.w("NOT (");
                    }
                    self.operand(left, PREDICATE + 1);
                    self.w(" <=> ");
                    self.operand(right, PREDICATE + 1);
                    if !negated {
                        self.w(")");
                    }
                }
            },
            ExprKind::Like {
                expr,
                pattern,
                escape,
                negated,
                mode,
            } => {
                self.operand(expr, PREDICATE + 1);
                if *negated {
                    self.w(" NOT");
                }
                self.w(match mode {
                    LikeMode::Glob => " GLOB ",
                    LikeMode::Like | LikeMode::TargetLike => " LIKE ",
                    LikeMode::ILike => " ILIKE ",
                });
                self.operand(pattern, PREDICATE + 1);
                if let Some(esc) = escape {
                    self.w(" ESCAPE ");
                    self.expr(esc);
                }
            }
            ExprKind::InList {
                expr,
                list,
                negated,
            } => {
                self.operand(expr, PREDICATE + 1);
                self.w(if *negated { " NOT IN (" } else { " IN (" });
                self.comma_sep(list, |p, e| p.expr(e));
                self.w(")");
            }
            ExprKind::InSubquery {
                expr,
                query,
                negated,
            } => {
                self.operand(expr, PREDICATE + 1);
                self.w(if *negated { " NOT IN (" } else { " IN (" });
                self.query(query);
                self.w(")");
            }
            ExprKind::Between {
                expr,
                low,
                high,
                negated,
            } => {
                self.operand(expr, PREDICATE + 1);
                self.w(if *negated {
                    " NOT BETWEEN "
                } else {
                    " BETWEEN "
                });
                self.operand(low, PREDICATE + 1);
                self.w(" AND ");
                self.operand(high, PREDICATE + 1);
            }
            ExprKind::Exists { query, negated } => {
                self.w(if *negated { "NOT EXISTS (" } else { "EXISTS (" });
                self.query(query);
                self.w(")");
            }
            ExprKind::Subquery(q) => {
                self.w("(");
                self.query(q);
                self.w(")");
            }
            ExprKind::Cast { expr, ty } | ExprKind::PgCast { expr, ty } => {
                self.w("CAST(");
                self.expr(expr);
                self.w(" AS ");
                self.cast_type(ty);
                self.w(")");
            }
            ExprKind::Func(f) => self.func(f),
            ExprKind::Case {
                operand,
                whens,
                else_,
            } => {
                self.w("CASE");
                if let Some(op) = operand {
                    self.w(" ");
                    self.expr(op);
                }
                for (w, t) in whens {
                    self.w(" WHEN ");
                    self.expr(w);
                    self.w(" THEN ");
                    self.expr(t);
                }
                if let Some(e) = else_ {
                    self.w(" ELSE ");
                    self.expr(e);
                }
                self.w(" END");
            }
            ExprKind::Nested(inner) => {
                self.w("(");
                self.expr(inner);
                self.w(")");
            }
            ExprKind::ValueFunction(vf) => self.value_function(*vf),
            // The operand is converted first: a utf8mb3 or latin1 connection rejects a utf8mb4 collation.
            ExprKind::Collate { expr, collation } => {
                self.w("CONVERT(");
                self.expr(expr);
                self.w(" USING utf8mb4) COLLATE ");
                self.w(collation.name());
            }
            // ANY/ALL and ARRAY survive only when the `arrays` rule reported an error.
            ExprKind::AnyAll {
                left,
                op,
                all,
                right,
            } => {
                self.operand(left, PREDICATE + 1);
                self.w(match op {
                    BinOp::NotEq => " <> ",
                    BinOp::Lt => " < ",
                    BinOp::LtEq => " <= ",
                    BinOp::Gt => " > ",
                    BinOp::GtEq => " >= ",
                    _ => " = ",
                });
                self.w(if *all { "ALL (" } else { "ANY (" });
                self.expr(right);
                self.w(")");
            }
            ExprKind::Array(items) => {
                self.w("ARRAY[");
                self.comma_sep(items, |p, e| p.expr(e));
                self.w("]");
            }
            // Only reachable when the `interval` rule has reported an error: no target has
            // PostgreSQL's interval type, so the value prints as its three stored parts.
            ExprKind::Interval(iv) => {
                self.w(&format!(
                    "INTERVAL '{} months {} days {} microseconds'",
                    iv.months, iv.days, iv.micros
                ));
            }
            // INTERVAL n DAY (MySQL), an argument of DATE_ADD/DATE_SUB.
            ExprKind::IntervalAmount { amount, unit } => {
                self.w("INTERVAL ");
                self.operand(amount, ATOM);
                self.w(match unit {
                    IntervalUnit::Microsecond => " MICROSECOND",
                    IntervalUnit::Second => " SECOND",
                    IntervalUnit::Day => " DAY",
                    IntervalUnit::Month => " MONTH",
                });
            }
        }
    }

    /// Prints a binary operator and its left-deep chain in a loop, so that a long
    /// chain costs no stack: the left spine is collected first, the parentheses it
    /// needs are opened, and the operators are printed from the innermost out.
    fn binary_chain(&mut self, e: &Expr) {
        let d = self.dialect();
        let mut spine: Vec<(BinOp, &Expr)> = Vec::new();
        let mut leftmost = e;
        while let ExprKind::Binary { op, left, right } = &leftmost.kind {
            spine.push((*op, right));
            leftmost = left;
        }
        // spine[i] is the operator at depth i; its left operand is the operator at depth i + 1.
        let left_needs_parens = |i: usize| -> bool {
            let parent = binop_prec(spine[i].0, d);
            match spine.get(i + 1) {
                Some((child, _)) => binop_prec(*child, d) < parent,
                None => prec(leftmost, d) < parent,
            }
        };
        for i in (0..spine.len()).rev() {
            if left_needs_parens(i) {
                self.w("(");
            }
        }
        self.expr(leftmost);
        for i in (0..spine.len()).rev() {
            if left_needs_parens(i) {
                self.w(")");
            }
            let (op, right) = spine[i];
            self.w(match op {
                BinOp::Plus => " + ",
                BinOp::Minus => " - ",
                BinOp::Multiply => " * ",
                BinOp::Divide => " / ",
                BinOp::IntDivide => " DIV ",
                BinOp::Modulo => " % ",
                BinOp::Concat => " || ",
                BinOp::Eq => " = ",
                BinOp::NotEq => " <> ",
                BinOp::Lt => " < ",
                BinOp::LtEq => " <= ",
                BinOp::Gt => " > ",
                BinOp::GtEq => " >= ",
                BinOp::And => " AND ",
                BinOp::Or => " OR ",
                BinOp::Regexp => " REGEXP ",
                BinOp::JsonGet | BinOp::TargetJsonGet => " -> ",
                BinOp::JsonGetText | BinOp::TargetJsonGetText => " ->> ",
                BinOp::JsonPathGet => " #> ",
                BinOp::JsonPathGetText => " #>> ",
                BinOp::JsonContains => " @> ",
                BinOp::JsonContainedBy => " <@ ",
                BinOp::JsonHasKey => " ? ",
                BinOp::JsonHasAnyKey => " ?| ",
                BinOp::JsonHasAllKeys => " ?& ",
            });
            // Comparisons do not chain; every other right operand of equal precedence is grouped.
            self.operand(right, binop_prec(op, d) + 1);
        }
    }

    pub(super) fn literal(&mut self, lit: &Literal) {
        match lit {
            Literal::Integer(s) | Literal::Decimal(s) => self.w(s),
            Literal::String(s) => self.string(s),
            Literal::Boolean(true) => self.w("TRUE"),
            Literal::Boolean(false) => self.w("FALSE"),
            Literal::Null => self.w("NULL"),
            Literal::Blob(bytes) => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                self.w("X'");
                self.out.reserve(bytes.len() * 2 + 1);
                for &b in bytes {
                    self.out.push(char::from(HEX[usize::from(b >> 4)]));
                    self.out.push(char::from(HEX[usize::from(b & 0xf)]));
                }
                self.w("'");
            }
        }
    }

    fn value_function(&mut self, vf: ValueFunction) {
        let d = self.dialect();
        self.w(match (vf, d) {
            (ValueFunction::CurrentTimestamp, Dialect::Sqlite)
            | (ValueFunction::LocalTimestamp, Dialect::Sqlite) => "CURRENT_TIMESTAMP",
            (ValueFunction::CurrentTimestamp, Dialect::Mysql) => "CURRENT_TIMESTAMP(6)",
            (ValueFunction::LocalTimestamp, Dialect::Mysql) => "LOCALTIMESTAMP(6)",
            (ValueFunction::CurrentDate, _) => "CURRENT_DATE",
            (ValueFunction::CurrentTime, Dialect::Sqlite)
            | (ValueFunction::LocalTime, Dialect::Sqlite) => "CURRENT_TIME",
            (ValueFunction::CurrentTime, Dialect::Mysql)
            | (ValueFunction::LocalTime, Dialect::Mysql) => "CURRENT_TIME(6)",
        });
    }

    fn func(&mut self, f: &FuncCall) {
        // Function names come from the `functions` table or from rules, so they print as they are;
        // quoting one (say, MySQL's `replace`) would make it a user-defined function.
        let mysql_form = self.mysql_keyword_args(f);
        if matches!(mysql_form, Some("BOTH" | "LEADING" | "TRAILING")) {
            // ltrim(s, c) → TRIM(LEADING c FROM s): all three sides are spelled TRIM.
            self.w("trim");
        }
        for (i, part) in f.name.parts.iter().enumerate() {
            if matches!(mysql_form, Some("BOTH" | "LEADING" | "TRAILING")) {
                break;
            }
            if i > 0 {
                self.w(".");
            }
            if part.quoted {
                self.ident(part);
            } else {
                self.w(&part.name);
            }
        }
        self.w("(");
        if f.distinct {
            self.w("DISTINCT ");
        }
        if f.star {
            self.w("*");
        }
        match (mysql_form, f.args.as_slice()) {
            // trim(s, c) → TRIM(BOTH c FROM s): MySQL spells the two-argument trims as syntax.
            (Some(side), [s, c]) if side != "SEPARATOR" => {
                self.w(side);
                self.w(" ");
                self.expr(c);
                self.w(" FROM ");
                self.expr(s);
            }
            // group_concat(x, sep) → GROUP_CONCAT(x SEPARATOR sep), after any ORDER BY.
            (Some(_), [x, _]) => self.expr(x),
            _ => self.comma_sep(&f.args, |p, e| p.expr(e)),
        }
        if !f.order_by.is_empty() {
            self.w(" ORDER BY ");
            self.order_items(&f.order_by);
        }
        if let (Some("SEPARATOR"), [_, sep]) = (mysql_form, f.args.as_slice()) {
            self.w(" SEPARATOR ");
            self.expr(sep);
        }
        self.w(")");
        if let Some(filter) = &f.filter {
            self.w(" FILTER (WHERE ");
            self.expr(filter);
            self.w(")");
        }
        match &f.over {
            None => {}
            Some(Window::Named(name)) => {
                self.w(" OVER ");
                self.ident(name);
            }
            Some(Window::Spec(spec)) => {
                self.w(" OVER (");
                self.window_spec(spec);
                self.w(")");
            }
        }
    }

    /// The keyword MySQL puts between the two arguments of `group_concat(x, sep)` and of the
    /// two-argument trims, which MySQL spells as syntax rather than as a second argument.
    fn mysql_keyword_args(&self, f: &FuncCall) -> Option<&'static str> {
        if self.dialect() != Dialect::Mysql || f.args.len() != 2 {
            return None;
        }
        match f.plain_name() {
            Some("group_concat") => Some("SEPARATOR"),
            Some("trim") => Some("BOTH"),
            Some("ltrim") => Some("LEADING"),
            Some("rtrim") => Some("TRAILING"),
            _ => None,
        }
    }

    pub fn window_spec(&mut self, spec: &WindowSpec) {
        let mut sep = "";
        if let Some(base) = &spec.base {
            self.ident(base);
            sep = " ";
        }
        if !spec.partition_by.is_empty() {
            self.w(sep);
            self.w("PARTITION BY ");
            self.comma_sep(&spec.partition_by, |p, e| p.expr(e));
            sep = " ";
        }
        if !spec.order_by.is_empty() {
            self.w(sep);
            self.w("ORDER BY ");
            self.order_items(&spec.order_by);
            sep = " ";
        }
        if let Some(frame) = &spec.frame {
            self.w(sep);
            self.w(match frame.units {
                FrameUnits::Rows => "ROWS ",
                FrameUnits::Range => "RANGE ",
                FrameUnits::Groups => "GROUPS ",
            });
            match &frame.end {
                None => self.frame_bound(&frame.start),
                Some(end) => {
                    self.w("BETWEEN ");
                    self.frame_bound(&frame.start);
                    self.w(" AND ");
                    self.frame_bound(end);
                }
            }
        }
    }

    fn frame_bound(&mut self, b: &FrameBound) {
        match b {
            FrameBound::CurrentRow => self.w("CURRENT ROW"),
            FrameBound::Preceding(None) => self.w("UNBOUNDED PRECEDING"),
            FrameBound::Following(None) => self.w("UNBOUNDED FOLLOWING"),
            FrameBound::Preceding(Some(e)) => {
                self.expr(e);
                self.w(" PRECEDING");
            }
            FrameBound::Following(Some(e)) => {
                self.expr(e);
                self.w(" FOLLOWING");
            }
        }
    }
}
