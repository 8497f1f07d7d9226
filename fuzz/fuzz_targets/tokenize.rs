//! Fuzz target: the tokenizer on arbitrary bytes (a flags byte for the
//! options, then the text), with every invariant of the tokens and
//! sentences checked, not only the absence of a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[allow(dead_code)]
#[path = "../../crates/tokoh/tests/fuzz_support/mod.rs"]
mod fuzz_support;

fuzz_target!(|data: &[u8]| {
    if let Err(message) = fuzz_support::check_tokenize(data) {
        panic!("invariant violated: {message}");
    }
});
