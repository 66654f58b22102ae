//! Word lists the generators draw names and text from.

pub const FIRST: &[&str] = &[
    "Ada",
    "Grace",
    "Alan",
    "Edsger",
    "Barbara",
    "Donald",
    "Frances",
    "John",
    "Margaret",
    "Ken",
    "Dennis",
    "Radia",
    "Leslie",
    "Niklaus",
    "Tony",
    "Sophie",
    "Hedy",
    "Katherine",
    "Linus",
    "Guido",
];

pub const LAST: &[&str] = &[
    "Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen", "McCarthy", "Hamilton",
    "Thompson", "Ritchie", "Perlman", "Lamport", "Wirth", "Hoare", "Wilson", "Lamarr", "Johnson",
    "O'Brien", "Torvalds",
];

pub const WORDS: &[&str] = &[
    "alpha",
    "bravo",
    "charlie",
    "delta",
    "echo",
    "foxtrot",
    "golf",
    "hotel",
    "india",
    "juliet",
    "kilo",
    "lima",
    "mike",
    "november",
    "oscar",
    "papa",
    "quebec",
    "romeo",
    "sierra",
    "tango",
    "uniform",
    "victor",
    "whiskey",
    "xray",
    "yankee",
    "zulu",
    "café",
    "naïve",
    "über",
    "smörgås",
];

pub const THEMES: &[&str] = &["dark", "light", "solarized", "contrast"];

pub const ZONES: &[&str] = &["+00", "+02", "-05", "+05:30", "-03:30", "+09", "+01"];
