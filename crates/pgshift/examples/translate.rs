//! Translates standard input to both targets and prints the results.
//!
//! `echo "SELECT \$2, \$1" | cargo run -p pgshift --example translate`

use std::io::Read;

fn main() {
    let mut sql = String::new();
    if std::io::stdin().read_to_string(&mut sql).is_err() {
        eprintln!("standard input is not UTF-8");
        std::process::exit(2);
    }
    for dialect in [pgshift::Dialect::Sqlite, pgshift::Dialect::Mysql] {
        println!("-- {}", dialect.name());
        match pgshift::translate(&sql, dialect) {
            Ok(t) => {
                print!("{}", t.sql);
                println!("-- params: {:?}", t.params);
                for d in &t.diagnostics {
                    println!("-- {d}");
                }
            }
            Err(e) => {
                for d in &e.diagnostics {
                    println!("-- {d} @{}..{}", d.span.start, d.span.end);
                }
            }
        }
    }
}
