//! The word lists behind the words layer, embedded in the library and parsed
//! once on first use. Built by `data/lexicon/generate.py` from the kumparan
//! news POS corpus of the `nlp-id` package (MIT; `data/lexicon/LICENSE-nlp-id`).

use std::collections::HashSet;

use once_cell::sync::Lazy;

fn parse(data: &'static str) -> HashSet<&'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// Words a clitic may be split from (`rumah` in `rumahnya`).
pub(crate) static STEMS: Lazy<HashSet<&'static str>> =
    Lazy::new(|| parse(include_str!("../../data/lexicon/stems.txt")));

/// Words that end like stem + clitic but are words of their own (`adalah`,
/// `masalah`, `akhirnya`).
pub(crate) static UNSPLITTABLE: Lazy<HashSet<&'static str>> =
    Lazy::new(|| parse(include_str!("../../data/lexicon/unsplittable.txt")));
