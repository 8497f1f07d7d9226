//! Every bare region name that is not matched as a plain alias, and how it
//! is matched instead: the list a reviewer reads. A change in the data, the
//! lexicon or the tables that flags a new form (or unflags one) fails here
//! until the list is updated.

use std::collections::BTreeMap;

use tokoh_data::lexicon::Lexicon;
use tokoh_data::regions::bare::{classify, Handling};
use tokoh_data::regions::wilayah::{self, RegionKind};
use tokoh_data::Layout;

use Handling::{CaseSensitive as Caps, Contextual as Context};

/// `(bare form, handling)`, sorted by form.
const FLAGGED: &[(&str, Handling)] = &[
    ("Aceh Besar", Caps),
    ("Aceh Tengah", Caps),
    ("Agam", Caps),
    ("Ambon", Caps),
    ("Banggai", Caps),
    ("Banggai Kepulauan", Caps),
    ("Banggai Laut", Caps),
    ("Banjar", Context),
    ("Batang", Context),
    ("Batu", Context),
    ("Batu Bara", Context),
    ("Bau Bau", Caps),
    ("Bima", Context),
    ("Binjai", Caps),
    ("Hulu Sungai Tengah", Caps),
    ("Karo", Context),
    ("Ketapang", Caps),
    ("Kudus", Context),
    ("Kuningan", Context),
    ("Kupang", Caps),
    ("Landak", Caps),
    ("Langsa", Caps),
    ("Lebak", Context),
    ("Lima Puluh Kota", Caps),
    ("Malaka", Context),
    ("Malang", Caps),
    ("Medan", Context),
    ("Metro", Context),
    ("Padang", Caps),
    ("Padang Lawas", Caps),
    ("Padang Panjang", Caps),
    ("Pagar Alam", Caps),
    ("Palu", Caps),
    ("Pati", Caps),
    ("Pegunungan Bintang", Caps),
    ("Puncak", Context),
    ("Serang", Caps),
    ("Sorong", Caps),
    ("Sungai Penuh", Caps),
    ("Tanah Bumbu", Caps),
    ("Tanah Laut", Caps),
    ("Tebing Tinggi", Caps),
    ("Tegal", Caps),
    ("Toba", Context),
    ("Tulang Bawang", Caps),
];

#[test]
fn every_flagged_bare_form_is_listed_with_its_handling() {
    let layout = Layout::repository();
    let lexicon = Lexicon::load(&layout.stems).expect("lexicon");
    let regions = wilayah::load(&layout.sources).expect("regions");
    let got: BTreeMap<&str, Handling> = regions
        .iter()
        .filter(|r| r.kind != RegionKind::Province)
        .map(|r| (r.bare_name(), classify(r.bare_name(), &lexicon).0))
        .filter(|(_, handling)| *handling != Handling::Alias)
        .collect();
    let expected: BTreeMap<&str, Handling> = FLAGGED.iter().copied().collect();
    let missing: Vec<_> = got
        .iter()
        .filter(|(f, h)| expected.get(*f) != Some(h))
        .collect();
    let extra: Vec<_> = expected
        .iter()
        .filter(|(f, h)| got.get(*f) != Some(h))
        .collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "flagged by the build but not listed here (or listed differently): {missing:?}\nlisted here but not so in the build: {extra:?}"
    );
}

#[test]
fn province_names_are_not_ordinary_words() {
    // A province's name is its entity name, always matched in any case, so
    // it must not be an ordinary word.
    let layout = Layout::repository();
    let lexicon = Lexicon::load(&layout.stems).expect("lexicon");
    let regions = wilayah::load(&layout.sources).expect("regions");
    let common: Vec<_> = regions
        .iter()
        .filter(|r| r.kind == RegionKind::Province && lexicon.is_common_phrase(&r.name))
        // In the lexicon only because the corpus it was made from does not
        // always tag it as a proper noun; not an ordinary word.
        .filter(|r| r.name != "Aceh")
        .map(|r| r.name.as_str())
        .collect();
    assert!(
        common.is_empty(),
        "province names that are ordinary words: {common:?}"
    );
}
