using System.Diagnostics;
using System.Diagnostics.Metrics;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.Diagnostics;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;

namespace FitSaaS.Bookings;

/// <summary>
/// The Bookings counters on the <see cref="FitSaaSMeter.Name"/> meter, counted after the unit of work commits (a rolled-back
/// booking is not counted): <c>fitsaas.bookings.created</c> (unit <c>{booking}</c>, tag <c>fitsaas.booking.status</c> =
/// <c>confirmed</c> or <c>waitlisted</c>) and <c>fitsaas.bookings.cancelled</c> (unit <c>{booking}</c>); both tagged with the
/// tenant (<see cref="FitSaaSMeter.TenantIdTag"/>, <see cref="FitSaaSMeter.TenantNameTag"/>).
/// </summary>
public sealed class BookingsMetrics : ISingletonDependency
{
    public const string CreatedName = "fitsaas.bookings.created";
    public const string CancelledName = "fitsaas.bookings.cancelled";
    public const string StatusTag = "fitsaas.booking.status";

    private readonly Counter<long> _created;
    private readonly Counter<long> _cancelled;
    private readonly ICurrentTenant _currentTenant;

    public BookingsMetrics(IMeterFactory meterFactory, ICurrentTenant currentTenant)
    {
        var meter = FitSaaSMeter.Create(meterFactory);
        _created = meter.CreateCounter<long>(CreatedName, "{booking}", "Bookings made (confirmed or on the waitlist).");
        _cancelled = meter.CreateCounter<long>(CancelledName, "{booking}", "Bookings cancelled.");
        _currentTenant = currentTenant;
    }

    /// <summary>Counts a booking made with <paramref name="status"/> once <paramref name="unitOfWork"/> (null = none: at once) commits.</summary>
    public void Created(BookingStatus status, IUnitOfWork? unitOfWork)
    {
        if (_created.Enabled)
        {
            var tags = TenantTags();
            tags.Add(StatusTag, status == BookingStatus.Waitlisted ? "waitlisted" : "confirmed");
            AfterCommit(unitOfWork, () => _created.Add(1, tags));
        }
    }

    /// <summary>Counts a cancelled booking once <paramref name="unitOfWork"/> (null = none: at once) commits.</summary>
    public void Cancelled(IUnitOfWork? unitOfWork)
    {
        if (_cancelled.Enabled)
        {
            var tags = TenantTags();
            AfterCommit(unitOfWork, () => _cancelled.Add(1, tags));
        }
    }

    private TagList TenantTags()
    {
        var tags = default(TagList);
        if (_currentTenant.Id is { } id)
        {
            tags.Add(FitSaaSMeter.TenantIdTag, id.ToString());
            tags.Add(FitSaaSMeter.TenantNameTag, _currentTenant.Name);
        }

        return tags;
    }

    private static void AfterCommit(IUnitOfWork? unitOfWork, Action count)
    {
        if (unitOfWork is not null)
        {
            unitOfWork.OnCompleted(() =>
            {
                count();
                return Task.CompletedTask;
            });
        }
        else
        {
            count();
        }
    }
}
