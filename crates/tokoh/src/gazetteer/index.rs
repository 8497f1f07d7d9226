//! [`IdIndex`]: the position of each id in a list of entities, without a
//! second copy of the ids.

use std::hash::{BuildHasher, RandomState};

use super::entity::Entity;

/// The tag of a slot that holds no position.
const EMPTY: u8 = 0;

/// The fewest slots a table that holds anything has.
const MIN_SLOTS: usize = 16;

/// Where each id is in a list of entities, the list being kept elsewhere
/// and passed to every call: a hash table of positions, open addressing
/// with linear probing, which compares the id looked up with the id of the
/// entity at a position rather than with a copy of its own. At most 7/8 of
/// the slots are used, and a slot takes 5 bytes: 100,000 entities take
/// 131,072 slots, 640 KiB.
///
/// Positions are stored in 32 bits: an entity at position 2^32 or later is
/// not indexed (such a list would take more than a terabyte).
#[derive(Debug, Clone, Default)]
pub(crate) struct IdIndex {
    /// Per slot, [`EMPTY`], or 7 bits of the hash of the id at the slot's
    /// position with the top bit set: most slots of other ids are passed
    /// over without reading an entity.
    tags: Vec<u8>,
    /// Per slot, the position of its entity.
    positions: Vec<u32>,
    /// The number of positions held.
    len: usize,
    hasher: RandomState,
}

/// What [`IdIndex::find`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lookup {
    /// The id is at this position.
    Found(usize),
    /// The id is not there; its hash, for [`IdIndex::insert`].
    Absent(u64),
}

impl IdIndex {
    /// The position of `id` in `entities`, the list the index is of.
    pub(crate) fn get(&self, id: &str, entities: &[Entity]) -> Option<usize> {
        match self.find(id, entities) {
            Lookup::Found(position) => Some(position),
            Lookup::Absent(_) => None,
        }
    }

    /// The position of `id` in `entities`, the list the index is of, or
    /// the hash to insert it with.
    pub(crate) fn find(&self, id: &str, entities: &[Entity]) -> Lookup {
        let hash = self.hasher.hash_one(id);
        if self.tags.is_empty() {
            return Lookup::Absent(hash);
        }
        let mask = self.tags.len() - 1;
        let tag = tag(hash);
        let mut slot = home(hash, mask);
        loop {
            match self.tags[slot] {
                EMPTY => return Lookup::Absent(hash),
                t if t == tag => {
                    let position = self.positions[slot] as usize;
                    if entities.get(position).is_some_and(|e| e.id == id) {
                        return Lookup::Found(position);
                    }
                }
                _ => {}
            }
            // Fewer than all slots are used: an empty one comes.
            slot = (slot + 1) & mask;
        }
    }

    /// Records that the entity at `position` of `entities`, whose id
    /// [`find`](IdIndex::find) did not find and gave `hash` for, is there.
    /// Every position recorded before must still hold an entity of the
    /// same id (a table that grows hashes them again).
    pub(crate) fn insert(&mut self, hash: u64, position: usize, entities: &[Entity]) {
        let Ok(position) = u32::try_from(position) else {
            return;
        };
        if (self.len + 1) * 8 > self.tags.len() * 7 {
            self.grow(entities);
        }
        self.place(hash, position);
        self.len += 1;
    }

    /// Doubles the slots and puts every position in its new slot.
    fn grow(&mut self, entities: &[Entity]) {
        let slots = (self.tags.len() * 2).max(MIN_SLOTS);
        let tags = std::mem::replace(&mut self.tags, vec![EMPTY; slots]);
        let positions = std::mem::replace(&mut self.positions, vec![0; slots]);
        for (&tag, &position) in tags.iter().zip(&positions) {
            if tag == EMPTY {
                continue;
            }
            if let Some(entity) = entities.get(position as usize) {
                let hash = self.hasher.hash_one(entity.id.as_str());
                self.place(hash, position);
            }
        }
    }

    /// Puts `position` in the first empty slot from its hash's.
    fn place(&mut self, hash: u64, position: u32) {
        let mask = self.tags.len() - 1;
        let mut slot = home(hash, mask);
        while self.tags[slot] != EMPTY {
            slot = (slot + 1) & mask;
        }
        self.tags[slot] = tag(hash);
        self.positions[slot] = position;
    }
}

/// The first slot to look at for `hash`: its low bits.
fn home(hash: u64, mask: usize) -> usize {
    // Only the bits under the mask count: truncation is meant.
    hash as usize & mask
}

/// The tag of `hash`: its top 7 bits, with the top bit of the byte set so
/// that no tag is [`EMPTY`].
fn tag(hash: u64) -> u8 {
    0x80 | (hash >> 57) as u8
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::EntityKind;

    fn entities(n: usize) -> Vec<Entity> {
        (0..n)
            .map(|i| Entity::new(format!("Q{i}"), EntityKind::Place, "x"))
            .collect()
    }

    #[test]
    fn finds_every_id_across_growth() {
        let list = entities(1000);
        let mut index = IdIndex::default();
        for (i, entity) in list.iter().enumerate() {
            match index.find(&entity.id, &list) {
                Lookup::Absent(hash) => index.insert(hash, i, &list),
                Lookup::Found(at) => panic!("{} found at {at} before it was added", entity.id),
            }
            assert_eq!(index.get(&entity.id, &list), Some(i));
        }
        assert_eq!(index.tags.len(), 2048);
        for (i, entity) in list.iter().enumerate() {
            assert_eq!(index.get(&entity.id, &list), Some(i));
        }
        for missing in ["", "Q1000", "q1", "Q01"] {
            assert_eq!(index.get(missing, &list), None, "{missing}");
        }
    }

    #[test]
    fn an_empty_index_finds_nothing() {
        let index = IdIndex::default();
        assert_eq!(index.get("Q1", &[]), None);
        assert!(matches!(index.find("Q1", &[]), Lookup::Absent(_)));
    }
}
