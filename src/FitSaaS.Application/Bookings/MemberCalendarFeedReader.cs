using System.Globalization;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Settings;
using FitSaaS.Framework.Uow;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace FitSaaS.Bookings;

/// <summary>
/// Serves a member's calendar feed for an anonymous request that presents a feed token: checks the token (Data Protection),
/// that it belongs to the request's tenant if the request names one, that its tenant is active and that the member did not
/// reset the feed since it was issued; then, in the token's tenant, writes the member's bookings as RFC 5545 iCalendar.
/// Every refusal is the same <see cref="BookingsErrorCodes.CalendarFeedNotFound"/>, and the token is never logged.
/// </summary>
public sealed class MemberCalendarFeedReader(
    MemberCalendarFeedTokenProtector protector,
    ICurrentTenant currentTenant,
    ITenantStore tenants,
    ISettingStore settings,
    IUnitOfWorkManager unitOfWorkManager,
    IBookingReportRepository reports,
    IClassTypeRepository classTypes,
    ILocationRepository locations,
    TimeProvider clock) : ITransientDependency
{
    /// <summary>The iCalendar product identifier (<c>PRODID</c>).</summary>
    public const string ProductId = "-//FitSaaS//Bookings calendar feed//EN";

    private static readonly BookingStatus[] s_shown = [BookingStatus.Pending, BookingStatus.Confirmed, BookingStatus.CheckedIn];
    private static readonly BookingStatus[] s_cancelled = [BookingStatus.Cancelled, BookingStatus.LateCancelled];

    /// <summary>The feed of the token's member as <c>text/calendar</c> content.</summary>
    /// <exception cref="BusinessException"><see cref="BookingsErrorCodes.CalendarFeedNotFound"/>.</exception>
    public async Task<string> ReadAsync(string? token, CancellationToken cancellationToken = default)
    {
        var feed = protector.TryUnprotect(token) ?? throw NotFound();
        if (currentTenant.Id is { } requestTenant && requestTenant != feed.TenantId)
        {
            throw NotFound();
        }

        if (feed.TenantId is { } tenantId && await tenants.FindAsync(tenantId, cancellationToken) is not { IsActive: true })
        {
            throw NotFound();
        }

        using (currentTenant.Change(feed.TenantId))
        {
            var values = await settings.GetValuesAsync(SettingScope.User(feed.TenantId, feed.MemberId), cancellationToken);
            if (values.TryGetValue(BookingsSettingNames.CalendarFeedValidFromUtc, out var stored) &&
                DateTime.TryParse(stored, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var validFrom) &&
                feed.IssuedAtUtc < UtcInstant.From(validFrom))
            {
                throw NotFound();
            }

            await using var unitOfWork = await unitOfWorkManager.BeginAsync(new UnitOfWorkOptions { IsTransactional = false }, cancellationToken);
            var calendar = await WriteAsync(feed.MemberId, cancellationToken);
            await unitOfWork.CompleteAsync(cancellationToken);
            return calendar;
        }
    }

    private async Task<string> WriteAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var entries = await reports.GetMemberCalendarAsync(
            memberId, now.AddDays(-CalendarFeedConsts.PastDays), [.. s_shown, .. s_cancelled], CalendarFeedConsts.MaxEvents, cancellationToken);
        var types = (await classTypes.GetListByIdsAsync(entries.Select(e => e.ClassTypeId).Distinct().ToList(), cancellationToken)).ToDictionary(t => t.Id);
        var places = (await locations.GetListByIdsAsync(entries.Select(e => e.LocationId).Distinct().ToList(), cancellationToken)).ToDictionary(l => l.Id);

        var calendar = new Ical.Net.Calendar { ProductId = ProductId, Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", "My classes");
        calendar.AddProperty("X-PUBLISHED-TTL", "PT1H");
        var stamp = new CalDateTime(now);
        foreach (var entry in entries)
        {
            var cancelled = s_cancelled.Contains(entry.Status);
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{entry.BookingId:D}@bookings.fitsaas",
                DtStamp = stamp,
                DtStart = new CalDateTime(entry.StartsAtUtc),
                DtEnd = new CalDateTime(entry.EndsAtUtc),
                Summary = types.GetValueOrDefault(entry.ClassTypeId)?.Name ?? "Class",
                Location = places.GetValueOrDefault(entry.LocationId)?.Name,
                Status = cancelled ? EventStatus.Cancelled : entry.Status == BookingStatus.Pending ? EventStatus.Tentative : EventStatus.Confirmed,
                Sequence = cancelled ? 1 : 0,
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    private static BusinessException NotFound() =>
        new(BookingsErrorCodes.CalendarFeedNotFound, "No calendar feed for this address: it may have been reset.");
}
