//! The word lists behind the words layer, embedded in the library and parsed
//! once on first use. Built by `data/lexicon/generate.py` from the kumparan
//! news POS corpus of the `nlp-id` package (MIT; `data/lexicon/LICENSE-nlp-id`).

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

use once_cell::sync::Lazy;

/// A hash for short words, eight bytes at a time: the keys are short words
/// known at build time, so a fast non-cryptographic hash is the right tool
/// (no user input chooses them). A word of up to sixteen bytes costs two
/// loads and one multiplication, where a byte-at-a-time hash (FNV) costs a
/// multiplication per byte.
#[derive(Default)]
pub(crate) struct WordHasher(u64);

/// Multiplies two words into 128 bits and folds the halves together: a
/// cheap mix whose every output bit depends on every input bit.
#[inline]
fn fold_mul(a: u64, b: u64) -> u64 {
    let full = u128::from(a) * u128::from(b);
    // The casts keep the low and the high half.
    (full as u64) ^ ((full >> 64) as u64)
}

/// Odd constants of the mix (digits of pi).
const SEED: [u64; 2] = [0x243f_6a88_85a3_08d3, 0x1319_8a2e_0370_7344];

/// Reads up to eight bytes of `bytes` (which has at most eight) as a
/// little-endian number.
#[inline]
fn read_short(bytes: &[u8]) -> u64 {
    let mut word = [0u8; 8];
    word[..bytes.len()].copy_from_slice(bytes);
    u64::from_le_bytes(word)
}

/// Reads the eight bytes of `bytes` starting at `at`.
#[inline]
fn read_u64(bytes: &[u8], at: usize) -> u64 {
    let mut word = [0u8; 8];
    word.copy_from_slice(&bytes[at..at + 8]);
    u64::from_le_bytes(word)
}

impl Hasher for WordHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let len = bytes.len() as u64;
        let (mut lo, mut hi) = if bytes.len() <= 8 {
            (read_short(bytes), len)
        } else if bytes.len() <= 16 {
            // Two overlapping words cover the whole key.
            (read_u64(bytes, 0), read_u64(bytes, bytes.len() - 8) ^ len)
        } else {
            let mut h = len;
            let mut chunks = bytes.chunks_exact(8);
            for chunk in &mut chunks {
                h = fold_mul(h ^ read_short(chunk), SEED[1]);
            }
            (h, read_short(chunks.remainder()))
        };
        lo ^= self.0 ^ SEED[0];
        hi ^= SEED[1];
        self.0 = fold_mul(lo, hi);
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.0 = fold_mul(self.0 ^ n ^ SEED[0], SEED[1]);
    }

    #[inline]
    fn write_u8(&mut self, byte: u8) {
        // `str` hashes end with a 0xff marker byte: fold it in cheaply.
        self.0 = self.0.rotate_left(8) ^ u64::from(byte);
    }
}

/// A word of at most eight bytes as a number: its bytes, little-endian,
/// padded with zeros. Different words have different keys as long as they do
/// not end in a NUL byte, which no entry of a list does; a word that does, or
/// a longer one, has no key.
#[inline]
pub(crate) fn short_key(bytes: &[u8]) -> Option<u64> {
    match bytes.last() {
        // A loop of shifts: cheaper than a copy of a variable length.
        Some(&last) if last != 0 && bytes.len() <= 8 => Some(
            bytes
                .iter()
                .rev()
                .fold(0, |key, &b| (key << 8) | u64::from(b)),
        ),
        _ => None,
    }
}

/// A set of [`short_key`]s: open addressing with linear probing in a table
/// at most half full, where zero marks an empty slot (no key is zero). A
/// lookup usually reads one cache line, which matters for a large list whose
/// lookups miss the cache.
struct ShortSet {
    slots: Box<[u64]>,
}

impl ShortSet {
    fn new(keys: &[u64]) -> ShortSet {
        let len = (keys.len() * 2).next_power_of_two().max(8);
        let mut set = ShortSet {
            slots: vec![0; len].into_boxed_slice(),
        };
        for &key in keys {
            let slot = set.slot(key);
            set.slots[slot] = key;
        }
        set
    }

    /// The slot that holds `key`, or the empty slot where it would go.
    #[inline]
    fn slot(&self, key: u64) -> usize {
        let mask = self.slots.len() - 1;
        // The high bits of the product are the best mixed.
        let mut i = (fold_mul(key ^ SEED[0], SEED[1]) >> 32) as usize & mask;
        while self.slots[i] != key && self.slots[i] != 0 {
            i = (i + 1) & mask;
        }
        i
    }

    #[inline]
    fn contains(&self, key: u64) -> bool {
        key != 0 && self.slots[self.slot(key)] == key
    }
}

/// A set of words. Most are short: those are kept as numbers
/// ([`short_key`]) in a [`ShortSet`], which makes the table compact and a
/// lookup free of any string comparison.
pub(crate) struct WordSet {
    short: ShortSet,
    long: HashSet<&'static str, BuildHasherDefault<WordHasher>>,
}

impl WordSet {
    fn new(words: impl Iterator<Item = &'static str>) -> WordSet {
        let mut short = Vec::new();
        let mut long = HashSet::default();
        for word in words {
            match short_key(word.as_bytes()) {
                Some(key) => short.push(key),
                None => {
                    long.insert(word);
                }
            }
        }
        WordSet {
            short: ShortSet::new(&short),
            long,
        }
    }

    /// Whether `word` is in the set.
    #[inline]
    pub(crate) fn contains(&self, word: &str) -> bool {
        match short_key(word.as_bytes()) {
            Some(key) => self.short.contains(key),
            None => self.long.contains(word),
        }
    }
}

fn parse(data: &'static str) -> WordSet {
    WordSet::new(
        data.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#')),
    )
}

/// Words a clitic may be split from (`rumah` in `rumahnya`).
pub(crate) static STEMS: Lazy<WordSet> =
    Lazy::new(|| parse(include_str!("../../data/lexicon/stems.txt")));

/// Words that end like stem + clitic but are words of their own (`adalah`,
/// `masalah`, `akhirnya`).
pub(crate) static UNSPLITTABLE: Lazy<WordSet> =
    Lazy::new(|| parse(include_str!("../../data/lexicon/unsplittable.txt")));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_word_is_found_and_no_other() {
        for data in [
            include_str!("../../data/lexicon/stems.txt"),
            include_str!("../../data/lexicon/unsplittable.txt"),
        ] {
            let set = parse(data);
            for word in data.lines().map(str::trim) {
                if !word.is_empty() && !word.starts_with('#') {
                    assert!(set.contains(word), "{word}");
                    assert!(!set.contains(&format!("{word}\0")), "{word}");
                    assert!(!set.contains(&format!("{word}qx")), "{word}qx");
                }
            }
            assert!(!set.contains(""));
        }
    }

    #[test]
    fn short_keys_differ_for_different_words() {
        assert_eq!(short_key(b""), None);
        assert_eq!(short_key(b"abcdefghi"), None);
        assert_eq!(short_key(b"ab\0"), None);
        assert_ne!(short_key(b"ab"), short_key(b"a\0b"));
        assert_ne!(short_key(b"ab"), short_key(b"ba"));
        assert_eq!(
            short_key(b"ab"),
            Some(u64::from_le_bytes(*b"ab\0\0\0\0\0\0"))
        );
    }
}
