//! A plain-format pg_dump look-alike that is mostly COPY data.
//!
//! The layout follows what `pg_dump` 15 prints for a small schema: the
//! preamble (`SET …`, `set_config('search_path', …)`), `CREATE TABLE`,
//! `CREATE SEQUENCE … OWNED BY`, then one
//! `COPY … FROM stdin` block per table ending with `\.`, the `setval` calls,
//! and last the primary keys and the foreign key. Two tables hold the data:
//! `accounts` (about a tenth of the bytes) and `transfers`, whose `account_id`
//! always names an existing account, so the foreign key holds.
//!
//! The COPY fields use the text format's escapes: `\t`, `\n` and `\\` inside
//! text, `\N` for NULL, `t`/`f` booleans, timestamps with zone offsets,
//! numerics, bytea in hex (`\\x…`, the backslash itself escaped) and jsonb.
//!
//! Unlike pg_dump, it leaves out the `ALTER TABLE ONLY … SET DEFAULT
//! nextval('…'::regclass)` lines: pgshift refuses them on both targets today
//! (a `regclass` cast, and on SQLite an auto-increment column that is not yet
//! the primary key), and the benchmark measures translations that succeed.

use crate::count::Counting;
use crate::rng::Rng;
use crate::words::{FIRST, LAST, THEMES, WORDS, ZONES};
use std::fmt::Write as _;
use std::io::{self, Write};

const PREAMBLE: &str = "\
--
-- PostgreSQL database dump
--

\\restrict pgshiftGenBenchmarkDump

-- Dumped from database version 15.18
-- Dumped by pg_dump version 15.18

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: accounts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.accounts (
    account_id integer NOT NULL,
    name character varying(120) NOT NULL,
    active boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    balance numeric(14,2),
    avatar bytea,
    profile jsonb,
    notes text
);


--
-- Name: accounts_account_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.accounts_account_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: accounts_account_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.accounts_account_id_seq OWNED BY public.accounts.account_id;


--
-- Name: transfers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transfers (
    transfer_id bigint NOT NULL,
    account_id integer NOT NULL,
    amount numeric(12,2) NOT NULL,
    booked_at timestamp with time zone NOT NULL,
    memo text,
    cleared boolean,
    payload jsonb
);


--
-- Name: transfers_transfer_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.transfers_transfer_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: transfers_transfer_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.transfers_transfer_id_seq OWNED BY public.transfers.transfer_id;


--
-- Data for Name: accounts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.accounts (account_id, name, active, created_at, balance, avatar, profile, notes) FROM stdin;
";

const TRANSFERS_HEADER: &str = "\\.


--
-- Data for Name: transfers; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.transfers (transfer_id, account_id, amount, booked_at, memo, cleared, payload) FROM stdin;
";

const EPILOGUE_CONSTRAINTS: &str = "

--
-- Name: accounts accounts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_pkey PRIMARY KEY (account_id);


--
-- Name: transfers transfers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transfers
    ADD CONSTRAINT transfers_pkey PRIMARY KEY (transfer_id);


--
-- Name: transfers transfers_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transfers
    ADD CONSTRAINT transfers_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(account_id);


--
-- PostgreSQL database dump complete
--

\\unrestrict pgshiftGenBenchmarkDump

";

/// Writes a dump of at least `bytes` bytes to `out` (the size is reached in
/// the COPY data; the closing constraints add about a kilobyte), decided
/// entirely by `seed`. Memory stays constant: one row is built at a time.
pub fn dump(seed: u64, bytes: u64, out: &mut impl Write) -> io::Result<()> {
    let mut out = Counting::new(out);
    let mut rng = Rng::new(seed);
    let mut row = String::with_capacity(1024);
    out.write_all(PREAMBLE.as_bytes())?;
    // At least one account, so every transfer has a parent.
    let account_budget = (bytes / 10).max(1);
    let mut accounts: u64 = 0;
    while accounts == 0 || out.written < account_budget {
        accounts += 1;
        row.clear();
        account_row(&mut rng, accounts, &mut row);
        out.write_all(row.as_bytes())?;
    }
    out.write_all(TRANSFERS_HEADER.as_bytes())?;
    let mut transfers: u64 = 0;
    while out.written < bytes {
        transfers += 1;
        row.clear();
        transfer_row(&mut rng, transfers, accounts, &mut row);
        out.write_all(row.as_bytes())?;
    }
    row.clear();
    let _ = write!(
        row,
        "\\.\n\n\n--\n-- Name: accounts_account_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -\n--\n\n\
         SELECT pg_catalog.setval('public.accounts_account_id_seq', {accounts}, true);\n\n\n\
         --\n-- Name: transfers_transfer_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -\n--\n\n\
         SELECT pg_catalog.setval('public.transfers_transfer_id_seq', {}, {});\n",
        transfers.max(1),
        transfers > 0
    );
    out.write_all(row.as_bytes())?;
    out.write_all(EPILOGUE_CONSTRAINTS.as_bytes())?;
    out.flush()
}

