//! One page per file. Public pages first, then the professional part.

pub mod begrippen;
pub mod dashboard;
pub mod doelen;
pub mod gegevens;
pub mod home;
pub mod niet_gevonden;
pub mod noodhulp;
pub mod privacy;
pub mod producten;
pub mod toegankelijkheid;
pub mod waar;
pub mod wachttijden;
