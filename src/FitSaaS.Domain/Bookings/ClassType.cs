using System.Diagnostics.CodeAnalysis;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Bookings;

/// <summary>A kind of class (WOD, Yoga Flow, Open Gym): name, description and the defaults its sessions start from.</summary>
public sealed class ClassType : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private ClassType()
    {
        Name = null!;
    }

    /// <summary>Creates a class type.</summary>
    public ClassType(Guid id, Guid? tenantId, string name, string? description, int defaultCapacity, int durationMinutes)
        : base(id)
    {
        TenantId = tenantId;
        Rename(name);
        Describe(description);
        ChangeDefaults(defaultCapacity, durationMinutes);
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>Display name.</summary>
    public string Name { get; private set; }

    /// <summary>Optional description for members.</summary>
    public string? Description { get; private set; }

    /// <summary>Capacity of new sessions of this type unless given.</summary>
    public int DefaultCapacity { get; private set; }

    /// <summary>Duration of new sessions of this type unless given, in minutes.</summary>
    public int DurationMinutes { get; private set; }

    /// <summary>Booking-policy values set here (null values come from the next level); see <see cref="BookingPolicyProvider"/>.</summary>
    public BookingPolicyOverrides Policy { get; private set; } = BookingPolicyOverrides.None;

    /// <summary>Replaces the booking-policy values set here (null = none).</summary>
    /// <exception cref="FitSaaS.Framework.Exceptions.BusinessException"><see cref="BookingsErrorCodes.InvalidBookingPolicy"/>.</exception>
    public void SetPolicy(BookingPolicyOverrides? policy)
    {
        Policy = (policy ?? BookingPolicyOverrides.None).Validate();
        AddLocalEvent(new BookingPolicyLevelChangedEvent(BookingPolicyProvider.ClassTypeKey(Id)));
    }

    /// <summary>Renames the class type.</summary>
    [MemberNotNull(nameof(Name))]
    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        name = name.Trim();
        ArgumentOutOfRangeException.ThrowIfGreaterThan(name.Length, ClassTypeConsts.MaxNameLength, nameof(name));
        Name = name;
    }

    /// <summary>Sets or clears the description.</summary>
    public void Describe(string? description)
    {
        description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        if (description is not null)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan(description.Length, ClassTypeConsts.MaxDescriptionLength, nameof(description));
        }

        Description = description;
    }

    /// <summary>Changes the defaults of future sessions; existing sessions keep theirs.</summary>
    public void ChangeDefaults(int defaultCapacity, int durationMinutes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(defaultCapacity, ClassSessionConsts.MinCapacity);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(defaultCapacity, ClassSessionConsts.MaxCapacity);
        ArgumentOutOfRangeException.ThrowIfLessThan(durationMinutes, ClassSessionConsts.MinDurationMinutes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(durationMinutes, ClassSessionConsts.MaxDurationMinutes);
        DefaultCapacity = defaultCapacity;
        DurationMinutes = durationMinutes;
    }
}
