//! The `--format json` output: one object with the SQL, the params map and the diagnostics.

use pgshift::{Diagnostic, Translation};
use serde_json::{json, Value};

/// Builds `{"sql": ..., "params": [...], "diagnostics": [...]}`; `sql` is null on failure.
pub fn output(
    source: &str,
    translation: Option<&Translation>,
    diagnostics: &[Diagnostic],
) -> Value {
    let diagnostics: Vec<Value> = diagnostics
        .iter()
        .map(|d| serde_json::from_str(&d.to_json(source)).unwrap_or(Value::Null))
        .collect();
    json!({
        "sql": translation.map(|t| t.sql.as_str()),
        "params": translation.map_or(&[][..], |t| t.params.as_slice()),
        "diagnostics": diagnostics,
    })
}
