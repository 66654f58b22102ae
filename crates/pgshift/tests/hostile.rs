//! Hostile and broken input: every case ends in a diagnostic with a span, never a panic
//! or a stack overflow. These run on the test harness's small thread stacks on purpose.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use pgshift::{translate, Code, Dialect};

/// Translates for both targets and returns the codes of the errors.
fn error_codes(sql: &str) -> Vec<&'static str> {
    let mut all = Vec::new();
    for d in [Dialect::Sqlite, Dialect::Mysql] {
        let err = translate(sql, d).expect_err("expected a diagnosed error");
        for diag in &err.diagnostics {
            assert!(
                diag.span.end as usize <= sql.len(),
                "span out of range: {diag:?}"
            );
        }
        all.extend(
            err.diagnostics
                .iter()
                .filter(|x| x.is_error())
                .map(|x| x.code.as_str()),
        );
    }
    all.sort();
    all.dedup();
    all
}

#[test]
fn ten_thousand_nested_parentheses() {
    let sql = format!("SELECT {}1{}", "(".repeat(10_000), ")".repeat(10_000));
    assert_eq!(error_codes(&sql), vec![Code::TooComplex.as_str()]);
}

#[test]
fn hundred_thousand_term_chain() {
    let sql = format!("SELECT a{}", "+a".repeat(100_000));
    assert_eq!(error_codes(&sql), vec![Code::TooComplex.as_str()]);
}

#[test]
fn million_term_chain() {
    let sql = format!("SELECT 1{}", "+1".repeat(1_000_000));
    assert_eq!(error_codes(&sql), vec![Code::TooComplex.as_str()]);
}

#[test]
fn ten_thousand_nested_subqueries() {
    let sql = format!(
        "SELECT {}1{}",
        "(SELECT ".repeat(10_000),
        ")".repeat(10_000)
    );
    assert_eq!(error_codes(&sql), vec![Code::TooComplex.as_str()]);
}

#[test]
fn chain_below_the_limit_translates() {
    let sql = format!("SELECT 1{}", "+1".repeat(900));
    for d in [Dialect::Sqlite, Dialect::Mysql] {
        let out = translate(&sql, d).unwrap();
        assert!(out.sql.starts_with("SELECT 1 + 1"));
    }
}

#[test]
fn nested_parentheses_below_the_limit_parse_or_diagnose() {
    // 150 levels stay under sqlparser's recursion limit and our depth bound.
    let sql = format!("SELECT {}1{}", "(".repeat(150), ")".repeat(150));
    for d in [Dialect::Sqlite, Dialect::Mysql] {
        let out = translate(&sql, d).unwrap();
        assert!(out.sql.contains("((((1))))"));
    }
}

#[test]
fn bad_parameters() {
    assert_eq!(error_codes("SELECT $0"), vec![Code::InvalidParam.as_str()]);
    assert_eq!(
        error_codes("SELECT $99999999999"),
        vec![Code::InvalidParam.as_str()]
    );
    assert_eq!(error_codes("SELECT $1, ?"), vec![Code::Parse.as_str()]);
}

#[test]
fn unterminated_forms() {
    for sql in [
        "SELECT 'abc",
        "SELECT $$abc",
        "SELECT $tag$ abc $ta$",
        "SELECT \"abc",
        "SELECT 1 /* open /* nested */",
    ] {
        assert_eq!(error_codes(sql), vec![Code::Unterminated.as_str()], "{sql}");
    }
}

#[test]
fn garbage_and_nul_bytes() {
    assert_eq!(error_codes("SELEC 1"), vec![Code::Parse.as_str()]);
    let codes = error_codes("SELECT '\0'; \0\0");
    assert!(!codes.is_empty());
}

#[test]
fn empty_input_is_a_note_not_an_error() {
    for sql in ["", "  -- only a comment\n", "/* c */"] {
        let out = translate(sql, Dialect::Sqlite).unwrap();
        assert!(out.sql.is_empty());
        assert_eq!(out.diagnostics[0].code, Code::EmptyInput, "{sql:?}");
    }
}

#[test]
fn long_chains_inside_parentheses_and_calls() {
    for sql in [
        format!("SELECT (1{})", "+1".repeat(900)),
        format!("SELECT abs(1{})", "+1".repeat(900)),
        format!("SELECT CASE WHEN 1{} > 0 THEN 1 END", "+1".repeat(900)),
        format!("SELECT 1 WHERE 1 = 1{}", " OR 1 = 1".repeat(300)),
    ] {
        for d in [Dialect::Sqlite, Dialect::Mysql] {
            translate(&sql, d).unwrap();
        }
    }
}

#[test]
fn chains_of_every_operator_kind_are_bounded() {
    for op in ["+", "-", "*", "/", "||", " AND ", " OR ", "=", "::int+"] {
        let sql = format!("SELECT 1{}", format!("{op}1").repeat(50_000));
        let codes = error_codes(&sql);
        assert_eq!(codes, vec![Code::TooComplex.as_str()], "{op}");
    }
}

#[test]
fn long_set_operation_chains_are_bounded() {
    for op in ["UNION ALL", "INTERSECT ALL", "EXCEPT", "UNION"] {
        let sql = format!("SELECT 1{}", format!(" {op} SELECT 1").repeat(2_000));
        assert_eq!(error_codes(&sql), vec![Code::TooComplex.as_str()], "{op}");
    }
}

#[test]
fn set_operation_chain_below_the_limit_translates() {
    let sql = format!("SELECT 1{}", " UNION ALL SELECT 1".repeat(200));
    for d in [Dialect::Sqlite, Dialect::Mysql] {
        assert!(translate(&sql, d).is_ok(), "{d:?}");
    }
}
