//! Fuzz target: the gazetteer loader on arbitrary bytes as a JSON Lines
//! file. Errors must name the file and a line of it; a loaded gazetteer must
//! round-trip and compile into a matcher whose mentions are well-formed.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[allow(dead_code)]
#[path = "../../crates/tokoh/tests/fuzz_support/mod.rs"]
mod fuzz_support;

fuzz_target!(|data: &[u8]| {
    if let Err(message) = fuzz_support::check_gazetteer_load(data) {
        panic!("invariant violated: {message}");
    }
});
