//! Reading housing and disability benefits from JSON. Each is written as a `type`
//! and the fields of that type. Serde reads such a "tagged" object as a whole, so its
//! errors could name only the parent (`household.housing`); these flat sets of every
//! field are read field by field instead, so a bad value names its own field
//! (`household.housing.rent`), and a field that belongs to another type is refused by
//! name.

use serde::Deserialize;

use crate::money::Money;
use crate::period::Frequency;

use super::{
    DisabilityBenefit, DlaCare, DlaMobility, Housing, OwnerOccupier, PipRate, PrivateTenancy,
    SharedAccommodationException, SocialTenancy, SupportedAccommodation, SupportedTenancy, Tenancy,
};

/// Refuses each field given that `kind` does not have.
fn only_fields_of(kind: &str, has: &[&str], given: &[(&str, bool)]) -> Result<(), String> {
    match given
        .iter()
        .find(|(field, present)| *present && !has.contains(field))
    {
        None => Ok(()),
        Some((field, _)) if has.is_empty() => Err(format!(
            "`{field}` is not a field of \"{kind}\", which has no other fields"
        )),
        Some((field, _)) => Err(format!(
            "`{field}` is not a field of \"{kind}\" (its fields are {})",
            has.join(", ")
        )),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct HousingFields {
    #[serde(rename = "type")]
    kind: HousingKind,
    rent: Option<Money>,
    frequency: Option<Frequency>,
    eligible_service_charges: Option<Money>,
    service_charges: Option<Money>,
    qualifying_period_met: Option<bool>,
    lha_area: Option<String>,
    shared_accommodation_exception: Option<SharedAccommodationException>,
    bedrooms: Option<u8>,
    accommodation: Option<SupportedAccommodation>,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
enum HousingKind {
    RentingPrivately,
    RentingSocially,
    SharedOwnership,
    SupportedOrTemporary,
    Owner,
    NoHousingCosts,
}

impl TryFrom<HousingFields> for Housing {
    type Error = String;

    fn try_from(fields: HousingFields) -> Result<Housing, String> {
        let HousingFields {
            kind,
            rent,
            frequency,
            eligible_service_charges,
            service_charges,
            qualifying_period_met,
            lha_area,
            shared_accommodation_exception,
            bedrooms,
            accommodation,
        } = fields;
        let given = [
            ("rent", rent.is_some()),
            ("frequency", frequency.is_some()),
            (
                "eligible_service_charges",
                eligible_service_charges.is_some(),
            ),
            ("service_charges", service_charges.is_some()),
            ("qualifying_period_met", qualifying_period_met.is_some()),
            ("lha_area", lha_area.is_some()),
            (
                "shared_accommodation_exception",
                shared_accommodation_exception.is_some(),
            ),
            ("bedrooms", bedrooms.is_some()),
            ("accommodation", accommodation.is_some()),
        ];
        let frequency = frequency.unwrap_or(Frequency::Monthly);
        let tenancy = |name: &str, extra: &[&str]| -> Result<Tenancy, String> {
            let mut fields = vec!["rent", "frequency", "eligible_service_charges"];
            fields.extend_from_slice(extra);
            only_fields_of(name, &fields, &given)?;
            Ok(Tenancy {
                rent: rent.ok_or_else(|| format!("needs `rent` for \"{name}\""))?,
                frequency,
                eligible_service_charges: eligible_service_charges.unwrap_or(Money::ZERO),
            })
        };
        match kind {
            HousingKind::RentingPrivately => tenancy(
                "renting_privately",
                &["lha_area", "shared_accommodation_exception"],
            )
            .map(|tenancy| {
                Housing::RentingPrivately(PrivateTenancy {
                    tenancy,
                    lha_area,
                    shared_accommodation_exception,
                })
            }),
            HousingKind::RentingSocially => tenancy("renting_socially", &["bedrooms"])
                .map(|tenancy| Housing::RentingSocially(SocialTenancy { tenancy, bedrooms })),
            HousingKind::SupportedOrTemporary => {
                let tenancy = tenancy("supported_or_temporary", &["accommodation"])?;
                let accommodation = accommodation.ok_or_else(|| {
                    "needs `accommodation` (\"supported\" or \"temporary\") for \"supported_or_temporary\""
                        .to_owned()
                })?;
                Ok(Housing::SupportedOrTemporary(SupportedTenancy {
                    tenancy,
                    accommodation,
                }))
            }
            HousingKind::SharedOwnership => {
                tenancy("shared_ownership", &[]).map(Housing::SharedOwnership)
            }
            HousingKind::Owner => {
                only_fields_of(
                    "owner",
                    &["service_charges", "frequency", "qualifying_period_met"],
                    &given,
                )?;
                Ok(Housing::Owner(OwnerOccupier {
                    service_charges: service_charges.unwrap_or(Money::ZERO),
                    frequency,
                    qualifying_period_met: qualifying_period_met.unwrap_or(false),
                }))
            }
            HousingKind::NoHousingCosts => {
                only_fields_of("no_housing_costs", &[], &given)?;
                Ok(Housing::no_housing_costs())
            }
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct DisabilityFields {
    #[serde(rename = "type")]
    kind: DisabilityKind,
    daily_living: Option<PipRate>,
    care: Option<DlaCare>,
    mobility: Option<AnyMobility>,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
enum DisabilityKind {
    Pip,
    Adp,
    Dla,
    Cdp,
}

/// The mobility rates of every disability benefit: PIP and ADP have `standard` and
/// `enhanced`, DLA and CDP `lower` and `higher`.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
enum AnyMobility {
    None,
    Standard,
    Enhanced,
    Lower,
    Higher,
}

impl TryFrom<DisabilityFields> for DisabilityBenefit {
    type Error = String;

    fn try_from(fields: DisabilityFields) -> Result<DisabilityBenefit, String> {
        let DisabilityFields {
            kind,
            daily_living,
            care,
            mobility,
        } = fields;
        let given = [
            ("daily_living", daily_living.is_some()),
            ("care", care.is_some()),
            ("mobility", mobility.is_some()),
        ];
        let mobility = mobility.unwrap_or(AnyMobility::None);
        let pip = |name: &str| -> Result<(PipRate, PipRate), String> {
            only_fields_of(name, &["daily_living", "mobility"], &given)?;
            let mobility = match mobility {
                AnyMobility::None => PipRate::None,
                AnyMobility::Standard => PipRate::Standard,
                AnyMobility::Enhanced => PipRate::Enhanced,
                AnyMobility::Lower | AnyMobility::Higher => {
                    return Err(format!(
                        "`mobility` for \"{name}\" is \"none\", \"standard\" or \"enhanced\""
                    ))
                }
            };
            Ok((daily_living.unwrap_or(PipRate::None), mobility))
        };
        let dla = |name: &str| -> Result<(DlaCare, DlaMobility), String> {
            only_fields_of(name, &["care", "mobility"], &given)?;
            let mobility = match mobility {
                AnyMobility::None => DlaMobility::None,
                AnyMobility::Lower => DlaMobility::Lower,
                AnyMobility::Higher => DlaMobility::Higher,
                AnyMobility::Standard | AnyMobility::Enhanced => {
                    return Err(format!(
                        "`mobility` for \"{name}\" is \"none\", \"lower\" or \"higher\""
                    ))
                }
            };
            Ok((care.unwrap_or(DlaCare::None), mobility))
        };
        Ok(match kind {
            DisabilityKind::Pip => {
                let (daily_living, mobility) = pip("pip")?;
                DisabilityBenefit::Pip {
                    daily_living,
                    mobility,
                }
            }
            DisabilityKind::Adp => {
                let (daily_living, mobility) = pip("adp")?;
                DisabilityBenefit::Adp {
                    daily_living,
                    mobility,
                }
            }
            DisabilityKind::Dla => {
                let (care, mobility) = dla("dla")?;
                DisabilityBenefit::Dla { care, mobility }
            }
            DisabilityKind::Cdp => {
                let (care, mobility) = dla("cdp")?;
                DisabilityBenefit::Cdp { care, mobility }
            }
        })
    }
}
