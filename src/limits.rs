//! The limits on what a person can enter, each written once: the questionnaire's
//! checks, the situation checks for the calc command and the words of the error
//! messages all use these (the words fill their gaps from here).

use crate::money::Money;

/// The youngest adult the check is for.
pub const YOUNGEST_ADULT: u8 = 16;
/// The oldest age we accept. UC is for people under State Pension age, which is 66
/// and rising to 67 from 2026; someone aged 66 may still be under it.
pub const OLDEST_ADULT: u8 = 66;
/// A child is under 16; a qualifying young person is 16 to 19, under 20 (UC Regs
/// 2013 reg 5).
pub const YOUNG_PERSON_FROM: u8 = 16;
pub const OLDEST_CHILD: u8 = 19;
/// Other adults who live with you (non-dependants) are 16 or over: a younger person
/// is a child.
pub const YOUNGEST_OTHER_ADULT: u8 = YOUNG_PERSON_FROM;
/// The most bedrooms a home may have, for the spare bedroom check.
pub const MOST_BEDROOMS: u8 = 20;
/// The most hours a week we accept for one job.
pub const MOST_HOURS_A_WEEK: u32 = 100;
/// The most children the questionnaire asks about one by one, and the calc command
/// accepts.
pub const MOST_CHILDREN: u32 = 10;
/// The most other adults (non-dependants) it asks about and the calc command accepts.
pub const MOST_OTHER_ADULTS: u32 = 6;
/// The most scenarios one situation file may compare: room for every hour from 0 to
/// 60 and more, while a file of millions is refused.
pub const MOST_SCENARIOS: u32 = 100;
/// The most rent (per payment) and childcare (per month) it accepts.
pub const MOST_RENT: Money = Money::pounds(20_000);
pub const MOST_CHILDCARE: Money = MOST_RENT;
/// The most pension a month, and care costs a week, it accepts.
pub const MOST_PENSION: Money = MOST_RENT;
pub const MOST_CARE_COSTS: Money = MOST_RENT;
/// The most transitional protection a month it accepts.
pub const MOST_TRANSITIONAL_ELEMENT: Money = MOST_RENT;
pub const MOST_SAVINGS: Money = Money::pounds(1_000_000);
pub const MOST_HOURLY_PAY: Money = Money::pounds(1_000);
/// The least pay for an hour of paid work: anything more than nothing (the engine
/// refuses paid work at £0 an hour). Apprentices may be paid under the National
/// Living Wage, so that is not the floor.
pub const LEAST_HOURLY_PAY: Money = Money::gbp(0, 1);
/// The most any amount may be in the calc command's JSON.
pub const MOST_AMOUNT: Money = Money::pounds(10_000_000);
