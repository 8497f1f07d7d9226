//! The vocabulary of a compiled gazetteer: an id for every distinct symbol
//! (word key) of its forms, looked up with one hash of the symbol's bytes.
//!
//! The symbols lie end to end in one buffer and the table maps a symbol's
//! hash to its id; a lookup compares the bytes of the one symbol with that
//! hash. Two symbols of the gazetteer with the same 64-bit hash (never seen,
//! but possible) are told apart by a second table keyed by the bytes.

use std::collections::HashMap;

use super::hash::{hash_bytes, read_small, IntMap};

/// Whether `a` and `b` are the same bytes; inline for the short words
/// most symbols are.
#[inline]
fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        false
    } else if a.len() <= 8 {
        read_small(a) == read_small(b)
    } else {
        a == b
    }
}

/// Ids for byte strings, numbered from 0 in the order first interned.
#[derive(Debug, Clone, Default)]
pub(crate) struct Vocabulary {
    /// The id of the first symbol interned with each hash.
    by_hash: IntMap<u64, u32>,
    /// Every symbol's bytes, end to end.
    bytes: Vec<u8>,
    /// Where each symbol ends in `bytes` (it starts where the one before
    /// ends).
    ends: Vec<u32>,
    /// Symbols whose hash an earlier symbol has, by their bytes.
    collisions: HashMap<Box<[u8]>, u32>,
    /// One bit per slot of hashes, set for every symbol's hash: a word
    /// whose bit is clear has no id, found without touching the larger
    /// tables (most of a document's words, and they would miss the cache).
    /// Empty until [`Vocabulary::shrink_to_fit`]; then about eight bits
    /// per symbol.
    absent: Vec<u64>,
}

/// The slot of `hash` in a filter of `words` 64-bit words (a power of
/// two): the word and the bit in it.
#[inline]
fn filter_slot(hash: u64, words: usize) -> (usize, u64) {
    // The high bits: the table of `by_hash` uses the low ones.
    let bits = words.trailing_zeros() + 6;
    #[allow(clippy::cast_possible_truncation)]
    let bit = (hash >> (64 - bits)) as usize;
    (bit >> 6, 1 << (bit & 63))
}

impl Vocabulary {
    /// The number of symbols.
    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }

    /// The bytes of symbol `id`.
    pub(crate) fn symbol(&self, id: u32) -> &[u8] {
        let id = id as usize;
        let start = if id == 0 {
            0
        } else {
            self.ends[id - 1] as usize
        };
        &self.bytes[start..self.ends[id] as usize]
    }

    /// The id of `symbol`, if it has one. The filter's answer is inline
    /// (it is the answer for most words of a document); the tables are
    /// looked up out of line.
    #[inline]
    pub(crate) fn get(&self, symbol: &[u8]) -> Option<u32> {
        let hash = hash_bytes(symbol);
        if !self.absent.is_empty() {
            let (word, bit) = filter_slot(hash, self.absent.len());
            if self.absent[word] & bit == 0 {
                return None;
            }
        }
        self.get_hashed(symbol, hash)
    }

    /// The id of `symbol`, whose hash is `hash`, if it has one.
    #[inline(never)]
    fn get_hashed(&self, symbol: &[u8], hash: u64) -> Option<u32> {
        let &id = self.by_hash.get(&hash)?;
        if same(self.symbol(id), symbol) {
            Some(id)
        } else if self.collisions.is_empty() {
            None
        } else {
            self.collisions.get(symbol).copied()
        }
    }

    /// The id of `symbol`, given the next one if it has none.
    pub(crate) fn intern(&mut self, symbol: &[u8]) -> u32 {
        let hash = hash_bytes(symbol);
        let next = u32::try_from(self.len()).unwrap_or(u32::MAX);
        match self.by_hash.get(&hash) {
            Some(&id) if same(self.symbol(id), symbol) => return id,
            Some(_) => {
                if let Some(&id) = self.collisions.get(symbol) {
                    return id;
                }
                self.collisions.insert(symbol.into(), next);
            }
            None => {
                self.by_hash.insert(hash, next);
            }
        }
        self.bytes.extend_from_slice(symbol);
        self.ends
            .push(u32::try_from(self.bytes.len()).unwrap_or(u32::MAX));
        next
    }

    /// Gives back the room the tables grew into while being built, and
    /// builds the filter that answers most lookups of absent words.
    pub(crate) fn shrink_to_fit(&mut self) {
        self.by_hash.shrink_to_fit();
        self.bytes.shrink_to_fit();
        self.ends.shrink_to_fit();
        self.collisions.shrink_to_fit();
        // Eight bits per symbol (a false "maybe" for about one absent word
        // in nine), from 512 bytes to 256 KiB.
        let words = (self.len() * 8 / 64)
            .next_power_of_two()
            .clamp(1 << 6, 1 << 15);
        let mut absent = vec![0u64; words];
        for &hash in self.by_hash.keys() {
            let (word, bit) = filter_slot(hash, words);
            absent[word] |= bit;
        }
        self.absent = absent;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_in_order_and_found_again() {
        let mut vocabulary = Vocabulary::default();
        let symbols: &[&[u8]] = &[b"presiden", b"", b"\n", b"kota", b"wali", b"walikota"];
        for (i, symbol) in symbols.iter().enumerate() {
            assert_eq!(vocabulary.intern(symbol) as usize, i);
        }
        for (i, symbol) in symbols.iter().enumerate() {
            assert_eq!(vocabulary.intern(symbol) as usize, i);
            assert_eq!(vocabulary.get(symbol), Some(i as u32));
        }
        assert_eq!(vocabulary.len(), symbols.len());
        for absent in [&b"presi"[..], b"kotaa", b"walikot", b" "] {
            assert_eq!(vocabulary.get(absent), None, "{absent:?}");
        }
        // The same answers with the filter built.
        vocabulary.shrink_to_fit();
        for (i, symbol) in symbols.iter().enumerate() {
            assert_eq!(vocabulary.get(symbol), Some(i as u32));
        }
        for absent in [&b"presi"[..], b"kotaa", b"walikot", b" "] {
            assert_eq!(vocabulary.get(absent), None, "{absent:?}");
        }
    }

    #[test]
    fn a_symbol_with_a_taken_hash_gets_its_own_id() {
        let mut vocabulary = Vocabulary::default();
        let first = vocabulary.intern(b"a");
        // Forge a collision: `b` under the hash of `a`.
        vocabulary.by_hash.insert(hash_bytes(b"b"), first);
        let second = vocabulary.intern(b"b");
        assert_ne!(first, second);
        assert_eq!(vocabulary.get(b"a"), Some(first));
        assert_eq!(vocabulary.get(b"b"), Some(second));
        assert_eq!(vocabulary.intern(b"b"), second);
        assert_eq!(vocabulary.get(b"c"), None);
    }
}
