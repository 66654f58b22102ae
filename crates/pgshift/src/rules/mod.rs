//! Rewrite rules, one per file, each named after the PostgreSQL construct it handles.
//!
//! A rule receives a lowered statement and the target, rewrites the IR in place
//! so that the target computes what PostgreSQL would, and reports every
//! approximation or impossibility as a diagnostic. Rules ask the target's
//! capabilities, never its name. Adding a rule is one file plus one line in `RULES`.

mod aggregate_filter;
mod alias_columns;
mod alter_index;
pub(crate) mod alter_table;
mod arrays;
mod assignment_cast;
mod boolean_cast;
mod build;
mod cast;
mod column_check;
mod column_default;
mod column_types;
mod comma_join;
mod comment_on;
mod create_extension;
pub(crate) mod create_index;
mod create_schema;
mod create_view;
mod current_timestamp;
mod date_arithmetic;
mod date_functions;
mod date_literal_comparison;
mod date_trunc;
mod datetime_build;
mod delete_using;
mod distinct_on;
mod domain;
mod drop;
mod enum_type;
mod extract;
mod foreign_key;
mod foreign_key_constraint;
mod full_join;
mod functions;
mod gen_random_uuid;
mod greatest_least;
pub(crate) mod identifier;
mod initcap;
mod integer_division;
mod intersect_all;
mod interval;
mod json_each;
mod json_functions;
mod json_operators;
mod json_table;
mod jsonb_concat;
mod jsonb_set;
mod lag_lead;
mod lateral;
mod like;
mod limit;
mod materialized_view;
mod math_functions;
mod modulo;
mod names;
mod now;
mod on_conflict;
mod order_by_nulls;
mod plpgsql;
mod pragma;
mod primary_key;
mod public_schema;
mod rebuild_cascade;
mod regex_match;
mod rename_column;
mod returning;
mod round;
mod row_locking;
mod schema_database;
pub(crate) mod sequence;
mod serial;
mod set_operations;
mod set_returning;
mod set_statement;
mod setval;
mod simultaneous_assignment;
mod split_part;
mod statement_limits;
mod string_agg;
mod string_concat;
mod text_comparison;
mod text_functions;
mod text_literal_comparison;
mod to_char;
mod to_jsonb;
mod transaction;
mod truncate;
mod types;
mod update_from;
mod using_join;
mod uuid_generate_v4;
mod values_query;
mod volatile;
mod window_frame;

use crate::catalog::Catalog;
use crate::diagnostics::{Code, Diagnostic};
use crate::emit::{self, Emitted};
use crate::ir::census::kinds::{
    ANY_ALL, ARRAY, BETWEEN, BINARY, FUNC, INTERVAL, IN_LIST, LIKE, PG_CAST, VALUE_FUNCTION,
};
use crate::ir::census::shapes::{
    ALIAS_COLUMNS, COMMA, DISTINCT_ON, FROM_FUNCTION, FULL_JOIN, LATERAL, LIMIT, LOCKS, ORDER_BY,
    SET_OP, USING, VALUES, WINDOWS,
};
use crate::ir::census::stmts::{
    ALTER_TABLE, CODE_OBJECT, COMMENT, CREATE_EXTENSION, CREATE_INDEX, CREATE_SCHEMA, CREATE_TABLE,
    CREATE_VIEW, DELETE, DROP_OBJECT, INSERT, OTHER, QUERY, TRANSACTION, UPDATE,
};
use crate::ir::census::{name_bits, Census, Reads};
use crate::ir::Stmt;
use crate::span::Span;
use crate::target::Target;

/// What a rule can see and report to.
pub struct RuleCx<'a> {
    pub target: &'a Target,
    /// The schema as it stands before this statement.
    pub catalog: &'a Catalog,
    /// Statements the target cannot run are skipped with a warning and an output
    /// comment instead of stopping the translation.
    pub lenient: bool,
    pub diagnostics: &'a mut Vec<Diagnostic>,
}

impl RuleCx<'_> {
    pub fn report(&mut self, code: Code, span: Span, message: impl Into<String>) {
        self.diagnostics.push(Diagnostic::new(code, span, message));
    }
}

