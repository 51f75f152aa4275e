//! A "what if": work for either or both adults, and childcare, to compare with now;
//! or unpaid volunteering.

use serde::{Deserialize, Serialize};

use crate::household::ChildcareCosts;
use crate::work::{Job, SelfEmployment, Study, Volunteering};

/// A "what if": work for either or both adults, compared with now. The default
/// changes nothing: write only what the scenario changes (`..Scenario::default()`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// A name for the scenario. Made from the work if not given.
    #[serde(default)]
    pub label: Option<String>,
    /// Your work in this scenario; absent means the same as now.
    #[serde(default)]
    pub you: Option<Job>,
    /// Your partner's work in this scenario; absent means the same as now.
    #[serde(default)]
    pub partner: Option<Job>,
    /// Childcare costs in this scenario; absent means the same as now.
    #[serde(default)]
    pub childcare_costs: Option<ChildcareCosts>,
    /// Unpaid volunteering in this scenario, by either adult.
    #[serde(default)]
    pub volunteering: Vec<Volunteering>,
    /// Study on a course, by either adult.
    #[serde(default)]
    pub study: Vec<Study>,
    /// Self-employment, by either adult.
    #[serde(default)]
    pub self_employment: Vec<SelfEmployment>,
}
