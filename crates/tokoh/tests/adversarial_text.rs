//! Adversarial text for the matcher (the tokenizer's own adversarial inputs
//! are in `adversarial.rs`): megabytes without a line break, a million
//! identical mentions, near-matches that share prefixes with a form
//! (`KPKKPKKPK…`), deeply nested brackets, mixed scripts. Every test checks
//! the mentions with the fuzz targets' checks (`fuzz_support`), not only the
//! absence of a panic.
//!
//! Sizes: the full sizes run in release builds (`cargo test --release -p
//! tokoh --test adversarial_text`); debug builds use a hundredth. The ignored
//! test `matching_time_is_linear_in_the_text` times the matcher at 1, 10
//! and 100 MB (release, `-- --ignored --nocapture`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[allow(dead_code)]
mod fuzz_support;

use std::sync::OnceLock;
use std::time::Instant;

use tokoh::{Entity, EntityKind, Gazetteer, GazetteerBuilder, Matcher, Mention};

/// `full` in release builds, a hundredth of it in debug builds.
fn size(full: usize) -> usize {
    if cfg!(debug_assertions) {
        full / 100
    } else {
        full
    }
}

fn builtin() -> &'static Matcher {
    static MATCHER: OnceLock<Matcher> = OnceLock::new();
    MATCHER.get_or_init(|| Matcher::new(Gazetteer::builtin().clone()))
}

/// Finds the mentions of `text`, checks them, prints the time.
fn find(name: &str, matcher: &Matcher, text: &str) -> Vec<Mention> {
    let start = Instant::now();
    let mentions = matcher.find(text);
    let took = start.elapsed().as_secs_f64();
    eprintln!(
        "{name}: {} bytes, {} mentions, {took:.3} s ({:.1} MB/s)",
        text.len(),
        mentions.len(),
        text.len() as f64 / 1e6 / took.max(1e-9)
    );
    if let Err(message) = fuzz_support::check_mentions(matcher, text, &mentions) {
        panic!("{name}: {message}");
    }
    mentions
}

/// The ids of the entities mentioned, in order.
fn ids<'m>(matcher: &'m Matcher, mentions: &[Mention]) -> Vec<&'m str> {
    mentions
        .iter()
        .map(|m| matcher.entity(m).id.as_str())
        .collect()
}

/// A paragraph of news-like text with mentions of built-in entities, no
/// line break in it.
const NEWS: &str = "Menteri Luar Negeri AS Antony Blinken bertemu Menlu Rusia Sergei Lavrov \
    di Jenewa, Swiss, Senin (29/7/2022). Penyidik KPK-nya memeriksa saksi di Jakarta; Presiden \
    Joko Widodo (Jokowi) meminta DPR-RI dan Polri bekerja sama. Blinken lalu terbang ke Washington. ";

#[test]
fn megabytes_without_a_line_break() {
    let copies = size(10 << 20) / NEWS.len();
    let text = NEWS.repeat(copies);
    let one = builtin().find(NEWS);
    assert!(one.len() >= 8, "{one:?}");
    let mentions = find("no line break", builtin(), &text);
    // Every copy tags as the first one, bar the short forms, which every
    // later copy may use from the start (the full name came before).
    assert!(mentions.len() >= one.len() * copies, "{}", mentions.len());
    let per_copy = ids(builtin(), &builtin().find(&NEWS.repeat(2))[one.len()..]).len();
    assert_eq!(mentions.len(), one.len() + per_copy * (copies - 1));
}

#[test]
fn a_million_identical_mentions() {
    let n = size(1_000_000);
    let text = "KPK ".repeat(n);
    let mentions = find("identical mentions", builtin(), &text);
    assert_eq!(mentions.len(), n);
    let kpk = &mentions[0].entity;
    assert!(mentions.iter().all(|m| &m.entity == kpk));
    assert_eq!(&text[mentions[n - 1].span], "KPK");
}

#[test]
fn near_matches_do_not_match() {
    let n = size(1_000_000);
    // (name, text, how many mentions of KPK)
    let table: Vec<(&str, String, usize)> = vec![
        ("KPKKPK…", "KPK".repeat(n / 3), 0),
        ("KPKK PKP …", "KPKK PKP KPKPK PK KP ".repeat(n / 21), 0),
        ("xKPK KPKx …", "xKPK KPKx KPKKPK K-P-K ".repeat(n / 23), 0),
        (
            "KPK-nya KPK-lah …",
            "KPK-nya KPK-lah ".repeat(n / 16),
            2 * (n / 16),
        ),
        ("KPK. KPK? …", "KPK. KPK? ".repeat(n / 10), 2 * (n / 10)),
    ];
    for (name, text, expected) in table {
        let mentions = find(name, builtin(), &text);
        assert_eq!(mentions.len(), expected, "{name}");
    }
}

