//! The ambiguous forms of the built-in gazetteer: the committed listing
//! (`AMBIGUOUS.tsv`) is what a fresh audit gives, every alias matched in any
//! case that is a common word or shared has a recorded reason, and checklists
//! read from `../shared` at test time (news text, a list of person names)
//! find no common form that the audit missed.

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::OnceLock;

use tokoh::FormKind;
use tokoh_data::audit::{self, Handling};
use tokoh_data::output::first_difference;
use tokoh_data::Layout;

/// The shared data folder: `$TOKOH_SHARED/data`, else `../shared/data`
/// next to the workspace root.
fn shared_data() -> PathBuf {
    match std::env::var_os("TOKOH_SHARED") {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir).join("data"),
        _ => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"),
    }
}

/// The audit of the repository's gazetteer, run once for all tests.
fn rows() -> &'static [audit::Row] {
    static ROWS: OnceLock<Vec<audit::Row>> = OnceLock::new();
    ROWS.get_or_init(|| audit::audit(&Layout::repository()).expect("the audit reads the gazetteer"))
}

fn listed_forms(rows: &[audit::Row]) -> BTreeSet<String> {
    rows.iter().map(|r| r.form.to_lowercase()).collect()
}

/// Every single-word form of the gazetteer, with its entity and handling.
fn single_word_forms(layout: &Layout) -> Vec<(String, String, FormKind)> {
    let entities = audit::read_entities(&layout.gazetteer).expect("gazetteer files");
    audit::forms(&entities)
        .into_iter()
        .filter(|f| !f.text.contains(' '))
        .map(|f| (f.text, f.entity, f.via))
        .collect()
}

#[test]
fn committed_listing_equals_a_fresh_audit() {
    let layout = Layout::repository();
    let fresh = audit::render(rows());
    let path = audit::path(&layout);
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        first_difference(&committed, &fresh).is_none(),
        "{} is not what the audit gives ({}); run `{}`",
        path.display(),
        first_difference(&committed, &fresh).unwrap_or_default(),
        audit::COMMAND
    );
}

#[test]
fn every_alias_that_is_common_or_shared_has_a_reason() {
    let unexplained: Vec<String> = rows()
        .iter()
        .filter(|r| r.unexplained())
        .map(|r| format!("{}\t{}\t{}", r.form, r.entity, r.why()))
        .collect();
    assert!(
        unexplained.is_empty(),
        "aliases matched in any case that are common words or shared, with no reason in the \
         data (quote the form in the description, or make it an acronym or short form):\n{}",
        unexplained.join("\n")
    );
}

#[test]
fn forms_the_issue_names_are_handled_with_care_when_present() {
    // The forms news most often gets wrong. Each one the gazetteer holds must
    // be listed, and never as a plain alias.
    let names = [
        "AS", "MA", "BIN", "KY", "Mega", "Agung", "Budi", "Lee", "Ali",
    ];
    let layout = Layout::repository();
    let rows = rows();
    let present: BTreeSet<String> = single_word_forms(&layout)
        .into_iter()
        .map(|(text, _, _)| text.to_lowercase())
        .collect();
    for name in names {
        let lower = name.to_lowercase();
        if !present.contains(&lower) {
            continue;
        }
        let listed: Vec<&audit::Row> = rows
            .iter()
            .filter(|r| r.form.to_lowercase() == lower)
            .collect();
        assert!(
            !listed.is_empty(),
            "{name} is in the gazetteer but not listed"
        );
        for row in listed {
            assert!(
                row.handling != Handling::Alias || row.reason.is_some(),
                "{name} of {} is matched in any case without a reason",
                row.entity
            );
        }
    }
}

/// How often each lower-cased word of the kumparan POS corpus is written
/// in lower case, and how often at all.
fn kumparan_counts() -> Option<HashMap<String, (usize, usize)>> {
    let path = shared_data().join("nlpid-postag/dataset_postag.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipping: {} not found", path.display());
        return None;
    };
    let mut counts: HashMap<String, (usize, usize)> = HashMap::new();
    for line in text.lines() {
        let token = line.split('\t').next().unwrap_or_default();
        if token.is_empty() {
            continue;
        }
        let lower = token.to_lowercase();
        let entry = counts.entry(lower.clone()).or_default();
        entry.1 += 1;
        if token == lower {
            entry.0 += 1;
        }
    }
    Some(counts)
}

#[test]
fn words_news_writes_in_lower_case_are_listed() {
    // A form that kumparan news writes in lower case at least half of the
    // time (and at least five times) is used as an ordinary word.
    const MIN_LOWER: usize = 5;
    let Some(counts) = kumparan_counts() else {
        return;
    };
    let layout = Layout::repository();
    let listed = listed_forms(rows());
    let missed: Vec<String> = single_word_forms(&layout)
        .into_iter()
        .filter_map(|(text, entity, _)| {
            let lower = text.to_lowercase();
            let &(low, all) = counts.get(&lower)?;
            (low >= MIN_LOWER && low * 2 >= all && !listed.contains(&lower))
                .then(|| format!("{text} ({entity}): {low} of {all} in lower case"))
        })
        .collect();
    assert!(
        missed.is_empty(),
        "ordinary words in news that the audit does not flag (add them to audit::KNOWN):\n{}",
        missed.join("\n")
    );
}

#[test]
fn common_given_names_are_listed() {
    // A word of many person names (a list used only as a checklist here) is
    // a given or family name many people carry.
    const MIN_NAMES: usize = 20;
    let path = shared_data()
        .join("gazetteer-sources/dbpedia-id-mdee-gazetteer/original-dbpedia_person.txt");
    let Ok(bytes) = std::fs::read(&path) else {
        eprintln!("skipping: {} not found", path.display());
        return;
    };
    // The file is Latin-1: each byte is its code point.
    let text: String = bytes.iter().map(|&b| char::from(b)).collect();
    let mut names: HashMap<String, usize> = HashMap::new();
    for line in text.lines() {
        let words: BTreeSet<String> = line.split_whitespace().map(str::to_lowercase).collect();
        for word in words {
            *names.entry(word).or_default() += 1;
        }
    }
    let layout = Layout::repository();
    let listed = listed_forms(rows());
    let missed: Vec<String> = single_word_forms(&layout)
        .into_iter()
        .filter(|(_, _, via)| *via != FormKind::Acronym)
        .filter_map(|(text, entity, _)| {
            let lower = text.to_lowercase();
            let &n = names.get(&lower)?;
            (n >= MIN_NAMES && !listed.contains(&lower))
                .then(|| format!("{text} ({entity}): in {n} person names"))
        })
        .collect();
    assert!(
        missed.is_empty(),
        "common names that the audit does not flag (add them to audit::KNOWN):\n{}",
        missed.join("\n")
    );
}
