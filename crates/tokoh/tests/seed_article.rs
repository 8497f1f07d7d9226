//! The seed article (a real Tribunnews report, read from `../shared`, never
//! committed) must come out as `../shared/examples/
//! tribunnews-blinken-lavrov.expected.md` says. Skips with a message when
//! `../shared` is absent.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;

use tokoh::{Gazetteer, Matcher, Mention};

fn article() -> Option<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/examples/tribunnews-blinken-lavrov.txt");
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(_) => {
            eprintln!("skipping: the seed article is not at ../shared/examples (a user's machine)");
            None
        }
    }
}

/// (start, text, entity id, via, title start and text)
type Row = (
    usize,
    &'static str,
    &'static str,
    &'static str,
    Option<(usize, &'static str)>,
);

const BLINKEN: &str = "tokoh:person/antony-blinken";
const LAVROV: &str = "tokoh:person/sergei-lavrov";
const NSC: &str = "tokoh:us/org/nsc";

/// The built-in table of the expected file.
const EXPECTED: &[Row] = &[
    (
        23,
        "Antony Blinken",
        BLINKEN,
        "name",
        Some((0, "Menteri Luar Negeri AS")),
    ),
    (
        75,
        "Sergei Lavrov",
        LAVROV,
        "name",
        Some((49, "Menteri Luar Negeri Rusia")),
    ),
    (
        236,
        "Antony Blinken",
        BLINKEN,
        "name",
        Some((200, "Menteri Luar Negeri Amerika Serikat")),
    ),
    (
        329,
        "Sergei Lavrov",
        LAVROV,
        "name",
        Some((303, "Menteri Luar Negeri Rusia")),
    ),
    (387, "Blinken", BLINKEN, "short", None),
    (404, "Kremlin", "tokoh:ru/org/kremlin", "name", None),
    (702, "Kremlin", "tokoh:ru/org/kremlin", "name", None),
    (819, "Blinken", BLINKEN, "short", None),
    (
        851,
        "Departemen Luar Negeri AS",
        "tokoh:us/org/state-department",
        "alias",
        None,
    ),
    (896, "Reuters", "tokoh:gb/org/reuters", "name", None),
    (
        1214,
        "Dewan Keamanan Nasional Gedung Putih",
        NSC,
        "alias",
        None,
    ),
    (1553, "Dewan Keamanan Nasional AS", NSC, "alias", None),
    (
        1581,
        "Adrienne Watson",
        "tokoh:person/adrienne-watson",
        "name",
        Some((1541, "juru bicara Dewan Keamanan Nasional AS")),
    ),
    (1599, "Lavrov", LAVROV, "short", None),
    (1625, "Blinken", BLINKEN, "short", None),
    (
        1964,
        "kementerian luar negeri Rusia",
        "tokoh:ru/org/foreign-ministry",
        "alias",
        None,
    ),
    (
        2154,
        "Marinir AS",
        "tokoh:us/org/marine-corps",
        "alias",
        None,
    ),
];

fn find(mentions: &[Mention], start: usize) -> Option<&Mention> {
    mentions.iter().find(|m| m.span.start == start)
}

#[test]
fn builtin_gazetteer_finds_the_expected_table() {
    let Some(text) = article() else { return };
    let matcher = Matcher::new(Gazetteer::builtin().clone());
    let mentions = matcher.find(&text);
    let mut failures = Vec::new();
    for &(start, surface, id, via, title) in EXPECTED {
        let Some(m) = find(&mentions, start) else {
            failures.push(format!("{start} {surface}: no mention"));
            continue;
        };
        let got_title = m.title.map(|t| (t.start, &text[t]));
        if &text[m.span] != surface
            || matcher.entity(m).id != id
            || m.via.as_str() != via
            || got_title != title
        {
            failures.push(format!(
                "{start} {surface}: got {:?} {} via {} title {:?}",
                &text[m.span],
                matcher.entity(m).id,
                m.via,
                got_title
            ));
        }
    }
    // One mention, not `Gedung Putih` inside it.
    if find(&mentions, 1238).is_some() {
        failures.push("Gedung Putih at 1238 is a separate mention".into());
    }
    // Places: `AS` the country, never the word `as`.
    for m in &mentions {
        let entity = matcher.entity(m);
        if entity.id == "tokoh:country/us"
            && &text[m.span] != "AS"
            && &text[m.span] != "Amerika Serikat"
        {
            failures.push(format!(
                "{} {:?} is not the country",
                m.span.start, &text[m.span]
            ));
        }
    }
    for place in [
        "Jenewa",
        "Swiss",
        "WASHINGTON",
        "Ukraina",
        "Rusia",
        "AS",
        "Jerman",
    ] {
        if !mentions
            .iter()
            .any(|m| &text[m.span] == place && matcher.entity(m).kind == tokoh::EntityKind::Place)
        {
            failures.push(format!("no place mention {place}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn extra_gazetteer_adds_the_non_officials() {
    let Some(text) = article() else { return };
    let extra = r#"{"id": "x:whelan", "kind": "person", "name": "Paul Whelan"}
{"id": "x:griner", "kind": "person", "name": "Brittney Griner"}
{"id": "x:krasikov", "kind": "person", "name": "Vadim Krasikov", "short": ["Krasikov"]}
"#;
    let mut builder = Gazetteer::builder();
    builder.add_gazetteer(Gazetteer::builtin());
    builder
        .load_jsonl_str(extra, "extra.jsonl")
        .expect("extra gazetteer loads");
    let matcher = Matcher::new(builder.build());
    let mentions = matcher.find(&text);
    let expected = [
        (780, "Paul Whelan", "name"),
        (2165, "Paul Whelan", "name"),
        (796, "Brittney Griner", "name"),
        (2127, "Brittney Griner", "name"),
        (987, "Vadim Krasikov", "name"),
        (1149, "Krasikov", "short"),
    ];
    for (start, surface, via) in expected {
        let m =
            find(&mentions, start).unwrap_or_else(|| panic!("no mention at {start} ({surface})"));
        assert_eq!(
            (&text[m.span], m.via.as_str()),
            (surface, via),
            "at {start}"
        );
    }
    assert!(
        find(&mentions, 993).is_none(),
        "the Krasikov inside Vadim Krasikov is not a second mention"
    );
    // The built-in table still holds with the extra gazetteer.
    assert!(find(&mentions, 1581).is_some());
}