type Rule = fn(&mut Stmt, &mut RuleCx);

/// When a rule runs: on every statement, or only on a statement whose census
/// ([`Census`]) may hold what the rule reads. A rule is gated only when its
/// `run` does nothing but rewrite expressions of those kinds, calls of those
/// names (`each_expr` with a match on the kind first), or queries of those
/// shapes (a FULL JOIN, a DISTINCT ON); debug builds check every skip
/// (`check_skip`).
type Gate = Option<Reads>;

/// Runs on every statement.
const ALWAYS: Gate = None;

/// Reads only expressions of these kinds (`census::kinds`).
const fn kinds(kinds: u64) -> Gate {
    Some(Reads {
        kinds,
        ..Reads::ANY
    })
}

/// Reads only calls of these functions.
const fn calls(calls: &'static [&'static str]) -> Gate {
    Some(Reads {
        calls: name_bits(calls),
        ..Reads::ANY
    })
}

/// Reads only statements of these kinds (`census::stmts`), all of each.
const fn stmts(stmts: u64) -> Gate {
    Some(Reads {
        stmts,
        ..Reads::ANY
    })
}

/// Reads only queries of these shapes (`census::shapes`).
const fn shapes(shapes: u64) -> Gate {
    Some(Reads {
        shapes,
        ..Reads::ANY
    })
}

