//! The GEC table maps the country it says it maps: each row's English name
//! is the Factbook's own name for that GEC code, and each ISO code is a
//! territory CLDR names.

use tokoh_data::countries;
use tokoh_data::leaders::{english_names, gec::GEC_TO_ISO};
use tokoh_data::Layout;

#[test]
fn every_row_names_the_factbook_country() {
    let layout = Layout::repository();
    let names = english_names(&layout.sources).expect("factbook");
    let wrong: Vec<String> = GEC_TO_ISO
        .iter()
        .filter(|(gec, _, name)| names.get(*gec).map(String::as_str) != Some(*name))
        .map(|(gec, _, name)| format!("{gec}: table {name:?}, Factbook {:?}", names.get(*gec)))
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn every_iso_code_is_a_cldr_territory() {
    let layout = Layout::repository();
    let text = std::fs::read_to_string(layout.sources.join(countries::FILE)).expect("cldr");
    let cldr = countries::parse(&text).expect("cldr layout");
    let unknown: Vec<_> = GEC_TO_ISO
        .iter()
        .filter(|(_, iso, _)| !cldr.contains_key(*iso))
        .collect();
    assert!(unknown.is_empty(), "{unknown:?}");
}
