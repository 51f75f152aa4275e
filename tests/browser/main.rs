//! Browser tests: the built app (`dist/`, from `trunk build --release`) in headless
//! Chromium, driven through chromedriver as a person would use it. One binary, one
//! module per area; `harness` has the helpers. scripts/test.sh installs Chromium,
//! chromedriver and axe-core, builds the app, then runs these last.
//!
//! Natively only: on wasm32 this file compiles to nothing.
#![cfg(not(target_arch = "wasm32"))]

mod accessibility;
mod benefits_and_work;
mod compare;
mod first_months;
mod harness;
mod hours_chart;
mod housing;
mod journeys;
mod privacy;
mod smoke;
mod timing;
