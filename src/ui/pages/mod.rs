//! One file per screen.

pub mod check_answers;
pub mod question;
pub mod results;
pub mod start;
