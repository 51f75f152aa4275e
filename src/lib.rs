//! Benefit Bridge: what happens to a household's money if someone starts work.
//!
//! Data flows one way: answers -> household -> engine -> outcome -> views.
//! Everything here except `ui` is pure Rust with no web dependency, and compiles
//! natively and to wasm32.
//!
//! No wildcard arm in a match on an enum: when a kind of line, benefit, answer or
//! reason is added, the compiler lists every match that needs an arm for it (words,
//! handling), instead of a `_ =>` quietly taking it.
#![deny(clippy::wildcard_enum_match_arm)]

pub mod answers;
pub mod copy;
pub mod country;
pub mod dates;
pub mod describe;
pub mod engine;
pub mod exact_number;
pub mod format;
pub mod household;
pub mod limits;
pub mod markup;
pub mod money;
pub mod outcome;
pub mod period;
pub mod questionnaire;
pub mod report;
pub mod rules;
pub mod scenario;
pub mod situation;
pub mod source;
#[cfg(target_arch = "wasm32")]
pub mod ui;
pub mod work;
pub mod working_days;

// Talc in place of the standard dlmalloc in the browser: less download, and faster
// (Cargo.toml). Here, not in main.rs, so the engine's timings in the browser
// (tests/wasm_timing.rs) use the allocator the app ships with.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

pub use engine::calculate;
pub use rules::{rules_for, RULES_2026_27};
pub use situation::Situation;
