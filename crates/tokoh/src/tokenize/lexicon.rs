//! The word lists behind the words layer, embedded in the library and parsed
//! once on first use. Built by `data/lexicon/generate.py` from the kumparan
//! news POS corpus of the `nlp-id` package (MIT; `data/lexicon/LICENSE-nlp-id`).

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

use once_cell::sync::Lazy;

/// FNV-1a: the keys are short words known at build time, so a fast
/// non-cryptographic hash is the right tool (no user input chooses them).
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A set of words hashed with [`Fnv`].
pub(crate) type WordSet = HashSet<&'static str, BuildHasherDefault<Fnv>>;

fn parse(data: &'static str) -> WordSet {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// Words a clitic may be split from (`rumah` in `rumahnya`).
pub(crate) static STEMS: Lazy<WordSet> =
    Lazy::new(|| parse(include_str!("../../data/lexicon/stems.txt")));

/// Words that end like stem + clitic but are words of their own (`adalah`,
/// `masalah`, `akhirnya`).
pub(crate) static UNSPLITTABLE: Lazy<WordSet> =
    Lazy::new(|| parse(include_str!("../../data/lexicon/unsplittable.txt")));
