//! Post-data folding: pg_dump's constraints and defaults, which it writes after
//! the data, are moved into each table's CREATE TABLE.
//!
//! ```sql
//! -- input (pg_dump order)
//! CREATE TABLE public.album (album_id integer NOT NULL, artist_id integer NOT NULL);
//! CREATE SEQUENCE public.album_album_id_seq AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
//! ALTER SEQUENCE public.album_album_id_seq OWNED BY public.album.album_id;
//! ALTER TABLE ONLY public.album ALTER COLUMN album_id SET DEFAULT nextval('public.album_album_id_seq'::regclass);
//! COPY public.album (album_id, artist_id) FROM stdin;
//! …
//! ALTER TABLE ONLY public.album ADD CONSTRAINT album_pkey PRIMARY KEY (album_id);
//! ALTER TABLE ONLY public.album ADD CONSTRAINT album_artist_id_fkey FOREIGN KEY (artist_id) REFERENCES public.artist(artist_id);
//! -- output (SQLite)
//! BEGIN;
//! PRAGMA defer_foreign_keys = ON;
//! CREATE TABLE album (album_id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, artist_id INTEGER NOT NULL,
//!     CONSTRAINT album_artist_id_fkey FOREIGN KEY (artist_id) REFERENCES artist (artist_id));
//! INSERT INTO album (album_id, artist_id) VALUES …;
//! -- ALTER TABLE album … is folded into CREATE TABLE album
//! COMMIT;
//! ```
//!
//! SQLite cannot add a constraint to a table, and neither target can make a
//! column auto-increment before it is a key, so without folding a dump would
//! need a table rebuild per constraint. A first pass over the script
//! ([`Planner`]) finds the statements to fold; the translation pass
//! (`pipeline::Translator`) adds them to the CREATE TABLE and prints a note
//! where they stood.
//!
//! What is folded: `ALTER TABLE ONLY t` (pg_dump's form) whose every action is
//! ADD CONSTRAINT (primary key, unique, check, and on targets that cannot add
//! foreign keys in place, foreign key) or ALTER COLUMN … SET DEFAULT, when
//! nothing between the CREATE TABLE and it could have behaved differently with
//! the constraint or default in place: only COPY and INSERT may write to the
//! table in between, and for a default, only ones that name every column.
//! Folded foreign keys are checked at the end of the load
//! (`PRAGMA defer_foreign_keys` in one transaction; D1 runs the file in one),
//! so the data may come in any table order. A script with its own transaction
//! statements keeps its foreign keys where they are.
//!
//! Fidelity: exact; a row a folded constraint rejects is one PostgreSQL's later
//! ALTER TABLE would have rejected too. <https://www.sqlite.org/foreignkeys.html#fk_deferred>

mod planner;
mod prefix;

pub use planner::Planner;

use crate::ir::{AlterOp, ColumnChange, CreateTable, Stmt};
use std::collections::HashMap;

/// One folded `ALTER TABLE ONLY`.
#[derive(Clone, Debug)]
struct Fold {
    /// Where the table's CREATE TABLE starts in the input.
    create: usize,
    /// Where the ALTER TABLE starts in the input.
    alter: usize,
    table: String,
    ops: Vec<AlterOp>,
    foreign_key: bool,
    /// The CREATE SEQUENCE statements its `nextval` defaults draw from, which the
    /// catalog must know before the CREATE TABLE is translated.
    sequences: Vec<Stmt>,
}

/// What the first pass found to fold (see the module docs).
#[derive(Clone, Debug, Default)]
pub struct Plan {
    folds: Vec<Fold>,
    /// CREATE TABLE offset → indexes into `folds`.
    by_create: HashMap<usize, Vec<usize>>,
    /// ALTER TABLE offset → index into `folds`.
    by_alter: HashMap<usize, usize>,
}

impl Plan {
    fn new(folds: Vec<Fold>) -> Plan {
        let mut by_create: HashMap<usize, Vec<usize>> = HashMap::new();
        let mut by_alter = HashMap::new();
        for (i, f) in folds.iter().enumerate() {
            by_create.entry(f.create).or_default().push(i);
            by_alter.insert(f.alter, i);
        }
        Plan {
            folds,
            by_create,
            by_alter,
        }
    }

    /// Whether foreign keys were folded, so the load must defer their checks.
    pub fn defers_foreign_keys(&self) -> bool {
        self.folds.iter().any(|f| f.foreign_key)
    }

    /// The table of the folded ALTER TABLE that starts at `offset`, if it is one.
    pub fn folded_into(&self, offset: usize) -> Option<&str> {
        self.by_alter
            .get(&offset)
            .map(|&i| self.folds[i].table.as_str())
    }

    /// Adds to the CREATE TABLE at `offset` what is folded into it, and returns
    /// the sequences its new defaults draw from.
    pub(crate) fn fold_into(&self, offset: usize, table: &mut CreateTable) -> Vec<&Stmt> {
        let mut sequences = Vec::new();
        for &i in self.by_create.get(&offset).into_iter().flatten() {
            let fold = &self.folds[i];
            for op in &fold.ops {
                apply(op, table);
            }
            sequences.extend(fold.sequences.iter());
        }
        sequences
    }
}

/// One folded action, applied to the PostgreSQL CREATE TABLE.
fn apply(op: &AlterOp, table: &mut CreateTable) {
    match op {
        // ADD CONSTRAINT c … → a table constraint of the CREATE TABLE.
        AlterOp::AddConstraint(c) => table.constraints.push(c.clone()),
        // ALTER COLUMN c SET DEFAULT e → the column's DEFAULT e.
        AlterOp::AlterColumn {
            name,
            change: ColumnChange::SetDefault(e),
            ..
        } => {
            if let Some(col) = table.columns.iter_mut().find(|c| c.name.name == name.name) {
                col.default = Some(e.clone());
            }
        }
        // The planner folds nothing else.
        _ => {}
    }
}
