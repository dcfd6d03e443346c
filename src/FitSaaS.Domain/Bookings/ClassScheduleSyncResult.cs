namespace FitSaaS.Bookings;

/// <summary>What bringing a schedule's sessions in step changed.</summary>
/// <param name="Created">Sessions generated for new occurrences.</param>
/// <param name="Updated">Future sessions that took the schedule's changes (or came back after a deletion by the schedule).</param>
/// <param name="Removed">Future sessions nobody had booked that are no longer an occurrence, deleted.</param>
/// <param name="Kept">Future sessions that are no longer an occurrence but have bookings: kept, marked customized, for staff.</param>
public sealed record ClassScheduleSyncResult(int Created, int Updated, int Removed, int Kept);