/// Every rule, in the order they run. Order matters where one rule reads what
/// another writes: type-directed rules (`integer_division`, `boolean_cast`) run
/// before `cast` turns PostgreSQL casts into target expressions, and so do the
/// date and time rules, which leave casts to `timestamp` for `cast` to finish;
/// `extract` consumes `age()` before `interval` reports what is left of intervals.
static RULES: &[(&str, Rule, Gate)] = &[
    // Session settings become skip notes before `plpgsql` reads code objects.
    (
        "set_statement",
        set_statement::run,
        stmts(CODE_OBJECT | QUERY),
    ),
    // BEGIN/COMMIT/SAVEPOINT on a target without them (D1) → skip notes.
    ("transaction", transaction::run, stmts(TRANSACTION)),
    // Code objects become an error or a skip note before any other rule reads them.
    ("plpgsql", plpgsql::run, stmts(CODE_OBJECT)),
    ("public_schema", public_schema::run, ALWAYS),
    // First among the expression rules: the literals it types are read by all the others.
    (
        "assignment_cast",
        assignment_cast::run,
        stmts(INSERT | UPDATE),
    ),
    // Schema statements with nothing to rewrite inside: they turn into a skip note
    // or an error before any expression rule reads them.
    ("create_schema", create_schema::run, stmts(CREATE_SCHEMA)),
    (
        "create_extension",
        create_extension::run,
        stmts(CREATE_EXTENSION),
    ),
    ("comment_on", comment_on::run, stmts(COMMENT)),
    // Before the expression rules: it names an unnamed index from the PostgreSQL
    // expressions (`t_lower_idx`), and drops NULLS FIRST/LAST from its key parts
    // before `order_by_nulls` would emulate them.
    ("create_index", create_index::run, stmts(CREATE_INDEX)),
    // Before `alias_columns` and the query rules, which then see the aliases it adds.
    (
        "materialized_view",
        materialized_view::run,
        stmts(CREATE_VIEW),
    ),
    // Structural rewrites run early: the expressions they copy or move pass
    // through every later rule (`order_by_nulls` must see the window DISTINCT ON
    // builds and the names VALUES and column aliases give; `limit` drops casts
    // before `cast` rewrites them).
    ("distinct_on", distinct_on::run, shapes(DISTINCT_ON)),
    // Before `values_query`, which would make a VALUES first side `SELECT *`, whose
    // columns it could no longer name; after `distinct_on`, whose outer SELECT
    // lists the columns a DISTINCT ON side selects.
    ("intersect_all", intersect_all::run, shapes(SET_OP)),
    ("values_query", values_query::run, shapes(VALUES)),
    ("alias_columns", alias_columns::run, shapes(ALIAS_COLUMNS)),
    ("limit", limit::run, shapes(LIMIT)),
    // After `distinct_on` and `alias_columns`, whose shapes it reads; the halves of
    // the union it builds, and its ORDER BY over the union, pass through every later rule.
    ("full_join", full_join::run, shapes(FULL_JOIN)),
    ("primary_key", primary_key::run, stmts(CREATE_TABLE)),
    // Before `serial`, which turns the identity it makes of a nextval() default into an
    // auto-increment, and before `enum_type`, which would report the `'s'::regclass` it reads.
    (
        "sequence",
        sequence::run,
        stmts(OTHER | CREATE_TABLE | QUERY),
    ),
    // Domains first: a domain's base type may be an enum type, which `enum_type` then inlines.
    ("domain", domain::run, ALWAYS),
    // Before `types`, which must see the inlined type, and before `cast`, which must not see
    // casts to enum types. Before `order_by_nulls`, which must see its ORDER BY rewrite.
    ("enum_type", enum_type::run, ALWAYS),
    // Before `types` (it reads the array type) and `cast` (it reads `'{}'::int[]`).
    ("column_default", column_default::run, stmts(CREATE_TABLE)),
    ("serial", serial::run, stmts(CREATE_TABLE)),
    // Before `foreign_key`, which would ask for the referenced key of a foreign key it drops.
    (
        "foreign_key_constraint",
        foreign_key_constraint::run,
        stmts(CREATE_TABLE | ALTER_TABLE),
    ),
    (
        "foreign_key",
        foreign_key::run,
        stmts(CREATE_TABLE | ALTER_TABLE),
    ),
    // Before `types`, whose own checks (a boolean's 0/1) stay with the column.
    ("column_check", column_check::run, stmts(CREATE_TABLE)),
    ("types", types::run, stmts(CREATE_TABLE)),
    ("text_comparison", text_comparison::run, stmts(CREATE_TABLE)),
    // Before `functions`, which then reads gen_random_uuid().
    (
        "uuid_generate_v4",
        uuid_generate_v4::run,
        calls(&["uuid_generate_v4"]),
    ),
    ("functions", functions::run, kinds(FUNC)),
    // Before `string_concat`, whose CONCAT (NULL-propagating `||`) must not be read as PostgreSQL's concat().
    (
        "text_functions",
        text_functions::run,
        calls(&[
            "concat",
            "strpos",
            "substr",
            "left",
            "right",
            "lpad",
            "rpad",
            "repeat",
            "btrim",
            "ltrim",
            "rtrim",
            "octet_length",
        ]),
    ),
    // After `text_functions`, which would read the substr() calls it builds as PostgreSQL's.
    ("split_part", split_part::run, calls(&["split_part"])),
    // After `text_functions` too, for the same reason.
    ("initcap", initcap::run, calls(&["initcap"])),
    (
        "now",
        now::run,
        calls(&["now", "transaction_timestamp", "statement_timestamp"]),
    ),
    ("integer_division", integer_division::run, kinds(BINARY)),
    // Before `string_concat`, which would make a jsonb `||` a CONCAT of JSON text.
    ("jsonb_concat", jsonb_concat::run, kinds(BINARY)),
    ("string_concat", string_concat::run, kinds(BINARY)),
    ("like", like::run, kinds(LIKE)),
    (
        "date_literal_comparison",
        date_literal_comparison::run,
        kinds(BINARY | BETWEEN | IN_LIST),
    ),
    (
        "text_literal_comparison",
        text_literal_comparison::run,
        kinds(BINARY | IN_LIST | BETWEEN),
    ),
    ("boolean_cast", boolean_cast::run, kinds(PG_CAST)),
    (
        "date_functions",
        date_functions::run,
        calls(&["to_timestamp", "make_date", "timezone"]),
    ),
    ("to_char", to_char::run, calls(&["to_char"])),
    ("date_trunc", date_trunc::run, calls(&["date_trunc"])),
    ("extract", extract::run, calls(&["date_part"])),
    // Before `interval` and `cast`: it reads the casts to `date` as PostgreSQL's.
    ("date_arithmetic", date_arithmetic::run, kinds(BINARY)),
    // Its last pass reports the intervals and age() calls no rule consumed.
    (
        "interval",
        interval::run,
        Some(Reads {
            kinds: BINARY | INTERVAL,
            calls: name_bits(&["age"]),
            ..Reads::ANY
        }),
    ),
    // Before `cast`: to_jsonb reads the PostgreSQL type of a cast argument, and jsonb_set's
    // `'5'::jsonb` value is left for `cast` to finish.
    ("to_jsonb", to_jsonb::run, calls(&["to_jsonb", "to_json"])),
    ("jsonb_set", jsonb_set::run, calls(&["jsonb_set"])),
    // Before `cast`: it reads the casts to `float8` and `real` as PostgreSQL's.
    ("round", round::run, calls(&["round"])),
    ("cast", cast::run, kinds(PG_CAST)),
    (
        "order_by_nulls",
        order_by_nulls::run,
        Some(Reads {
            kinds: FUNC,
            shapes: ORDER_BY | WINDOWS,
            ..Reads::ANY
        }),
    ),
    ("row_locking", row_locking::run, shapes(LOCKS)),
    ("returning", returning::run, stmts(INSERT | UPDATE | DELETE)),
    ("on_conflict", on_conflict::run, stmts(INSERT)),
    ("update_from", update_from::run, stmts(UPDATE)),
    ("delete_using", delete_using::run, stmts(DELETE)),
    // After `update_from` and `delete_using`, which read RETURNING's `t.*` as the own table's.
    (
        "returning_wildcards",
        returning::wildcards,
        stmts(INSERT | UPDATE | DELETE),
    ),
    (
        "simultaneous_assignment",
        simultaneous_assignment::run,
        stmts(UPDATE),
    ),
    ("aggregate_filter", aggregate_filter::run, kinds(FUNC)),
    (
        "math_functions",
        math_functions::run,
        calls(&["ceil", "ceiling", "floor", "trunc", "mod", "avg"]),
    ),
    // After `math_functions`, which turns SQLite's mod(a, b) into a % b.
    ("modulo", modulo::run, kinds(BINARY)),
    (
        "greatest_least",
        greatest_least::run,
        calls(&["greatest", "least"]),
    ),
    ("regex_match", regex_match::run, calls(&["regexp_like"])),
    (
        "string_agg",
        string_agg::run,
        calls(&["string_agg", "array_agg"]),
    ),
    (
        "gen_random_uuid",
        gen_random_uuid::run,
        calls(&["gen_random_uuid", "random"]),
    ),
    // Before the JSON rules, whose json_each() calls it must not read as PostgreSQL's functions.
    ("set_returning", set_returning::run, shapes(FROM_FUNCTION)),
    // Right after `set_returning`, which leaves it the JSON functions in FROM, and before
    // `json_functions`/`json_operators`, which must translate `e.value ->> 'a'` over its output.
    ("json_each", json_each::run, shapes(FROM_FUNCTION)),
    (
        "json_functions",
        json_functions::run,
        calls(&[
            "json_build_object",
            "jsonb_build_object",
            "json_build_array",
            "jsonb_build_array",
            "json_agg",
            "jsonb_agg",
            "json_typeof",
            "jsonb_typeof",
        ]),
    ),
    ("json_operators", json_operators::run, kinds(BINARY)),
    // Its last pass reports the arrays no rule consumed.
    ("arrays", arrays::run, kinds(ANY_ALL | ARRAY)),
    ("set_operations", set_operations::run, shapes(SET_OP)),
    ("using_join", using_join::run, shapes(USING)),
    ("lateral", lateral::run, shapes(LATERAL)),
    // After every rule that writes FROM lists (`set_returning` and `json_each` put
    // functions there, `delete_using` moves USING into a subquery): it groups the
    // FROM items that SQLite would join left to right, and only wraps them.
    ("comma_join", comma_join::run, shapes(COMMA)),
    (
        "window_frame",
        window_frame::run,
        Some(Reads {
            kinds: FUNC,
            shapes: WINDOWS,
            ..Reads::ANY
        }),
    ),
    ("lag_lead", lag_lead::run, calls(&["lag", "lead"])),
    // After every rule that builds SQLite date functions over CURRENT_TIMESTAMP
    // (`interval`, `cast`, `date_trunc`, `extract`...): it hands them 'now'.
    (
        "current_timestamp",
        current_timestamp::run,
        kinds(VALUE_FUNCTION),
    ),
    // Checks of what the target runs, after every rule that writes it (PlanetScale).
    ("json_table", json_table::run, shapes(FROM_FUNCTION)),
    (
        "schema_database",
        schema_database::run,
        stmts(CREATE_SCHEMA | DROP_OBJECT),
    ),
    ("rename_column", rename_column::run, stmts(ALTER_TABLE)),
];

