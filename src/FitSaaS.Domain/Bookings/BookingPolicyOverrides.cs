using System.ComponentModel.DataAnnotations.Schema;
using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Bookings;

/// <summary>
/// The booking-policy values a class session, a class type or a location sets for itself (null = take the next level's):
/// resolved session → class type → location → tenant settings (<see cref="BookingsSettingNames"/>) by
/// <see cref="BookingPolicyProvider"/>. All in minutes relative to the session's start, or counts; see each setting's name
/// for its meaning and default. A value object: two with the same values are equal.
/// </summary>
[ComplexType]
public sealed record BookingPolicyOverrides
{
    /// <summary>Longest span any of the minute values may give: one year.</summary>
    public const int MaxMinutes = 366 * 24 * 60;

    /// <summary>No override: every value comes from the next level.</summary>
    public static BookingPolicyOverrides None { get; } = new();

    /// <summary><see cref="BookingsSettingNames.BookingOpensMinutes"/> (0 = always open).</summary>
    public int? BookingOpensMinutes { get; init; }

    /// <summary><see cref="BookingsSettingNames.BookingClosesMinutes"/> (negative = after the start).</summary>
    public int? BookingClosesMinutes { get; init; }

    /// <summary><see cref="BookingsSettingNames.FreeCancellationMinutes"/>.</summary>
    public int? FreeCancellationMinutes { get; init; }

    /// <summary><see cref="BookingsSettingNames.CancellationCutoffMinutes"/> (late cancellation until).</summary>
    public int? CancellationCutoffMinutes { get; init; }

    /// <summary><see cref="BookingsSettingNames.WaitlistCutoffMinutes"/>.</summary>
    public int? WaitlistCutoffMinutes { get; init; }

    /// <summary><see cref="BookingsSettingNames.WaitlistMaxSize"/> (0 = no limit).</summary>
    public int? WaitlistMaxSize { get; init; }

    /// <summary><see cref="BookingsSettingNames.CheckInOpensMinutes"/>.</summary>
    public int? CheckInOpensMinutes { get; init; }

    /// <summary><see cref="BookingsSettingNames.CheckInClosesMinutes"/>.</summary>
    public int? CheckInClosesMinutes { get; init; }

    /// <summary><see cref="BookingsSettingNames.MaxBookingsPerDay"/> (0 = no limit).</summary>
    public int? MaxBookingsPerDay { get; init; }

    /// <summary><see cref="BookingsSettingNames.MaxBookingsPerWeek"/> (0 = no limit).</summary>
    public int? MaxBookingsPerWeek { get; init; }

    /// <summary><see cref="BookingsSettingNames.MaxUpcomingBookings"/> (0 = no limit).</summary>
    public int? MaxUpcomingBookings { get; init; }

    /// <summary>True when no value is set.</summary>
    public bool IsEmpty =>
        BookingOpensMinutes is null && BookingClosesMinutes is null && FreeCancellationMinutes is null && CancellationCutoffMinutes is null &&
        WaitlistCutoffMinutes is null && WaitlistMaxSize is null && CheckInOpensMinutes is null && CheckInClosesMinutes is null &&
        MaxBookingsPerDay is null && MaxBookingsPerWeek is null && MaxUpcomingBookings is null;

    /// <summary>Checks the values and how they relate to each other when both of a pair are set here.</summary>
    /// <exception cref="BusinessException">
    /// <see cref="BookingsErrorCodes.InvalidBookingPolicy"/>: a value out of range, a booking window that closes before it
    /// opens, or a free-cancellation limit later than the late-cancellation cut-off.
    /// </exception>
    public BookingPolicyOverrides Validate()
    {
        Range(BookingOpensMinutes, 0, nameof(BookingOpensMinutes));
        Range(BookingClosesMinutes, -24 * 60, nameof(BookingClosesMinutes));
        Range(FreeCancellationMinutes, 0, nameof(FreeCancellationMinutes));
        Range(CancellationCutoffMinutes, 0, nameof(CancellationCutoffMinutes));
        Range(WaitlistCutoffMinutes, 0, nameof(WaitlistCutoffMinutes));
        Range(WaitlistMaxSize, 0, nameof(WaitlistMaxSize));
        Range(CheckInOpensMinutes, 0, nameof(CheckInOpensMinutes));
        Range(CheckInClosesMinutes, 0, nameof(CheckInClosesMinutes));
        Range(MaxBookingsPerDay, 0, nameof(MaxBookingsPerDay));
        Range(MaxBookingsPerWeek, 0, nameof(MaxBookingsPerWeek));
        Range(MaxUpcomingBookings, 0, nameof(MaxUpcomingBookings));
        if (BookingOpensMinutes is > 0 && BookingClosesMinutes is { } closes && closes >= BookingOpensMinutes)
        {
            throw Invalid("The booking window closes before it opens: BookingClosesMinutes must be below BookingOpensMinutes.");
        }

        if (FreeCancellationMinutes is { } free && CancellationCutoffMinutes is { } cutoff && free < cutoff)
        {
            throw Invalid("Free cancellation must last at least until the late-cancellation cut-off: FreeCancellationMinutes >= CancellationCutoffMinutes.");
        }

        return this;
    }

    private static void Range(int? value, int min, string name)
    {
        if (value is { } v && (v < min || v > MaxMinutes))
        {
            throw Invalid($"{name} must be between {min} and {MaxMinutes}.");
        }
    }

    private static BusinessException Invalid(string reason) =>
        new BusinessException(BookingsErrorCodes.InvalidBookingPolicy, reason).WithData("reason", reason);
}
