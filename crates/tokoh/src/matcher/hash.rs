//! Fast, non-cryptographic hashing for the matcher's tables: a hash of a
//! word's bytes computed once per document word, and a hasher for tables
//! keyed by integers.
//!
//! The tables are built from the gazetteer and only looked up with a
//! document's words, so nothing a document says decides how they grow: the
//! defence against hash flooding that `SipHash` gives is not worth its cost
//! here.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// Odd constants with well-spread bits (from wyhash).
const K0: u64 = 0xa076_1d64_78bd_642f;
const K1: u64 = 0xe703_7ed1_a0b4_28db;

/// The high and low halves of the full product of `a` and `b`, folded.
#[inline]
fn fold(a: u64, b: u64) -> u64 {
    let product = u128::from(a) * u128::from(b);
    // Truncation is the point: the low half, then the high half.
    #[allow(clippy::cast_possible_truncation)]
    let (low, high) = (product as u64, (product >> 64) as u64);
    low ^ high
}

/// Reads up to 8 bytes as a number; two strings of the same length up to
/// 8 read as the same number only when they are equal.
#[inline]
pub(crate) fn read_small(bytes: &[u8]) -> u64 {
    let len = bytes.len();
    if len >= 4 {
        // Two overlapping 4-byte reads cover 4 to 8 bytes.
        let low = u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
        let tail = &bytes[len - 4..];
        let high = u32::from_le_bytes([tail[0], tail[1], tail[2], tail[3]]);
        u64::from(low) | (u64::from(high) << 32)
    } else if len > 0 {
        u64::from(bytes[0]) | (u64::from(bytes[len / 2]) << 8) | (u64::from(bytes[len - 1]) << 16)
    } else {
        0
    }
}

/// Reads 8 bytes (little-endian) as a number.
#[inline]
fn read8(bytes: &[u8]) -> u64 {
    let mut word = [0u8; 8];
    word.copy_from_slice(&bytes[..8]);
    u64::from_le_bytes(word)
}

/// The hash of a byte string: equal strings hash equal, and any change of
/// a byte or of the length changes the hash with near certainty.
#[inline]
pub(crate) fn hash_bytes(bytes: &[u8]) -> u64 {
    let len = bytes.len() as u64;
    let mut hash = K0 ^ len.wrapping_mul(K1);
    if bytes.len() <= 8 {
        return fold(hash ^ read_small(bytes), K1 ^ len);
    }
    let mut rest = bytes;
    while rest.len() > 8 {
        hash = fold(hash ^ read8(rest), K1);
        rest = &rest[8..];
    }
    // The last 8 bytes, overlapping the chunk before where the length is
    // not a multiple of 8.
    fold(hash ^ read8(&bytes[bytes.len() - 8..]), K1 ^ len)
}

/// A hasher for integer keys (and keys that are hashes already): one folded
/// multiply per integer. Build tables with [`IntMap`].
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct IntHasher {
    hash: u64,
}

impl Hasher for IntHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        self.hash = fold(self.hash ^ hash_bytes(bytes), K0);
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.write_u64(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.hash = fold(self.hash ^ i ^ K0, K1);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A `HashMap` with [`IntHasher`].
pub(crate) type IntMap<K, V> = HashMap<K, V, BuildHasherDefault<IntHasher>>;

/// A `HashSet` with [`IntHasher`].
pub(crate) type IntSet<K> = HashSet<K, BuildHasherDefault<IntHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distinct_strings_hash_apart() {
        let keys: &[&[u8]] = &[
            b"",
            b"\0",
            b"\0\0",
            b"a",
            b"b",
            b"ab",
            b"ba",
            b"abc",
            b"acb",
            b"abcd",
            b"presiden",
            b"presiden1",
            b"presidenn",
            b"kementerian-luar",
            b"kementerian-luaR",
            b"\n",
        ];
        for (i, a) in keys.iter().enumerate() {
            for b in &keys[i + 1..] {
                assert_ne!(hash_bytes(a), hash_bytes(b), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn every_short_string_hashes_apart() {
        // All strings of up to 3 bytes over a small alphabet, zero included.
        let alphabet = [0u8, 1, b'a', b'b', 0xff];
        let mut strings: Vec<Vec<u8>> = vec![Vec::new()];
        for len in 1..=3 {
            let longer: Vec<Vec<u8>> = strings
                .iter()
                .filter(|s| s.len() == len - 1)
                .flat_map(|s| {
                    alphabet.iter().map(move |&b| {
                        let mut t = s.clone();
                        t.push(b);
                        t
                    })
                })
                .collect();
            strings.extend(longer);
        }
        let mut hashes: Vec<u64> = strings.iter().map(|s| hash_bytes(s)).collect();
        hashes.sort_unstable();
        hashes.dedup();
        assert_eq!(hashes.len(), strings.len());
    }

    #[test]
    fn a_table_finds_what_it_holds() {
        let mut map: IntMap<u64, u32> = IntMap::default();
        for i in 0..1_000u32 {
            map.insert(u64::from(i) << 32 | 7, i);
        }
        for i in 0..1_000u32 {
            assert_eq!(map.get(&(u64::from(i) << 32 | 7)), Some(&i));
        }
        assert_eq!(map.get(&7), Some(&0));
        assert_eq!(map.get(&8), None);
    }
}
