//! House rules, checked on every `cargo test` (after rust-analyzer's tidy.rs).

use std::fs;
use std::path::{Path, PathBuf};

/// The pure part of the crate: no web code, no floats, no clock, files or network.
const ENGINE_PATHS: &[&str] = &[
    "src/engine",
    "src/rules",
    "src/money.rs",
    "src/period.rs",
    "src/household.rs",
    "src/scenario.rs",
    "src/situation.rs",
    "src/outcome.rs",
    "src/source.rs",
];

/// Official hosts a `Source` may point at.
const OFFICIAL: &[&str] = &[
    "https://www.legislation.gov.uk/",
    "https://www.gov.uk/",
    "https://www.thepensionsregulator.gov.uk/",
    "https://www.gov.scot/",
    "https://www.mygov.scot/",
    "https://www.parliament.scot/",
];

fn rust_files(path: &Path, files: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = fs::read_dir(path)
            .expect("a source folder")
            .map(|entry| entry.expect("an entry").path())
            .collect();
        entries.sort();
        for entry in entries {
            rust_files(&entry, files);
        }
    } else if path.extension().is_some_and(|ext| ext == "rs") {
        files.push(path.to_path_buf());
    }
}

fn engine_files() -> Vec<(PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for path in ENGINE_PATHS {
        rust_files(&root.join(path), &mut files);
    }
    assert!(
        files.len() > 20,
        "the tidy check should find the engine's files"
    );
    files
        .into_iter()
        .map(|path| {
            (
                path.clone(),
                fs::read_to_string(&path).expect("a readable file"),
            )
        })
        .collect()
}

/// The code before any `#[cfg(test)]` module.
fn non_test_code(text: &str) -> &str {
    text.split("#[cfg(test)]").next().unwrap_or(text)
}

#[test]
fn every_engine_file_says_what_it_is_and_cites_its_law() {
    for (path, text) in engine_files() {
        if path.components().any(|c| c.as_os_str() == "engine") {
            assert!(
                text.starts_with("//!"),
                "{} should start with a //! header",
                path.display()
            );
        }
    }
}

#[test]
fn the_engine_has_no_floats_no_web_code_and_no_outside_world() {
    let forbidden = [
        "f32",
        "f64",
        "yew::",
        "web_sys",
        "gloo",
        "wasm_bindgen",
        "SystemTime",
        "Instant::",
        "std::fs",
        "std::net",
        "std::env",
    ];
    for (path, text) in engine_files() {
        for word in forbidden {
            let found = text
                .lines()
                .filter(|line| !line.trim_start().starts_with("//"))
                .any(|line| {
                    line.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                        .any(|token| token.starts_with(word))
                });
            assert!(!found, "{} uses {word}", path.display());
        }
    }
}

#[test]
fn no_unwrap_or_expect_outside_tests() {
    for (path, text) in engine_files() {
        let code = non_test_code(&text);
        assert!(
            !code.contains(".unwrap()"),
            "{} calls unwrap()",
            path.display()
        );
        assert!(
            !code.contains(".expect("),
            "{} calls expect()",
            path.display()
        );
    }
}

#[test]
fn every_source_address_is_official() {
    for (path, text) in engine_files() {
        for (index, _) in text.match_indices("\"https://") {
            let address = &text[index + 1..];
            let address = &address[..address.find('"').unwrap_or(address.len())];
            assert!(
                OFFICIAL.iter().any(|host| address.starts_with(host)),
                "{} cites {address}, which is not an official source",
                path.display()
            );
        }
    }
}
