//! Benefit Bridge: what happens to a household's money if someone starts work.
//!
//! Data flows one way: answers -> household -> engine -> outcome -> views.
//! Everything here except `ui` is pure Rust with no web dependency, and compiles
//! natively and to wasm32.

pub mod answers;
pub mod copy;
pub mod engine;
pub mod format;
pub mod household;
pub mod money;
pub mod outcome;
pub mod period;
pub mod questionnaire;
pub mod rules;
pub mod scenario;
pub mod situation;
pub mod source;
#[cfg(target_arch = "wasm32")]
pub mod ui;

pub use engine::calculate;
pub use rules::RULES_2026_27;
pub use situation::Situation;
