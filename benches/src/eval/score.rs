//! The two scores: exact token-span match, and entity-edge recall.

use std::ops::Range;

use tokoh::Span;

use crate::gold::Entity;
use crate::text::{char_at, char_before};

/// Counts for precision, recall and F1 of exact span matches, summed over
/// sentences (micro average).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    /// Gold tokens.
    pub gold: usize,
    /// Predicted tokens that are scored.
    pub predicted: usize,
    /// Predicted tokens whose span equals a gold token's span.
    pub correct: usize,
}

impl Counts {
    /// Adds `other` to these counts.
    pub fn add(&mut self, other: Counts) {
        self.gold += other.gold;
        self.predicted += other.predicted;
        self.correct += other.correct;
    }

    /// correct / predicted.
    #[must_use]
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.predicted)
    }

    /// correct / gold.
    #[must_use]
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }

    /// Harmonic mean of precision and recall.
    #[must_use]
    pub fn f1(&self) -> f64 {
        ratio(2 * self.correct, self.gold + self.predicted)
    }
}

/// `n / d`, or 0 when `d` is 0.
#[must_use]
pub fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 {
        0.0
    } else {
        n as f64 / d as f64
    }
}

/// A stretch where the gold and the predicted tokens disagree: the smallest
/// run of tokens of both lists, each overlapping the next, that neither list
/// continues past. Holds no token that both lists have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// Bytes covered by the tokens of the block.
    pub span: Span,
    /// Indices of the gold tokens in the block.
    pub gold: Range<usize>,
    /// Indices of the predicted tokens in the block.
    pub ours: Range<usize>,
}

/// Compares gold and predicted tokens of one sentence (both sorted, each
/// list free of overlaps): the counts, and every stretch of disagreement.
#[must_use]
pub fn compare(gold: &[Span], ours: &[Span]) -> (Counts, Vec<Block>) {
    let mut counts = Counts {
        gold: gold.len(),
        predicted: ours.len(),
        correct: 0,
    };
    let mut blocks = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < gold.len() || j < ours.len() {
        if i < gold.len() && j < ours.len() && gold[i] == ours[j] {
            counts.correct += 1;
            i += 1;
            j += 1;
            continue;
        }
        let (gi, oj) = (i, j);
        let gold_first = j == ours.len() || (i < gold.len() && gold[i].start <= ours[j].start);
        let start;
        let mut end;
        if gold_first {
            (start, end) = (gold[i].start, gold[i].end);
            i += 1;
        } else {
            (start, end) = (ours[j].start, ours[j].end);
            j += 1;
        }
        loop {
            if i < gold.len() && gold[i].start < end {
                end = end.max(gold[i].end);
                i += 1;
            } else if j < ours.len() && ours[j].start < end {
                end = end.max(ours[j].end);
                j += 1;
            } else {
                break;
            }
        }
        blocks.push(Block {
            span: Span::new(start, end),
            gold: gi..i,
            ours: oj..j,
        });
    }
    (counts, blocks)
}

/// Positions inside a block where one list has a token edge and the other
/// has not.
#[must_use]
pub fn disputed_positions(gold: &[Span], ours: &[Span]) -> Vec<usize> {
    let edges = |spans: &[Span]| {
        let mut e: Vec<usize> = spans.iter().flat_map(|s| [s.start, s.end]).collect();
        e.sort_unstable();
        e.dedup();
        e
    };
    let (g, o) = (edges(gold), edges(ours));
    let mut out: Vec<usize> = g
        .iter()
        .filter(|p| o.binary_search(p).is_err())
        .chain(o.iter().filter(|p| g.binary_search(p).is_err()))
        .copied()
        .collect();
    out.sort_unstable();
    out
}

/// Which edge of an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The first byte.
    Start,
    /// One past the last byte.
    End,
}

/// An entity edge that no predicted token edge falls on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edge {
    /// Index of the entity in its sentence.
    pub entity: usize,
    /// Start or end.
    pub side: Side,
    /// Byte offset of the edge.
    pub pos: usize,
}