/// A rule that may turn one statement into several (SQLite's table rebuild,
/// `CREATE OR REPLACE VIEW` as DROP + CREATE). Expansions run before `RULES`,
/// on PostgreSQL IR, and every statement they return then passes through `RULES`.
type Expansion = fn(Stmt, &mut RuleCx) -> Vec<Stmt>;

/// Every expansion, in the order they run.
static EXPANSIONS: &[(&str, Expansion)] = &[
    // ALTER TABLE reads the catalog's PostgreSQL definitions; the statements it
    // builds (a rebuilt CREATE TABLE, MODIFY COLUMN) then pass through every rule.
    // COMMENT ON COLUMN → ALTER COLUMN (MySQL), which `alter_table` restates.
    ("comment_on", comment_on::expand),
    ("alter_table", alter_table::expand),
    // SELECT setval(…) of a folded sequence → the table's counter; any other stays a
    // query for the `sequence` rule to report.
    ("setval", setval::expand),
    // The view and index expansions come first: the DROP VIEW/INDEX they write pass through `drop`.
    ("create_view", create_view::expand),
    ("materialized_view_refresh", materialized_view::expand),
    ("alter_index", alter_index::expand),
    ("drop", drop::expand),
    ("truncate", truncate::expand),
    // ALTER TYPE … ADD VALUE → one MODIFY COLUMN per table using the type (MySQL).
    ("enum_type", enum_type::expand),
    // CREATE TABLE with a foreign key → PRAGMA foreign_keys = ON first (SQLite).
    ("foreign_key", foreign_key::expand),
];

