//! Sentences tagged with the built-in gazetteer through the public `tokoh`
//! API: the generated data does what the ambiguity rules promise.

use tokoh::{Gazetteer, Matcher};

/// `(text, [(mention text, entity id)])`: every mention found, in order.
const CASES: &[(&str, &[(&str, &str)])] = &[
    // An ordinary word is never a place.
    ("Sungguh nasib malang menimpa warga itu.", &[]),
    ("Warga menemukan batu besar di sungai.", &[]),
    ("Harga batu bara naik lagi.", &[]),
    ("Pasukan bertempur di medan perang.", &[]),
    // The full names, and the governments, each distinct.
    (
        "Kota Malang dan Kabupaten Malang berbatasan.",
        &[
            ("Kota Malang", "tokoh:id/place/35.73"),
            ("Kabupaten Malang", "tokoh:id/place/35.07"),
        ],
    ),
    (
        "Pemkot Malang dan Pemkab Malang menandatangani kerja sama.",
        &[
            ("Pemkot Malang", "tokoh:id/org/pemkot-35.73"),
            ("Pemkab Malang", "tokoh:id/org/pemkab-35.07"),
        ],
    ),
    // A capitalised bare name shared by a city and a regency: the city
    // (first in gazetteer order), the regency as a candidate.
    (
        "Banjir melanda Malang kemarin.",
        &[("Malang", "tokoh:id/place/35.73")],
    ),
    (
        "MALANG, KOMPAS.com - Hujan deras.",
        &[("MALANG", "tokoh:id/place/35.73")],
    ),
    // A title in front of the city: the city is tagged, not the title.
    (
        "Wali Kota Surabaya meresmikan taman.",
        &[("Kota Surabaya", "tokoh:id/place/35.78")],
    ),
    (
        "Warga Surabaya berkumpul.",
        &[("Surabaya", "tokoh:id/place/35.78")],
    ),
    // Context-only bare names.
    ("Kawasan Puncak macet pada akhir pekan.", &[]),
    // `Metro` and `Jaya` are no places; the police region is an entity.
    (
        "Polda Metro Jaya menangkap pelaku.",
        &[("Polda Metro Jaya", "tokoh:id/org/polda-metro-jaya")],
    ),
    ("Kantornya di Jalan Medan Merdeka Barat.", &[]),
    ("Stasiun MRT Lebak Bulus ramai.", &[]),
    (
        "Kabupaten Puncak di Papua Tengah. Di Puncak hujan.",
        &[
            ("Kabupaten Puncak", "tokoh:id/place/94.05"),
            ("Papua Tengah", "tokoh:id/place/94"),
            ("Puncak", "tokoh:id/place/94.05"),
        ],
    ),
    // Jakarta's forms.
    (
        "Pemprov DKI menata DKI Jakarta.",
        &[
            ("Pemprov DKI", "tokoh:id/org/pemprov-31"),
            ("DKI Jakarta", "tokoh:id/place/31"),
        ],
    ),
    // Regional bodies: the bare `KPU <name>` only where the name is one region's.
    (
        "KPU Surabaya dan Bawaslu Kab. Malang menggelar rapat dengan DPRD Jawa Timur.",
        &[
            ("KPU Surabaya", "tokoh:id/org/kpu-35.78"),
            ("Bawaslu Kab. Malang", "tokoh:id/org/bawaslu-35.07"),
            ("DPRD Jawa Timur", "tokoh:id/org/dprd-35"),
        ],
    ),
    (
        "DPRK Aceh Besar dan KIP Aceh bertemu.",
        &[
            ("DPRK Aceh Besar", "tokoh:id/org/dprd-11.06"),
            ("KIP Aceh", "tokoh:id/org/kpu-11"),
        ],
    ),
    // Countries and leaders.
    (
        "Hubungan Tiongkok dan Jepang membaik.",
        &[
            ("Tiongkok", "tokoh:country/cn"),
            ("Jepang", "tokoh:country/jp"),
        ],
    ),
    ("Kami tinggal di UK.", &[("UK", "tokoh:country/gb")]),
    (
        "Presiden Rusia Vladimir Putin bertemu Perdana Menteri India Narendra Modi.",
        &[
            ("Rusia", "tokoh:country/ru"),
            ("Vladimir Putin", "tokoh:person/vladimir-putin"),
            ("India", "tokoh:country/in"),
            ("Narendra Modi", "tokoh:person/narendra-modi"),
        ],
    ),
];

#[test]
fn sentences_are_tagged_as_the_rules_say() {
    let matcher = Matcher::new(Gazetteer::builtin().clone());
    let mut failures = Vec::new();
    for (text, expected) in CASES {
        let got: Vec<(&str, &str)> = matcher
            .find(text)
            .iter()
            .map(|m| (&text[m.span], matcher.entity(m).id.as_str()))
            .collect();
        if got != *expected {
            failures.push(format!(
                "{text}\n  expected {expected:?}\n  got      {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_bare_name_shared_by_two_regions_lists_the_other_as_candidate() {
    let matcher = Matcher::new(Gazetteer::builtin().clone());
    let text = "Banjir melanda Malang kemarin.";
    let mentions = matcher.find(text);
    let [mention] = &mentions[..] else {
        panic!("one mention expected: {mentions:?}");
    };
    let candidates: Vec<&str> = mention
        .candidates
        .iter()
        .map(|&i| matcher.gazetteer().entities()[i].id.as_str())
        .collect();
    assert_eq!(candidates, ["tokoh:id/place/35.07"]);
}
