//! The four nations: their rules differ for council tax, the Local Housing Allowance
//! tables, Scottish benefits and income tax.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Country {
    England,
    Scotland,
    Wales,
    NorthernIreland,
}