/// Counts for entity-edge recall.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct EdgeCounts {
    /// Entities.
    pub entities: usize,
    /// Entity edges scored (two per entity, less the unscorable ones).
    pub edges: usize,
    /// Scored edges that fall on a predicted token edge (a token starts at an
    /// entity start, a token ends at an entity end).
    pub hit: usize,
    /// Edges between two letters (`K<LOCATION>antor`, `<PERSON>Jokowi
    /// </PERSON>mengatakan`): markup errors no tokenizer should follow, not
    /// scored.
    pub unscorable: usize,
}

impl EdgeCounts {
    /// Adds `other` to these counts.
    pub fn add(&mut self, other: EdgeCounts) {
        self.entities += other.entities;
        self.edges += other.edges;
        self.hit += other.hit;
        self.unscorable += other.unscorable;
    }

    /// hit / edges.
    #[must_use]
    pub fn recall(&self) -> f64 {
        ratio(self.hit, self.edges)
    }
}

/// Scores the entity edges of one sentence against predicted token spans
/// (sorted): the counts and the missed edges.
#[must_use]
pub fn score_edges(text: &str, entities: &[Entity], spans: &[Span]) -> (EdgeCounts, Vec<Edge>) {
    let starts: Vec<usize> = spans.iter().map(|s| s.start).collect();
    let ends: Vec<usize> = spans.iter().map(|s| s.end).collect();
    let mut counts = EdgeCounts {
        entities: entities.len(),
        ..EdgeCounts::default()
    };
    let mut missed = Vec::new();
    for (index, entity) in entities.iter().enumerate() {
        for (side, pos, edges) in [
            (Side::Start, entity.span.start, &starts),
            (Side::End, entity.span.end, &ends),
        ] {
            let inside_word = char_before(text, pos).is_some_and(char::is_alphabetic)
                && char_at(text, pos).is_some_and(char::is_alphabetic);
            if inside_word {
                counts.unscorable += 1;
                continue;
            }
            counts.edges += 1;
            if edges.binary_search(&pos).is_ok() {
                counts.hit += 1;
            } else {
                missed.push(Edge {
                    entity: index,
                    side,
                    pos,
                });
            }
        }
    }
    (counts, missed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(v: &[(usize, usize)]) -> Vec<Span> {
        v.iter().map(|&(s, e)| Span::new(s, e)).collect()
    }

    #[test]
    fn compare_finds_blocks() {
        // "Prof. Budi di rumahnya ."
        let gold = spans(&[(0, 5), (6, 10), (11, 13), (14, 22), (23, 24)]);
        let ours = spans(&[
            (0, 4),
            (4, 5),
            (6, 10),
            (11, 13),
            (14, 19),
            (19, 22),
            (23, 24),
        ]);
        let (counts, blocks) = compare(&gold, &ours);
        assert_eq!(
            counts,
            Counts {
                gold: 5,
                predicted: 7,
                correct: 3
            }
        );
        assert_eq!(
            blocks,
            [
                Block {
                    span: Span::new(0, 5),
                    gold: 0..1,
                    ours: 0..2
                },
                Block {
                    span: Span::new(14, 22),
                    gold: 3..4,
                    ours: 4..6
                },
            ]
        );
        assert_eq!(disputed_positions(&gold[0..1], &ours[0..2]), [4]);
        assert!((counts.f1() - 0.5).abs() < 1e-9);
    }

    #[test]
    fn compare_handles_one_sided_tokens() {
        let gold = spans(&[(0, 1), (4, 5)]);
        let ours = spans(&[(0, 1), (2, 3), (4, 5)]);
        let (counts, blocks) = compare(&gold, &ours);
        assert_eq!(counts.correct, 2);
        assert_eq!(
            blocks,
            [Block {
                span: Span::new(2, 3),
                gold: 1..1,
                ours: 1..2
            }]
        );
    }

    #[test]
    fn edges_inside_words_are_not_scored() {
        let text = "Kantor Budi-Ani";
        let entities = [
            Entity {
                span: Span::new(1, 6),
                label: "LOCATION".into(),
            },
            Entity {
                span: Span::new(7, 11),
                label: "PERSON".into(),
            },
        ];
        let (counts, missed) = score_edges(text, &entities, &spans(&[(0, 6), (7, 15)]));
        assert_eq!(
            counts,
            EdgeCounts {
                entities: 2,
                edges: 3,
                hit: 2,
                unscorable: 1
            }
        );
        assert_eq!(
            missed,
            [Edge {
                entity: 1,
                side: Side::End,
                pos: 11
            }]
        );
    }
}
