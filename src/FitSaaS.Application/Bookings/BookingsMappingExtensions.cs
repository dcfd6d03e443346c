namespace FitSaaS.Bookings;

/// <summary>Hand-written entity → DTO mapping of the Bookings module.</summary>
internal static class BookingsMappingExtensions
{
    public static LocationDto ToDto(this Location location) => new()
    {
        Id = location.Id,
        Name = location.Name,
        TimeZoneId = location.TimeZoneId,
        Policy = location.Policy.ToDto(),
        CreationTime = location.CreationTime,
        ConcurrencyStamp = location.ConcurrencyStamp,
    };

    public static ClassTypeDto ToDto(this ClassType classType) => new()
    {
        Id = classType.Id,
        Name = classType.Name,
        Description = classType.Description,
        DefaultCapacity = classType.DefaultCapacity,
        DurationMinutes = classType.DurationMinutes,
        Policy = classType.Policy.ToDto(),
        CreationTime = classType.CreationTime,
        ConcurrencyStamp = classType.ConcurrencyStamp,
    };

    public static ClassSessionDto ToDto(this ClassSession session, ClassType? classType, Location? location) => new()
    {
        Id = session.Id,
        ClassTypeId = session.ClassTypeId,
        ClassTypeName = classType?.Name,
        LocationId = session.LocationId,
        LocationName = location?.Name,
        TimeZoneId = location?.TimeZoneId,
        StartsAtUtc = session.StartsAtUtc,
        EndsAtUtc = session.EndsAtUtc,
        DurationMinutes = session.DurationMinutes,
        Capacity = session.Capacity,
        CoachId = session.CoachId,
        ConfirmedCount = session.ConfirmedCount,
        WaitlistCount = session.WaitlistCount,
        AvailableSeats = session.AvailableSeats,
        ClassScheduleId = session.ClassScheduleId,
        OccurrenceDate = session.OccurrenceDate,
        IsCustomized = session.IsCustomized,
        IsCancelled = session.IsCancelled,
        CancelledAtUtc = session.CancelledAtUtc,
        CancellationReason = session.CancellationReason,
        Policy = session.Policy.ToDto(),
        CreationTime = session.CreationTime,
        ConcurrencyStamp = session.ConcurrencyStamp,
    };

    public static ClassScheduleDto ToDto(this ClassSchedule schedule, ClassType? classType, Location? location) => new()
    {
        Id = schedule.Id,
        ClassTypeId = schedule.ClassTypeId,
        ClassTypeName = classType?.Name,
        LocationId = schedule.LocationId,
        LocationName = location?.Name,
        TimeZoneId = location?.TimeZoneId,
        CoachId = schedule.CoachId,
        Capacity = schedule.Capacity,
        DurationMinutes = schedule.DurationMinutes,
        StartDate = schedule.StartDate,
        LocalStartTime = schedule.LocalStartTime,
        RecurrenceRule = schedule.RecurrenceRule,
        ExcludedDates = schedule.ExcludedDates.ToList(),
        CreationTime = schedule.CreationTime,
        ConcurrencyStamp = schedule.ConcurrencyStamp,
    };

    public static BookingDto ToDto(this Booking booking) => new()
    {
        Id = booking.Id,
        ClassSessionId = booking.ClassSessionId,
        MemberId = booking.MemberId,
        Status = booking.Status,
        WaitlistPosition = booking.WaitlistPosition,
        BookedAtUtc = booking.BookedAtUtc,
        BookedByStaff = booking.BookedByStaff,
        StaffReason = booking.StaffReason,
        HoldExpiresAtUtc = booking.HoldExpiresAtUtc,
        CancelledAtUtc = booking.CancelledAtUtc,
        CancelledByStaff = booking.CancelledByStaff,
        PromotedAtUtc = booking.PromotedAtUtc,
        CheckedInAtUtc = booking.CheckedInAtUtc,
        NoShowAtUtc = booking.NoShowAtUtc,
    };

    public static BookingPolicyDto ToDto(this BookingPolicyOverrides policy) => new()
    {
        BookingOpensMinutes = policy.BookingOpensMinutes,
        BookingClosesMinutes = policy.BookingClosesMinutes,
        FreeCancellationMinutes = policy.FreeCancellationMinutes,
        CancellationCutoffMinutes = policy.CancellationCutoffMinutes,
        WaitlistCutoffMinutes = policy.WaitlistCutoffMinutes,
        WaitlistMaxSize = policy.WaitlistMaxSize,
        CheckInOpensMinutes = policy.CheckInOpensMinutes,
        CheckInClosesMinutes = policy.CheckInClosesMinutes,
        MaxBookingsPerDay = policy.MaxBookingsPerDay,
        MaxBookingsPerWeek = policy.MaxBookingsPerWeek,
        MaxUpcomingBookings = policy.MaxUpcomingBookings,
    };

    public static BookingPolicyOverrides? ToOverrides(this BookingPolicyDto? policy) => policy is null ? null : new BookingPolicyOverrides
    {
        BookingOpensMinutes = policy.BookingOpensMinutes,
        BookingClosesMinutes = policy.BookingClosesMinutes,
        FreeCancellationMinutes = policy.FreeCancellationMinutes,
        CancellationCutoffMinutes = policy.CancellationCutoffMinutes,
        WaitlistCutoffMinutes = policy.WaitlistCutoffMinutes,
        WaitlistMaxSize = policy.WaitlistMaxSize,
        CheckInOpensMinutes = policy.CheckInOpensMinutes,
        CheckInClosesMinutes = policy.CheckInClosesMinutes,
        MaxBookingsPerDay = policy.MaxBookingsPerDay,
        MaxBookingsPerWeek = policy.MaxBookingsPerWeek,
        MaxUpcomingBookings = policy.MaxUpcomingBookings,
    };

    public static RosterEntryDto ToRosterEntry(this Booking booking, string? memberUserName) => new()
    {
        BookingId = booking.Id,
        MemberId = booking.MemberId,
        MemberUserName = memberUserName,
        Status = booking.Status,
        WaitlistPosition = booking.WaitlistPosition,
        BookedAtUtc = booking.BookedAtUtc,
        PromotedAtUtc = booking.PromotedAtUtc,
        CheckedInAtUtc = booking.CheckedInAtUtc,
    };
}
