//! Hooks: one file each.

pub mod use_outcome;
