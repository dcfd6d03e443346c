namespace FitSaaS.Messaging;

/// <summary>Limits of announcements.</summary>
public static class AnnouncementConsts
{
    /// <summary>Maximum length of an announcement's title (plain text, characters).</summary>
    public const int MaxTitleLength = 200;

    /// <summary>Maximum length of an announcement's body (plain text, characters).</summary>
    public const int MaxBodyLength = 5000;

    /// <summary>Recipients delivered per batch (one transaction and one <see cref="AnnouncementDeliveredEto"/> each).</summary>
    public const int DeliveryBatchSize = 500;

    /// <summary>
    /// How far back (days) a booking makes a member part of a location's or a class type's audience: sessions that started in
    /// the last this many days or start later.
    /// </summary>
    public const int RecentBookingDays = 90;

    /// <summary>Maximum length of an enum stored as text.</summary>
    public const int MaxEnumLength = 32;
}
