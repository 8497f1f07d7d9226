//! idner-news-2k files: `token POS label` lines (CRLF), a blank line between
//! sentences, IOB2 labels `B-/I-PER`, `B-/I-ORG`, `B-/I-LOC`, `O`.
//!
//! [`read`] gives each sentence's tokens and labels; [`chunks`] turns the
//! labels into mentions as token ranges. An `I-` label that does not continue
//! a mention of its type starts one (the files have none, but IOB1-style
//! input should not lose mentions).

use std::ops::Range;

/// One sentence: its tokens and their labels, as written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sentence {
    /// The tokens.
    pub tokens: Vec<String>,
    /// One label per token (`O`, `B-PER`, `I-ORG` ...).
    pub labels: Vec<String>,
}

/// Reads the content of an idner-news-2k file. A line's first field is the
/// token, its last the label; a line with a single field gets the label `O`.
#[must_use]
pub fn read(content: &str) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut current = Sentence::default();
    for line in content.lines() {
        let mut fields = line.split_whitespace();
        match fields.next() {
            Some(token) => {
                let label = fields.next_back().unwrap_or("O");
                current.tokens.push(token.to_owned());
                current.labels.push(label.to_owned());
            }
            None if current.tokens.is_empty() => {}
            None => sentences.push(std::mem::take(&mut current)),
        }
    }
    if !current.tokens.is_empty() {
        sentences.push(current);
    }
    sentences
}

/// The mentions of a label sequence: `(type, token range)`, in order. The
/// type is the label without its `B-`/`I-` prefix (`PER`, `LOC` ...).
#[must_use]
pub fn chunks<S: AsRef<str>>(labels: &[S]) -> Vec<(String, Range<usize>)> {
    let mut out: Vec<(String, Range<usize>)> = Vec::new();
    let mut open: Option<(String, usize)> = None;
    for (i, label) in labels.iter().enumerate() {
        let label = label.as_ref();
        let (begin, ty) = match label.split_once('-') {
            Some(("B", ty)) => (true, ty),
            Some(("I", ty)) => (false, ty),
            _ => {
                if let Some((ty, start)) = open.take() {
                    out.push((ty, start..i));
                }
                continue;
            }
        };
        let continues = !begin && open.as_ref().is_some_and(|(t, _)| t == ty);
        if !continues {
            if let Some((t, start)) = open.take() {
                out.push((t, start..i));
            }
            open = Some((ty.to_owned(), i));
        }
    }
    if let Some((ty, start)) = open {
        out.push((ty, start..labels.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_crlf_sentences_with_labels() {
        let s =
            read("Kata NOUN O\r\nJokowi PROPN B-PER\r\n\r\n\r\nDi ADP O\r\nPPP PROPN B-ORG\r\n");
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].tokens, ["Kata", "Jokowi"]);
        assert_eq!(s[0].labels, ["O", "B-PER"]);
        assert_eq!(s[1].labels, ["O", "B-ORG"]);
    }

    #[test]
    fn chunks_table() {
        type Case = (&'static str, &'static [(&'static str, Range<usize>)]);
        let cases: &[Case] = &[
            ("O O", &[]),
            ("B-PER I-PER O", &[("PER", 0..2)]),
            ("B-PER B-PER", &[("PER", 0..1), ("PER", 1..2)]),
            ("B-PER I-ORG", &[("PER", 0..1), ("ORG", 1..2)]),
            ("O I-ORG I-ORG", &[("ORG", 1..3)]),
            ("B-ORG I-ORG I-ORG", &[("ORG", 0..3)]),
            ("B-LOC O B-PER", &[("LOC", 0..1), ("PER", 2..3)]),
        ];
        for (labels, expected) in cases {
            let labels: Vec<&str> = labels.split(' ').collect();
            let got = chunks(&labels);
            let expected: Vec<(String, Range<usize>)> = expected
                .iter()
                .map(|(t, r)| ((*t).to_owned(), r.clone()))
                .collect();
            assert_eq!(got, expected, "{labels:?}");
        }
    }
}