/// Writes a script of at least `bytes` bytes that is one table and one COPY
/// block (the `transfers` rows of [`dump`], without a foreign key): the input
/// for measuring the COPY path alone.
pub fn copy_only(seed: u64, bytes: u64, out: &mut impl Write) -> io::Result<()> {
    let mut out = Counting::new(out);
    let mut rng = Rng::new(seed);
    let mut row = String::with_capacity(1024);
    out.write_all(
        b"CREATE TABLE public.transfers (\n    transfer_id bigint NOT NULL,\n    account_id integer NOT NULL,\n    \
          amount numeric(12,2) NOT NULL,\n    booked_at timestamp with time zone NOT NULL,\n    memo text,\n    \
          cleared boolean,\n    payload jsonb\n);\n\n\
          COPY public.transfers (transfer_id, account_id, amount, booked_at, memo, cleared, payload) FROM stdin;\n",
    )?;
    let mut transfers: u64 = 0;
    while out.written < bytes {
        transfers += 1;
        row.clear();
        transfer_row(&mut rng, transfers, 1_000_000, &mut row);
        out.write_all(row.as_bytes())?;
    }
    out.write_all(b"\\.\n")?;
    out.flush()
}

/// A timestamp with a zone offset, as pg_dump prints `timestamptz` in a
/// session whose time zone is not UTC.
fn timestamptz(rng: &mut Rng, row: &mut String) {
    let _ = write!(
        row,
        "{:04}-{:02}-{:02} {:02}:{:02}:{:02}",
        rng.range(2000, 2025),
        rng.range(1, 12),
        rng.range(1, 28),
        rng.range(0, 23),
        rng.range(0, 59),
        rng.range(0, 59)
    );
    if rng.chance(50) {
        let _ = write!(row, ".{:06}", rng.below(1_000_000));
    }
    row.push_str(rng.pick(ZONES));
}

/// Free text with the characters COPY's text format escapes: tab, newline
/// and backslash.
fn escaped_text(rng: &mut Rng, row: &mut String, words: u64) {
    for i in 0..words {
        if i > 0 {
            row.push_str(match rng.below(20) {
                0 => "\\t",
                1 => "\\n",
                2 => " \\\\ ",
                _ => " ",
            });
        }
        row.push_str(rng.pick(WORDS));
    }
}

fn account_row(rng: &mut Rng, id: u64, row: &mut String) {
    let first = rng.pick(FIRST);
    let last = rng.pick(LAST);
    let _ = write!(
        row,
        "{id}\t{first} {last}\t{}\t",
        if rng.chance(85) { 't' } else { 'f' }
    );
    timestamptz(rng, row);
    if rng.chance(10) {
        row.push_str("\t\\N");
    } else {
        let _ = write!(
            row,
            "\t{}.{:02}",
            rng.range(-50_000, 1_000_000),
            rng.below(100)
        );
    }
    if rng.chance(30) {
        row.push_str("\t\\N\t");
    } else {
        row.push_str("\t\\\\x");
        for _ in 0..rng.range(4, 24) {
            let _ = write!(row, "{:02x}", rng.below(256));
        }
        row.push('\t');
    }
    let _ = write!(
        row,
        "{{\"theme\": \"{}\", \"vip\": {}, \"limits\": {{\"daily\": {}}}, \"path\": \"C:\\\\\\\\tmp\"}}\t",
        rng.pick(THEMES),
        rng.chance(10),
        rng.range(1, 10_000)
    );
    if rng.chance(40) {
        row.push_str("\\N");
    } else {
        let n = rng.range(3, 20) as u64;
        escaped_text(rng, row, n);
    }
    row.push('\n');
}

fn transfer_row(rng: &mut Rng, id: u64, accounts: u64, row: &mut String) {
    let account = rng.below(accounts) + 1;
    let _ = write!(
        row,
        "{id}\t{account}\t{}.{:02}\t",
        rng.range(-5_000, 20_000),
        rng.below(100)
    );
    timestamptz(rng, row);
    row.push('\t');
    if rng.chance(15) {
        row.push_str("\\N");
    } else {
        let n = rng.range(2, 10) as u64;
        escaped_text(rng, row, n);
    }
    row.push_str(match rng.below(3) {
        0 => "\tt\t",
        1 => "\tf\t",
        _ => "\t\\N\t",
    });
    if rng.chance(50) {
        row.push_str("\\N");
    } else {
        let _ = write!(
            row,
            "{{\"channel\": \"{}\", \"ref\": {}}}",
            rng.pick(&["card", "sepa", "wire", "cash"]),
            rng.below(1_000_000_000)
        );
    }
    row.push('\n');
}
