//! Which engines the run can reach, read from the environment.

/// The variable naming the PostgreSQL server (a libpq connection string or URL).
pub const PG_VAR: &str = "PGSHIFT_TEST_PG_URL";
/// The variable naming the MySQL/MariaDB server (`mysql://user@host:port/db`).
pub const MYSQL_VAR: &str = "PGSHIFT_TEST_MYSQL_URL";

/// The servers the run talks to; `None` means skipped.
#[derive(Clone, Debug, Default)]
pub struct Engines {
    pub pg_url: Option<String>,
    pub mysql_url: Option<String>,
}

impl Engines {
    /// Reads the environment; an empty variable counts as unset.
    pub fn from_env() -> Engines {
        let read = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        Engines {
            pg_url: read(PG_VAR),
            mysql_url: read(MYSQL_VAR),
        }
    }

    /// One line per skipped engine, saying what is not checked.
    pub fn banners(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.pg_url.is_none() {
            out.push(format!(
                "grammar-tests: {PG_VAR} is not set: PostgreSQL comparisons SKIPPED \
                 (translations still run on SQLite{}, but their rows are not compared)",
                if self.mysql_url.is_some() {
                    " and MySQL"
                } else {
                    ""
                }
            ));
        }
        if self.mysql_url.is_none() {
            out.push(format!(
                "grammar-tests: {MYSQL_VAR} is not set: MySQL execution SKIPPED"
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn banners_name_each_missing_variable() {
        let none = Engines::default();
        let text = none.banners().join("\n");
        assert!(text.contains("PGSHIFT_TEST_PG_URL is not set: PostgreSQL comparisons SKIPPED"));
        assert!(text.contains("PGSHIFT_TEST_MYSQL_URL is not set"));
        let all = Engines {
            pg_url: Some("host=x".into()),
            mysql_url: Some("mysql://x".into()),
        };
        assert!(all.banners().is_empty());
    }
}