/// A check over all the target statements of one source statement, once the rules
/// have run and the statements are printed: it reports, it does not rewrite. The
/// span is the source statement's.
type Check = fn(&[Translated], Span, &mut RuleCx);

/// One target statement, and its text as the emitter printed it (`None` for a
/// skip note, which is printed as a comment). The checks measure this text, and
/// the pipeline outputs it: each statement is printed once.
pub struct Translated {
    pub stmt: Stmt,
    pub emitted: Option<Emitted>,
}

/// Every check, in the order they run.
static CHECKS: &[(&str, Check)] = &[
    // The PRAGMAs the rules wrote, against the target's list (D1).
    ("pragma", pragma::check),
    // A deferred table rebuild (D1) that would fire ON DELETE actions of other tables.
    ("rebuild_cascade", rebuild_cascade::check),
    // Statement length and bound parameters, measured on the printed statement.
    ("statement_limits", statement_limits::check),
];

/// Translates one lowered statement into the target statements that replace it,
/// printed.
pub fn translate(stmt: Stmt, cx: &mut RuleCx) -> Vec<Translated> {
    let span = statement_limits::source_span(&stmt);
    let mut stmts = vec![stmt];
    for (_, expand) in EXPANSIONS {
        let mut next = Vec::with_capacity(stmts.len());
        for s in stmts {
            next.extend(expand(s, cx));
        }
        stmts = next;
    }
    for s in &mut stmts {
        apply(s, cx);
    }
    let translated: Vec<Translated> = stmts
        .into_iter()
        .map(|stmt| {
            let emitted =
                (!matches!(stmt, Stmt::Skipped(_))).then(|| emit::statement(&stmt, cx.target));
            Translated { stmt, emitted }
        })
        .collect();
    for (_, check) in CHECKS {
        check(&translated, span, cx);
    }
    translated
}

