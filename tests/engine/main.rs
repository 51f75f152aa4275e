//! The engine's tests: one binary (matklad's advice), one module per area.
//! Every figure is a worked example shown in the test, with its source.

mod answer_properties;
mod assessment_periods;
mod benefit_cap;
mod benefits;
mod calc_json;
mod capital;
mod carers_allowance;
mod catalogue;
mod council_tax;
mod dead_parameters;
mod first_months;
mod high_income_child_benefit_charge;
mod home_ownership;
mod hours_chart;
mod housing;
mod housing_benefit;
mod new_style_esa;
mod new_style_jsa;
mod next_pounds;
mod passported_help;
mod pay;
mod properties;
mod questionnaire;
mod questionnaire_compare;
mod questionnaire_home;
mod results_words;
mod scottish_child_payment;
mod support;
mod tables;
mod tidy;
mod transitional_protection;
mod universal_credit;
mod work_and_study;
