//! The declared types of the columns a statement reads, from the catalog,
//! where the statement leaves no doubt about them.
//!
//! Rules that must know an operand's type (`date_arithmetic`, `interval`,
//! `integer_division`, `round`) ask it about a column reference, or about an
//! expression through [`ColumnTypes::type_of`]. It answers only when every table the statement reads is
//! a table the catalog knows, a CTE or a derived table: a table function or an
//! unknown table could name a column of its own, so their presence makes every
//! answer unknown. A CTE's or derived table's columns have the types of its
//! first SELECT's items (`WITH x AS (SELECT DATE '2024-01-30' AS d)` has a date
//! `d`; a recursive CTE's anchor decides). An unqualified name is answered when
//! at most one of the tables has a column of that name and every column of that
//! name, of tables and of CTEs and derived tables alike, has the same type: the
//! scopes are not told apart, so only an answer they all agree on is given.

use super::names::output_name;
use crate::catalog::Catalog;
use crate::ir::visit::{walk_stmt, VisitMut};
use crate::ir::{
    BinOp, CreateTable, DataType, Expr, ExprKind, FromItem, FuncCall, Ident, IntWidth, Literal,
    Query, Select, SelectItem, SetExpr, Stmt, TableRef, UnOp,
};
use std::cell::RefCell;

pub struct ColumnTypes<'c> {
    /// Each table with the name the statement calls it by (its alias or its own).
    tables: Vec<(String, &'c CreateTable)>,
    /// Each CTE and derived table, by its name, with its columns' names and the
    /// expressions of its first SELECT that define them.
    derived: Vec<(String, Vec<(String, Expr)>)>,
    /// The derived tables whose columns are being typed, so that a column
    /// defined by a column of the same name is not typed by itself.
    typing: RefCell<Vec<usize>>,
    /// False when the statement reads something that is not a known table,
    /// CTE or derived table.
    certain: bool,
}

/// How deep derived tables are typed through one another.
const MAX_TYPING_DEPTH: usize = 16;

