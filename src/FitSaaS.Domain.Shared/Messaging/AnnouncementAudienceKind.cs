namespace FitSaaS.Messaging;

/// <summary>
/// Who receives an announcement; only users holding the <c>member</c> role of the tenant ever do. The kinds that name a
/// reference (a location, a class type, a plan) carry its id.
/// </summary>
public enum AnnouncementAudienceKind
{
    /// <summary>Every member of the gym.</summary>
    All = 0,

    /// <summary>
    /// Members with a booking (not cancelled) of a session at the location that started in the last
    /// <see cref="AnnouncementConsts.RecentBookingDays"/> days or starts later.
    /// </summary>
    Location = 1,

    /// <summary>
    /// Members with a booking (not cancelled) of a session of the class type that started in the last
    /// <see cref="AnnouncementConsts.RecentBookingDays"/> days or starts later.
    /// </summary>
    ClassType = 2,

    /// <summary>Members with an active membership of the plan.</summary>
    Plan = 3,

    /// <summary>Members with a membership past due or in debt, or an open invoice past its due instant.</summary>
    InDebt = 4,
}
