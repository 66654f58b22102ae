//! Finding snapshots that no case and target produce any more.

use std::collections::BTreeSet;
use std::path::Path;

/// Lists the problems in `dir`: `.snap` files whose name (without `.snap`) is not
/// in `expected`, and leftover `.snap.new` / `.pending-snap` files.
pub fn find(dir: &Path, expected: &BTreeSet<String>) -> Result<Vec<String>, String> {
    let mut problems = Vec::new();
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(problems),
        Err(e) => return Err(format!("cannot list {}: {e}", dir.display())),
    };
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
        names.push(entry.file_name().to_string_lossy().into_owned());
    }
    names.sort();
    for name in names {
        if name.ends_with(".snap.new") || name.ends_with(".pending-snap") {
            problems.push(format!(
                "{name}: a pending snapshot; review it with `cargo insta review` or delete it"
            ));
        } else if let Some(stem) = name.strip_suffix(".snap") {
            if !expected.contains(stem) {
                problems.push(format!(
                    "{name}: no case and target produce this snapshot; delete it"
                ));
            }
        }
    }
    Ok(problems)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;

    #[test]
    fn reports_orphans_and_pending_files() {
        let dir = std::env::temp_dir().join(format!("pgshift-orphans-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for name in [
            "a__b.sqlite.snap",
            "a__b.mysql.snap",
            "gone.mysql.snap",
            "a__b.sqlite.snap.new",
            "README",
        ] {
            std::fs::write(dir.join(name), "").unwrap();
        }
        let expected: BTreeSet<String> =
            ["a__b.sqlite".to_string(), "a__b.mysql".to_string()].into();
        let problems = find(&dir, &expected).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].starts_with("a__b.sqlite.snap.new"));
        assert!(problems[1].starts_with("gone.mysql.snap"));
    }

    #[test]
    fn a_missing_directory_has_no_orphans() {
        let dir = Path::new("/nonexistent/pgshift/snapshots");
        assert!(find(dir, &BTreeSet::new()).unwrap().is_empty());
    }
}
