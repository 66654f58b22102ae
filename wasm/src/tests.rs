//! The boundary's JSON, checked natively (the Node tests check it through WASM).

use super::output::Chunks;
use super::{translate_json, Translator};
use serde_json::Value;

fn call(sql: &str, to: Option<&str>, profile: Option<&str>, strict: bool) -> Value {
    let text = translate_json(
        sql,
        to.map(str::to_string),
        profile.map(str::to_string),
        strict,
        false,
    )
    .concat();
    serde_json::from_str(&text).unwrap_or(Value::Null)
}

#[test]
fn success_carries_sql_params_and_statements() {
    let out = call("SELECT $2, $1, $2", Some("mysql"), None, false);
    assert_eq!(out["ok"], true);
    assert_eq!(out["sql"], "SELECT ?, ?, ?;\n");
    assert_eq!(out["params"], serde_json::json!([2, 1, 2]));
    assert_eq!(out["statements"][0]["sql"], "SELECT ?, ?, ?");
    assert_eq!(out["statements"][0]["returnsRows"], true);
    assert_eq!(
        out["statements"][0]["start"],
        serde_json::json!({"line": 1, "column": 1})
    );
}

#[test]
fn failure_carries_the_library_diagnostic_with_lines_and_columns() {
    let out = call(
        "SELECT 1;\nSELECT a ~ 'x' FROM t",
        Some("sqlite"),
        None,
        false,
    );
    assert_eq!(out["ok"], false);
    let d = &out["diagnostics"][0];
    let code = pgshift::Code::SqliteRegex;
    assert_eq!(d["code"], code.as_str());
    assert_eq!(d["severity"], "error");
    assert_eq!(d["help"], code.help());
    assert_eq!(d["label"], code.label());
    assert_eq!(d["start"]["line"], 2);
    assert!(out["error"].as_str().unwrap_or("").contains("PGS0301"));
}

#[test]
fn strict_turns_warnings_into_errors() {
    let sql = "SELECT a FROM t FOR UPDATE";
    assert_eq!(call(sql, Some("sqlite"), None, false)["ok"], true);
    let out = call(sql, Some("sqlite"), None, true);
    assert_eq!(out["ok"], false);
    assert_eq!(out["diagnostics"][0]["code"], "PGS0126");
}

#[test]
fn profiles_and_targets_are_checked_like_the_cli() {
    assert_eq!(call("SELECT 1", None, Some("d1"), false)["ok"], true);
    assert_eq!(
        call("SELECT 1", Some("sqlite"), Some("D1"), false)["ok"],
        true
    );
    let mismatch = call("SELECT 1", Some("mysql"), Some("d1"), false);
    assert!(mismatch["usage"]
        .as_str()
        .unwrap_or("")
        .contains("sqlite profile"));
    let unknown = call("SELECT 1", None, Some("oracle"), false);
    assert!(unknown["usage"]
        .as_str()
        .unwrap_or("")
        .contains("planetscale"));
    let neither = call("SELECT 1", None, None, false);
    assert!(neither["usage"].is_string());
    assert!(call("SELECT 1", Some("postgres"), None, false)["usage"].is_string());
}

#[test]
fn chunks_are_cut_on_character_boundaries() {
    // Two-, three- and four-byte characters, written in pieces of every size,
    // so that some cut lands inside a character unless it moves back.
    let text = "é€😀 ✓ abc".repeat(40);
    for size in 1..12 {
        for piece in 1..9 {
            let mut chunks = Chunks::new(size);
            for part in text.as_bytes().chunks(piece) {
                chunks.text(part);
            }
            let done = chunks.finish().unwrap_or_default();
            assert_eq!(done.concat(), text, "chunk size {size}, pieces of {piece}");
            assert!(done.iter().all(|c| c.len() <= size.max(4)));
        }
    }
}

#[test]
fn a_translator_reads_its_schema_once_and_reports_a_broken_one() {
    let schema = "CREATE TABLE due (id int, opened date);";
    let t = Translator::new(
        Some("mysql".into()),
        None,
        false,
        false,
        Some(schema.into()),
    );
    assert!(t.error_json().is_empty());
    let out: Value = serde_json::from_str(&t.translate_json("SELECT opened + 1 FROM due").concat())
        .unwrap_or(Value::Null);
    assert_eq!(
        out["sql"],
        "SELECT DATE_ADD(opened, INTERVAL 1 DAY) FROM due;\n"
    );

    let broken = Translator::new(
        Some("mysql".into()),
        None,
        false,
        false,
        Some("CREATE TABLE (".into()),
    );
    let error: Value = serde_json::from_str(&broken.error_json().concat()).unwrap_or(Value::Null);
    assert_eq!(error["ok"], false);
    assert_eq!(error["diagnostics"][0]["code"], "PGS0001");
    // A translator that could not start answers every call with its error.
    assert_eq!(broken.translate_json("SELECT 1"), broken.error_json());

    let usage = Translator::new(Some("oracle".into()), None, false, false, None);
    let error: Value = serde_json::from_str(&usage.error_json().concat()).unwrap_or(Value::Null);
    assert!(error["usage"]
        .as_str()
        .is_some_and(|u| u.contains("oracle")));
}