impl<'c> ColumnTypes<'c> {
    pub fn of(stmt: &mut Stmt, catalog: &'c Catalog) -> ColumnTypes<'c> {
        let mut types = ColumnTypes {
            tables: Vec::new(),
            derived: Vec::new(),
            typing: RefCell::new(Vec::new()),
            certain: true,
        };
        // With no tables known (a query translated without a schema) no column
        // has a known type, and the statement need not be walked.
        if catalog.tables.is_empty() {
            types.certain = false;
            return types;
        }
        let mut named = Vec::new();
        match stmt {
            Stmt::Update(u) => {
                types.table(catalog, &u.table, u.alias.as_ref().map(|a| &a.name));
                types.from(&u.from, &mut named);
            }
            Stmt::Delete(d) => {
                types.table(catalog, &d.table, d.alias.as_ref().map(|a| &a.name));
                types.from(&d.using, &mut named);
            }
            _ => {}
        }
        // Tables are looked up once the walk has seen every CTE, whose name
        // hides a table's.
        struct Collect<'a, 'c> {
            types: &'a mut ColumnTypes<'c>,
            named: Vec<(crate::ir::ObjectName, Option<Ident>)>,
        }
        impl VisitMut for Collect<'_, '_> {
            fn query(&mut self, q: &mut Query) {
                for cte in q.with.iter().flat_map(|w| &w.ctes) {
                    self.types
                        .derive(cte.name.name.clone(), &cte.columns, &cte.query);
                }
            }
            fn select(&mut self, s: &mut Select) {
                self.types.from(&s.from, &mut self.named);
            }
        }
        let mut collect = Collect {
            types: &mut types,
            named,
        };
        walk_stmt(&mut collect, stmt);
        let named = collect.named;
        for (name, alias) in named {
            let cte = match name.parts.as_slice() {
                [only] => types.derived.iter().any(|(n, _)| *n == only.name),
                _ => false,
            };
            if !cte {
                types.table(catalog, &name, alias.as_ref());
            }
        }
        types
    }

    fn from(
        &mut self,
        items: &[FromItem],
        named: &mut Vec<(crate::ir::ObjectName, Option<Ident>)>,
    ) {
        for item in items {
            for relation in
                std::iter::once(&item.relation).chain(item.joins.iter().map(|j| &j.relation))
            {
                match relation {
                    TableRef::Table { name, alias } => {
                        named.push((name.clone(), alias.as_ref().map(|a| a.name.clone())))
                    }
                    TableRef::Nested(inner) => self.from(std::slice::from_ref(&**inner), named),
                    TableRef::Derived {
                        query,
                        alias: Some(alias),
                        ..
                    } => self.derive(alias.name.name.clone(), &alias.columns, query),
                    _ => self.certain = false,
                }
            }
        }
    }

    /// Records a CTE or derived table `name`: its columns, named by `columns` or
    /// by its first SELECT's items, and the items' expressions.
    fn derive(&mut self, name: String, columns: &[Ident], query: &Query) {
        let mut body = &query.body;
        let items: Vec<(String, Expr)> = loop {
            match body {
                SetExpr::Select(s) => {
                    let mut items = Vec::new();
                    for item in &s.projection {
                        let SelectItem::Expr { expr, .. } = item else {
                            // SELECT * names columns this type cannot see.
                            self.certain = false;
                            return;
                        };
                        items.push((output_name(item, expr.span).name, expr.clone()));
                    }
                    break items;
                }
                SetExpr::SetOp { left, .. } => body = left,
                SetExpr::Query(q) => body = &q.body,
                SetExpr::Values(rows) => {
                    let Some(first) = rows.first() else { return };
                    break first
                        .iter()
                        .enumerate()
                        .map(|(i, e)| (format!("column{}", i + 1), e.clone()))
                        .collect();
                }
            }
        };
        let items = items
            .into_iter()
            .enumerate()
            .map(|(i, (n, e))| (columns.get(i).map_or(n, |c| c.name.clone()), e))
            .collect();
        self.derived.push((name, items));
    }

    fn table(&mut self, catalog: &'c Catalog, name: &crate::ir::ObjectName, alias: Option<&Ident>) {
        match (catalog.table(name), name.base()) {
            (Some(t), Some(base)) => {
                let called = alias.unwrap_or(base).name.clone();
                self.tables.push((called, &t.def));
            }
            _ => self.certain = false,
        }
    }

    /// An expression's PostgreSQL type: its static type, or a column's declared
    /// one, also through parentheses, a sign and arithmetic (`-v`, `v * 2`).
    pub fn type_of(&self, e: &Expr) -> Option<DataType> {
        match &e.kind {
            ExprKind::Column(path) => self.get(path),
            ExprKind::Nested(inner) => self.type_of(inner),
            ExprKind::Unary {
                op: UnOp::Minus | UnOp::Plus,
                expr,
            } => self.type_of(expr),
            ExprKind::Binary {
                op: BinOp::Plus | BinOp::Minus | BinOp::Multiply | BinOp::Divide | BinOp::Modulo,
                left,
                right,
            } => crate::ir::infer::numeric_result(self.type_of(left)?, self.type_of(right)?),
            ExprKind::Func(f) => self.call_type(f).or_else(|| e.static_type()),
            // CASE … THEN 1 ELSE 2.5 END is a numeric.
            ExprKind::Case { whens, else_, .. } => self
                .common_type(whens.iter().map(|(_, then)| then).chain(else_.as_deref()))
                .or_else(|| e.static_type()),
            _ => e.static_type(),
        }
    }

    /// The type of a call whose type follows its arguments', as PostgreSQL
    /// resolves it (checked with `pg_typeof` on PostgreSQL 15).
    fn call_type(&self, f: &FuncCall) -> Option<DataType> {
        let first = || self.type_of(f.args.first()?);
        let number = |t: DataType| t.is_number().then_some(t);
        let name = f.plain_name()?;
        match name {
            // The first argument's type, also as a window function: max(d) + 1 and
            // lag(d) OVER (…) + 1 are date arithmetic for a date d.
            "min" | "max" | "lag" | "lead" | "first_value" | "last_value" | "nth_value" => first(),
            _ if f.over.is_some() => None,
            // coalesce(f, a) with f a double and a an integer is a double;
            // coalesce(d, e) of two dates is a date.
            "coalesce" | "greatest" | "least" => self.common_type(f.args.iter()),
            "nullif" => first(),
            "abs" => number(first()?),
            // ceil, floor, round and trunc of an integer are doubles (float8 is the
            // preferred type it is cast to); of a numeric or a double, the same type.
            "ceil" | "ceiling" | "floor" | "round" | "trunc" => Some(match number(first()?)? {
                t if t.is_integer() => DataType::Double,
                t => t,
            }),
            // sum(int) is a bigint; sum(bigint) and sum(numeric) are numerics.
            "sum" => Some(match number(first()?)? {
                DataType::SmallInt
                | DataType::Integer
                | DataType::Serial(IntWidth::Small | IntWidth::Int) => DataType::BigInt,
                t if t.is_integer() => DataType::Numeric(None, None),
                t => t,
            }),
            // avg of an integer or numeric is a numeric; of a float, a double.
            "avg" => Some(match number(first()?)? {
                DataType::Real | DataType::Double => DataType::Double,
                _ => DataType::Numeric(None, None),
            }),
            _ => None,
        }
    }

    /// The common type of values whose types are all known, NULLs aside: the
    /// widest of numbers, or one type all share.
    fn common_type<'e>(&self, values: impl Iterator<Item = &'e Expr>) -> Option<DataType> {
        let mut common: Option<DataType> = None;
        for v in values {
            if matches!(v.kind, ExprKind::Literal(Literal::Null)) {
                continue;
            }
            let t = self.type_of(v)?;
            common = Some(match common {
                None => t,
                Some(c) if c == t => c,
                Some(c) => crate::ir::infer::numeric_result(c, t)?,
            });
        }
        common
    }

