//! The evaluation sets: a training part whose gold strings make the
//! gazetteer, and an evaluation part to match in.
//!
//! - `idner-dev`: idner-news-2k (MIT), `train.txt` → `dev.txt`. The files are
//!   token-level; each sentence is detokenised ([`super::detok`]) into one
//!   document, and its IOB2 chunks become byte spans in that text, trimmed of
//!   glued brackets and commas ([`super::trim`]).
//! - `nerui-heldout`: the NER UI training file (`nerui-raw/training_data.txt`,
//!   raw text with ENAMEX tags; its test file is kept back). Every
//!   [`HELD_OUT_EVERY`]-th line (the 5th, 10th, ...; 340 of 1,700) is held out
//!   for evaluation, the other lines make the gazetteer. Fixed by position, so
//!   every run and every tool sees the same split.
//!
//! Only PER/PERSON and ORG/ORGANIZATION mentions are gold; places are
//! dropped. Each sentence is one document.

use std::path::{Path, PathBuf};

use super::detok::detokenize;
use super::trim::trim_mention;
use super::{idner, Doc, Mention, MentionType};
use crate::error::read_to_string;
use crate::gold::tagged;
use crate::{shared, Error};

/// One line in this many of the NER UI training file is held out.
pub const HELD_OUT_EVERY: usize = 5;

/// The evaluation sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MatchSet {
    /// idner-news-2k: gazetteer from train, evaluation on dev.
    IdnerDev,
    /// NER UI training file: every fifth line held out.
    NeruiHeldout,
}

impl MatchSet {
    /// Every set, in report order.
    pub const ALL: [MatchSet; 2] = [MatchSet::IdnerDev, MatchSet::NeruiHeldout];

    /// Short stable key, used in files and on the command line.
    #[must_use]
    pub const fn key(self) -> &'static str {
        match self {
            MatchSet::IdnerDev => "idner-dev",
            MatchSet::NeruiHeldout => "nerui-heldout",
        }
    }

    /// Human-readable description.
    #[must_use]
    pub const fn title(self) -> &'static str {
        match self {
            MatchSet::IdnerDev => "idner-news-2k dev, gazetteer from train (detokenised)",
            MatchSet::NeruiHeldout => {
                "NER UI training file, every 5th line held out, gazetteer from the rest"
            }
        }
    }

    /// The set with this key.
    #[must_use]
    pub fn from_key(key: &str) -> Option<MatchSet> {
        MatchSet::ALL.into_iter().find(|s| s.key() == key)
    }

    /// The files the set is read from, inside the shared folder `dir`.
    #[must_use]
    pub fn files(self, dir: &Path) -> Vec<PathBuf> {
        let file = |rest: &str| shared::data_file(dir, rest);
        match self {
            MatchSet::IdnerDev => vec![
                file("idner-news-2k/train.txt"),
                file("idner-news-2k/dev.txt"),
            ],
            MatchSet::NeruiHeldout => vec![file("nerui-raw/training_data.txt")],
        }
    }
}

/// A loaded set.
#[derive(Debug, Clone)]
pub struct EvalSet {
    /// Which set.
    pub set: MatchSet,
    /// The documents whose gold strings make the gazetteer.
    pub train: Vec<Doc>,
    /// The documents matched and scored.
    pub eval: Vec<Doc>,
    /// How the documents were built: counts, printed with the results.
    pub notes: Vec<String>,
    /// The file the evaluation documents come from (for messages).
    pub origin: PathBuf,
}

/// What building the gold of one part changed.
#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    docs: usize,
    per: usize,
    org: usize,
    other: usize,
    trimmed: usize,
    dropped: usize,
}

impl Tally {
    fn describe(&self, part: &str) -> String {
        format!(
            "{part}: {} sentences, {} PER + {} ORG gold mentions ({} of other types dropped; \
             {} trimmed of glued punctuation, {} empty after trimming dropped)",
            self.docs, self.per, self.org, self.other, self.trimmed, self.dropped
        )
    }

    /// Adds the mention of `label` at `span` of `text` to `gold`, trimmed.
    fn push(&mut self, gold: &mut Vec<Mention>, text: &str, span: tokoh::Span, label: &str) {
        let Some(ty) = MentionType::from_label(label) else {
            self.other += 1;
            return;
        };
        let Some(trimmed) = trim_mention(text, span) else {
            self.dropped += 1;
            return;
        };
        self.trimmed += usize::from(trimmed != span);
        match ty {
            MentionType::Per => self.per += 1,
            MentionType::Org => self.org += 1,
        }
        gold.push(Mention { span: trimmed, ty });
    }
}

/// Loads `sets` from the shared folder `dir`. A set whose files are missing
/// is skipped, with a message in the second list.
///
/// # Errors
///
/// When a file exists but cannot be read.
pub fn load(dir: &Path, sets: &[MatchSet]) -> Result<(Vec<EvalSet>, Vec<String>), Error> {
    let mut loaded = Vec::new();
    let mut skipped = Vec::new();
    for &set in sets {
        let files = set.files(dir);
        if let Some(missing) = files.iter().find(|p| !p.is_file()) {
            skipped.push(format!(
                "skipping {}: {} not found",
                set.key(),
                missing.display()
            ));
            continue;
        }
        loaded.push(match set {
            MatchSet::IdnerDev => load_idner(&files[0], &files[1])?,
            MatchSet::NeruiHeldout => load_nerui(&files[0])?,
        });
    }
    Ok((loaded, skipped))
}

