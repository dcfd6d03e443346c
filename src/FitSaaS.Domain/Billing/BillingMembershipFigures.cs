namespace FitSaaS.Billing;

/// <summary>Membership counts of a report's range <c>[from, to)</c> (see <see cref="IBillingReportRepository.GetMembershipFiguresAsync"/>).</summary>
/// <param name="LiveAtStart">Memberships (every kind) live at <c>from</c>.</param>
/// <param name="ActiveMembersAtEnd">Distinct members with a live membership at <c>to</c>.</param>
/// <param name="Activated">Memberships activated (first invoice paid) in the range.</param>
/// <param name="Ended">Memberships that had been activated and ended (<c>Cancelled</c> or <c>Expired</c>) in the range.</param>
/// <param name="RecurringAtEnd">The recurring memberships live at <c>to</c>, grouped by billing period.</param>
public sealed record BillingMembershipFigures(
    int LiveAtStart, int ActiveMembersAtEnd, int Activated, int Ended, IReadOnlyList<RecurringPriceGroup> RecurringAtEnd);
