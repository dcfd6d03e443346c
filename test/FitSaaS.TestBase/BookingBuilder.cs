using FitSaaS.Bookings;

namespace FitSaaS.Testing;

/// <summary>
/// Builds <see cref="Booking"/> aggregates the way <see cref="BookingManager"/> does, without its checks (seats, duplicates,
/// start time), for tests that must reach a lower line of defence, e.g. the database's unique index. Uses the aggregate's
/// internal factories (the Domain project grants this assembly <c>InternalsVisibleTo</c>), never reflection.
/// Defaults: a new id, no tenant, empty session and member ids, now = <see cref="DateTime.UtcNow"/>.
/// </summary>
public sealed class BookingBuilder
{
    private Guid _id = Guid.NewGuid();
    private Guid? _tenantId;
    private Guid _classSessionId;
    private DateTime _sessionStartsAtUtc = DateTime.UtcNow.AddDays(1);
    private Guid _memberId;
    private DateTime _now = DateTime.UtcNow;

    /// <summary>The booking's id.</summary>
    public BookingBuilder WithId(Guid id)
    {
        _id = id;
        return this;
    }

    /// <summary>The tenant owning the booking.</summary>
    public BookingBuilder ForTenant(Guid? tenantId)
    {
        _tenantId = tenantId;
        return this;
    }

    /// <summary>The booked class session (its start defaults to a day from now).</summary>
    public BookingBuilder ForSession(Guid classSessionId, DateTime? startsAtUtc = null)
    {
        _classSessionId = classSessionId;
        _sessionStartsAtUtc = startsAtUtc ?? _sessionStartsAtUtc;
        return this;
    }

    /// <summary>The member holding the booking.</summary>
    public BookingBuilder ForMember(Guid memberId)
    {
        _memberId = memberId;
        return this;
    }

    /// <summary>The booking time (UTC).</summary>
    public BookingBuilder At(DateTime utcNow)
    {
        _now = utcNow;
        return this;
    }

    /// <summary>A confirmed booking.</summary>
    public Booking BuildConfirmed() => Booking.CreateConfirmed(_id, _tenantId, _classSessionId, _sessionStartsAtUtc, _memberId, _now);
}