/// One idner-news-2k file as documents (ids `<prefix>-<n>`, from 1).
fn idner_docs(path: &Path, prefix: &str) -> Result<(Vec<Doc>, Tally), Error> {
    let content = read_to_string(path)?;
    let mut tally = Tally::default();
    let docs = idner::read(&content)
        .into_iter()
        .enumerate()
        .map(|(i, sentence)| {
            let (text, spans) = detokenize(&sentence.tokens);
            let mut gold = Vec::new();
            for (label, tokens) in idner::chunks(&sentence.labels) {
                let span = tokoh::Span::new(spans[tokens.start].start, spans[tokens.end - 1].end);
                tally.push(&mut gold, &text, span, &label);
            }
            tally.docs += 1;
            Doc::new(format!("{prefix}-{}", i + 1), text, gold)
        })
        .collect();
    Ok((docs, tally))
}

fn load_idner(train_path: &Path, dev_path: &Path) -> Result<EvalSet, Error> {
    let (train, train_tally) = idner_docs(train_path, "train")?;
    let (eval, dev_tally) = idner_docs(dev_path, "dev")?;
    Ok(EvalSet {
        set: MatchSet::IdnerDev,
        train,
        eval,
        notes: vec![
            train_tally.describe("train (gazetteer)"),
            dev_tally.describe("dev (evaluated)"),
        ],
        origin: dev_path.to_path_buf(),
    })
}

fn load_nerui(path: &Path) -> Result<EvalSet, Error> {
    let content = read_to_string(path)?;
    let (mut train, mut eval) = (Vec::new(), Vec::new());
    let (mut train_tally, mut eval_tally) = (Tally::default(), Tally::default());
    let mut unpaired = 0;
    let lines = content
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty());
    for (n, (index, line)) in lines.enumerate() {
        let line = line.trim_end_matches('\r');
        let (sentence, id) = match line.rsplit_once('\t') {
            Some((sentence, id)) if !id.trim().is_empty() => (sentence, id.trim().to_owned()),
            _ => (line, format!("line-{}", index + 1)),
        };
        let tagged = tagged::parse_line(sentence);
        unpaired += tagged.unpaired;
        let held_out = n % HELD_OUT_EVERY == HELD_OUT_EVERY - 1;
        let tally = if held_out {
            &mut eval_tally
        } else {
            &mut train_tally
        };
        let mut gold = Vec::new();
        for entity in &tagged.entities {
            tally.push(&mut gold, &tagged.text, entity.span, &entity.label);
        }
        tally.docs += 1;
        let doc = Doc::new(id, tagged.text, gold);
        if held_out {
            eval.push(doc);
        } else {
            train.push(doc);
        }
    }
    let mut notes = vec![
        train_tally.describe("the other lines (gazetteer)"),
        eval_tally.describe(&format!("every {HELD_OUT_EVERY}th line (evaluated)")),
    ];
    if unpaired > 0 {
        notes.push(format!("{unpaired} unpaired ENAMEX tags dropped"));
    }
    Ok(EvalSet {
        set: MatchSet::NeruiHeldout,
        train,
        eval,
        notes,
        origin: path.to_path_buf(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idner_sentence_becomes_text_with_trimmed_spans() {
        let dir = std::env::temp_dir().join(format!("tokoh-match-sets-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join("dev.txt");
        let content = "Kata PROPN O\r\n(Jokowi) PROPN B-PER\r\n, PUNCT O\r\nPartai PROPN B-ORG\r\n\
                       Golkar PROPN I-ORG\r\ndi ADP O\r\nJakarta PROPN B-LOC\r\n. PUNCT O\r\n\r\n";
        std::fs::write(&path, content).expect("write");
        let (docs, tally) = idner_docs(&path, "dev").expect("reads");
        std::fs::remove_dir_all(&dir).ok();
        assert_eq!(docs.len(), 1);
        let doc = &docs[0];
        assert_eq!(doc.id, "dev-1");
        assert_eq!(doc.text, "Kata (Jokowi), Partai Golkar di Jakarta.");
        let got: Vec<(&str, MentionType)> =
            doc.gold.iter().map(|m| (doc.slice(m.span), m.ty)).collect();
        assert_eq!(
            got,
            [
                ("Jokowi", MentionType::Per),
                ("Partai Golkar", MentionType::Org)
            ]
        );
        assert_eq!(
            (tally.per, tally.org, tally.other, tally.trimmed),
            (1, 1, 1, 1)
        );
    }

    #[test]
    fn keys_round_trip() {
        for set in MatchSet::ALL {
            assert_eq!(MatchSet::from_key(set.key()), Some(set));
        }
        assert_eq!(MatchSet::from_key("nerui"), None);
    }
}
