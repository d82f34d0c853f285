namespace Schakel.Core.Ads;

/// <summary>
/// Stable codes of the built-in indicators. They appear in output files and stored screenings, so a
/// code is never renamed; a changed meaning gets a new code.
/// </summary>
public static class IndicatorCodes
{
    public const string SharedPhoneMultipleWomen = "shared_phone_multiple_women";
    public const string MultiCity = "multi_city";
    public const string CircuitMovement = "circuit_movement";
    public const string PhoneInSignal = "phone_in_signal";
    public const string NewInTown = "new_in_town";
    public const string MinorAgeClaimed = "minor_age_claimed";
    public const string YoungAgeClaimed = "young_age_claimed";
    public const string YouthfulWording = "youthful_wording";
    public const string LowPrice = "low_price";
    public const string UnprotectedServices = "unprotected_services";
    public const string AlwaysAvailable = "always_available";
    public const string ThirdPerson = "third_person";
    public const string SharedPhoto = "shared_photo";
    public const string NearDuplicateText = "near_duplicate_text";
    public const string ObscuredContact = "obscured_contact";
    public const string AddressOnArrival = "address_on_arrival";

    /// <summary>Indicators computed by code rather than by phrase lists; a profile cannot redefine them.</summary>
    public static readonly IReadOnlySet<string> Computed = new HashSet<string>(StringComparer.Ordinal)
    {
        SharedPhoneMultipleWomen, MultiCity, CircuitMovement, PhoneInSignal, MinorAgeClaimed, YoungAgeClaimed,
        LowPrice, SharedPhoto, NearDuplicateText, ObscuredContact,
    };
}
