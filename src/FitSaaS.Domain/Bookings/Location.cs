using System.Diagnostics.CodeAnalysis;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Bookings;

/// <summary>
/// A place where classes happen. Carries the IANA time zone its wall-clock schedules are written in
/// (DOMAIN.md §2.9); sessions themselves store UTC instants.
/// </summary>
public sealed class Location : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private Location()
    {
        Name = null!;
        TimeZoneId = null!;
    }

    /// <summary>Creates a location.</summary>
    /// <exception cref="BusinessException"><see cref="BookingsErrorCodes.InvalidTimeZone"/>.</exception>
    public Location(Guid id, Guid? tenantId, string name, string timeZoneId)
        : base(id)
    {
        TenantId = tenantId;
        Rename(name);
        ChangeTimeZone(timeZoneId);
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>Display name, unique by convention only.</summary>
    public string Name { get; private set; }

    /// <summary>IANA time-zone id, e.g. <c>America/New_York</c>.</summary>
    public string TimeZoneId { get; private set; }

    /// <summary>Renames the location.</summary>
    [MemberNotNull(nameof(Name))]
    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        name = name.Trim();
        ArgumentOutOfRangeException.ThrowIfGreaterThan(name.Length, LocationConsts.MaxNameLength, nameof(name));
        Name = name;
    }

    /// <summary>Moves the location to another IANA time zone.</summary>
    /// <exception cref="BusinessException"><see cref="BookingsErrorCodes.InvalidTimeZone"/>.</exception>
    [MemberNotNull(nameof(TimeZoneId))]
    public void ChangeTimeZone(string timeZoneId)
    {
        TimeZoneId = FindTimeZone(timeZoneId).Id;
    }

    /// <summary>The location's time zone.</summary>
    public TimeZoneInfo GetTimeZone() => FindTimeZone(TimeZoneId);

    /// <summary>
    /// Turns a wall-clock time at this location into a UTC instant. A time in the spring-forward gap
    /// is shifted forward by the gap (02:30 becomes 03:30 on a one-hour jump); a time in the fall-back
    /// overlap resolves to its first occurrence (the daylight offset), as DOMAIN.md §2.9 prescribes.
    /// </summary>
    public DateTime ToUtc(DateOnly localDate, TimeOnly localTime) =>
        ToUtc(localDate.ToDateTime(localTime, DateTimeKind.Unspecified), GetTimeZone());

    /// <summary>The wall-clock time at this location of a UTC instant.</summary>
    public DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), GetTimeZone());

    /// <summary>
    /// Resolves an IANA time-zone id (Windows ids are refused so stored ids stay portable).
    /// </summary>
    /// <exception cref="BusinessException"><see cref="BookingsErrorCodes.InvalidTimeZone"/> when unknown or not IANA.</exception>
    public static TimeZoneInfo FindTimeZone(string? timeZoneId)
    {
        if (string.IsNullOrWhiteSpace(timeZoneId) ||
            timeZoneId.Length > LocationConsts.MaxTimeZoneIdLength ||
            !TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId.Trim(), out var timeZone) ||
            !timeZone.HasIanaId)
        {
            throw new BusinessException(BookingsErrorCodes.InvalidTimeZone, $"'{timeZoneId}' is not a known IANA time zone.")
                .WithData("timeZoneId", timeZoneId);
        }

        return timeZone;
    }

    /// <summary>Converts a wall-clock time in <paramref name="timeZone"/> to UTC with the gap and overlap policy of <see cref="ToUtc(DateOnly, TimeOnly)"/>.</summary>
    public static DateTime ToUtc(DateTime localDateTime, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        var local = DateTime.SpecifyKind(localDateTime, DateTimeKind.Unspecified);
        if (timeZone.IsInvalidTime(local))
        {
            // Read the missing time with the offset in force before the jump: the instant then shows as
            // local + gap on the new offset. Transitions are never less than a day apart.
            var offsetBefore = timeZone.GetUtcOffset(local.AddDays(-1));
            return DateTime.SpecifyKind(local - offsetBefore, DateTimeKind.Utc);
        }

        if (timeZone.IsAmbiguousTime(local))
        {
            // The first occurrence is the one before the clocks go back: the larger (daylight) offset.
            var offset = timeZone.GetAmbiguousTimeOffsets(local).Max();
            return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, timeZone);
    }
}