#[test]
fn a_form_of_hundreds_of_repeated_words_against_their_repetition() {
    // The alias `Kpk Kpk … Kpk Baru` (500 words) almost matches at every
    // word of `KPK KPK KPK …`: matching must not restart the alias at each
    // word. The acronym matches every word; the alias once, at the end.
    let alias = format!("{}Baru", "Kpk ".repeat(499));
    let mut entity = Entity::new("long", EntityKind::Organization, "Komisi Panjang");
    entity.aliases.push(alias.clone());
    let mut kpk = Entity::new(
        "kpk",
        EntityKind::Organization,
        "Komisi Pemberantasan Korupsi",
    );
    kpk.acronyms.push("KPK".into());
    let mut builder = GazetteerBuilder::new();
    builder.add(entity).expect("valid").add(kpk).expect("valid");
    let matcher = Matcher::new(builder.build());
    let n = size(200_000);
    let text = format!("{}{}", "KPK ".repeat(n), alias);
    let mentions = find("repeated words", &matcher, &text);
    let found = ids(&matcher, &mentions);
    assert_eq!(found.len(), n + 1);
    assert_eq!(found.last(), Some(&"long"));
}

#[test]
fn deeply_nested_brackets() {
    let depth = size(1_000_000);
    for (open, close) in [
        ("(", ")"),
        ("[", "]"),
        ("«", "»"),
        ("“", "”"),
        ("({[", "]})"),
    ] {
        let text = format!(
            "{}Komisi Pemberantasan Korupsi{} {}KPK{}",
            open.repeat(depth),
            close.repeat(depth),
            open.repeat(depth / 2),
            close.repeat(depth / 2)
        );
        let mentions = find(&format!("nested {open}{close}"), builtin(), &text);
        let surfaces: Vec<&str> = mentions.iter().map(|m| &text[m.span]).collect();
        assert_eq!(surfaces, ["Komisi Pemberantasan Korupsi", "KPK"], "{open}");
        assert_eq!(mentions[0].entity, mentions[1].entity);
    }
}

#[test]
fn mixed_scripts_around_and_inside_names() {
    let unit =
        "Presiden Joko Widodo 习近平 Путин محمد KPK-nya ꦗꦮ 😀 Δ\u{0301}KPK KPKΔ Jakarta\u{200b}x \
                नई दिल्ली KPK\u{0301} ";
    let text = unit.repeat(size(100_000) / unit.len());
    let mentions = find("mixed scripts", builtin(), &text);
    let in_one: Vec<&str> = builtin().find(unit).iter().map(|m| &unit[m.span]).collect();
    // The names written in Latin are found; a letter of another script glued
    // to one (`ΔKPK`, `KPKΔ`) makes another word, a zero-width space does
    // not (it separates words).
    assert_eq!(in_one, ["Joko Widodo", "KPK", "Jakarta"]);
    assert!(mentions.len() >= in_one.len() * (text.len() / unit.len()));
}

/// Times `find` on `megabytes` of news text; seconds.
fn time_find(megabytes: usize) -> f64 {
    let text = NEWS.repeat((megabytes << 20) / NEWS.len());
    let start = Instant::now();
    let mentions = builtin().find(&text);
    let took = start.elapsed().as_secs_f64();
    eprintln!(
        "{megabytes:>3} MB: {took:.2} s, {:.1} MB/s, {} mentions",
        megabytes as f64 / took,
        mentions.len()
    );
    took
}

#[test]
#[ignore = "times 1, 10 and 100 MB of text, about a minute in release; run with --release -- --ignored --nocapture"]
fn matching_time_is_linear_in_the_text() {
    builtin();
    let t1 = time_find(1);
    let t10 = time_find(10);
    let t100 = time_find(100);
    // Linear time gives ratios of 10; a margin of 2 covers a loaded machine
    // and the caches, and is far below what quadratic time gives (100).
    assert!(t10 / t1 < 20.0, "1 MB {t1:.2} s, 10 MB {t10:.2} s");
    assert!(t100 / t10 < 20.0, "10 MB {t10:.2} s, 100 MB {t100:.2} s");
}
