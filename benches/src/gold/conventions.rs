//! Gold with tokoh's own conventions applied where the gold's differ.
//!
//! tokoh's spec (`SPEC.md` §1.3) keeps an abbreviation's dot in the token
//! (`Dr.`, `Prof.`, `H.`, `No.`), while UD Indonesian always splits it off
//! (`Dr` `.`). [`spec_abbreviations`] rewrites a UD gold set to the spec's
//! convention so that a second score can show how well a tokenizer follows
//! that convention; the raw score against the unchanged gold stays the main
//! one.
//!
//! The rule: a gold token `W` immediately followed (no space between them)
//! by a gold token `.` becomes one token `W.` when tokoh's tokenizer, run on
//! the string `W.` alone, returns exactly one [`TokenKind::Abbreviation`]
//! token covering it. tokoh's abbreviation rules only decide which dots the
//! spec keeps; nothing else in the gold changes.

use std::collections::HashMap;

use tokoh::{Span, TokenKind, Tokenizer};

use super::{Gold, GoldSet, Sentence, SetId};

/// A token set's gold with the spec's abbreviation convention applied.
#[derive(Debug, Clone)]
pub struct SpecGold {
    /// The rewritten set (same id, sentences and texts; merged tokens).
    pub set: GoldSet,
    /// Number of `W` `.` pairs merged into `W.`.
    pub merged: usize,
    /// The merged forms with their counts, most frequent first.
    pub forms: Vec<(String, usize)>,
}

/// Whether `set` gets a score against the spec's conventions: the UD sets,
/// whose gold splits every abbreviation dot.
#[must_use]
pub const fn applies_to(set: SetId) -> bool {
    matches!(set, SetId::UdGsdDev | SetId::UdCsuiTrain)
}

/// `set`'s gold with every abbreviation dot merged as the spec writes it
/// (see the [module docs](self)), or `None` when the set is not one that
/// [`applies_to`] covers or has no token gold.
#[must_use]
pub fn spec_abbreviations(set: &GoldSet, tokenizer: &Tokenizer) -> Option<SpecGold> {
    let Gold::Tokens(sentences) = &set.gold else {
        return None;
    };
    if !applies_to(set.id) {
        return None;
    }
    let mut is_abbreviation = |form: &str| is_abbreviation(tokenizer, form);
    let mut merged = 0;
    let mut counts: HashMap<String, usize> = HashMap::new();
    let sentences = sentences
        .iter()
        .map(|sentence| {
            let (tokens, pairs) = merge_abbreviation_dots(sentence, &mut is_abbreviation);
            merged += pairs.len();
            for span in pairs {
                *counts.entry(sentence.text[span].to_owned()).or_default() += 1;
            }
            Sentence {
                tokens,
                ..sentence.clone()
            }
        })
        .collect();
    let mut forms: Vec<(String, usize)> = counts.into_iter().collect();
    forms.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Some(SpecGold {
        set: GoldSet {
            id: set.id,
            gold: Gold::Tokens(sentences),
            notes: Vec::new(),
        },
        merged,
        forms,
    })
}

/// Whether tokoh's tokenizer reads `form` (`W.`) alone as exactly one
/// abbreviation token covering all of it.
#[must_use]
pub fn is_abbreviation(tokenizer: &Tokenizer, form: &str) -> bool {
    match tokenizer.tokenize(form).as_slice() {
        [token] => token.kind == TokenKind::Abbreviation && token.span == Span::new(0, form.len()),
        _ => false,
    }
}

/// The gold tokens of `sentence` with every `W` `.` pair (the `.` right
/// after `W`, no space between) merged into `W.` when `is_abbreviation`
/// accepts the text `W.`; also the spans of the merged tokens.
pub fn merge_abbreviation_dots(
    sentence: &Sentence,
    mut is_abbreviation: impl FnMut(&str) -> bool,
) -> (Vec<Span>, Vec<Span>) {
    let text = &sentence.text;
    let mut tokens = Vec::with_capacity(sentence.tokens.len());
    let mut merged = Vec::new();
    let mut gold = sentence.tokens.iter().copied().peekable();
    while let Some(word) = gold.next() {
        if let Some(&dot) = gold.peek() {
            let candidate = Span::new(word.start, dot.end);
            if &text[dot] == "." && dot.start == word.end && is_abbreviation(&text[candidate]) {
                gold.next();
                tokens.push(candidate);
                merged.push(candidate);
                continue;
            }
        }
        tokens.push(word);
    }
    (tokens, merged)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sentence whose gold tokens are the space-separated pieces of
    /// `tokens` located in `text`.
    fn sentence(text: &str, tokens: &str) -> Sentence {
        let (tokens, unscored) =
            super::super::locate(text, tokens.split(' '), |_| false).expect("aligns");
        Sentence {
            id: "s".into(),
            text: text.into(),
            tokens,
            unscored,
        }
    }

    fn merged(text: &str, tokens: &str) -> Vec<String> {
        let tokenizer = Tokenizer::new();
        let s = sentence(text, tokens);
        let (tokens, _) = merge_abbreviation_dots(&s, |w| is_abbreviation(&tokenizer, w));
        tokens.iter().map(|t| s.text[*t].to_owned()).collect()
    }

    #[test]
    fn abbreviation_dot_merges() {
        assert_eq!(
            merged("Kata Dr. Budi.", "Kata Dr . Budi ."),
            ["Kata", "Dr.", "Budi", "."]
        );
    }

    #[test]
    fn dot_after_a_non_abbreviation_stays_apart() {
        assert_eq!(
            merged("Ia belajar NLP.", "Ia belajar NLP ."),
            ["Ia", "belajar", "NLP", "."]
        );
    }

    #[test]
    fn dot_after_a_space_stays_apart() {
        assert_eq!(
            merged("Kata Dr . Budi", "Kata Dr . Budi"),
            ["Kata", "Dr", ".", "Budi"]
        );
    }

    #[test]
    fn only_ud_sets_are_rewritten_and_merges_are_counted() {
        let gold = |id| GoldSet {
            id,
            gold: Gold::Tokens(vec![sentence(
                "Prof. Budi dan Dr. Ani ke No. 5.",
                "Prof . Budi dan Dr . Ani ke No . 5 .",
            )]),
            notes: vec![],
        };
        let tokenizer = Tokenizer::new();
        assert!(spec_abbreviations(&gold(SetId::NerugmIdner), &tokenizer).is_none());
        let spec = spec_abbreviations(&gold(SetId::UdGsdDev), &tokenizer).expect("UD set");
        assert_eq!(spec.merged, 3);
        assert_eq!(spec.forms.len(), 3);
        let Gold::Tokens(sentences) = &spec.set.gold else {
            panic!("token set");
        };
        let s = &sentences[0];
        let got: Vec<&str> = s.tokens.iter().map(|t| &s.text[*t]).collect();
        assert_eq!(
            got,
            ["Prof.", "Budi", "dan", "Dr.", "Ani", "ke", "No.", "5", "."]
        );
    }
}
