//! pgshift for JavaScript runtimes: the boundary between JS and the library.
//!
//! This crate holds no translation logic. It resolves the options a JS caller
//! gives, calls [`pgshift::translate_with`], and returns the result as JSON
//! text (in chunks, see `output.rs`) that the package's JS wrapper
//! (`wasm/js/api.js`) joins, parses and, when the translation failed, throws as
//! an `Error` carrying the diagnostics. JSON text crosses the boundary instead
//! of many small JS objects: it is one copy, and `JSON.parse` is faster than
//! building objects field by field from WASM.
//!
//! The JSON has the shape of the CLI's `--format json` output, with a few more
//! fields: `{"ok": true, "sql", "params", "diagnostics", "statements"}`, or
//! `{"ok": false, "error", "diagnostics"}` when a diagnostic is an error, or
//! `{"ok": false, "usage"}` when the options themselves are wrong.

mod output;

use pgshift::{Dialect, Options};
use wasm_bindgen::prelude::wasm_bindgen;

/// Translates `sql` and returns the result as JSON text cut in chunks to join
/// (see the crate docs).
///
/// `to` is `"sqlite"` or `"mysql"`; `profile` names a profile such as `"d1"`
/// or `"mariadb"`. At least one of them must be given, and when both are they
/// must agree.
#[wasm_bindgen(js_name = translateJson)]
pub fn translate_json(
    sql: &str,
    to: Option<String>,
    profile: Option<String>,
    strict: bool,
    lenient: bool,
) -> Vec<String> {
    Translator::new(to, profile, strict, lenient, None).translate_json(sql)
}

/// Options resolved once, and the schema the queries run against read once:
/// the JS API's `createTranslator`, for a Worker that translates many queries
/// against one schema.
///
/// Construction never throws: when the options are wrong or the schema does not
/// translate, [`Translator::error_json`] holds why, as the JSON of a failed
/// translation (`{"ok": false, "usage"}`, or `{"ok": false, "error",
/// "diagnostics"}` with positions in the schema's text), and the JS wrapper
/// throws it.
#[wasm_bindgen]
pub struct Translator {
    options: Result<Options, Vec<String>>,
}

#[wasm_bindgen]
impl Translator {
    #[wasm_bindgen(constructor)]
    pub fn new(
        to: Option<String>,
        profile: Option<String>,
        strict: bool,
        lenient: bool,
        schema: Option<String>,
    ) -> Translator {
        let options = match options(to.as_deref(), profile.as_deref()) {
            Ok(options) => {
                let options = options.strict(strict).lenient(lenient);
                match schema {
                    None => Ok(options),
                    Some(schema) => options
                        .with_schema(&schema)
                        .map_err(|e| output::result(&schema, Err(e))),
                }
            }
            Err(message) => Err(vec![output::usage(&message)]),
        };
        Translator { options }
    }

    /// Why the translator cannot translate (JSON text in chunks), or nothing.
    #[wasm_bindgen(js_name = errorJson)]
    pub fn error_json(&self) -> Vec<String> {
        match &self.options {
            Ok(_) => Vec::new(),
            Err(chunks) => chunks.clone(),
        }
    }

    /// Translates `sql` against the schema, as [`translate_json`] does.
    #[wasm_bindgen(js_name = translateJson)]
    pub fn translate_json(&self, sql: &str) -> Vec<String> {
        match &self.options {
            Ok(options) => output::result(sql, pgshift::translate_with(sql, options)),
            Err(chunks) => chunks.clone(),
        }
    }
}

/// The names of the known profiles, for error messages and the TypeScript types' docs.
#[wasm_bindgen(js_name = profileNames)]
pub fn profile_names() -> Vec<String> {
    pgshift::target::PROFILES
        .iter()
        .map(|t| t.name.to_string())
        .collect()
}

/// The size of the module's linear memory in bytes. Memory only grows, so this
/// is the high-water mark of everything translated so far.
#[wasm_bindgen(js_name = wasmMemoryBytes)]
pub fn wasm_memory_bytes() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        (core::arch::wasm32::memory_size(0) * 65536) as f64
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0.0
    }
}

/// The options that `to` and `profile` ask for, or a usage error, with the same
/// rules as the CLI's `--to` and `--profile`.
fn options(to: Option<&str>, profile: Option<&str>) -> Result<Options, String> {
    let dialect = match to {
        None => None,
        Some(name) => Some(dialect(name)?),
    };
    match (profile, dialect) {
        (Some(name), dialect) => {
            let options = Options::profile(name).ok_or_else(|| {
                format!(
                    "unknown profile `{name}` (known: {})",
                    profile_names().join(", ")
                )
            })?;
            match dialect {
                Some(d) if d != options.target.dialect => Err(format!(
                    "profile `{name}` is a {} profile, not {}",
                    options.target.dialect.name(),
                    d.name()
                )),
                _ => Ok(options),
            }
        }
        (None, Some(dialect)) => Ok(Options::new(dialect)),
        (None, None) => Err("give `to: 'sqlite' | 'mysql'` or a `profile`".to_string()),
    }
}

fn dialect(name: &str) -> Result<Dialect, String> {
    [Dialect::Sqlite, Dialect::Mysql]
        .into_iter()
        .find(|d| d.name().eq_ignore_ascii_case(name))
        .ok_or_else(|| format!("unknown target `{name}` (known: sqlite, mysql)"))
}

#[cfg(test)]
mod tests;
