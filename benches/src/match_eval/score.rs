//! Exact-span scores of predicted mentions against the gold.
//!
//! A predicted mention is correct when a gold mention has the same byte span
//! *and* the same type. Precision = correct / predicted, recall = correct /
//! gold, F1 = their harmonic mean; micro-averaged (counts summed over all
//! documents), overall and per type (a type's precision counts the
//! predictions of that type, its recall the gold mentions of that type).
//!
//! **Matcher recall** is recall restricted to the gold mentions whose string
//! is in the gazetteer (its key equals a gazetteer phrase's), counting a
//! mention as found when a prediction has its exact span, whatever the type:
//! whether the matcher finds what the gazetteer holds, apart from which type
//! the gazetteer gives the string. The typed variant is kept too.

use super::{Mention, MentionType};
pub use crate::eval::score::{ratio, Counts};

/// The scores of one tool on one set (or one document).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Score {
    /// Both types together.
    pub all: Counts,
    /// PER only.
    pub per: Counts,
    /// ORG only.
    pub org: Counts,
    /// Gold mentions whose string is in the gazetteer.
    pub in_gazetteer: usize,
    /// ... of which a prediction has the exact span.
    pub found: usize,
    /// ... of which a prediction has the exact span and the type.
    pub found_typed: usize,
}

impl Score {
    /// Adds `other` to these counts.
    pub fn add(&mut self, other: &Score) {
        self.all.add(other.all);
        self.per.add(other.per);
        self.org.add(other.org);
        self.in_gazetteer += other.in_gazetteer;
        self.found += other.found;
        self.found_typed += other.found_typed;
    }

    /// The counts of one type.
    #[must_use]
    pub fn of(&self, ty: MentionType) -> Counts {
        match ty {
            MentionType::Per => self.per,
            MentionType::Org => self.org,
        }
    }

    /// found / in gazetteer.
    #[must_use]
    pub fn matcher_recall(&self) -> f64 {
        ratio(self.found, self.in_gazetteer)
    }

    /// found with the type / in gazetteer.
    #[must_use]
    pub fn matcher_recall_typed(&self) -> f64 {
        ratio(self.found_typed, self.in_gazetteer)
    }
}

/// Scores the predictions of one document. `gold` is sorted and free of
/// duplicates (as [`Doc::new`](super::Doc::new) leaves it); `in_gazetteer`
/// says whether a gold mention's string is in the gazetteer. Returns the
/// counts and the indices (into `gold`) of the gold mentions in the
/// gazetteer that no prediction has the span of.
#[must_use]
pub fn score_doc(
    gold: &[Mention],
    predicted: &[Mention],
    in_gazetteer: impl Fn(&Mention) -> bool,
) -> (Score, Vec<usize>) {
    let mut predicted = predicted.to_vec();
    predicted.sort_unstable();
    predicted.dedup();
    let is_gold = |m: &Mention| gold.binary_search(m).is_ok();
    let mut score = Score::default();
    for m in &predicted {
        let correct = usize::from(is_gold(m));
        let counts = match m.ty {
            MentionType::Per => &mut score.per,
            MentionType::Org => &mut score.org,
        };
        counts.predicted += 1;
        counts.correct += correct;
        score.all.predicted += 1;
        score.all.correct += correct;
    }
    let mut missed = Vec::new();
    for (i, g) in gold.iter().enumerate() {
        score.all.gold += 1;
        match g.ty {
            MentionType::Per => score.per.gold += 1,
            MentionType::Org => score.org.gold += 1,
        }
        if !in_gazetteer(g) {
            continue;
        }
        score.in_gazetteer += 1;
        if predicted.iter().any(|p| p.span == g.span) {
            score.found += 1;
            score.found_typed += usize::from(predicted.binary_search(g).is_ok());
        } else {
            missed.push(i);
        }
    }
    (score, missed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use MentionType::{Org, Per};

    fn m(start: usize, end: usize, ty: MentionType) -> Mention {
        Mention::new(start, end, ty)
    }

    /// (gold, predicted, in-gazetteer gold starts) → (all, per, org counts
    /// as (gold, predicted, correct), in gazetteer, found, found typed,
    /// missed indices).
    type Case = (
        Vec<Mention>,
        Vec<Mention>,
        Vec<usize>,
        [(usize, usize, usize); 3],
        (usize, usize, usize),
        Vec<usize>,
    );

    #[test]
    fn score_table() {
        let cases: Vec<Case> = vec![
            // exact match of both
            (
                vec![m(0, 4, Per), m(10, 13, Org)],
                vec![m(0, 4, Per), m(10, 13, Org)],
                vec![0, 10],
                [(2, 2, 2), (1, 1, 1), (1, 1, 1)],
                (2, 2, 2),
                vec![],
            ),
            // wrong type: no credit for P/R, but the span was found
            (
                vec![m(0, 4, Per)],
                vec![m(0, 4, Org)],
                vec![0],
                [(1, 1, 0), (1, 0, 0), (0, 1, 0)],
                (1, 1, 0),
                vec![],
            ),
            // a longer prediction swallows the gold mention
            (
                vec![m(0, 4, Per)],
                vec![m(0, 9, Per)],
                vec![0],
                [(1, 1, 0), (1, 1, 0), (0, 0, 0)],
                (1, 0, 0),
                vec![0],
            ),
            // a gold mention outside the gazetteer does not count for matcher recall
            (
                vec![m(0, 4, Per), m(5, 9, Org)],
                vec![m(0, 4, Per)],
                vec![0],
                [(2, 1, 1), (1, 1, 1), (1, 0, 0)],
                (1, 1, 1),
                vec![],
            ),
            // duplicate predictions count once; nothing predicted
            (
                vec![m(3, 7, Org)],
                vec![m(3, 7, Org), m(3, 7, Org)],
                vec![3],
                [(1, 1, 1), (0, 0, 0), (1, 1, 1)],
                (1, 1, 1),
                vec![],
            ),
            (
                vec![m(3, 7, Org)],
                vec![],
                vec![3],
                [(1, 0, 0), (0, 0, 0), (1, 0, 0)],
                (1, 0, 0),
                vec![0],
            ),
        ];
        for (gold, predicted, in_gaz, counts, matcher, missed) in cases {
            let (score, got_missed) =
                score_doc(&gold, &predicted, |g| in_gaz.contains(&g.span.start));
            let c = |x: Counts| (x.gold, x.predicted, x.correct);
            assert_eq!(
                [c(score.all), c(score.per), c(score.org)],
                counts,
                "{gold:?} vs {predicted:?}"
            );
            assert_eq!(
                (score.in_gazetteer, score.found, score.found_typed),
                matcher,
                "{gold:?} vs {predicted:?}"
            );
            assert_eq!(got_missed, missed, "{gold:?} vs {predicted:?}");
        }
    }

    #[test]
    fn ratios_and_sums() {
        let mut total = Score::default();
        let (a, _) = score_doc(&[m(0, 1, Per)], &[m(0, 1, Per), m(2, 3, Org)], |_| true);
        total.add(&a);
        total.add(&a);
        assert_eq!(total.all.gold, 2);
        assert!((total.all.precision() - 0.5).abs() < 1e-12);
        assert!((total.all.recall() - 1.0).abs() < 1e-12);
        assert!((total.all.f1() - 2.0 / 3.0).abs() < 1e-12);
        assert!((total.matcher_recall() - 1.0).abs() < 1e-12);
        assert_eq!(total.of(Org).predicted, 2);
        assert_eq!(Score::default().matcher_recall(), 0.0);
    }
}
