//! Reusable pieces of a page, one per file.

pub mod back_link;
pub mod checkboxes;
pub mod error_summary;
pub mod field;
pub mod heading;
pub mod search;