/// Runs every rule over one statement.
pub fn apply(stmt: &mut Stmt, cx: &mut RuleCx) {
    let volatile_calls = volatile::census(stmt);
    let start = cx.diagnostics.len();
    let span = statement_limits::source_span(stmt);
    crate::ir::growth::start(span.len());
    // The census of the statement as it stands, or `None` once a rule has run.
    let mut census: Option<Census> = None;
    for (_name, rule, gate) in RULES {
        if let Some(reads) = gate {
            // A rule for other statements is skipped without a census; a
            // rule that reads some expressions or shapes asks the census.
            let skip = !reads.may_read(stmt)
                || (reads.needs_census()
                    && !census
                        .get_or_insert_with(|| Census::of(stmt))
                        .may_hold(reads));
            if skip {
                #[cfg(debug_assertions)]
                check_skip(_name, *rule, stmt, cx);
                continue;
            }
        }
        rule(stmt, cx);
        census = None;
        // A rule that copied past the budget stopped early (`each_expr` runs no
        // more rewrites): the statement is an error, so no later rule need run.
        if crate::ir::growth::exhausted() {
            cx.report(
                Code::ExpansionTooLarge,
                span,
                "the translation repeats nested operands past pgshift's size bound",
            );
            break;
        }
    }
    crate::ir::growth::stop();
    // A rule that copies an expression (distinct_on) makes later rules report
    // the same finding once per copy: keep the first.
    let mut kept = start;
    for i in start..cx.diagnostics.len() {
        if !cx.diagnostics[start..kept].contains(&cx.diagnostics[i]) {
            cx.diagnostics.swap(kept, i);
            kept += 1;
        }
    }
    cx.diagnostics.truncate(kept);
    volatile::check(stmt, &volatile_calls, cx);
}

/// Debug builds run a skipped rule on a copy of the statement: it must change
/// nothing and report nothing, or its gate in `RULES` is wrong.
#[cfg(debug_assertions)]
#[allow(clippy::panic)]
fn check_skip(name: &str, rule: Rule, stmt: &Stmt, cx: &mut RuleCx) {
    let counted = crate::ir::growth::counted();
    let mut copy = stmt.clone();
    let mut diagnostics = Vec::new();
    let mut scratch = RuleCx {
        target: cx.target,
        catalog: cx.catalog,
        lenient: cx.lenient,
        diagnostics: &mut diagnostics,
    };
    rule(&mut copy, &mut scratch);
    crate::ir::growth::set_counted(counted);
    if copy != *stmt || !diagnostics.is_empty() {
        panic!("rule `{name}` was skipped by its gate but rewrites this statement: {stmt:?}");
    }
}

/// The names of all rules, for documentation and tests.
pub fn names() -> impl Iterator<Item = &'static str> {
    EXPANSIONS
        .iter()
        .map(|(name, _)| *name)
        .chain(RULES.iter().map(|(name, _, _)| *name))
        .chain(CHECKS.iter().map(|(name, _)| *name))
}

/// Runs `f` on every expression of `stmt`, children first.
pub(crate) fn each_expr(stmt: &mut Stmt, f: impl FnMut(&mut crate::ir::Expr)) {
    struct V<F>(F);
    impl<F: FnMut(&mut crate::ir::Expr)> crate::ir::visit::VisitMut for V<F> {
        fn expr(&mut self, e: &mut crate::ir::Expr) {
            // Past the growth budget no rewrite runs: `apply` reports the statement.
            if !crate::ir::growth::exhausted() {
                (self.0)(e)
            }
        }
    }
    crate::ir::visit::walk_stmt(&mut V(f), stmt);
}

/// Runs `f` on every expression inside `e`, `e` included, children first.
pub(crate) fn each_expr_in(e: &mut crate::ir::Expr, f: impl FnMut(&mut crate::ir::Expr)) {
    struct V<F>(F);
    impl<F: FnMut(&mut crate::ir::Expr)> crate::ir::visit::VisitMut for V<F> {
        fn expr(&mut self, e: &mut crate::ir::Expr) {
            // Past the growth budget no rewrite runs: `apply` reports the statement.
            if !crate::ir::growth::exhausted() {
                (self.0)(e)
            }
        }
    }
    crate::ir::visit::walk_expr(&mut V(f), e);
}

/// `text` on one line, for a skip note printed as an `-- ` comment: line breaks
/// become spaces, so that nothing of it can escape the comment.
pub(crate) fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}