    /// The declared type of the column `path` (`c` or `t.c`), if certain.
    pub fn get(&self, path: &[Ident]) -> Option<DataType> {
        if !self.certain {
            return None;
        }
        let column = |t: &'c CreateTable, name: &str| {
            t.columns
                .iter()
                .find(|c| c.name.name == name)
                .map(|c| c.ty.clone())
        };
        match path {
            [c] => {
                let mut found = self.tables.iter().filter_map(|(_, t)| column(t, &c.name));
                let table = found.next();
                if found.next().is_some() {
                    return None;
                }
                // Every column of that name must agree, derived ones too.
                let mut answer = table;
                for (i, (_, columns)) in self.derived.iter().enumerate() {
                    for (_, e) in columns.iter().filter(|(n, _)| *n == c.name) {
                        let Some(t) = self.derived_type(i, e) else {
                            if self.typing.borrow().contains(&i) {
                                continue;
                            }
                            return None;
                        };
                        match &answer {
                            Some(a) if *a != t => return None,
                            _ => answer = Some(t),
                        }
                    }
                }
                answer
            }
            [q, c] => {
                let tables = self.tables.iter().filter(|(called, _)| *called == q.name);
                let derived = self
                    .derived
                    .iter()
                    .enumerate()
                    .filter(|(_, (n, _))| *n == q.name);
                match (tables.count(), derived.clone().count()) {
                    (1, 0) => {
                        let (_, t) = self.tables.iter().find(|(called, _)| *called == q.name)?;
                        column(t, &c.name)
                    }
                    (0, 1) => {
                        let (i, (_, columns)) = derived.into_iter().next()?;
                        let (_, e) = columns.iter().find(|(n, _)| *n == c.name)?;
                        self.derived_type(i, e)
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// The type of derived table `i`'s column defined by `e`, unless that table
    /// is being typed already (a column defined by a column of its own name).
    fn derived_type(&self, i: usize, e: &Expr) -> Option<DataType> {
        {
            let typing = self.typing.borrow();
            if typing.contains(&i) || typing.len() >= MAX_TYPING_DEPTH {
                return None;
            }
        }
        self.typing.borrow_mut().push(i);
        let t = self.type_of(e);
        self.typing.borrow_mut().pop();
        t
    }
}

#[cfg(test)]
mod tests {
    use crate::{translate, Dialect};

    /// The MySQL translation of `statement` after a schema with a date column
    /// `a.d` and an integer column `b.d`.
    fn mysql(statement: &str) -> String {
        let script = format!(
            "CREATE TABLE a (id int, d date, n int);\nCREATE TABLE b (id int, d int);\n{statement}"
        );
        let out = translate(&script, Dialect::Mysql).map(|t| t.sql);
        let out = out.unwrap_or_else(|e| e.to_string());
        out.lines().nth(2).unwrap_or_default().to_string()
    }

    #[test]
    fn a_column_is_typed_only_where_the_statement_leaves_no_doubt() {
        // One table: its date column, by its own name or by the table's alias.
        assert_eq!(
            mysql("SELECT d + 1, t.d - t.n FROM a AS t"),
            "SELECT DATE_ADD(d, INTERVAL 1 DAY), DATE_SUB(t.d, INTERVAL t.n DAY) FROM a AS t;"
        );
        // Qualified names tell the two `d` apart; the bare name is ambiguous.
        assert_eq!(
            mysql("SELECT a.d + 1, b.d + 1, d + 1 FROM a JOIN b ON b.id = a.id"),
            "SELECT DATE_ADD(a.d, INTERVAL 1 DAY), b.d + 1, d + 1 FROM a JOIN b ON b.id = a.id;"
        );
        // A CTE's columns are typed by its SELECT: c has no `d`, so `d` is a's.
        assert_eq!(
            mysql("WITH c AS (SELECT 1 AS x) SELECT d + 1 FROM a, c"),
            "WITH c AS (SELECT 1 AS x) SELECT DATE_ADD(d, INTERVAL 1 DAY) FROM a, c;"
        );
        // A CTE's `d` of another type makes the bare name uncertain; its name hides a table's.
        assert_eq!(
            mysql("WITH c AS (SELECT n AS d FROM a) SELECT d + 1 FROM a, c"),
            "WITH c AS (SELECT n AS d FROM a) SELECT d + 1 FROM a, c;"
        );
        assert_eq!(
            mysql("WITH a AS (SELECT 1 AS d) SELECT d + 1 FROM a"),
            "WITH a AS (SELECT 1 AS d) SELECT d + 1 FROM a;"
        );
        // A derived table's column has its defining expression's type.
        assert_eq!(
            mysql("SELECT q.e + 1 FROM (SELECT d AS e FROM a) AS q"),
            "SELECT DATE_ADD(q.e, INTERVAL 1 DAY) FROM (SELECT d AS e FROM a) AS q;"
        );
        // A table the catalog does not know could name its own `d`.
        assert_eq!(
            mysql("SELECT d + 1 FROM a, elsewhere"),
            "SELECT d + 1 FROM a, elsewhere;"
        );
        // UPDATE's own table is read too.
        assert_eq!(
            mysql("UPDATE a SET d = d + n"),
            "UPDATE a SET d = DATE_ADD(d, INTERVAL n DAY);"
        );
    }
}
